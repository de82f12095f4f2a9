import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { usageError } from '../errors.js';
import { statOrUndefined } from '../files/statOrUndefined.js';
import { listInText, messages } from '../messages/index.js';

/** The names a Markdown roadmap goes by: such a file is converted as it is read (see curriculumCache.ts). */
export const MARKDOWN_FILE = /\.(md|markdown|mdown|mkd)$/i;

/**
 * Whether a value names a file rather than the id of a curriculum: it ends in .yaml/.yml or a Markdown
 * extension (MARKDOWN_FILE), or holds a path separator (ids cannot).
 */
export function looksLikePath(value: string): boolean {
  return /\.ya?ml$/i.test(value) || MARKDOWN_FILE.test(value) || /[\\/]/.test(value);
}

/**
 * The curriculum used when nothing else is chosen: the whole course (the README's "The whole LLM course"
 * says why). Progress recorded under the earlier default, llm-fundamentals, is found in it as it is.
 */
export const DEFAULT_CURRICULUM_ID = 'llm-course';

export interface CurriculumLocation {
  /** Absolute path of the curriculum file (YAML, or Markdown converted on the fly). */
  path: string;
  /** How to name the file in messages: as the user wrote it, or relative for a bundled one. */
  displayName: string;
}

/** Bundled curricula are named `ID.yaml` or `ID.LANGUAGE.yaml`, so an id is found without parsing every file. */
export function bundledCurricula(bundledDirectory: string): Map<string, string> {
  const byId = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(bundledDirectory);
  } catch {
    return byId;
  }
  for (const name of names.sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const id = name.split('.')[0]!;
    if (!byId.has(id)) byId.set(id, join(bundledDirectory, name));
  }
  return byId;
}

/**
 * `--curriculum` takes a file or the id of a bundled curriculum: a value naming an existing file, ending in
 * .yaml/.yml or Markdown (MARKDOWN_FILE), or holding a path separator (ids cannot) is a file; anything else is an id. A folder is
 * neither, and said so.
 */
export function locateCurriculum(value: string | undefined, cwd: string, bundledDirectory: string): CurriculumLocation {
  const wanted = value && value.length > 0 ? value : DEFAULT_CURRICULUM_ID;
  const asFile = resolve(cwd, wanted);
  const found = value === undefined ? undefined : fileKind(asFile);
  if (found === 'directory') {
    throw usageError(messages().load.curriculumIsFolder({ name: wanted }));
  }
  if (looksLikePath(wanted) || found === 'file') {
    if (found !== 'file') throw usageError(messages().load.fileNotFound({ file: wanted }));
    return { path: asFile, displayName: wanted };
  }
  const bundled = bundledCurricula(bundledDirectory);
  const file = bundled.get(wanted);
  if (!file) {
    const known = listInText([...bundled.keys()]) || messages().load.noneBundled;
    throw usageError(messages().load.noBundled({ name: wanted, bundled: known }));
  }
  return { path: file, displayName: relative(cwd, file) || file };
}

/** What is at `file`: a directory, something else (a file to read), or nothing that can be seen. */
function fileKind(file: string): 'directory' | 'file' | undefined {
  const found = statOrUndefined(file);
  if (!found) return undefined;
  return found.isDirectory() ? 'directory' : 'file';
}
