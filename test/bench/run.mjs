#!/usr/bin/env node
// The performance budgets of SPEC §10, measured on the built binary (`npm run bench` builds first).
//
//   node test/bench/run.mjs [--quick] [--only startup,scale,done,report] [--out FILE] [--keep] [--strict]
//
// 1. startup: `roadmap next`, `list`, `status`, `show 1.1` and `done 1.1` on the bundled curriculum (warm
//    curriculum cache, a database of ~50 events), the median wall time's overhead over `node -e 0` in ms,
//    all alternated within one run (test/bench/lib/startup.mjs);
// 2. scale: generated curricula of 1,000 and 10,000 topics (10,000 and 100,000 events): `next --json`,
//    `status --json`, `list --json`, wall median and peak RSS, the 10k/1k ratio, and the first run on a cold
//    cache (the one that parses the YAML) reported apart;
// 3. done: `roadmap done` with 1,000 REFs in one call on the 1,000-topic curriculum, a fresh copy of the
//    database for every run;
// 4. report: `roadmap report` (HTML, with the Graphviz layout, and Markdown) on the bundled curriculum and
//    the 1,000-topic one: wall median and the file's size.
// 5. completion: the hidden `roadmap __complete` the shell completion scripts call at every Tab (command
//    names; REFs of the bundled curriculum, warm cache), its overhead over `node -e 0`, alternated with it.
// Prints a table and writes it, with the machine and the date, to test/bench/results/latest.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ROOT, generateCurriculum, generateDataset, isolatedEnv, random, roadmap, writeStartupDatabase } from './generate.mjs';
import { freshPageMicroseconds, parseScriptArgs, peakRssRuns, summary, toolVersions, wallTimes } from './lib/measure.mjs';
import { STARTUP_BUDGET_MS, STARTUP_GOAL_MS, floorCommand, nodeReference, overhead, saveStartupDatabase, startupCommands } from './lib/startup.mjs';

const BUDGET = {
  startupMs: STARTUP_BUDGET_MS,
  startupGoalMs: STARTUP_GOAL_MS,
  scaleMs: 1000,
  scaleMiB: 256,
  scaleRatio: 12,
  doneMs: 500,
  completionMs: 50,
};

const { values } = parseScriptArgs('node test/bench/run.mjs [--quick] [--only startup,scale,done,report,completion] [--out FILE] [--keep] [--strict]', {
  quick: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
  only: { type: 'string', default: 'startup,scale,done,report,completion' },
  out: { type: 'string', default: path.join(ROOT, 'test', 'bench', 'results', 'latest.json') },
});
const options = { ...values, only: values.only.split(','), out: path.resolve(values.out) };
const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-'));
const env = isolatedEnv(work);
const node = process.execPath;
const figures = [];
const details = {};
const log = (line) => process.stderr.write(`${line}\n`);

function figure(row) {
  figures.push(row);
  const shown = row.unit === '×' ? row.value.toFixed(2) : row.unit === 'ms' || row.unit === 'pages' ? row.value.toFixed(0) : row.value.toFixed(1);
  log(`  ${row.label}: ${shown} ${row.unit}${row.budget !== null ? ` (budget ${row.budgetText}: ${row.pass ? 'pass' : 'FAIL'})` : ''}`);
}

