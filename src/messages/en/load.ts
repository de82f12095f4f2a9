/** Finding and reading curricula, user settings. */
export const load = () => ({
  fileNotFound: ({ file }: { file: string }) => `curriculum file not found: ${file}`,
  fileIsFolder: ({ file }: { file: string }) => `${file} is a directory, not a curriculum file`,
  cannotRead: ({ file, reason }: { file: string; reason: string }) => `cannot read ${file}: ${reason}`,
  invalidCurriculum: 'invalid curriculum',
  curriculumIsFolder: ({ name }: { name: string }) => `curriculum ${name} is a directory; pass a curriculum .yaml file, or the id of a bundled one`,
  noBundled: ({ name, bundled }: { name: string; bundled: string }) => `no bundled curriculum "${name}" (bundled: ${bundled}); pass a .yaml file to --curriculum`,
  noneBundled: 'none',
  parts: {
    isTheCourse: ({ part }: { part: string }) => `part "${part}" is the course itself`,
    failed: ({ part, reason }: { part: string; reason: string }) => `part "${part}": ${reason}`,
    invalid: ({ part, file }: { part: string; file: string }) => `part "${part}" (${file}) is not valid: see its problems`,
    noFile: ({ part, path }: { part: string; path: string }) => `part "${part}": no such file (${path})`,
    notFound: ({ part }: { part: string }) =>
      `part "${part}": no curriculum with this id beside the course or bundled with roadmap; name a file (PATH.yaml) or a bundled id`,
  },
  settings: {
    cannotRead: ({ file, reason }: { file: string; reason: string }) => `cannot read the settings file ${file}: ${reason}`,
    notJson: ({ file, reason }: { file: string; reason: string }) => `${file}: not valid JSON (${reason}); fix it or delete it to start over`,
    notObject: ({ file }: { file: string }) => `${file}: expected a JSON object of settings; fix it or delete it to start over`,
    mustBeText: ({ file, key }: { file: string; key: string }) => `${file}: "${key}" must be a non-empty string`,
    cannotCreateFolder: ({ file, reason }: { file: string; reason: string }) => `cannot create the folder of the settings file ${file}: ${reason}`,
  },
});
