import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, SAMPLE, TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

function ok(args: string[], env: Record<string, string> = {}) {
  const result = home.sample(args, { env });
  expect(result.code, `roadmap ${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result;
}

function someProgress() {
  ok(['done', '1.1', '1.2.1']);
  ok(['skip', '1.2.2']);
  ok(['start', '2.1']);
  ok(['note', '1.2', 'Eigenvalues <em>at last</em> & more\nsecond line']);
}

const topicIds = () => (home.json(['list', '--json']).sections as { topics: { id: string }[] }[]).flatMap((section) => section.topics.map((topic) => topic.id));

describe('roadmap report (HTML)', () => {
  it('writes one self-contained page: every topic a node of the graph with its state as a class, no script, nothing fetched', () => {
    someProgress();
    const file = path.join(home.dir, 'report.html');
    const result = ok(['report', '-o', file]);
    expect(result.stdout).toBe(`wrote ${file}\n`);
    const page = readFileSync(file, 'utf8');
    const nodes = [...page.matchAll(/<g id="node\d+" class="node ([a-z- ]+)">\n<title>([^<]+)<\/title>/g)].map((match) => ({ classes: match[1]!.split(' '), id: match[2]!.replace(/&#(\d+);/g, (_entity, code: string) => String.fromCodePoint(Number(code))) }));
    expect(nodes.map((node) => node.id).sort()).toEqual(topicIds().sort());
    for (const node of nodes) expect(node.classes[0], node.id).toBe(home.json(['show', node.id, '--json']).state);
    expect(nodes.find((node) => node.id === 'intro')!.classes[0]).toBe('complete');
    // The suggestions of `next` are marked.
    const next = home.json(['next', '--json']).suggestions.map((suggestion: { topic: string }) => suggestion.topic);
    expect(next.length).toBeGreaterThan(0);
    for (const id of next) expect(nodes.find((node) => node.id === id)!.classes).toContain('next');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=|<\?xml|<!DOCTYPE svg/i);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'');
    // Totals, the note (escaped), the ticks, the streak and the heat map of 52 weeks.
    expect(page).toMatch(/<strong>\d+ \/ \d+<\/strong> topics complete/);
    expect(page).toContain('Eigenvalues &lt;em&gt;at last&lt;/em&gt; &amp; more\nsecond line');
    expect(page).toContain('<strong>1 day</strong> streak');
    // The legend names each state with the class its nodes have, then the suggestions.
    const legend = [...page.matchAll(/<li><span class="swatch ([a-z-]+)"><\/span>([^<]+)<\/li>/g)].map((match) => `${match[1]}: ${match[2]}`);
    expect(legend).toEqual(['complete: complete', 'in-progress: in progress', 'available: available', 'blocked: blocked', 'next: suggested next']);
    const cells = [...page.matchAll(/<rect class="day l\d" [^>]*aria-label="(\d{4}-\d\d-\d\d): (\d+) changes?"[^>]*><title>\1: \2 changes?<\/title>/g)];
    expect(cells.length).toBeGreaterThanOrEqual(365);
    expect(cells.length).toBeLessThanOrEqual(371);
    const today = cells.at(-1)!;
    const activity = home.json(['status', '--json']).activity;
    expect(today[1]).toBe(activity.today);
    expect(Number(today[2])).toBe(activity.days.at(-1).count);
    expect(Number(today[2])).toBeGreaterThanOrEqual(5); // four commands' status changes, and the note
  });

  it('escapes curriculum text that tries to be markup, in the page and in the drawing', () => {
    const hostile = path.join(home.dir, 'hostile.yaml');
    writeFileSync(
      hostile,
      readFileSync(SAMPLE, 'utf8')
        .replace('title: Introduction 入門', 'title: "Intro <script>alert(1)</script> \\"><img src=x onerror=alert(2)>"')
        .replace('title: Welcome video', 'title: "Welcome <iframe src=https://example.com>"'),
    );
    const file = path.join(home.dir, 'hostile.html');
    const result = home.run(['--curriculum', hostile, 'report', '-o', file]);
    expect(result.code, result.stderr).toBe(0);
    const page = readFileSync(file, 'utf8');
    expect(page).not.toMatch(/<script|<img|<iframe/i);
    expect(page).toContain('Intro &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses to replace a file without --force, naming it; replaces it with --force', () => {
    const file = path.join(home.dir, 'roadmap-report.html');
    writeFileSync(file, 'keep me');
    const refused = home.run(['--curriculum', SAMPLE, 'report'], { cwd: home.dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`roadmap-report.html already exists (${file}); add --force`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    const forced = home.run(['--curriculum', SAMPLE, 'report', '--force'], { cwd: home.dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('writes to a device such as /dev/null without --force: there is no file of the learner to replace', () => {
    const result = home.run(['--curriculum', SAMPLE, 'report', '--format', 'md', '-o', '/dev/null'], { cwd: home.dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('wrote /dev/null\n');
  });

  it('opens the written file with $BROWSER, given its file URL as one argument', () => {
    const file = path.join(home.dir, 'with space.html');
    const opened = path.join(home.dir, 'opened.txt');
    const browser = path.join(home.dir, 'browser.sh');
    writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$@" > '${opened}'\n`, { mode: 0o755 });
    const result = ok(['report', '-o', file, '--open'], { BROWSER: browser });
    expect(result.stdout).toContain(`wrote ${file}`);
    expect(readFileSync(opened, 'utf8')).toBe(`file://${file.replace(/ /g, '%20')}\n`);
  });

  it('rejects an unknown format and --open with standard output', () => {
    expect(home.sample(['report', '--format', 'pdf', '-o', '-']).stderr).toContain('--format takes html or md, not "pdf"');
    expect(home.sample(['report', '-o', '-', '--open']).code).toBe(2);
  });

  it('loads Graphviz (dist/viz.cjs) for report only, never for the everyday commands', () => {
    const loads = (args: string[]) => home.sample(args, { env: { NODE_DEBUG: 'module' } }).stderr.includes('viz.cjs');
    home.sample(['list']);
    for (const args of [['status'], ['next'], ['graph'], ['report', '--format', 'md', '-o', '-']]) expect(loads(args), args.join(' ')).toBe(false);
    expect(loads(['report', '-o', path.join(home.dir, 'r.html')])).toBe(true);
  });
});

