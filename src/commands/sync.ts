import { resolve } from 'node:path';
import { usageError } from '../errors.js';
import { readUserConfig, updateUserConfig } from '../load/userConfig.js';
import { SYNC_SUBFOLDER, syncWithFolder } from '../progress/sync.js';
import { messages } from '../messages/index.js';
import type { Session } from '../session.js';
import { helpText, type CommandSpec } from './spec.js';

export const syncCommand: CommandSpec = {
  name: 'sync',
  arguments: '[dir]',
  argumentKinds: ['file'],
  get summary() { return helpText().sync.summary; },
  get details() { return helpText().sync.details({ folder: SYNC_SUBFOLDER }); },
  options: [{ flags: '--json', get description() { return helpText().sync.options.json; } }],
  get examples() { return ['roadmap sync ~/Sync', `roadmap sync          # ${helpText().sync.folderUsedLast}`, 'roadmap sync ~/notes-repo && git -C ~/notes-repo commit -am progress']; },
  async run(session, [dir], options) {
    const configPath = session.configPath();
    const folder = chosenFolder(session, dir as string | undefined, configPath);
    const home = `${session.context.hostname()}:${session.databasePath()}`;
    const summary = syncWithFolder(session.writeStore(), folder, session.now().toISOString(), home);
    if (readUserConfig(configPath).syncFolder !== folder) updateUserConfig(configPath, { syncFolder: folder });
    if (options.json) {
      session.printJson({ folder, ...summary });
      return;
    }
    const { received, shared } = summary;
    const said = messages().sync;
    const file = `${SYNC_SUBFOLDER}/${summary.device}.json`;
    session.print(
      said.synced({
        devices: summary.otherFiles,
        folder,
        events: received.eventsAdded,
        notes: received.notesAdded + received.notesUpdated,
        reviews: received.reviewsAdded,
      }),
    );
    session.print(summary.wrote ? said.shared({ events: shared.events, notes: shared.notes, reviews: shared.reviews, file }) : said.alreadyShared({ file }));
  },
};

function chosenFolder(session: Session, dir: string | undefined, configPath: string): string {
  if (dir !== undefined) return resolve(session.context.cwd, dir);
  const last = readUserConfig(configPath).syncFolder;
  if (last === undefined) throw usageError(messages().sync.whichFolder);
  return last;
}
