import { describe, expect, it } from 'vitest';
import { colorLevel, terminalWidth } from '../../src/render/terminal.js';
import { displayWidth, padEnd, safeText, truncate } from '../../src/render/text.js';
import { renderJson } from '../../src/render/json.js';
import type { Context } from '../../src/context.js';

function context(env: Record<string, string>, isTTY: boolean, columns?: number): Context {
  return {
    stdout: { write: () => true, isTTY, columns },
    stderr: { write: () => true },
    stdin: { isTTY, readText: () => '' },
    terminal: () => {
      throw new Error('no terminal in this test');
    },
    env,
    cwd: '/',
    homeDir: '/home/test',
    platform: 'linux',
    hostname: () => 'test-machine',
    now: () => new Date('2026-11-29T10:00:00Z'),
    bundledCurriculumDirectory: '/nowhere',
  };
}

describe('text helpers', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('線性代數')).toBe(8);
    expect(displayWidth('abc')).toBe(3);
    expect(padEnd('線性', 6)).toBe('線性  ');
  });

  it('cuts to a width with … and never splits a wide character past the limit', () => {
    expect(truncate('線性代數 Linear algebra', 7)).toBe('線性代…');
    expect(displayWidth(truncate('線性代數 Linear algebra', 8))).toBeLessThanOrEqual(8);
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('anything', Number.POSITIVE_INFINITY)).toBe('anything');
  });

  it('neutralises control characters and bidi overrides; newlines fold into spaces unless kept (a summary, a note)', () => {
    expect(safeText('a\u001b[2Jb\u0007c\u009bd\u007fe\u202ef\u2066g')).toBe('a\uFFFD[2Jb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg');
    expect(safeText('one\ntwo\n')).toBe('one two');
    expect(safeText('one\ntwo\n', true)).toBe('one\ntwo');
  });

  it('escapes DEL, C1 and bidi overrides in JSON while keeping the value', () => {
    const text = renderJson({ title: 'x\u202ey\u0085z\u001b' });
    expect(text).not.toMatch(/[\u001b\u0085\u202e]/);
    expect(JSON.parse(text).title).toBe('x\u202ey\u0085z\u001b');
  });
});

describe('terminal facts', () => {
  it('colors on a terminal only, never with NO_COLOR or --no-color, always with FORCE_COLOR', () => {
    expect(colorLevel(context({}, true), true)).toBe(1);
    expect(colorLevel(context({}, false), true)).toBe(0);
    expect(colorLevel(context({ NO_COLOR: '1' }, true), true)).toBe(0);
    expect(colorLevel(context({}, true), false)).toBe(0);
    expect(colorLevel(context({ FORCE_COLOR: '1' }, false), true)).toBe(1);
    expect(colorLevel(context({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), true)).toBe(0);
    expect(colorLevel(context({ TERM: 'dumb' }, true), true)).toBe(0);
  });

  it('takes the width from COLUMNS, then the terminal, else no limit', () => {
    expect(terminalWidth(context({ COLUMNS: '60' }, true, 120))).toBe(60);
    expect(terminalWidth(context({}, true, 120))).toBe(120);
    expect(terminalWidth(context({}, false))).toBe(Number.POSITIVE_INFINITY);
  });
});

