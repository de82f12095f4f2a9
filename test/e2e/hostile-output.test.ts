/**
 * A curriculum, notes, a database path and command-line arguments full of terminal controls (escape
 * sequences, bells, bare carriage returns, bidirectional marks and overrides): every command, and the
 * menu, must print them inert.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, TempHome, type RunResult } from './helpers/roadmap.js';
import { shellQuote, Tmux } from './helpers/tmux.js';

const HOSTILE = path.join(FIXTURES, 'hostile.yaml');
const BAD_URLS = path.join(FIXTURES, 'bad', 'url-characters.yaml');

/** What must never reach a terminal from data: C0 controls but the newline, DEL, C1 controls, bidi marks, embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

/** The first control character of `text` with what surrounds it, for a readable failure; null when there is none. */
function firstControl(text: string): string | null {
  const match = CONTROL.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0).toString(16).padStart(4, '0');
  return `U+${code} at ${match.index}: ${JSON.stringify(text.slice(Math.max(0, match.index - 30), match.index + 30))}`;
}

function expectInert(label: string, result: RunResult): void {
  expect(firstControl(result.stdout), `${label}: stdout`).toBeNull();
  expect(firstControl(result.stderr), `${label}: stderr`).toBeNull();
}

/** Runs roadmap on the hostile curriculum, without colors; checks the exit code and that the output is inert. */
function hostile(args: string[], code = 0, options: { env?: Record<string, string>; input?: string; curriculum?: string } = {}): RunResult {
  const result = home.run(['--curriculum', options.curriculum ?? HOSTILE, ...args], { env: { NO_COLOR: '1', ...options.env }, input: options.input });
  const label = `roadmap ${args.map((arg) => JSON.stringify(arg)).join(' ')}`;
  expect(result.code, `${label} exited ${result.code}: ${result.stderr}`).toBe(code);
  expectInert(label, result);
  return result;
}

/** The hostile curriculum with topic `last` renamed, so that its progress and notes become orphans for doctor. */
function renamedCopy(): string {
  const file = path.join(home.dir, 'hostile-renamed.yaml');
  writeFileSync(file, readFileSync(HOSTILE, 'utf8').replace('- id: last', '- id: lasts'));
  return file;
}

/** Progress and notes whose text is as hostile as the curriculum's. */
function recordHostileProgress(): void {
  hostile(['start', 'reorder']);
  hostile(['done', 'reorder/link', '--note', 'done \u001b[2J with a note \u202eevil\u202c']);
  hostile(['skip', 'reorder/carriage']);
  hostile(['note', 'reorder', 'evil \u001b[2J note', '\u202eevil\u202c bell\u0007 cr\rX \u200fmark \u009b31m']);
  hostile(['note', 'more'], 0, { input: 'piped \u001b]0;pwned\u0007\nsecond line \u009b31m\r\n\n' });
  hostile(['note', 'last', 'on a topic about to be renamed \u001b[5m blink']);
  hostile(['done', 'last/video']);
  hostile(['notes', '--edit', '1', '-m', 'edited \u001b[2J \u2066isolate\u2069']);
  hostile(['note', 'blocked-by-reorder', 'soon deleted \u001b[2J']);
  hostile(['notes', '--delete', '5']);
  hostile(['undo', 'reorder/carriage']);
}

