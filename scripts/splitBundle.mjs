// The commands people run all day (next, list, show, done and its siblings, status) start from the main
// bundle, dist/roadmap.cjs; the code only the other commands run (the YAML checks behind a cold cache and
// `validate`, the menu, graph, path, doctor, notes, log, open, report, export, import, curricula, use,
// building a whole course from its parts) is a second bundle,
// dist/cold.cjs, loaded on first use. Every start reads, and every code cache deserialises, only the
// first: about a third less.
//
// The two bundles share modules instead of copying them: when code in cold.cjs imports a module that is
// in the main bundle (errors.ts, the store, the renderers' helpers…), it gets the main bundle's instance.
// So there is one RoadmapError class for `instanceof`, one database connection, one memoised anything.
//
// How (scripts/build.mjs runs the three steps):
// 1. The main bundle is built once without writing it, to learn which modules it holds.
// 2. cold.cjs is built from COLD_ENTRIES. An import that resolves to a module of the main bundle becomes a
//    stub that takes the module from a table the main bundle hands over (`shared`). cold.cjs exports a
//    function: given that table, it returns a loader for each entry.
// 3. The main bundle is built for real. An import of a cold entry becomes a stub that loads cold.cjs (once)
//    and that entry; the table it hands over holds the modules cold.cjs asked for in step 2.
import { build } from 'esbuild';
import path from 'node:path';

export const COLD_FILE = 'cold.cjs';

/** The modules only the less frequent commands need, and everything they import that the main bundle lacks. */
export const COLD_ENTRIES = [
  'src/curriculum/parse.ts',
  'src/menu/menu.ts',
  'src/commands/checkLinks.ts',
  'src/commands/doctor.ts',
  'src/commands/export.ts',
  'src/commands/graph.ts',
  'src/commands/import.ts',
  'src/commands/log.ts',
  'src/commands/note.ts',
  'src/commands/notes.ts',
  'src/commands/open.ts',
  'src/commands/path.ts',
  'src/commands/report.ts',
  'src/commands/review.ts',
  'src/commands/reviewed.ts',
  'src/commands/sync.ts',
  'src/commands/validate.ts',
  'src/commands/curricula.ts',
  'src/commands/use.ts',
  'src/load/courseParts.ts',
  'src/commands/convert.ts',
  'src/curriculum/markdown/markdownCurriculum.ts',
  'src/commands/complete.ts',
  'src/commands/completion.ts',
];

const NAMESPACE = 'roadmap-split';
const REGISTRY = `${NAMESPACE}:registry`;

/** The source files (relative to root, `/` separated) an esbuild metafile says a bundle holds. */
export function sourcesOf(metafile) {
  return new Set(Object.keys(metafile.inputs).filter((input) => !/^[\w-]+:/.test(input)));
}

const relative = (root, file) => path.relative(root, file).split(path.sep).join('/');

/**
 * Resolves an import the way esbuild would without this plugin, and returns the file relative to root
 * (undefined for builtins, externals and other plugins' virtual modules).
 */
async function resolvedSource(b, root, args) {
  if (args.pluginData?.[NAMESPACE]) return undefined;
  const result = await b.resolve(args.path, { importer: args.importer, resolveDir: args.resolveDir, kind: args.kind, pluginData: { [NAMESPACE]: true } });
  if (result.errors.length > 0 || result.external || result.namespace !== 'file') return undefined;
  return relative(root, result.path);
}

/**
 * The registry module's resolution (each bundle writes its own), and the stubs `PREFIX:source`, which
 * export what the registry's `method(source)` returns.
 */
function registryStubs(b, prefix, method) {
  b.onResolve({ filter: new RegExp(`^${REGISTRY}$`) }, () => ({ path: 'registry', namespace: NAMESPACE }));
  b.onLoad({ filter: new RegExp(`^${prefix}:`), namespace: NAMESPACE }, (args) => ({
    loader: 'js',
    contents: `module.exports = require(${JSON.stringify(REGISTRY)}).${method}(${JSON.stringify(args.path.slice(prefix.length + 1))});`,
  }));
}

