// Bundles the CLI into one file, dist/roadmap.cjs, that bin/roadmap.js compiles and calls (plus the bundles
// it loads on demand), then records a V8 code cache for it (dist/roadmap.cjs.cache). Start-up time is most of
// a command's time, so:
//
// - One bundle for what the everyday commands run: one file to read and compile, instead of hundreds of
//   ESM modules resolved one by one. The other commands' code is in dist/cold.cjs, which shares the main
//   bundle's modules (scripts/splitBundle.mjs). better-sqlite3's JavaScript is bundled too; its native
//   addon is loaded by path (the `nativeBinding` option, see src/progress/nativeBinding.ts), which skips
//   the `bindings` package's search of the disk.
// - Kept outside it, in bundles of their own loaded only by the commands that need them (see
//   SEPARATE_BUNDLES): `yaml` (only when a curriculum is not cached yet, and for `validate`), the
//   prompts of the interactive menu and `note`, and Graphviz for `report`. Every `import()` is compiled to `require()`
//   (`supported: dynamic-import: false`), which also works inside the code-cached script.
// - Nothing is evaluated before it is needed. The sources see to that themselves (`string-width` and chalk
//   are required on first use, Node's builtins taken with process.getBuiltinModule where they are used),
//   except commander's `require('node:child_process')`, which gets a stub (scripts/lazyChildProcess.mjs).
// - The code cache holds V8's bytecode for the functions that `done`, `status`, `list` and `next` run, so
//   a command does not parse and compile them again (about a quarter of a command's own time). It is
//   written by running those commands once on a scratch home (bin/roadmap.js writes it when
//   ROADMAP_WRITE_CODE_CACHE is set) and is tied to this exact bundle by a build id; V8 itself rejects it
//   for another Node version or other V8 flags, and bin/roadmap.js then compiles from source as usual.
//   The Traditional-Chinese messages get a cache of their own (dist/messages-zh-TW.cjs.cache), from the
//   same commands run in that language.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyChildProcessForCommander } from './lazyChildProcess.mjs';
import { COLD_FILE, coldEntrySource, coldEntryStubs, exportsOf, sharedModuleStubs, sourcesOf } from './splitBundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTFILE = path.join(ROOT, 'dist', 'roadmap.cjs');
const CODE_CACHE = `${OUTFILE}.cache`;
/** The Traditional-Chinese messages' own code cache (bin/roadmap.js, CODE_CACHED_BUNDLES). */
const MESSAGES_CODE_CACHE = path.join(path.dirname(OUTFILE), 'messages-zh-TW.cjs.cache');

/** The start of dist/roadmap.cjs; bin/roadmap.js calls the function it evaluates to. */
const BUNDLE_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

mkdirSync(path.dirname(OUTFILE), { recursive: true });
// A cache left from another bundle must never be read with this one (bin/roadmap.js checks the build id too).
rmSync(CODE_CACHE, { force: true });
rmSync(MESSAGES_CODE_CACHE, { force: true });

/**
 * Code only some commands load, each bundled on its own in dist/ and required on first use by the code
 * that needs it (in dist/cold.cjs): the curriculum parser's `yaml` (a cold cache, `validate`), Graphviz
 * for `report`, markdown-it for `convert` and Markdown curricula, and the three prompts of the menu and
 * `note` (src/terminal/inquirer.ts). One file loads several times faster than the package's graph of
 * modules (a quarter of the time for yaml's 40 CommonJS files, a tenth for @inquirer/prompts' ES
 * modules, which also bring the editor prompt and its character-set tables), and no other command reads it.
 * The Traditional-Chinese catalog is one too: a learner reading English never loads it.
 * `reexport` replaces the default `export *` for a package whose default export is the whole module.
 */
const PROMPTS_SOURCE = path.join(ROOT, 'src', 'terminal', 'inquirer.ts');
const ZH_TW_MESSAGES_SOURCE = path.join(ROOT, 'src', 'messages', 'zh-TW', 'index.ts');
const isSource = (args, source) => path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === source;
const SEPARATE_BUNDLES = [
  { file: 'yaml.cjs', source: 'yaml', filter: /^yaml$/, matches: () => true },
  // Graphviz in WebAssembly (the wasm inline, about 1 MB), for the drawing in `report`'s HTML only.
  { file: 'viz.cjs', source: '@viz-js/viz', filter: /^@viz-js\/viz$/, matches: () => true },
  // Only `convert` and a Markdown curriculum not cached yet parse Markdown.
  { file: 'markdown-it.cjs', source: 'markdown-it', filter: /^markdown-it$/, matches: () => true, reexport: 'module.exports = require("markdown-it");' },
  {
    file: 'prompts.cjs',
    source: './src/terminal/inquirer.ts',
    filter: /\/inquirer\.js$/,
    matches: (args) => isSource(args, PROMPTS_SOURCE),
  },
  // The Traditional-Chinese messages, read only when zh-TW is the language in use (English is in the main bundle).
  {
    file: 'messages-zh-TW.cjs',
    source: './src/messages/zh-TW/index.ts',
    filter: /\/zh-TW\/index\.js$/,
    matches: (args) => isSource(args, ZH_TW_MESSAGES_SOURCE),
  },
];

function separateBundles() {
  return {
    name: 'separate-bundles',
    setup(b) {
      for (const bundle of SEPARATE_BUNDLES) {
        b.onResolve({ filter: bundle.filter }, (args) => (bundle.matches(args) ? { path: `./${bundle.file}`, external: true } : undefined));
      }
    },
  };
}