describe('hostile text reaches no terminal', () => {
  it('through any command: what they print holds no ESC, BEL, CR, C1 or bidi control', () => {
    recordHostileProgress();
    for (const args of [
      ['list'],
      ['list', '--todo'],
      ['list', '--json'],
      ['show', '1'],
      ['show', '1.1'],
      ['show', '1.1.1'],
      ['show', '1.1.2'],
      ['show', '1.2'],
      ['show', '2'],
      ['show', '2.1', '--json'],
      ['next'],
      ['next', '--goal', 'last'],
      ['next', '--json'],
      ['path', 'last'],
      ['path', 'last', '--json'],
      ['status'],
      ['status', '--json'],
      ['log'],
      ['log', '--json'],
      ['notes'],
      ['notes', 'reorder'],
      ['notes', '--json'],
      ['graph'],
      ['graph', '--format', 'dot'],
      ['export'],
      ['open', 'reorder/link', '--print'],
      ['open', 'blocked-by-reorder', '--print'],
      ['validate'],
      ['validate', HOSTILE],
    ]) {
      hostile(args);
    }
    const exported = path.join(home.dir, 'progress.json');
    hostile(['export', '-o', exported]);
    hostile(['import', exported], 0, { env: { ROADMAP_DB: path.join(home.dir, 'other.db') } });
    hostile(['doctor']);
  }, 120_000);

  it('in what doctor says about progress on renamed items', () => {
    recordHostileProgress();
    const doctor = hostile(['doctor'], 1, { curriculum: renamedCopy() });
    expect(doctor.stdout).toContain('probably became 2.1  Last \uFFFDembedded\uFFFD \uFFFDrtl isolate\uFFFD (lasts)');
    expect(doctor.stdout).toContain('on a topic about to be renamed \uFFFD[5m blink');
    hostile(['doctor', '--json'], 1, { curriculum: renamedCopy() });
  }, 60_000);

  it('in the confirmation of a new note, which names the item by its title', () => {
    const result = hostile(['note', 'reorder', 'plain text']);
    expect(result.stdout).toContain('✎ note #1 added to 1.1  Reorder \uFFFDevil\uFFFD text \uFFFDisolate\uFFFD');
  });

  it('from the command line, the environment and the database path', () => {
    const strange = path.join(home.dir, 'data \u001b[2J\u0007\u202e.db');
    hostile(['done', 'reorder/link'], 0, { env: { ROADMAP_DB: strange } });
    const doctor = hostile(['doctor'], 0, { env: { ROADMAP_DB: strange } });
    expect(doctor.stdout).toContain('data \uFFFD[2J\uFFFD\uFFFD.db');
    hostile(['show', '\u001b[2Jx\u0007'], 2);
    hostile(['done', 'reorder/\u001b]0;pwned\u0007'], 2);
    hostile(['note', '\u202enothing-like-it', 'text'], 2);
    hostile(['list'], 2, { curriculum: path.join(home.dir, 'missing \u001b[2J.yaml') });
    hostile(['open', 'reorder/link'], 2, { env: { BROWSER: path.join(home.dir, 'browser \u001b]0;pwned\u0007') } });
    hostile(['open', 'reorder/link'], 2, { env: { BROWSER: 'false \u001b[2J' } });
    hostile(['export', '-o', path.join(home.dir, 'progress \u001b[2J\u0007.json')]);
  }, 60_000);

  it('from a URL: the loader refuses one that holds control characters, at its place in the file', () => {
    const result = home.run(['validate', BAD_URLS]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('url-characters.yaml:14:18: "url" must start with http:// or https:// followed by an address, with no spaces or control characters');
    expectInert('validate url-characters.yaml', result);
    const list = home.run(['--curriculum', BAD_URLS, 'open', 'tricks/clear-screen', '--print']);
    expect(list.code).toBe(3);
    expect(list.stdout).toBe('');
    expectInert('open --print on url-characters.yaml', list);
  });
});

describe('multi-line text from YAML block scalars', () => {
  it('wraps and indents in show, folds to one line in list and next, and leaves no U+FFFD for a newline', () => {
    const file = path.join(FIXTURES, 'block-scalars.yaml');
    const run = (args: string[]) => {
      const result = home.run(['--curriculum', file, ...args], { env: { NO_COLOR: '1', COLUMNS: '60' } });
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(result.stdout, args.join(' ')).not.toContain('\uFFFD');
      expectInert(args.join(' '), result);
      return result.stdout;
    };

    expect(run(['show', 'basics'])).toContain(
      '1  Basics\n  First line of a literal summary.\n  Second line, kept as its own line.\n\n  A paragraph after a blank line.\n\nprogress',
    );
    expect(run(['show', 'folded'])).toContain(
      '1.1  A folded title\n  A folded summary whose lines join into one long line that\n  the terminal wraps at its width, indented under the title.\n\nsection',
    );
    expect(run(['show', 'folded'])).toContain('1.1.1  A literal resource title\n');
    expect(run(['list'])).toMatch(/1\.1 {2}A folded title {2,}/);
    expect(run(['list'])).toContain('1.1.1  A literal resource title');
    expect(run(['next'])).toContain('Next up: 1.1  A folded title  · Basics');
    expect(run(['next'])).toContain('1.1.1  A literal resource title');
    expect(run(['graph'])).toContain('"1.1 A folded title"');
    // JSON keeps the text as the file wrote it.
    expect(JSON.parse(run(['show', 'basics', '--json'])).summary).toBe('First line of a literal summary.\nSecond line, kept as its own line.\n\nA paragraph after a blank line.\n');
  });
});

describe('the menu, in a real terminal', () => {
  it('draws hostile titles, URLs and notes inert on every screen it shows', async () => {
    recordHostileProgress();
    const tmux = new Tmux(home.dir);
    try {
      const raw = path.join(home.dir, 'raw-output.txt');
      const stderrFile = path.join(home.dir, 'stderr.txt');
      // The menu waits for a first Enter, so that every byte it writes is recorded from the start.
      const argv = ['sh', '-c', 'read go; exec "$@"', 'sh', process.execPath, path.relative(ROOT, BIN), '--curriculum', path.relative(ROOT, HOSTILE)];
      tmux.start(argv, home.env(), { cwd: ROOT, stderrFile, width: 120, height: 50 });
      const piped = spawnSync('tmux', ['-L', tmux.socket, 'pipe-pane', '-t', tmux.target, '-o', `cat > ${shellQuote(raw)}`], { encoding: 'utf8' });
      expect(piped.status, piped.stderr).toBe(0);
      tmux.keys('Enter');

      await tmux.waitFor('What would you like to do?');
      tmux.keys('Enter'); // What's next
      await tmux.waitFor('What now?');
      tmux.keys('Down');
      await tmux.waitFor('❯ Open a resource…');
      tmux.keys('Enter');
      await tmux.waitFor('Open which resource?');
      tmux.keys('Escape');
      await tmux.waitFor('What now?');
      tmux.keys('Escape');
      await tmux.waitFor('What would you like to do?');
      tmux.keys('Down', 'Enter'); // Browse
      await tmux.waitFor('Which section?');
      tmux.keys('Enter');
      await tmux.waitFor('Which topic?');
      tmux.keys('Enter');
      await tmux.waitFor('What now?');
      tmux.keys('Escape');
      await tmux.waitFor('Which topic?');
      tmux.keys('Escape');
      await tmux.waitFor('Which section?');
      tmux.keys('Escape');
      await tmux.waitFor('What would you like to do?');
      tmux.keys('Down', 'Down', 'Enter'); // Status
      await tmux.waitFor(/Recent|recent/);
      tmux.keys('Escape');
      await tmux.waitFor('What would you like to do?');
      tmux.keys('C-c');
      expect(await tmux.exitCode()).toBe(130);

      expect(readFileSync(stderrFile, 'utf8')).toBe('');
      expect(existsSync(raw)).toBe(true);
      const output = readFileSync(raw, 'utf8');
      // The hostile text was drawn, inert.
      expect(output).toContain('Hostile \uFFFD[2J\uFFFD[H roadmap');
      expect(output).toContain('Reorder \uFFFDevil\uFFFD text \uFFFDisolate\uFFFD');
      expect(output).toContain('Tricks \uFFFD]0;pwned\uFFFD section');
      // The menu draws with escape sequences of its own (colors, cursor moves), so look for those of the data.
      for (const payload of ['\u001b[2J', '\u001b[H roadmap', '\u001b]0;pwned', '\u001b[10A', '\u001b[5m', '\u001b[?1049h', '\u001b[8m', '\u001b]8;;', '\u001b[3J', 'Carriage\rreturn', '\u001b[31mred']) {
        expect(output.includes(payload), JSON.stringify(payload)).toBe(false);
      }
      expect(output).not.toMatch(/[\u0007\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    } finally {
      tmux.kill();
    }
  }, 60_000);
});
