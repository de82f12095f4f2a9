#!/usr/bin/env node
// CommonJS (see bin/package.json): loads the one-file bundle dist/roadmap.cjs (scripts/build.mjs) and runs it.
// The bundle is a function expression with the parameters of Node's CommonJS wrapper (exports, require,
// module, __filename, __dirname): compiled as it is, it needs no wrapper, so no copy of its source.
//
// The bundle is compiled with the V8 code cache the build recorded next to it (dist/roadmap.cjs.cache), so
// the functions a command runs are not parsed and compiled again on every start. The cache is used only if
// it was written for this very bundle (the build id at the end of the bundle is repeated in the cache's
// header); V8 itself rejects it for another Node version or other flags. Without a usable cache the bundle
// is compiled from source, as `require` would. The Traditional-Chinese messages, a bundle of their own
// (CODE_CACHED_BUNDLES), are compiled the same way with a cache of their own: from source they cost
// about 7 ms at every start in that language.
//
// When the command has returned and its output is written, the process ends at once (see the end).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { isAscii } = require('node:buffer');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'roadmap.cjs');
const BUILD_ID = '\n// roadmap-build: ';
/** Bundles the main one requires (by `./NAME`) that are compiled with a code cache too. */
const CODE_CACHED_BUNDLES = new Set(['./messages-zh-TW.cjs']);
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

function cacheHeader(buildId) {
  return `roadmap-code-cache ${buildId}\n`;
}

/** The code cache recorded in `file` for the build with this id, or undefined. */
function readCodeCache(file, buildId) {
  if (!buildId) return undefined;
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const header = cacheHeader(buildId);
  if (bytes.length <= header.length || bytes.toString('latin1', 0, header.length) !== header) return undefined;
  return bytes.subarray(header.length);
}

/** A file of the build: ASCII (the build keeps it so) read as Latin-1 is a one-byte string, copied, not decoded. */
function readSource(file) {
  const bytes = fs.readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** The scripts compiled in this run, with where their code cache goes. */
const compiled = [];

/** Runs `source`, a function expression with the CommonJS wrapper's parameters, as the module `file`. */
function runCompiled(source, file, buildId) {
  const cacheFile = `${file}.cache`;
  const script = new vm.Script(source, { filename: file, cachedData: readCodeCache(cacheFile, buildId) });
  compiled.push({ script, cacheFile });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, requireFromBundle, module, file, DIST);
  module.loaded = true;
  return module.exports;
}

const loadedBundles = new Map();

/**
 * The `require` the bundle is given. It requires Node's builtins and, by a name starting with `./`, the
 * bundles next to it (dist/yaml.cjs, dist/prompts.cjs); node:module's createRequire would cost more to
 * load than this takes.
 */
function requireFromBundle(id) {
  if (!CODE_CACHED_BUNDLES.has(id)) return require(id.startsWith('./') ? path.join(DIST, id) : id);
  if (!loadedBundles.has(id)) {
    const file = path.join(DIST, id);
    loadedBundles.set(id, runCompiled(`${WRAPPER}${readSource(file)}\n})`, file, buildId));
  }
  return loadedBundles.get(id);
}

const source = readSource(BUNDLE);
const at = source.lastIndexOf(BUILD_ID);
const buildId = at < 0 ? '' : source.slice(at + BUILD_ID.length).trim().split(/\s/, 1)[0];
const finished = runCompiled(source, BUNDLE, buildId).main();

finished.then((outputWritten) => {
  // The build (scripts/build.mjs) sets this to record the caches: the functions this command compiled, on
  // top of those the caches it started from already held.
  if (process.env.ROADMAP_WRITE_CODE_CACHE && buildId && !process.exitCode) writeCodeCaches();
  // The command is over and its output written. Left to end by itself, Node would first wait for V8's
  // background work (optimising the functions a long list ran hot, a last garbage collection): 2 to 9 ms
  // the learner gains nothing from. Output still queued in a stream (a slow pipe) is waited for as before.
  if (outputWritten) process.exit();
});

function writeCodeCaches() {
  for (const { script, cacheFile } of compiled) {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(cacheHeader(buildId), 'latin1'), script.createCachedData()]));
    fs.renameSync(temporary, cacheFile);
  }
}
