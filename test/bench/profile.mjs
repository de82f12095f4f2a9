#!/usr/bin/env node
// Where a command's time goes: runs the binary under `node --cpu-prof` and prints the functions with the
// most self time, and the most inclusive time, by file:function.
//
//   node test/bench/profile.mjs [--top N] [--interval US] [--repeat R] -- ROADMAP ARGS…
//
// Runs with the caller's environment (set ROADMAP_DB, XDG_CACHE_HOME, … as for the command itself). With
// --repeat, the figures are averaged over R runs (steadier on a busy machine).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { BIN, ROOT } from './generate.mjs';
import { parseScriptArgs } from './lib/measure.mjs';

// Everything after `--` is the command's: parseArgs leaves it as positionals.
const { values, positionals: args } = parseScriptArgs(
  'node test/bench/profile.mjs [--top N] [--interval US] [--repeat R] -- ROADMAP ARGS…',
  { top: { type: 'string', default: '25' }, interval: { type: 'string', default: '100' }, repeat: { type: 'string', default: '1' } },
  { numbers: ['top', 'interval', 'repeat'], positionals: true },
);
const { top, interval, repeat } = values;

const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-prof-'));
for (let i = 0; i < repeat; i++) {
  const result = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, `--cpu-prof-interval=${interval}`, BIN, ...args], {
    // A pipe, as in the benchmark: /dev/null is a character device and would be checked as a terminal.
    stdio: ['inherit', 'pipe', 'inherit'],
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) console.error(`(exited ${result.status})`);
}
const profiles = readdirSync(dir)
  .filter((name) => name.endsWith('.cpuprofile'))
  .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
rmSync(dir, { recursive: true, force: true });

/** The bundle's functions are reported at their source (dist/roadmap.cjs.map), e.g. `src/render/json.ts:5`. */
const sourceMaps = new Map();
function sourceMapOf(file) {
  if (!file.endsWith('.cjs')) return undefined;
  if (!sourceMaps.has(file)) {
    const mapFile = `${file}.map`;
    sourceMaps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
  }
  return sourceMaps.get(file);
}

function analyse(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const name = (node) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.replace(/^file:\/\//, '');
    const original = sourceMapOf(file)?.findEntry(lineNumber, columnNumber);
    if (original?.originalSource) {
      const source = path.relative(ROOT, path.resolve(path.dirname(file), original.originalSource.replace(/^file:\/\//, '')));
      return `${source}:${original.originalLine + 1} ${functionName || '(anonymous)'}`;
    }
    const where = url ? path.relative(ROOT, file) : '';
    return `${where ? `${where}:${lineNumber + 1}` : '(native)'} ${functionName || '(anonymous)'}`;
  };
  const selfByName = new Map();
  const totalByName = new Map();
  for (const [id, ms] of self) {
    const node = byId.get(id);
    selfByName.set(name(node), (selfByName.get(name(node)) ?? 0) + ms);
    // inclusive: count once per distinct function on the stack
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = name(byId.get(at));
      if (seen.has(n)) continue;
      seen.add(n);
      totalByName.set(n, (totalByName.get(n) ?? 0) + ms);
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total, selfByName, totalByName };
}

const total = { value: 0 };
const selfByName = new Map();
const totalByName = new Map();
for (const profile of profiles) {
  const one = analyse(profile);
  total.value += one.total / profiles.length;
  for (const [n, ms] of one.selfByName) selfByName.set(n, (selfByName.get(n) ?? 0) + ms / profiles.length);
  for (const [n, ms] of one.totalByName) totalByName.set(n, (totalByName.get(n) ?? 0) + ms / profiles.length);
}
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [n, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${n}`);
};
console.log(`profiled ${total.value.toFixed(1)} ms (sampling every ${interval} µs; mean of ${profiles.length} run(s))`);
show('self time', selfByName);
show('inclusive time', totalByName);
