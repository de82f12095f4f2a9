import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

/**
 * Graphviz checks the DOT output where it is installed. CI installs it (.ci/run), so there the checks
 * always run: a missing `dot` fails them instead of skipping them.
 */
const skipDot = spawnSync('dot', ['-V']).status !== 0 && !process.env.CI;

/** Runs Graphviz on DOT text; fails the test if Graphviz rejects it. Returns the SVG. */
function renderWithGraphviz(dot: string): string {
  const rendered = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
  expect(rendered.status, rendered.stderr).toBe(0);
  return rendered.stdout;
}

describe('roadmap next', () => {
  it('suggests the topics that need nothing first, ordered by what they unlock, then file order', () => {
    const view = home.json(['next', '--json']);
    expect(view.curriculum).toBe('sample');
    expect(view.complete).toBe(false);
    expect(view.suggestions.map((s: any) => [s.topic, s.number, s.state, s.unlocks])).toEqual([
      ['intro', '1.1', 'available', 3],
      ['algebra', '1.2', 'available', 3],
      ['calculus', '1.3', 'available', 2],
    ]);
    expect(view.suggestions[1].reasons).toContain('unlocks 3 topics');
    expect(view.suggestions[1].resources.map((r: any) => r.ref)).toEqual(['algebra/book', 'algebra/videos']);
    expect(view.suggestions[0]).toMatchObject({ section: 'basics', title: 'Introduction 入門' });
  });

  it('puts what you started first and explains why, in text', () => {
    expect(home.sample(['start', 'calculus']).code).toBe(0);
    const text = home.sample(['next']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Next up: 1\.3 {2}Calculus 微積分/m);
    expect(text.stdout).toContain('continues what you started');
    expect(text.stdout).toContain('https://example.com/khan-calculus');
    expect(text.stdout).toMatch(/Then:\n {2}1\.1 {2}Introduction 入門/);
  });

  it('-n limits the count; --goal keeps the goal and what it requires, saying what blocks the goal', () => {
    expect(home.json(['next', '-n', '1', '--json']).suggestions).toHaveLength(1);
    const goal = home.json(['next', '--goal', 'extras', '--json']);
    expect(goal.suggestions.map((s: any) => s.topic)).toEqual(['algebra']);
    expect(goal.goal.blocked[0]).toMatchObject({ topic: 'extras', blockedBy: [{ topic: 'algebra', number: '1.2', title: '線性代數 Linear algebra' }] });
    expect(home.sample(['next', '--goal', 'extras']).stdout).toMatch(/2\.2 is blocked by 1\.2 線性代數/);
  });

  it('never suggests a blocked topic and says when everything is complete', () => {
    expect(home.sample(['done', 'basics', 'models', 'apps']).code).toBe(0);
    const view = home.json(['next', '--json']);
    expect(view).toMatchObject({ complete: true, suggestions: [] });
    const text = home.sample(['next']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Every topic is complete');
  });

  it('exits 2 for a bad -n', () => {
    const result = home.sample(['next', '-n', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('works on the bundled curriculum with no progress: suggests topics that need nothing first, Python first', () => {
    const result = home.run(['next', '--json']);
    expect(result.code).toBe(0);
    const view = JSON.parse(result.stdout);
    expect(view.curriculum).toBe('llm-course');
    expect(view.suggestions[0].topic).toBe('python-basics');
    const list = JSON.parse(home.run(['list', '--json']).stdout);
    const requires = new Map<string, string[]>(list.sections.flatMap((s: any) => s.topics.map((t: any) => [t.id, t.requires])));
    for (const suggestion of view.suggestions) expect(requires.get(suggestion.topic)).toEqual([]);
  });

  it('on the bundled curriculum, sends a learner who knows Python to the math overview next', () => {
    expect(home.run(['done', 'python-basics']).code).toBe(0);
    expect(home.run(['--no-color', 'next']).stdout).toMatch(/^Next up: 1\.1 {2}數學入門與總覽/m);
  });
});

describe('roadmap path', () => {
  it('orders the remaining topics so every prerequisite comes first, with effort', () => {
    const view = home.json(['path', 'nlp', '--json']);
    expect(view.steps.map((s: any) => s.topic)).toEqual(['intro', 'algebra', 'calculus', 'neural-nets', 'nlp']);
    expect(view.effort).toEqual({ topics: 5, resources: 7, minutes: 230, unestimated: 3 });
    // Each resource as `next` and `list` show it (one shape for all three commands).
    expect(view.steps[0].resources[0]).toEqual({
      ref: 'intro/welcome',
      number: '1.1.1',
      title: 'Welcome video',
      url: 'https://example.com/welcome',
      kind: 'video',
      minutes: 30,
      optional: false,
    });
    const text = home.sample(['path', 'nlp']).stdout;
    expect(text).toMatch(/5 topics to go .*≈ 3\.8 h, 3 resources without estimate/);
    expect(text).toMatch(/ 5\. ⊘ 3\.1 {2}Text processing/);
  });

  it('leaves out what is complete', () => {
    expect(home.sample(['done', 'algebra']).code).toBe(0);
    expect(home.json(['path', '3.1', '--json']).steps.map((s: any) => s.topic)).toEqual(['intro', 'calculus', 'neural-nets', 'nlp']);
  });
});

describe('roadmap graph', () => {
  it('prints Mermaid with one line per prerequisite edge and state classes', () => {
    const result = home.sample(['graph']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^(graph|flowchart) (TD|LR|TB)/);
    expect(result.stdout.match(/-->/g)?.length).toBe(6); // neural-nets ← intro, algebra, calculus; extras ← algebra; nlp ← neural-nets; reading ← intro
    expect(result.stdout).toContain('classDef');
    expect(result.stdout).toContain('1.2 線性代數 Linear algebra');
  });

  it('narrows to a REF and its ancestors', () => {
    const result = home.sample(['graph', 'extras']);
    expect(result.stdout).toContain('Extras');
    expect(result.stdout).not.toContain('Text processing');
  });

  it.skipIf(skipDot)('prints DOT that Graphviz accepts', () => {
    const result = home.sample(['graph', '--format', 'dot']);
    expect(result.code).toBe(0);
    expect(renderWithGraphviz(result.stdout)).toContain('<svg');
  });

  it('exits 2 for an unknown format', () => {
    expect(home.sample(['graph', '--format', 'png']).code).toBe(2);
  });
});

describe('on the bundled curriculum', () => {
  it('path to rnn lists every remaining prerequisite before the topics that need it', () => {
    const result = home.run(['path', 'rnn', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const view = JSON.parse(result.stdout);
    const order = view.steps.map((step: any) => step.topic);
    expect(order[order.length - 1]).toBe('rnn');
    const list = JSON.parse(home.run(['list', '--json']).stdout);
    const requires = new Map<string, string[]>(list.sections.flatMap((s: any) => s.topics.map((t: any) => [t.id, t.requires])));
    for (const [position, topic] of order.entries()) {
      for (const required of requires.get(topic) ?? []) {
        if (requires.has(required)) expect(order.indexOf(required), `${required} before ${topic}`).toBeLessThan(position);
      }
    }
    expect(order).toEqual(expect.arrayContaining(['linear-algebra', 'calculus', 'nn-fundamentals', 'training-optimization', 'word-embeddings']));
    // Every required resource has an estimate, so the total covers the whole way.
    expect(view.effort.unestimated).toBe(0);
    expect(home.run(['path', 'rnn']).stdout).not.toContain('without estimate');
  });

  it('draws the whole graph in Mermaid', () => {
    const mermaid = home.run(['graph']);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toContain('2.1 Python基礎');
  });

  it.skipIf(skipDot)('draws the whole graph in DOT that Graphviz accepts', () => {
    const dot = home.run(['graph', '--format', 'dot']);
    expect(dot.code).toBe(0);
    expect(renderWithGraphviz(dot.stdout)).toContain('線性代數');
  });
});

