import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Quotes one word for sh: the command tmux runs goes through the shell. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A real pseudo-terminal for end-to-end tests of the interactive menu: a tmux server of our own (its own
 * socket, no user config), one session running one command. The command's exit code is written to a
 * file, and the pane stays open after it ends so the last screen can still be read.
 */
export class Tmux {
  readonly socket = `roadmap-test-${randomBytes(6).toString('hex')}`;
  readonly target = 'menu';
  private exitFile = '';
  private stderrFile: string | undefined;
  private socketPath = '';

  constructor(private readonly dir: string) {}

  private tmux(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', timeout: 10_000 });
    return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  }

  /** Starts `argv` with exactly `env` (nothing inherited but the pane's TERM) in a `width`×`height` terminal. */
  start(argv: string[], env: Record<string, string>, options: { cwd?: string; width?: number; height?: number; stderrFile?: string } = {}): void {
    const config = path.join(this.dir, 'tmux.conf');
    writeFileSync(config, 'set -g remain-on-exit on\nset -g escape-time 0\n');
    this.exitFile = path.join(this.dir, `exit-${this.socket}`);
    const assignments = Object.entries(env).map(([key, value]) => shellQuote(`${key}=${value}`));
    this.stderrFile = options.stderrFile;
    const redirect = options.stderrFile ? ` 2>${shellQuote(options.stderrFile)}` : '';
    const command = `env -i TERM="$TERM" ${assignments.join(' ')} ${argv.map(shellQuote).join(' ')}${redirect}; echo EXIT:$? > ${shellQuote(this.exitFile)}`;
    const cwd = options.cwd ? ['-c', options.cwd] : [];
    const result = this.tmux(['-f', config, 'new-session', '-d', '-s', this.target, ...cwd, '-x', String(options.width ?? 100), '-y', String(options.height ?? 40), command]);
    if (result.status !== 0) throw new Error(`tmux new-session failed: ${result.stderr}`);
    this.socketPath = this.tmux(['display-message', '-p', '#{socket_path}']).stdout.trim();
  }

  /** Key names as tmux spells them: `Down`, `Enter`, `Space`, `Escape`, `C-c`. */
  keys(...keys: string[]): void {
    const result = this.tmux(['send-keys', '-t', this.target, ...keys]);
    if (result.status !== 0) throw new Error(`tmux send-keys failed: ${result.stderr}`);
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p', '-t', this.target]).stdout;
  }

  /** Polls the screen until `expected` shows; fails with the screen as it was. */
  async waitFor(expected: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    const shows = (text: string) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));
    while (Date.now() < deadline) {
      // Checked before the screen is read, so that a command that ended has all its output on the screen.
      const ended = existsSync(this.exitFile);
      screen = this.screen();
      if (shows(screen)) return screen;
      // The command has ended: what it did not show by now, it never will.
      if (ended) throw new Error(`the command ended (${readFileSync(this.exitFile, 'utf8').trim()}) before showing ${String(expected)}; the screen was:\n${screen}${this.stderrText()}`);
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${String(expected)}; the screen was:\n${screen}${this.stderrText()}`);
  }

  /** The command's exit code, once it has ended. */
  async exitCode(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (existsSync(this.exitFile)) {
        const match = /EXIT:(\d+)/.exec(readFileSync(this.exitFile, 'utf8'));
        if (match) return Number(match[1]);
      }
      await sleep(100);
    }
    throw new Error(`the command did not end within ${timeoutMs} ms; the screen was:\n${this.screen()}${this.stderrText()}`);
  }

  /** The command's stderr, for failure messages: it does not show on the screen when redirected. */
  private stderrText(): string {
    if (!this.stderrFile || !existsSync(this.stderrFile)) return '';
    return `\nstderr:\n${readFileSync(this.stderrFile, 'utf8')}`;
  }

  /** Stops the server and removes its socket file, which tmux leaves behind when killed. */
  kill(): void {
    this.tmux(['kill-server']);
    if (this.socketPath) rmSync(this.socketPath, { force: true });
  }
}
