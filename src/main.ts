import os from 'node:os';
import path from 'node:path';
import { isatty } from 'node:tty';
import { runCli } from './cli.js';
import type { Context } from './context.js';

/** The real-world context: the only place that reads `process`. Built into dist/roadmap.cjs. */
export async function main(): Promise<void> {
  // `roadmap list | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const context: Context = {
    stdout: process.stdout,
    // Node builds process.stderr / process.stdin on first access (a stream each): only when needed.
    get stderr() {
      return process.stderr;
    },
    stdinIsTTY: isatty(0),
    env: process.env,
    cwd: process.cwd(),
    homeDir: os.homedir(),
    platform: process.platform,
    now: () => new Date(),
    bundledCurriculumDirectory: path.join(__dirname, '..', 'curriculum'),
  };
  process.exitCode = await runCli(process.argv.slice(2), context);
}
