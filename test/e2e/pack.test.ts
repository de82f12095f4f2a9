import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { ROOT, TempHome } from './helpers/roadmap.js';

/**
 * What `npm install` of the published package gets: a copy of the project as a fresh clone has it (no
 * dist/), packed with `npm pack`, then installed from the tarball into a project of its own, as a learner's
 * install would. Everything comes from npm's cache, never the network: the install is pinned by a lock
 * file made from the project's own (a global install would resolve every dependency afresh from the
 * registry), and `npm ci` of the project has already put those exact packages in the cache.
 */

let home: TempHome;
beforeEach(() => {
  home = new TempHome();
});
afterEach(() => home.remove());

/** The environment npm runs in here: the caller's, less what npm passes to a script it runs (`npm test`). */
function npmEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^npm_/i.test(key)) env[key] = value;
  }
  // The Node running the tests is the one the installed package runs with (its bin starts `env node`).
  env.PATH = `${path.dirname(process.execPath)}${path.delimiter}${env.PATH ?? ''}`;
  return { ...env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

function npm(args: string[], cwd: string): string {
  const options: SpawnSyncOptions = { cwd, env: npmEnvironment(), encoding: 'utf8', timeout: 120_000 };
  const result = spawnSync('npm', args, options);
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${result.status}:\n${String(result.stdout)}\n${String(result.stderr)}`);
  return String(result.stdout);
}

/** The project as a clone has it: its files, without dist/ (built by the pack) and without the tests. */
function cloneLikeCopy(destination: string): void {
  const left = new Set(['node_modules', 'dist', '.git', 'test', 'coverage', 'test-results.json']);
  for (const name of readdirSync(ROOT)) {
    if (!left.has(name)) cpSync(path.join(ROOT, name), path.join(destination, name), { recursive: true });
  }
  symlinkSync(realpathSync(path.join(ROOT, 'node_modules')), path.join(destination, 'node_modules'), 'dir');
}

/** A lock file for a project depending only on the tarball: the tarball, and the project's own runtime dependencies. */
function consumerLock(tarball: string): object {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
  const own = lock.packages['']!;
  const packages: Record<string, unknown> = {
    '': { dependencies: { roadmap: `file:${tarball}` } },
    'node_modules/roadmap': { version: own.version, resolved: `file:${tarball}`, dependencies: own.dependencies, bin: own.bin, engines: own.engines },
  };
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (location !== '' && !entry.dev && !entry.devOptional) packages[location] = entry;
  }
  return { name: 'installs-roadmap', lockfileVersion: 3, requires: true, packages };
}

describe('the npm package', () => {
  it('is built by `npm pack`, and an install of the tarball starts: roadmap --version, roadmap next', () => {
    const source = path.join(home.dir, 'source');
    mkdirSync(source);
    cloneLikeCopy(source);
    npm(['pack', '--pack-destination', home.dir], source);
    const tarball = `roadmap-${VERSION}.tgz`;
    expect(existsSync(path.join(home.dir, tarball))).toBe(true);

    const listing = spawnSync('tar', ['-tzf', path.join(home.dir, tarball)], { encoding: 'utf8' }).stdout.split('\n');
    for (const file of ['package/bin/roadmap.js', 'package/dist/roadmap.cjs', 'package/dist/cold.cjs', 'package/dist/yaml.cjs', 'package/dist/prompts.cjs', 'package/dist/viz.cjs']) {
      expect(listing).toContain(file);
    }
    expect(listing.some((file) => file.startsWith('package/curriculum/') && file.endsWith('.yaml'))).toBe(true);
    // What only building needs stays out.
    expect(listing.filter((file) => /^package\/(src|scripts|test)\//.test(file))).toEqual([]);

    const learner = path.join(home.dir, 'learner');
    mkdirSync(learner);
    copyFileSync(path.join(home.dir, tarball), path.join(learner, tarball));
    writeFileSync(path.join(learner, 'package.json'), JSON.stringify({ name: 'installs-roadmap', private: true, dependencies: { roadmap: `file:${tarball}` } }));
    writeFileSync(path.join(learner, 'package-lock.json'), JSON.stringify(consumerLock(tarball)));
    // better-sqlite3's install script compiles SQLite (minutes); the addon `npm ci` of this project built
    // for this very version and Node is the one it would build, so it is put in place instead.
    npm(['ci', '--ignore-scripts'], learner);
    const addon = path.join('better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    mkdirSync(path.dirname(path.join(learner, 'node_modules', addon)), { recursive: true });
    copyFileSync(path.join(ROOT, 'node_modules', addon), path.join(learner, 'node_modules', addon));

    const roadmap = (args: string[]) =>
      spawnSync(path.join(learner, 'node_modules', '.bin', 'roadmap'), args, {
        cwd: learner,
        env: home.env({ PATH: npmEnvironment().PATH }),
        encoding: 'utf8',
        timeout: 20_000,
      });
    const version = roadmap(['--version']);
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(VERSION);
    expect(version.status).toBe(0);

    // The bundled curriculum, found next to the installed dist/, and a new progress database.
    const next = roadmap(['next']);
    expect(next.stderr).toBe('');
    expect(next.stdout).toMatch(/^Next up: \d/);
    expect(next.status).toBe(0);
  }, 180_000);
});