function budgeted(label, value, unit, limit, budgetText, extra = {}) {
  figure({ label, value, unit, budget: limit, budgetText, pass: limit === null ? null : value <= limit, ...extra });
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

// --- 1. startup on the bundled curriculum -------------------------------------------------------------------

function startup() {
  log('startup: bundled curriculum, warm cache, ~50 events');
  const counts = writeStartupDatabase(env);
  saveStartupDatabase(node, BIN, env, spawnSync);
  // As a script reads it (output piped, no COLUMNS) and as on a terminal (a width to fit, colors): the
  // latter through /usr/bin/env, which adds its own exec (~1 ms) to those figures.
  const terminal = ['/usr/bin/env', 'COLUMNS=100', 'FORCE_COLOR=1'];
  const commands = [
    nodeReference(node),
    ...startupCommands(node, BIN, env, { prefix: 'roadmap ' }),
    ...startupCommands(node, BIN, env, { prefix: 'roadmap ', argvPrefix: terminal })
      .filter((c) => /(next|list)$/.test(c.name))
      .map((c) => ({ ...c, name: `${c.name} (terminal)` })),
  ];
  // Warm-up: the curriculum cache is written by the first run (the `done` above already did), the page cache too.
  for (const c of commands) spawnSync(c.argv[0], c.argv.slice(1), { env, stdio: 'ignore' });
  // Not a command: what reading the cache and the database costs by itself (lib/floor.cjs), in the same run.
  const floor = floorCommand(node, env, work);
  const measured = [commands[0], floor, ...commands.slice(1)];
  const load = { before: os.loadavg() };
  const { times, cpu } = wallTimes(measured, { rounds: options.quick ? 3 : 6, runs: options.quick ? 10 : 15, warmup: 2, env });
  load.after = os.loadavg();
  const stats = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, summary(values)]));
  const baseline = stats['node -e 0'].median;
  const rss = Object.fromEntries(measured.map((c) => [c.name, peakRssRuns(c.argv, 3, { env, prepare: c.prepare })]));
  const pageMicroseconds = freshPageMicroseconds(node, { env });
  details.startup = { events: counts.events, items: counts.items, loadAverage: load, timesMs: stats, cpuMsPerRun: cpu, peakRssMiB: rss, freshPageMicroseconds: pageMicroseconds };
  log(`  node -e 0: ${baseline.toFixed(1)} ms median (${stats['node -e 0'].runs} runs; load average ${load.before[0].toFixed(2)} → ${load.after[0].toFixed(2)})`);
  figure({ label: 'node -e 0 (reference)', value: baseline, unit: 'ms', budget: null, budgetText: '', pass: null, group: 'startup' });
  const floorOverhead = overhead(times, floor.name);
  figure({ label: `${floor.name}: median − node -e 0 (quartiles +${floorOverhead.q1.toFixed(0)}..+${floorOverhead.q3.toFixed(0)})`, value: floorOverhead.overheadMs, unit: 'ms', budget: null, budgetText: '', pass: null, group: 'startup' });
  for (const name of commands.slice(1).map((c) => c.name)) {
    const { overheadMs, q1, q3 } = overhead(times, name);
    budgeted(`${name}: median − node -e 0 (${stats[name].median.toFixed(1)} ms; quartiles +${q1.toFixed(0)}..+${q3.toFixed(0)})`, overheadMs, 'ms', BUDGET.startupMs, `≤ +${BUDGET.startupMs} ms (goal +${BUDGET.startupGoalMs})`, {
      group: 'startup',
      ms: stats[name].median,
      goalMet: overheadMs <= BUDGET.startupGoalMs,
      cpuOverheadMs: cpu[name] !== null && cpu['node -e 0'] !== null ? cpu[name] - cpu['node -e 0'] : null,
    });
  }
  // Not a budget: what explains the figures above on a given machine (bench README, "Start-up").
  figure({ label: 'a page of memory touched for the first time', value: pageMicroseconds, unit: 'µs', budget: null, budgetText: '', pass: null, group: 'startup' });
  for (const name of measured.slice(1).map((c) => c.name)) {
    const pages = rss[name].minorPageFaults - rss['node -e 0'].minorPageFaults;
    figure({ label: `${name}: pages touched beyond node -e 0 (minor page faults)`, value: pages, unit: 'pages', budget: null, budgetText: '', pass: null, group: 'startup' });
  }
}

// --- 2. generated curricula ---------------------------------------------------------------------------------

const SCALE_COMMANDS = [
  ['next', '--json'],
  ['status', '--json'],
  ['list', '--json'],
];

