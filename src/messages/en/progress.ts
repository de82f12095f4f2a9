/** The progress database, and the files roadmap writes (an export, a report, the settings). */
export const progress = () => ({
  locked: 'database is locked by another roadmap process; try again',
  damaged: ({ path, detail }: { path: string; detail: string }) => `${path} is not a roadmap database or is damaged: ${detail}`,
  newerSchema: ({ path, found, known }: { path: string; found: number; known: number }) =>
    `database ${path} was written by a newer version of roadmap (schema ${found}, this version knows ${known}); upgrade roadmap`,
  directory: ({ path }: { path: string }) => `database ${path} is a directory; give the path of a file with --db or ROADMAP_DB`,
  foreign: ({ path }: { path: string }) => `${path} is not a roadmap database: it holds another program's data; choose another file with --db`,
  cannotOpen: ({ path, detail }: { path: string; detail: string }) => `cannot open database ${path}: ${detail}`,
  cannotWrite: ({ path, detail }: { path: string; detail: string }) => `cannot write database ${path}: ${detail}`,
  diskFull: ({ path }: { path: string }) => `cannot write database ${path}: the disk is full`,
  inputOutput: ({ path, code }: { path: string; code: string }) => `cannot read or write database ${path}: input/output error (${code})`,
  cannotCreate: ({ path, detail }: { path: string; detail: string }) =>
    `cannot create the database at ${path}: ${detail}; choose another place with --db or ROADMAP_DB`,
  noSuchNote: ({ id }: { id: number }) => `no note with id ${id}; see \`roadmap notes\``,
  emptyNote: 'a note needs some text',
  notADateTime: ({ value }: { value: string }) => `not a date-time: ${value}`,
  /** Said of a path when a folder on the way is a file. */
  notADirectory: ({ path }: { path: string }) => `not a directory: ${path}`,
  /** A file written whole through a temporary file beside it. */
  fileWrite: {
    isDirectory: ({ name, example }: { name: string; example: string }) =>
      `cannot write ${name}: it is a directory; name a file in it, such as ${example}`,
    noFolder: ({ name, folder }: { name: string; folder: string }) => `cannot write ${name}: folder ${folder} does not exist; create it first`,
    notAFolder: ({ name, folder }: { name: string; folder: string }) => `cannot write ${name}: ${folder} is not a folder`,
    failed: ({ name, reason }: { name: string; reason: string }) => `cannot write ${name}: ${reason}`,
    /** What the system's error codes mean. */
    reasons: {
      permissionDenied: 'permission denied',
      readOnlyFileSystem: 'the file system is read-only',
      diskFull: 'the disk is full',
      quotaUsedUp: 'the disk quota is used up',
      isDirectory: 'it is a directory',
      pathNotAFolder: 'a part of its path is not a folder',
      folderMissing: 'its folder does not exist',
    },
  },
});