/**
 * For the main bundle: imports of cold entries load them from cold.cjs. `shared` lists the main bundle's
 * modules that cold.cjs takes from it, with their exports ({ source, exports }; empty in step 1).
 */
export function coldEntryStubs(root, shared) {
  const cold = new Set(COLD_ENTRIES);
  return {
    name: 'cold-entry-stubs',
    setup(b) {
      registryStubs(b, 'cold', 'coldModule');
      b.onResolve({ filter: new RegExp(`^\\./${COLD_FILE.replace('.', '\\.')}$`) }, (args) =>
        args.namespace === NAMESPACE ? { path: `./${COLD_FILE}`, external: true } : undefined,
      );
      b.onResolve({ filter: /^\./ }, async (args) => {
        const source = await resolvedSource(b, root, args);
        if (!source || !cold.has(source)) return undefined;
        // A static import would load cold.cjs at every start (and, from a shared module, while the table
        // cold.cjs needs is still being built).
        if (args.kind !== 'dynamic-import') {
          return { errors: [{ text: `${source} is in COLD_ENTRIES (scripts/splitBundle.mjs), so it must be loaded with import(), not imported by ${relative(root, args.importer)}` }] };
        }
        return { path: `cold:${source}`, namespace: NAMESPACE };
      });
      // Named imports, not `import * as`: esbuild would build every namespace object at start-up.
      b.onLoad({ filter: /^registry$/, namespace: NAMESPACE }, () => ({
        loader: 'js',
        resolveDir: root,
        contents: [
          ...shared.map(({ source, exports }, i) => `import { ${exports.map((name) => `${name} as shared${i}_${name}`).join(', ')} } from ${JSON.stringify(path.join(root, source))};`),
          'const shared = {',
          ...shared.map(({ source, exports }, i) => `  ${JSON.stringify(source)}: { ${exports.map((name) => `get ${name}() { return shared${i}_${name}; }`).join(', ')} },`),
          '};',
          'let cold;',
          'export function coldModule(name) {',
          `  cold ??= require("./${COLD_FILE}")(shared);`,
          '  return cold[name]();',
          '}',
        ].join('\n'),
      }));
    },
  };
}

/**
 * For cold.cjs: imports of modules the main bundle holds (`mainSources`) take them from the table it hands
 * over. `onShared` hears each such module, to build that table.
 */
export function sharedModuleStubs(root, mainSources, onShared) {
  return {
    name: 'shared-module-stubs',
    setup(b) {
      registryStubs(b, 'shared', 'shared');
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.namespace === NAMESPACE) return undefined;
        const source = await resolvedSource(b, root, args);
        if (!source || !mainSources.has(source)) return undefined;
        onShared(source);
        return { path: `shared:${source}`, namespace: NAMESPACE };
      });
      b.onLoad({ filter: /^registry$/, namespace: NAMESPACE }, () => ({
        loader: 'js',
        contents: 'let table;\nexports.use = (given) => { table = given; };\nexports.shared = (name) => table[name];',
      }));
    },
  };
}

/** The entry of cold.cjs: a function of the shared table, returning a loader per cold entry. */
export function coldEntrySource(root) {
  return [
    `const registry = require(${JSON.stringify(REGISTRY)});`,
    'module.exports = (shared) => {',
    '  registry.use(shared);',
    '  return {',
    ...COLD_ENTRIES.map((source) => `    ${JSON.stringify(source)}: () => require(${JSON.stringify(path.join(root, source))}),`),
    '  };',
    '};',
  ].join('\n');
}

/**
 * The runtime exports (no types) of each source, as esbuild sees them. Built as ES modules only to read
 * the exports, so errors only: the warning that a `require()` (chalk, string-width: loaded on first use)
 * cannot be converted to ESM concerns no file that is written.
 */
export async function exportsOf(root, sources) {
  if (sources.length === 0) return [];
  const result = await build({ absWorkingDir: root, entryPoints: sources, outdir: 'out', outbase: root, write: false, metafile: true, format: 'esm', logLevel: 'error' });
  const byEntry = new Map(Object.values(result.metafile.outputs).filter((output) => output.entryPoint).map((output) => [output.entryPoint, output.exports]));
  return sources.map((source) => ({ source, exports: byEntry.get(source) ?? [] }));
}