function scale() {
  const sizes = [1000, 10000];
  const perSize = {};
  for (const topics of sizes) {
    const events = topics * 10;
    log(`scale: generating ${topics} topics, ${events} events…`);
    const started = Date.now();
    const data = generateDataset({ topics, events, dir: path.join(work, `t${topics}`), env });
    const cacheDir = path.join(env.XDG_CACHE_HOME, 'roadmap', 'curricula');
    const cacheBytes = readdirSync(cacheDir).reduce((sum, f) => sum + statSync(path.join(cacheDir, f)).size, 0);
    log(`  generated in ${((Date.now() - started) / 1000).toFixed(1)} s (YAML ${(data.yamlBytes / 2 ** 20).toFixed(1)} MiB)`);
    const base = [node, BIN, '--curriculum', data.curriculumFile, '--db', data.dbFile];
    const commands = SCALE_COMMANDS.map((args) => ({ name: args.join(' '), argv: [...base, ...args] }));
    // Sanity: every command answers, with JSON.
    const answers = {};
    for (const c of commands) {
      const out = JSON.parse(roadmap(c.argv.slice(2), env));
      answers[c.name] = c.name.startsWith('next') ? { suggestions: out.suggestions.length } : c.name.startsWith('status') ? out.topics : { sections: out.sections.length };
    }
    const { times } = wallTimes(commands, { rounds: options.quick ? 3 : 5, runs: 1, warmup: 0, env });
    const wall = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, summary(values)]));
    const rss = Object.fromEntries(commands.map((c) => [c.name, peakRssRuns(c.argv, options.quick ? 1 : 3, { env })]));

    // The first run after the curriculum changed: nothing cached, the YAML is parsed and validated.
    const coldEnv = { ...env, XDG_CACHE_HOME: path.join(work, 'cold-cache') };
    const wipe = ['rm', '-rf', coldEnv.XDG_CACHE_HOME];
    const coldCommand = { name: 'next --json (cold cache)', argv: [...base, 'next', '--json'] };
    const coldRuns = options.quick || topics >= 10000 ? 2 : 3;
    const cold = summary(wallTimes([coldCommand], { rounds: 1, runs: coldRuns, warmup: 0, env: coldEnv, prepare: wipe }).times[coldCommand.name]);
    const coldRss = peakRssRuns(coldCommand.argv, 1, { env: coldEnv, prepare: wipe });

    perSize[topics] = {
      topics,
      sections: data.sections,
      resources: data.resources,
      events: data.events,
      currentRows: data.current,
      yamlBytes: data.yamlBytes,
      cacheJsonBytes: cacheBytes, // all entries in the cache dir so far (bench curricula + bundled)
      answers,
      wallMs: wall,
      peakRssMiB: rss,
      cold: { wallMs: cold, peakRssMiB: coldRss },
    };
    const budgetMs = topics === 10000 ? BUDGET.scaleMs : null;
    const budgetMiB = topics === 10000 ? BUDGET.scaleMiB : null;
    for (const c of commands) {
      budgeted(`${topics} topics: ${c.name}, wall median`, wall[c.name].median, 'ms', budgetMs, budgetMs ? `< ${budgetMs} ms` : '', { group: `scale-${topics}` });
      budgeted(`${topics} topics: ${c.name}, peak RSS`, rss[c.name].max, 'MiB', budgetMiB, budgetMiB ? `< ${budgetMiB} MiB` : '', { group: `scale-${topics}` });
    }
    budgeted(`${topics} topics: first run, cold cache (YAML parsed), next --json, wall`, cold.median, 'ms', null, '', { group: `cold-${topics}` });
    budgeted(`${topics} topics: first run, cold cache, next --json, peak RSS`, coldRss.max, 'MiB', null, '', { group: `cold-${topics}` });
  }
  details.scale = perSize;
  if (perSize[1000] && perSize[10000]) {
    details.scaleRatio = {};
    for (const [args] of SCALE_COMMANDS.map((a) => [a.join(' ')])) {
      const ratio = perSize[10000].wallMs[args].median / perSize[1000].wallMs[args].median;
      details.scaleRatio[args] = ratio;
      budgeted(`10k / 1k topics: ${args}, wall ratio`, ratio, '×', BUDGET.scaleRatio, `≤ ~${BUDGET.scaleRatio}× (10× data)`, { group: 'scale-ratio' });
    }
    const coldRatio = perSize[10000].cold.wallMs.median / perSize[1000].cold.wallMs.median;
    details.scaleRatio['cold next --json'] = coldRatio;
    budgeted('10k / 1k topics: cold first run, wall ratio', coldRatio, '×', null, '', { group: 'scale-ratio' });
  }
}

