import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = path.join(ROOT, 'bin', 'roadmap.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SAMPLE = path.join(FIXTURES, 'sample.yaml');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * A temporary home for one test: its own HOME, data and cache folders and database path, so tests
 * never see the developer's progress nor each other's.
 */
export class TempHome {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-e2e-'));
  readonly db = path.join(this.dir, 'data', 'progress.db');

  env(extra: Record<string, string | undefined> = {}): Record<string, string> {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: this.dir,
      XDG_DATA_HOME: path.join(this.dir, 'xdg-data'),
      XDG_CACHE_HOME: path.join(this.dir, 'xdg-cache'),
      ROADMAP_DB: this.db,
      LANG: 'C.UTF-8',
    };
    for (const [key, value] of Object.entries(extra)) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    return env;
  }

  /** Runs the built binary synchronously. */
  run(args: string[], options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): RunResult {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: this.env(options.env),
      input: options.input ?? '',
      encoding: 'utf8',
      timeout: 20_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
  }

  /** Runs with the sample fixture curriculum. */
  sample(args: string[], options: { env?: Record<string, string | undefined>; input?: string } = {}): RunResult {
    return this.run(['--curriculum', SAMPLE, ...args], options);
  }

  json<T = any>(args: string[]): T {
    const result = this.sample(args);
    if (result.code !== 0) throw new Error(`roadmap ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    return JSON.parse(result.stdout) as T;
  }

  spawn(args: string[], env: Record<string, string | undefined> = {}) {
    return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: this.env(env), stdio: ['ignore', 'pipe', 'pipe'] });
  }
  /** Runs the built binary without blocking this process (a server the command asks may live here). */
  runInBackground(args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
    const child = this.spawn(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  }


  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
