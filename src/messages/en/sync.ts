import { plural } from './plural.js';

/** `roadmap sync`. */
export const sync = () => ({
  whichFolder: 'which folder? roadmap sync DIR (the folder is remembered for next time)',
  noSuchFolder: ({ folder }: { folder: string }) => `no such folder: ${folder}`,
  cannotCreate: ({ folder, detail }: { folder: string; detail: string }) => `cannot create ${folder}: ${detail}`,
  cannotRead: ({ file, detail }: { file: string; detail: string }) => `cannot read the sync file ${file}: ${detail}`,
  newerFile: ({ file, version, known }: { file: string; version: number; known: number }) =>
    `${file} was written by a newer version of roadmap (progress format ${version}, this version reads ${known}); upgrade roadmap here. Nothing was synced.`,
  synced: ({ devices, folder, events, notes, reviews }: { devices: number; folder: string; events: number; notes: number; reviews: number }) =>
    `synced with ${plural(devices, 'other device')} in ${folder}: received ${plural(events, 'event')}, ${plural(notes, 'note')}, ${plural(reviews, 'review')}`,
  shared: ({ events, notes, reviews, file }: { events: number; notes: number; reviews: number; file: string }) =>
    `shared ${plural(events, 'event')}, ${plural(notes, 'note')} and ${plural(reviews, 'review')} in ${file}`,
  alreadyShared: ({ file }: { file: string }) => `${file} already held everything`,
});