// --- 3. done with 1,000 REFs ----------------------------------------------------------------------------------

function done() {
  log('done: 1,000 REFs in one call, 1,000-topic curriculum, fresh database copy per run');
  const dir = path.join(work, 't1000');
  let data;
  try {
    statSync(path.join(dir, 'progress.db'));
    data = { curriculumFile: path.join(dir, 'curriculum.yaml'), dbFile: path.join(dir, 'progress.db') };
  } catch {
    data = generateDataset({ topics: 1000, events: 10000, dir, env });
  }
  // 1,000 distinct items named the ways users name them: 60% TOPIC/RESOURCE, 30% numbers, 10% topic ids.
  const { items } = generateCurriculum({ topics: 1000 });
  const rnd = random(7);
  const chosen = new Set();
  while (chosen.size < 1000) chosen.add(Math.floor(rnd() * items.length));
  const refs = [...chosen].map((i) => {
    const item = items[i];
    const x = rnd();
    return x < 0.3 ? item.number : item.key;
  });
  const runDb = path.join(work, 'done', 'progress.db');
  mkdirSync(path.dirname(runDb), { recursive: true });
  const prepare = ['sh', '-c', `cp '${data.dbFile}' '${runDb}' && rm -f '${runDb}-wal' '${runDb}-shm'`];
  const command = { name: 'done ×1000', argv: [node, BIN, '--curriculum', data.curriculumFile, '--db', runDb, 'done', ...refs] };
  // Sanity: it succeeds and records something.
  spawnSync(prepare[0], prepare.slice(1));
  const out = JSON.parse(roadmap([...command.argv.slice(2), '--json'], env));
  const answer = { changed: out.changed?.length, unchanged: out.unchanged?.length };
  const wall = summary(wallTimes([command], { rounds: 1, runs: options.quick ? 5 : 9, warmup: 1, env, prepare }).times[command.name]);
  const rss = peakRssRuns(command.argv, options.quick ? 1 : 3, { env, prepare });
  details.done = { refs: refs.length, answer, wallMs: wall, peakRssMiB: rss };
  budgeted('1k topics: done with 1,000 REFs, wall median', wall.median, 'ms', BUDGET.doneMs, `< ${BUDGET.doneMs} ms`, { group: 'done' });
  budgeted('1k topics: done with 1,000 REFs, peak RSS', rss.max, 'MiB', null, '', { group: 'done' });
}

// --- 4. report: the HTML page (Graphviz layout included) and the Markdown --------------------------------------

function report() {
  log('report: bundled curriculum (~50 events) and the 1,000-topic curriculum (10,000 events)');
  const dir = path.join(work, 't1000');
  let large;
  try {
    statSync(path.join(dir, 'progress.db'));
    large = { curriculumFile: path.join(dir, 'curriculum.yaml'), dbFile: path.join(dir, 'progress.db') };
  } catch {
    large = generateDataset({ topics: 1000, events: 10000, dir, env });
  }
  if (!options.only.includes('startup')) writeStartupDatabase(env);
  const settings = [
    { name: 'bundled curriculum', args: [], group: 'report-bundled' },
    { name: '1k topics', args: ['--curriculum', large.curriculumFile, '--db', large.dbFile], group: 'report-1000' },
  ];
  details.report = {};
  for (const setting of settings) {
    for (const format of ['html', 'md']) {
      const out = path.join(work, 'report', `${setting.group}.${format}`);
      mkdirSync(path.dirname(out), { recursive: true });
      const command = { name: `${setting.name} report ${format}`, argv: [node, BIN, ...setting.args, 'report', '--format', format, '-o', out, '--force'] };
      roadmap(command.argv.slice(2), env); // also warms the curriculum cache
      const runs = format === 'html' && setting.group === 'report-1000' ? (options.quick ? 1 : 3) : options.quick ? 3 : 5;
      const wall = summary(wallTimes([command], { rounds: 1, runs, warmup: 0, env }).times[command.name]);
      const bytes = statSync(out).size;
      details.report[`${setting.group} ${format}`] = { wallMs: wall, bytes };
      budgeted(`${setting.name}: report --format ${format}, wall median`, wall.median, 'ms', null, '', { group: setting.group });
      budgeted(`${setting.name}: report --format ${format}, size`, bytes / 1024, 'KiB', null, '', { group: setting.group });
    }
  }
}

