import { resolve } from 'node:path';
import { usageError } from '../errors.js';
import { readUserConfig, updateUserConfig } from '../load/userConfig.js';
import { SYNC_SUBFOLDER, syncWithFolder } from '../progress/sync.js';
import { plural } from '../render/text.js';
import type { Session } from '../session.js';
import { helpText, type CommandSpec } from './spec.js';

export const syncCommand: CommandSpec = {
  name: 'sync',
  arguments: '[dir]',
  get summary() { return helpText().sync.summary; },
  get details() { return helpText().sync.details({ folder: SYNC_SUBFOLDER }); },
  options: [{ flags: '--json', get description() { return helpText().sync.options.json; } }],
  get examples() { return ['roadmap sync ~/Sync', `roadmap sync          # ${helpText().sync.folderUsedLast}`, 'roadmap sync ~/notes-repo && git -C ~/notes-repo commit -am progress']; },
  async run(session, [dir], options) {
    const configPath = session.configPath();
    const folder = chosenFolder(session, dir as string | undefined, configPath);
    const summary = syncWithFolder(session.writeStore(), folder, session.now().toISOString());
    if (readUserConfig(configPath).syncFolder !== folder) updateUserConfig(configPath, { syncFolder: folder });
    if (options.json) {
      session.printJson({ folder, ...summary });
      return;
    }
    const { received, shared } = summary;
    const got = [plural(received.eventsAdded, 'event'), plural(received.notesAdded + received.notesUpdated, 'note'), plural(received.reviewsAdded, 'review')].join(', ');
    session.print(`synced with ${plural(summary.otherFiles, 'other device')} in ${folder}: received ${got}`);
    session.print(
      summary.wrote
        ? `shared ${plural(shared.events, 'event')}, ${plural(shared.notes, 'note')} and ${plural(shared.reviews, 'review')} in ${SYNC_SUBFOLDER}/${summary.device}.json`
        : `${SYNC_SUBFOLDER}/${summary.device}.json already held everything`,
    );
  },
};

function chosenFolder(session: Session, dir: string | undefined, configPath: string): string {
  if (dir !== undefined) return resolve(session.context.cwd, dir);
  const last = readUserConfig(configPath).syncFolder;
  if (last === undefined) throw usageError('which folder? roadmap sync DIR (the folder is remembered for next time)');
  return last;
}
