#!/usr/bin/env node
// CommonJS (see bin/package.json): loads the one-file bundle dist/roadmap.cjs (scripts/build.mjs) and runs it.
// The bundle is a function expression with the parameters of Node's CommonJS wrapper (exports, require,
// module, __filename, __dirname): compiled as it is, it needs no wrapper, so no copy of its source.
//
// The bundle is compiled with the V8 code cache the build recorded next to it (dist/roadmap.cjs.cache), so
// the functions a command runs are not parsed and compiled again on every start. The cache is used only if
// it was written for this very bundle (the build id at the end of the bundle is repeated in the cache's
// header); V8 itself rejects it for another Node version or other flags. Without a usable cache the bundle
// is compiled from source, as `require` would.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { isAscii } = require('node:buffer');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'roadmap.cjs');
const CODE_CACHE = `${BUNDLE}.cache`;
const BUILD_ID = '\n// roadmap-build: ';

function cacheHeader(buildId) {
  return `roadmap-code-cache ${buildId}\n`;
}

/** The code cache recorded for the bundle with this build id, or undefined. */
function readCodeCache(buildId) {
  if (!buildId) return undefined;
  let bytes;
  try {
    bytes = fs.readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
  const header = cacheHeader(buildId);
  if (bytes.length <= header.length || bytes.toString('latin1', 0, header.length) !== header) return undefined;
  return bytes.subarray(header.length);
}

/**
 * The `require` the bundle is given. It requires Node's builtins and, by a name starting with `./`, the
 * bundles next to it (dist/yaml.cjs, dist/prompts.cjs); node:module's createRequire would cost more to
 * load than this takes.
 */
function requireFromBundle(id) {
  return require(id.startsWith('./') ? path.join(DIST, id) : id);
}

function load() {
  const bytes = fs.readFileSync(BUNDLE);
  // The build keeps the bundle ASCII: read as Latin-1 it is a one-byte string, copied, not decoded.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const at = source.lastIndexOf(BUILD_ID);
  const buildId = at < 0 ? '' : source.slice(at + BUILD_ID.length).trim().split(/\s/, 1)[0];
  const script = new vm.Script(source, { filename: BUNDLE, cachedData: readCodeCache(buildId) });
  const module = { exports: {}, filename: BUNDLE, id: BUNDLE, loaded: false };
  script.runInThisContext()(module.exports, requireFromBundle, module, BUNDLE, DIST);
  module.loaded = true;
  return { roadmap: module.exports, script, buildId };
}

const { roadmap, script, buildId } = load();
const finished = roadmap.main();

// The build (scripts/build.mjs) sets this to record the cache: the functions this command compiled, on top
// of those the cache it started from already held.
if (process.env.ROADMAP_WRITE_CODE_CACHE && buildId) {
  finished.then(() => {
    if (process.exitCode) return;
    const temporary = `${CODE_CACHE}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(cacheHeader(buildId), 'latin1'), script.createCachedData()]));
    fs.renameSync(temporary, CODE_CACHE);
  });
}
