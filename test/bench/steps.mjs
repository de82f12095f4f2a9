#!/usr/bin/env node
// Start-up of several builds side by side, to see what each change did. Every git revision given is checked
// out into a temporary worktree and built; then the commands of the start-up budget (next, list, status,
// show 1.1, done 1.1: test/bench/lib/startup.mjs) of every build are timed with `node -e 0`, alternated
// within one run (the bundled curriculum and a database of ~50 events, as in run.mjs), so all builds meet
// the same machine conditions. Prints each build's median overhead over `node -e 0`, in ms, with the
// quartiles of its runs, and the same for CPU time (user + system, with hyperfine), which load skews less.
//
//   node test/bench/steps.mjs REV [REV…] [--rounds N] [--runs N] [--languages en,zh-TW]
//   node test/bench/steps.mjs 8024025 HEAD~3 HEAD
//   node test/bench/steps.mjs HEAD --languages en,zh-TW      (each command in each interface language)
//   node test/bench/steps.mjs HEAD --curriculum llm-fundamentals   (part 1 alone instead of the whole course)
//
// The worktrees use this checkout's node_modules: give revisions whose dependencies it has.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, isolatedEnv, writeStartupDatabase } from './generate.mjs';
import { parseScriptArgs, summary, wallTimes } from './lib/measure.mjs';
import { nodeReference, ownStartupDatabase, overhead, resaveStartupDatabase, startupCommands } from './lib/startup.mjs';

const usage = 'node test/bench/steps.mjs REV [REV…] [--rounds N] [--runs N] [--languages en,zh-TW] [--curriculum ID]';
const { values, positionals: revisions } = parseScriptArgs(
  usage,
  {
    rounds: { type: 'string', default: '6' },
    runs: { type: 'string', default: '10' },
    languages: { type: 'string', default: 'en' },
    // Another bundled curriculum than the default (ROADMAP_CURRICULUM); the database's events are on part 1.
    curriculum: { type: 'string' },
  },
  { numbers: ['rounds', 'runs'], positionals: true },
);
const { rounds, runs } = values;
// Each build is measured in each of these interface languages (ROADMAP_LANG; a build that has none speaks English).
const languages = values.languages.split(',');
if (revisions.length === 0) {
  console.error(`usage: ${usage}`);
  process.exit(2);
}

const git = (...args) => {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout.trim();
};
const log = (line) => process.stderr.write(`${line}\n`);

const work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-steps-'));
const env = isolatedEnv(path.join(work, 'home'));
const builds = [];
const worktrees = [];
try {
  for (const rev of revisions) {
    const commit = git('rev-parse', '--short', rev);
    const subject = git('log', '-1', '--format=%s', commit);
    const dir = path.join(work, commit);
    git('worktree', 'add', '--detach', dir, commit);
    worktrees.push(dir);
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    log(`building ${commit} ${subject}`);
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build of ${commit} failed: ${built.stderr}`);
    builds.push({ commit, subject, bin: path.join(dir, 'bin', 'roadmap.js') });
  }


  const commands = [nodeReference(process.execPath)];
  // Each build its own curriculum cache and database: builds key their cache entries differently, and
  // sharing one would have them rebuild each other's entries at every run; a later build's migrations would
  // make a shared database too new for an earlier one.
  const databases = [];
  const rows = [];
  for (const build of builds) {
    const database = ownStartupDatabase(env, build.bin, path.join(work, `progress-${build.commit}.db`), writeStartupDatabase);
    const own = ['env', `XDG_CACHE_HOME=${path.join(work, `cache-${build.commit}`)}`, `ROADMAP_DB=${database.db}`, ...(values.curriculum ? [`ROADMAP_CURRICULUM=${values.curriculum}`] : [])];
    databases.push({ argv: [...own, process.execPath, build.bin], database });
    for (const language of languages) {
      const label = language === 'en' ? build.commit : `${build.commit} ${language}`;
      rows.push({ label, subject: build.subject });
      commands.push(...startupCommands(process.execPath, build.bin, env, { prefix: `${label} `, argvPrefix: [...own, `ROADMAP_LANG=${language}`], database }));
    }
  }
  const names = startupCommands(process.execPath, '', env).map((c) => c.name);
  // Each build writes its curriculum cache on its first run.
  for (const command of commands) spawnSync(command.argv[0], command.argv.slice(1), { env, stdio: 'ignore' });
  for (const { argv, database } of databases) resaveStartupDatabase(argv, database, env, spawnSync);
  const load = os.loadavg()[0];
  const { times, cpu } = wallTimes(commands, { rounds, runs, warmup: 2, env });
  const baseline = summary(times['node -e 0']).median;
  console.log(`node -e 0: ${baseline.toFixed(1)} ms median wall, ${cpu['node -e 0']?.toFixed(1) ?? '?'} ms CPU; load average ${load.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}; ${rounds}×${runs} runs each`);
  console.log('Overhead over node -e 0, ms: median wall [quartiles of the runs] / mean CPU');
  console.log(`| build | ${names.join(' | ')} |`);
  console.log(`|---|${names.map(() => '---|').join('')}`);
  for (const row of rows) {
    const cell = (command) => {
      const name = `${row.label} ${command}`;
      const wall = overhead(times, name);
      const cpuOverhead = cpu[name] !== null && cpu['node -e 0'] !== null ? `${(cpu[name] - cpu['node -e 0']).toFixed(1)}` : '?';
      return `+${wall.overheadMs.toFixed(1)} [${wall.q1.toFixed(0)}..${wall.q3.toFixed(0)}] / ${cpuOverhead}`;
    };
    console.log(`| ${row.label} ${row.subject.slice(0, 60)} | ${names.map(cell).join(' | ')} |`);
  }
} finally {
  for (const dir of worktrees) spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT });
  git('worktree', 'prune');
  rmSync(work, { recursive: true, force: true });
}
