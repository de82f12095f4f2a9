// Timing and memory of whole processes, with public tools only: hyperfine when it is installed (wall time,
// `--export-json`), else a Node loop over child processes; peak RSS with GNU time (`/usr/bin/time -f %M`) when
// it is installed, else through a small Node wrapper that reports its child's `maxRSS`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { runs: sorted.length, median: median(sorted), min: sorted[0], max: sorted[sorted.length - 1], mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

export const tools = {
  hyperfine: which('hyperfine'),
  gnuTime: existsSync('/usr/bin/time') ? '/usr/bin/time' : null,
};

export function toolVersions() {
  return {
    hyperfine: tools.hyperfine ? spawnSync(tools.hyperfine, ['--version'], { encoding: 'utf8' }).stdout.trim() : null,
    rss: tools.gnuTime ? 'GNU time -f %M' : 'node wrapper (process.resourceUsage of the child)',
  };
}

/** Quotes an argument for hyperfine's `-N` word splitting (POSIX shell rules). */
function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * Wall times in milliseconds of each command ({ name, argv }), alternated: `rounds` rounds, each running every
 * command `runs` times after `warmup` unmeasured runs, so drift in the machine's speed hits all commands alike.
 * `prepare` (argv) runs before every run of every command, unmeasured; a command's own `prepare` replaces it. Every run must exit 0. Returns
 * `{ times, cpu }`: the times by command name, and the mean CPU time (user + system) per run of each command
 * (null without hyperfine).
 */
export function wallTimes(commands, { rounds = 5, runs = 10, warmup = 1, env, prepare } = {}) {
  const times = Object.fromEntries(commands.map((c) => [c.name, []]));
  const cpu = Object.fromEntries(commands.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? commands : [...commands].reverse();
    if (tools.hyperfine) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-hf-'));
      const jsonFile = path.join(dir, 'out.json');
      // Output through a pipe, as a terminal or `| jq` would take it (Node sets up a stream for it), not /dev/null.
      const args = ['-N', '--style', 'none', '--output', 'pipe', '--runs', String(runs), '--warmup', String(warmup), '--export-json', jsonFile];
      if (order.some((c) => c.prepare)) {
        for (const c of order) args.push('--prepare', (c.prepare ?? prepare ?? ['true']).map(shellQuote).join(' '));
      } else if (prepare) args.push('--prepare', prepare.map(shellQuote).join(' '));
      for (const c of order) args.push('-n', c.name, c.argv.map(shellQuote).join(' '));
      const result = spawnSync(tools.hyperfine, args, { env, encoding: 'utf8', maxBuffer: 1 << 26 });
      if (result.status !== 0) throw new Error(`hyperfine failed (${result.status}): ${result.stderr}\n${result.stdout}`);
      const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
      rmSync(dir, { recursive: true, force: true });
      for (const r of report.results) {
        times[r.command].push(...r.times.map((s) => s * 1000));
        // hyperfine reports CPU time as a mean per command and round; kept with the round's weight.
        cpu[r.command].push({ ms: (r.user + r.system) * 1000, runs: r.times.length });
      }
    } else {
      for (const c of order) {
        for (let i = 0; i < warmup + runs; i++) {
          const before = c.prepare ?? prepare;
          if (before) spawnSync(before[0], before.slice(1), { env, stdio: 'ignore' });
          const started = process.hrtime.bigint();
          const result = spawnSync(c.argv[0], c.argv.slice(1), { env, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          if (result.status !== 0) throw new Error(`${c.name} exited ${result.status}`);
          if (i >= warmup) times[c.name].push(ms);
        }
      }
    }
  }
  return { times, cpu: cpuMeans(cpu) };
}

/** Mean CPU time (user + system) per run of each command, in ms; null when the timer does not report it. */
function cpuMeans(cpu) {
  return Object.fromEntries(
    Object.entries(cpu).map(([name, rounds]) => {
      const runs = rounds.reduce((sum, r) => sum + r.runs, 0);
      return [name, runs === 0 ? null : rounds.reduce((sum, r) => sum + r.ms * r.runs, 0) / runs];
    }),
  );
}

/**
 * What one run of argv (the whole process), after `prepare` (unmeasured), held and touched: its peak
 * resident set size in MiB, and its minor page faults (pages of memory it touched for the first time).
 */
export function resourceUse(argv, { env, prepare } = {}) {
  if (prepare) spawnSync(prepare[0], prepare.slice(1), { env, stdio: 'ignore' });
  if (tools.gnuTime) {
    const result = spawnSync(tools.gnuTime, ['-f', '%M %R', ...argv], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
    const lines = result.stderr.trim().split('\n');
    const [kib, faults] = lines[lines.length - 1].split(' ').map(Number);
    return { peakRssMiB: kib / 1024, minorPageFaults: faults };
  }
  // argv is [node, SCRIPT, ARGS…]: run SCRIPT inside a wrapper that records its own figures.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-rss-'));
  const file = path.join(dir, 'rss');
  const result = spawnSync(argv[0], [path.join(HERE, 'rss-wrapper.cjs'), ...argv.slice(1)], {
    env: { ...env, ROADMAP_BENCH_RSS_FILE: file },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [kib, faults] = readFileSync(file, 'utf8').trim().split(' ').map(Number);
  rmSync(dir, { recursive: true, force: true });
  return { peakRssMiB: kib / 1024, minorPageFaults: faults };
}

/** Peak resident set size in MiB of one run of argv (resourceUse). */
export function peakRss(argv, options) {
  return resourceUse(argv, options).peakRssMiB;
}

/** Peak RSS of `count` runs: the median and the largest, in MiB, and the median of their minor page faults. */
export function peakRssRuns(argv, count, options) {
  const runs = Array.from({ length: count }, () => resourceUse(argv, options));
  const values = runs.map((run) => run.peakRssMiB);
  return { runs: count, median: median(values), max: Math.max(...values), minorPageFaults: median(runs.map((run) => run.minorPageFaults)) };
}

/**
 * What touching a page of memory for the first time costs on this machine, in µs: the time a fresh Node
 * process takes to write one byte into each 4 KiB page of a new 64 MiB buffer, per page. It differs
 * widely between machines (a virtual machine may pay for each page at the hypervisor), and a command's
 * start-up touches a few thousand pages, so it explains much of how start-up figures differ.
 */
export function freshPageMicroseconds(node, { env } = {}) {
  const script = `const b=Buffer.allocUnsafeSlow(64*2**20);const t=process.hrtime.bigint();for(let i=0;i<b.length;i+=4096)b[i]=1;console.log(Number(process.hrtime.bigint()-t)/1e3/(b.length/4096))`;
  const values = Array.from({ length: 3 }, () => Number(spawnSync(node, ['-e', script], { env, encoding: 'utf8' }).stdout.trim()));
  return median(values);
}

/**
 * Parses a script's arguments with node:util's parseArgs; `options` as parseArgs takes them. Numbers are
 * declared as strings and converted here (`numbers`). A mistake prints the usage and exits 2.
 */
export function parseScriptArgs(usage, options, { numbers = [], positionals = false } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals: positionals, strict: true });
  } catch (error) {
    console.error(`${error.message}\nusage: ${usage}`);
    process.exit(2);
  }
  for (const name of numbers) {
    if (parsed.values[name] === undefined) continue;
    const value = Number(parsed.values[name]);
    if (!Number.isFinite(value) || value <= 0) {
      console.error(`--${name} takes a positive number\nusage: ${usage}`);
      process.exit(2);
    }
    parsed.values[name] = value;
  }
  return parsed;
}