// --- 5. completion ------------------------------------------------------------------------------------------

/**
 * What one Tab costs: `roadmap __complete` as the completion scripts call it, for a command name (every
 * command's summary is loaded) and for a REF of the bundled curriculum (its cache warm). No database is
 * read. Alternated with `node -e 0`, as the start-up figures are.
 */
function completion() {
  log('completion: roadmap __complete, bundled curriculum, warm cache');
  const none = ['true'];
  const commands = [
    nodeReference(node),
    { name: 'roadmap __complete s', argv: [node, BIN, '__complete', 's'], prepare: none },
    { name: 'roadmap __complete done 1.', argv: [node, BIN, '__complete', 'done', '1.'], prepare: none },
  ];
  for (const c of commands) spawnSync(c.argv[0], c.argv.slice(1), { env, stdio: 'ignore' });
  const { times, cpu } = wallTimes(commands, { rounds: options.quick ? 3 : 6, runs: options.quick ? 10 : 15, warmup: 2, env });
  const stats = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, summary(values)]));
  details.completion = { timesMs: stats, cpuMsPerRun: cpu };
  for (const name of commands.slice(1).map((c) => c.name)) {
    const { overheadMs, q1, q3 } = overhead(times, name);
    budgeted(`${name}: median − node -e 0 (${stats[name].median.toFixed(1)} ms; quartiles +${q1.toFixed(0)}..+${q3.toFixed(0)})`, overheadMs, 'ms', BUDGET.completionMs, `≤ +${BUDGET.completionMs} ms`, {
      group: 'completion',
      ms: stats[name].median,
      cpuOverheadMs: cpu[name] !== null && cpu['node -e 0'] !== null ? cpu[name] - cpu['node -e 0'] : null,
    });
  }
}

// --- report ----------------------------------------------------------------------------------------------------

function table() {
  const rows = figures.map((f) => [
    f.label,
    f.unit === '×' ? `${f.value.toFixed(2)}×` : f.unit === 'ms' || f.unit === 'pages' ? `${f.value.toFixed(0)} ${f.unit}` : `${f.value.toFixed(1)} ${f.unit}`,
    f.budget === null ? '—' : f.budgetText,
    f.pass === null ? '' : f.pass ? 'pass' : 'FAIL',
  ]);
  const header = ['figure', 'value', 'budget', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

try {
  const started = Date.now();
  const loadAtStart = os.loadavg();
  if (options.only.includes('startup')) startup();
  if (options.only.includes('scale')) scale();
  if (options.only.includes('done')) done();
  if (options.only.includes('report')) report();
  if (options.only.includes('completion')) completion();
  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    tools: toolVersions(),
    // Other work on the machine skews every figure; the 1-, 5- and 15-minute load averages at start and end.
    loadAverage: { start: loadAtStart, end: os.loadavg() },
    quick: options.quick,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    figures,
    details,
    allPass: figures.every((f) => f.pass !== false),
  };
  console.log(table());
  console.log(`\n${result.machine.cpu}, ${result.machine.cores} cores, Node ${result.machine.node}; ${result.date}`);
  console.log(`load average (1 min) ${loadAtStart[0].toFixed(2)} at start, ${result.loadAverage.end[0].toFixed(2)} at end`);
  mkdirSync(path.dirname(options.out), { recursive: true });
  const temporary = `${options.out}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(temporary, options.out);
  console.log(`written to ${path.relative(process.cwd(), options.out)}`);
  if (!result.allPass && options.strict) process.exitCode = 1;
} finally {
  if (options.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
