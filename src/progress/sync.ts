/**
 * `roadmap sync DIR`: progress shared between devices through a folder the learner already syncs (git,
 * Syncthing, a cloud drive), with no server and no lock.
 *
 * The folder holds one file per device, `DIR/roadmap-sync/<device-uid>.json`, each a progress export
 * (exchangeFormat.ts) written only by the device it is named after; the uid lives in the database
 * (migrations.ts, `metadata`). A sync imports every file there (its own too: harmless, and a database
 * restored from a backup gets back what it had shared), then writes its own file with the union, through
 * a temporary file renamed over it, so the file is always either the old one or the new one.
 *
 * Why no event is ever lost, even when two devices sync at the same moment: no device ever writes a file
 * another device writes, so no write can overwrite anyone else's events, and import merges by uid (an event,
 * note or review imported twice is there once). A device that synced before seeing another's latest file
 * gets it at its next sync: any two devices that each sync twice hold the same events and notes. Copies a
 * sync tool makes of a file on conflict (`… (conflicted copy).json`) are read as well, and so merged.
 *
 * A file written by a newer roadmap is refused (exit 4) before anything is read or written, as merging
 * what is half understood could drop what the newer version added.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { firstLineOf, storageError, usageError } from '../errors.js';
import { makeDirectory } from '../files/makeDirectory.js';
import { statOrUndefined } from '../files/statOrUndefined.js';
import { messages } from '../messages/index.js';
import { replaceFile } from '../files/replaceFile.js';
import { exportProgress, importProgress, parseProgressExport, PROGRESS_FORMAT_VERSION, type ImportSummary, type ProgressExport } from './exchange.js';
import { newerFormatVersion } from './exchangeFormat.js';
import type { ProgressStore } from './store.js';

/** The folder of sync files inside the folder the learner names. */
export const SYNC_SUBFOLDER = 'roadmap-sync';

export interface SyncSummary {
  /** This database's uid: its file is `<folder>/roadmap-sync/<device>.json`. */
  device: string;
  /** The files of other devices read. */
  otherFiles: number;
  /** What they brought that this database lacked. */
  received: Pick<ImportSummary, 'eventsAdded' | 'notesAdded' | 'notesUpdated' | 'reviewsAdded'>;
  /** What this device's file now holds: every event, note and review of this database. */
  shared: { events: number; notes: number; reviews: number };
  /** False when the file already held all of it (it is then left as it was, to spare the sync tool). */
  wrote: boolean;
}

interface SyncFile {
  name: string;
  path: string;
  text: string;
}

/** The `.json` files of the sync folder, by name; temporary files and anything else are not sync files. */
function syncFiles(folder: string): SyncFile[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const path = join(folder, name);
      try {
        return { name, path, text: readFileSync(path, 'utf8') };
      } catch (error) {
        throw storageError(messages().sync.cannotRead({ file: path, detail: firstLineOf(error) }));
      }
    });
}

/** What a progress file holds, without when it was written: equal contents need no new file. */
function contents(data: ProgressExport): string {
  return JSON.stringify([data.events, data.notes, data.reviews]);
}

/**
 * Merges every sync file in `folder` into `store`, then writes this device's file with the union. `home`
 * says where this database is (machine and path): a copy elsewhere writes a file of its own.
 */
export function syncWithFolder(store: ProgressStore, folder: string, now: string, home: string): SyncSummary {
  if (!statOrUndefined(folder)?.isDirectory()) throw usageError(messages().sync.noSuchFolder({ folder }));
  const syncFolder = join(folder, SYNC_SUBFOLDER);
  try {
    makeDirectory(syncFolder);
  } catch (error) {
    throw storageError(messages().sync.cannotCreate({ folder: syncFolder, detail: firstLineOf(error) }));
  }
  const device = store.deviceUid(home);
  const ownName = `${device}.json`;
  const ownPath = join(syncFolder, ownName);

  // The write lock is held from here to the rename: a second sync of this database waits, so this device's
  // file is only ever written with all that the database holds.
  return store.transaction(() => {
    const files = syncFiles(syncFolder);
    for (const file of files) {
      const version = newerFormatVersion(file.text);
      if (version !== undefined) {
        throw storageError(messages().sync.newerFile({ file: file.path, version, known: PROGRESS_FORMAT_VERSION }));
      }
    }
    const parsed = files.map((file) => ({ name: file.name, data: parseProgressExport(file.text, file.path) }));
    const received = { eventsAdded: 0, notesAdded: 0, notesUpdated: 0, reviewsAdded: 0 };
    for (const { data } of parsed) {
      const summary = importProgress(store, data);
      received.eventsAdded += summary.eventsAdded;
      received.notesAdded += summary.notesAdded;
      received.notesUpdated += summary.notesUpdated;
      received.reviewsAdded += summary.reviewsAdded;
    }
    const union = exportProgress(store, now);
    const own = parsed.find((file) => file.name === ownName)?.data;
    const wrote = own === undefined || contents(own) !== contents(union);
    if (wrote) {
      removeLeftovers(syncFolder, ownName);
      replaceFile(ownPath, `${JSON.stringify(union, null, 1)}\n`, ownPath);
    }
    return {
      device,
      otherFiles: parsed.filter((file) => file.name !== ownName).length,
      received,
      shared: { events: union.events.length, notes: union.notes.length, reviews: union.reviews.length },
      wrote,
    };
  });
}

/** Temporary files of this device's file that an interrupted sync left behind (no other sync of it runs now). */
function removeLeftovers(folder: string, ownName: string): void {
  for (const name of readdirSync(folder)) {
    if (name.startsWith(`${ownName}.tmp-`)) rmSync(join(folder, name), { force: true });
  }
}
