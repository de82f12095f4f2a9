/**
 * Opens better-sqlite3 databases with its compiled addon (`better_sqlite3.node`) given through its
 * `nativeBinding` option.
 *
 * The build bundles better-sqlite3's JavaScript into dist/roadmap.cjs (one file parses faster than a
 * package of modules). Left alone, better-sqlite3 would then find its addon through the `bindings`
 * package, which walks up from the *calling file* (now the bundle, so the wrong package) through a dozen
 * candidate paths — slow, and wrong. Instead the addon is found here, once and only when a database is
 * opened, the way Node resolves from this file: `node_modules/better-sqlite3` next to the bundle, or
 * hoisted above it, wherever npm put it. The same code serves the TypeScript sources (tests), where it
 * resolves from `src/progress/`. It is loaded with `process.dlopen`, as `require` would after resolving
 * the path again.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the install script puts the addon: a prebuilt download or a release build, else a debug build. */
const CANDIDATES = ['better-sqlite3/build/Release/better_sqlite3.node', 'better-sqlite3/build/Debug/better_sqlite3.node'];

let addon: object | undefined;

/** A better-sqlite3 database, with the addon found and loaded here. */
export function openDatabase(source: string | Buffer, options: Database.Options = {}): Database.Database {
  return new Database(source, { ...options, nativeBinding: nativeBinding() });
}

/**
 * The loaded addon. better-sqlite3 takes a path or the addon itself; its type declarations know only the
 * path, hence the type. Throws if better-sqlite3 is not installed or not built.
 */
function nativeBinding(): string {
  if (!addon) {
    const module = { exports: {} };
    process.dlopen(module, nearestAddon() ?? resolvedAddon());
    addon = module.exports;
  }
  return addon as unknown as string;
}

/**
 * The first candidate in a `node_modules` folder of this file's folder or one above it: the folders Node's
 * resolution visits, at one `stat` each (require.resolve would also read package.json files on the way).
 */
function nearestAddon(): string | undefined {
  for (let folder = import.meta.dirname; ; folder = dirname(folder)) {
    for (const candidate of CANDIDATES) {
      const file = join(folder, 'node_modules', candidate);
      if (existsSync(file)) return file;
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/** Node's own resolution, for what the walk does not see (NODE_PATH, global folders). */
function resolvedAddon(): string {
  // node:module is loaded only here, on this rare path, not at every start.
  const require = process.getBuiltinModule('node:module').createRequire(import.meta.filename);
  for (const candidate of CANDIDATES) {
    try {
      return require.resolve(candidate);
    } catch {
      // try the next one
    }
  }
  throw new Error(`better-sqlite3's native addon was not found (looked for ${CANDIDATES.join(', ')}); reinstall roadmap (npm rebuild better-sqlite3)`);
}