describe('roadmap report --format md', () => {
  it('writes a GitHub checklist: totals and streak first, a Mermaid graph, sections as headings, resources ticked', () => {
    someProgress();
    const file = path.join(home.dir, 'progress.md');
    ok(['report', '--format', 'md', '-o', file]);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Sample 範例: progress');
    expect(text).toMatch(/\n- \*\*Topics:\*\* 2\/\d+ complete\n/);
    expect(text).toContain('\n- **Streak:** 1 day (longest 1 day)\n');
    expect(text.indexOf('- **Streak:**')).toBeLessThan(text.indexOf('```mermaid'));
    expect(text).toMatch(/```mermaid\nflowchart TD\n[\s\S]*?t_intro\["1\.1 Introduction 入門"\]:::complete[\s\S]*?\n```\n/);
    expect(lines).toContain('## 1 Basics 基礎');
    expect(lines).toContain('- [x] **1.1 Introduction 入門**');
    expect(lines.find((line) => line.startsWith('  - [x] 1.2.1 '))).toMatch(/^ {2}- \[x\] 1\.2\.1 \[Linear Algebra Done Right\]\(<https:\/\/[^>]+>\)$/);
    expect(lines.find((line) => line.startsWith('  - [x] 1.2.2 '))).toMatch(/\(skipped\)$/);
    expect(lines.find((line) => line.startsWith('- [ ] **2.1 '))).toMatch(/\(blocked\)$/);
    expect(lines).toContain('  > Eigenvalues \\<em\\>at last\\</em\\> \\& more');
    expect(lines).toContain('  > second line');
    // Every item of the curriculum is a checklist line, and only those are.
    const checklist = lines.filter((line) => /^\s*- \[[ x]\] /.test(line));
    const topics = topicIds();
    expect(checklist.filter((line) => line.startsWith('- ')).length).toBe(topics.length);
  });
});

describe('status: streak and activity', () => {
  it('shows the streak and a 12-week map, and gives per-day counts in --json', () => {
    ok(['done', '1.1']);
    ok(['done', '1.2.1']);
    const status = home.json(['status', '--json']);
    expect(status.activity.streak).toEqual({ current: 1, longest: 1 });
    expect(status.activity.days).toEqual([{ date: status.activity.today, count: 2 }]);
    expect(status.activity.timeZone).toBe('UTC');
    const plain = ok(['status'], { TZ: 'UTC' }).stdout;
    expect(plain).toContain('Activity  streak 1 day, longest 1 day');
    const map = plain.split('\n').filter((line) => /^ {2}(Mon|Wed|Fri|Sun| {3}) /.test(line));
    expect(map.length).toBe(7);
    expect(plain).toContain('█');
    expect(plain).not.toContain('\u001b[');
  });

  it("counts days in the learner's time zone ($TZ)", () => {
    // A fixed instant when Tokyo and Honolulu are on different days (they share one for 5 hours of each day).
    const now = '2026-11-29T20:00:00Z';
    ok(['done', '1.1'], { ROADMAP_NOW: now });
    const today = (tz: string) => home.run(['--curriculum', SAMPLE, 'status', '--json'], { env: { TZ: tz, ROADMAP_NOW: now } });
    const tokyo = JSON.parse(today('Asia/Tokyo').stdout).activity;
    const honolulu = JSON.parse(today('Pacific/Honolulu').stdout).activity;
    expect(tokyo.timeZone).toBe('Asia/Tokyo');
    expect(honolulu.timeZone).toBe('Pacific/Honolulu');
    expect(tokyo.today).not.toBe(honolulu.today);
    expect(tokyo.days[0].date).toBe(tokyo.today);
  });
});

it('shows a note taken before its topic was renamed, under the renamed topic', () => {
  ok(['note', 'algebra', 'taken before the rename']);
  const renamed = home.run(['--curriculum', path.join(FIXTURES, 'sample-renamed.yaml'), 'report', '--format', 'md', '-o', '-']);
  expect(renamed.code, renamed.stderr).toBe(0);
  expect(renamed.stdout).toMatch(/線性代數 Linear algebra[^]*taken before the rename/);
});

it('writes nothing when the folder does not exist', () => {
  const file = path.join(home.dir, 'missing', 'r.html');
  const result = home.sample(['report', '-o', file]);
  expect(result.code).toBe(4);
  expect(existsSync(file)).toBe(false);
});