/**
 * The build's id: a hash of everything the bundles are made from (the sources, the locked dependencies,
 * the version, this script). It ties the code cache to this exact bundle, and keys the curriculum cache
 * (src/load/curriculumCache.ts, through ROADMAP_BUILD_ID), so an upgrade that validates differently never
 * reads entries an older build wrote. The same sources always give the same id.
 */
function sourcesHash() {
  const hash = createHash('sha256');
  const files = ['package.json', 'package-lock.json', 'scripts/build.mjs', 'scripts/splitBundle.mjs', 'scripts/lazyChildProcess.mjs'];
  for (const entry of readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(path.relative(ROOT, path.join(entry.parentPath, entry.name)));
  }
  for (const file of files.sort()) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file))).update('\0');
  return hash.digest('hex').slice(0, 32);
}

const buildId = sourcesHash();
const COMMON_OPTIONS = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  supported: { 'dynamic-import': false },
  // The sources are ES modules (`import.meta.dirname`); in a CommonJS bundle that is the bundle's own.
  define: { 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename', ROADMAP_BUILD_ID: JSON.stringify(buildId) },
  // jsonc-parser's `main` is a UMD wrapper whose require() calls a bundler cannot follow (the bundle then
  // fails at run time); its `module` entry is plain ES modules. A missing file here fails the build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // Whitespace and syntax only: names stay as written, so stack traces (--debug) still name the functions.
  // A third less source to read and copy at every start.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};
const plugins = (split, expectCommander = true) => [split, lazyChildProcessForCommander({ expectCommander }), separateBundles()];
const mainOptions = (shared) => ({
  ...COMMON_OPTIONS,
  entryPoints: ['src/main.ts'],
  outfile: OUTFILE,
  // The bundle is one function expression, with the parameters of Node's CommonJS wrapper: bin/roadmap.js
  // compiles the file as it is, instead of first copying 300 KB into a wrapper of its own.
  banner: { js: BUNDLE_WRAPPER },
  // The build id is read by bin/roadmap.js to match the code cache to this bundle.
  footer: { js: `})\n// roadmap-build: ${buildId}` },
  plugins: plugins(coldEntryStubs(ROOT, shared)),
});

// The main bundle and cold.cjs, sharing modules (scripts/splitBundle.mjs).
const probe = await build({ ...mainOptions([]), write: false, metafile: true });
const shared = new Set();
await build({
  ...COMMON_OPTIONS,
  stdin: { contents: coldEntrySource(ROOT), resolveDir: ROOT, sourcefile: COLD_FILE },
  outfile: path.join(path.dirname(OUTFILE), COLD_FILE),
  plugins: plugins(sharedModuleStubs(ROOT, sourcesOf(probe.metafile), (source) => shared.add(source)), false),
});
await build(mainOptions(await exportsOf(ROOT, [...shared].sort())));

for (const bundle of SEPARATE_BUNDLES) {
  await build({
    // Not COMMON_OPTIONS: third-party code, read by Node's own loader, left as its authors wrote it.
    absWorkingDir: ROOT,
    // `export *` leaves out a default export, which is all markdown-it has: its module is the function.
    stdin: { contents: bundle.reexport ?? `export * from ${JSON.stringify(bundle.source)};`, resolveDir: ROOT, sourcefile: bundle.file },
    outfile: path.join(path.dirname(OUTFILE), bundle.file),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
  });
}

asciiOnly(OUTFILE);
asciiOnly(path.join(path.dirname(OUTFILE), 'messages-zh-TW.cjs'));
writeCodeCache();

/**
 * esbuild escapes every string and regular expression to ASCII but copies comments as they are. One
 * non-ASCII character anywhere makes V8 hold the whole source as a two-byte string and Node decode
 * it as UTF-8 (about 1.5 ms of every start); an all-ASCII bundle is read as Latin-1, a plain copy
 * (bin/roadmap.js). So what is left, in comments, is escaped too: `\uXXXX` (surrogate pairs above the BMP)
 * means the same thing in a comment, a string, a template or a regular expression.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const escaped = text.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped !== text) writeFileSync(file, escaped);
}

/**
 * Runs the commands people run most, each once, on a scratch home with the bundled curriculum; each run
 * starts from the cache the previous one wrote, so the last one holds the functions of all of them. A
 * failure here costs only speed: the build still succeeds, without a cache.
 */
function writeCodeCache() {
  const home = mkdtempSync(path.join(os.tmpdir(), 'roadmap-build-'));
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    ROADMAP_DB: path.join(home, 'progress.db'),
    LANG: 'C.UTF-8',
    ROADMAP_WRITE_CODE_CACHE: '1',
  };
  const everyday = [['done', '1.1'], ['status'], ['list'], ['next'], ['next', '--json'], ['list', '--json']];
  // The same in Traditional Chinese, for the messages' own cache (and the few functions only it runs).
  const runs = [...everyday, ...[['status'], ['list'], ['next']].map((args) => [...args, '--lang', 'zh-TW'])];
  try {
    for (const args of runs) {
      const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'roadmap.js'), ...args], { env, encoding: 'utf8', cwd: ROOT });
      if (result.status !== 0) {
        rmSync(CODE_CACHE, { force: true });
        rmSync(MESSAGES_CODE_CACHE, { force: true });
        console.warn(`build: no code cache (roadmap ${args.join(' ')} exited ${result.status}: ${(result.stderr || '').trim().split('\n')[0]})`);
        return;
      }
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
