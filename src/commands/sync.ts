import { resolve } from 'node:path';
import { usageError } from '../errors.js';
import { readUserConfig, updateUserConfig } from '../load/userConfig.js';
import { SYNC_SUBFOLDER, syncWithFolder } from '../progress/sync.js';
import { messages } from '../messages/index.js';
import type { Session } from '../session.js';
import type { CommandSpec } from './spec.js';

export const syncCommand: CommandSpec = {
  name: 'sync',
  arguments: '[dir]',
  summary: 'share progress, notes and reviews with your other devices through a folder you sync',
  details: `DIR is a folder your devices share already (a git repository, Syncthing, a cloud drive). Each
device keeps its own file in DIR/${SYNC_SUBFOLDER}/ and never writes another's: a sync merges every
device's file into this database (by uid: nothing doubled), then rewrites this device's file with
everything, atomically. Run it on each device, in any order, as often as you like: two syncs at the
same moment lose nothing, and whatever one misses, the next brings. Without DIR, the folder used last.
A file from a newer roadmap is refused (exit 4) and nothing is changed.`,
  options: [{ flags: '--json', description: 'print what was synced as JSON' }],
  examples: ['roadmap sync ~/Sync', 'roadmap sync          # the folder used last', 'roadmap sync ~/notes-repo && git -C ~/notes-repo commit -am progress'],
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
