#!/usr/bin/env node
// Start-up of several builds side by side, to see what each change did. Every git revision given is checked
// out into a temporary worktree and built; then `roadmap next` and `roadmap list` of every build are timed
// with `node -e 0`, alternated within one run (the bundled curriculum and a database of ~50 events, as in
// run.mjs), so all builds meet the same machine conditions. Prints each build's median and its ratio to
// `node -e 0`.
//
//   node test/bench/steps.mjs REV [REV…] [--rounds N] [--runs N]
//   node test/bench/steps.mjs 8024025 HEAD~3 HEAD
//
// The worktrees use this checkout's node_modules: give revisions whose dependencies it has.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, isolatedEnv, writeStartupDatabase } from './generate.mjs';
import { parseScriptArgs, summary, wallTimes } from './lib/measure.mjs';

const usage = 'node test/bench/steps.mjs REV [REV…] [--rounds N] [--runs N]';
const { values, positionals: revisions } = parseScriptArgs(usage, { rounds: { type: 'string', default: '6' }, runs: { type: 'string', default: '10' } }, { numbers: ['rounds', 'runs'], positionals: true });
const { rounds, runs } = values;
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

  writeStartupDatabase(env);

  const commands = [{ name: 'node -e 0', argv: [process.execPath, '-e', '0'] }];
  for (const build of builds) {
    for (const command of ['next', 'list']) commands.push({ name: `${build.commit} ${command}`, argv: [process.execPath, build.bin, command] });
  }
  // Each build writes its curriculum cache on its first run.
  for (const command of commands) spawnSync(command.argv[0], command.argv.slice(1), { env, stdio: 'ignore' });
  const load = os.loadavg()[0];
  const { times } = wallTimes(commands, { rounds, runs, warmup: 2, env });
  const median = (name) => summary(times[name]).median;
  const baseline = median('node -e 0');
  console.log(`node -e 0: ${baseline.toFixed(1)} ms; load average ${load.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}; ${rounds}×${runs} runs each`);
  console.log('| build | next | list |');
  console.log('|---|---|---|');
  for (const build of builds) {
    const cell = (command) => `${(median(`${build.commit} ${command}`) / baseline).toFixed(2)}× (${median(`${build.commit} ${command}`).toFixed(1)} ms)`;
    console.log(`| ${build.commit} ${build.subject.slice(0, 70)} | ${cell('next')} | ${cell('list')} |`);
  }
} finally {
  for (const dir of worktrees) spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT });
  git('worktree', 'prune');
  rmSync(work, { recursive: true, force: true });
}
