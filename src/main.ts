import os from 'node:os';
import path from 'node:path';
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
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
    homeDir: os.homedir(),
    platform: process.platform,
    now: () => new Date(),
    bundledCurriculumDirectory: path.join(__dirname, '..', 'curriculum'),
  };
  process.exitCode = await runCli(process.argv.slice(2), context);
}
