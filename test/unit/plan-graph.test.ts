import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { goalTopicIds } from '../../src/plan/goal.js';
import { graphView, type GraphView } from '../../src/plan/graphView.js';
import { curriculumState } from '../../src/plan/state.js';
import { mermaidId, renderDot, renderMermaid } from '../../src/render/graph.js';
import { buildCurriculum, statuses } from './helpers/buildCurriculum.js';

const hasDot = spawnSync('dot', ['-V'], { stdio: 'ignore' }).status === 0;

const NASTY = 'Say "hi"]|<b>{x}(y) & #1; `code` \\n back\\slash\nnew line 線性代數 end';

const curriculum = buildCurriculum([
  {
    id: 'math',
    topics: [
      { id: 'linear-algebra', title: '線性代數', resources: ['r1', 'r2'] },
      { id: 'calculus', title: NASTY, resources: ['r1'] },
      { id: 'end', title: 'keyword id', requires: ['math-x'] },
      { id: 'math-x', title: 'x' },
    ],
  },
  { id: 'ml', topics: [{ id: 'nn', title: 'Neural nets', requires: ['math'] }, { id: 'opt', optional: true, requires: ['nn'] }] },
]);
const state = curriculumState(curriculum, statuses({ 'linear-algebra': 'done', 'calculus/r1': 'started' }));
const view = graphView(curriculum, state);

describe('graphView', () => {
  it('one node per topic with its state; edges from prerequisite to dependent, sections expanded', () => {
    expect(view.nodes.map((n) => [n.id, n.number, n.state])).toEqual([
      ['linear-algebra', '1.1', 'complete'],
      ['calculus', '1.2', 'in-progress'],
      ['end', '1.3', 'blocked'],
      ['math-x', '1.4', 'available'],
      ['nn', '2.1', 'blocked'],
      ['opt', '2.2', 'blocked'],
    ]);
    expect(view.edges).toEqual([
      { from: 'math-x', to: 'end' },
      { from: 'linear-algebra', to: 'nn' },
      { from: 'calculus', to: 'nn' },
      { from: 'end', to: 'nn' },
      { from: 'math-x', to: 'nn' },
      { from: 'nn', to: 'opt' },
    ]);
  });

  it('with a focus, only those topics and the edges between them', () => {
    const focused = graphView(curriculum, state, goalTopicIds(curriculum, 'end'));
    expect(focused.nodes.map((n) => n.id)).toEqual(['end', 'math-x']);
    expect(focused.edges).toEqual([{ from: 'math-x', to: 'end' }]);
  });
});

describe('renderMermaid', () => {
  const output = renderMermaid(view);
  const lines = output.trimEnd().split('\n');

  it('starts with a flowchart and defines a class per state', () => {
    expect(lines[0]).toBe('flowchart TD');
    for (const name of ['complete', 'inProgress', 'available', 'blocked']) expect(output).toContain(`classDef ${name} `);
  });

  it('one line per node, well-formed, styled by state', () => {
    const nodeLines = lines.filter((line) => line.includes('["'));
    expect(nodeLines).toHaveLength(view.nodes.length);
    for (const line of nodeLines) expect(line).toMatch(/^ {2}t_[a-z0-9_]+\["[^"[\]|<>{}()`\n]*"\]:::(complete|inProgress|available|blocked)$/);
    expect(output).toContain('t_linear_algebra["1.1 線性代數"]:::complete');
    expect(output).toContain(':::inProgress');
  });

  it('one line per edge', () => {
    const edgeLines = lines.filter((line) => line.includes('-->'));
    expect(edgeLines).toEqual(view.edges.map((e) => `  ${mermaidId(e.from)} --> ${mermaidId(e.to)}`));
    expect(edgeLines).toContain('  t_math_x --> t_end');
  });

  it('escapes quotes, brackets, pipes, angle brackets and line breaks in titles', () => {
    const line = lines.find((l) => l.startsWith('  t_calculus['))!;
    expect(line).toBe(
      '  t_calculus["1.2 Say #34;hi#34;#93;#124;#60;b#62;#123;x#125;#40;y#41; #38; #35;1#59; #96;code#96; #92;n back#92;slash new line 線性代數 end"]:::inProgress',
    );
  });

  it('has balanced brackets and quotes overall', () => {
    for (const line of lines) {
      expect((line.match(/"/g) ?? []).length % 2).toBe(0);
      expect((line.match(/\[/g) ?? []).length).toBe((line.match(/\]/g) ?? []).length);
    }
  });

  it('node ids are safe and distinct', () => {
    expect(mermaidId('end')).toBe('t_end');
    expect(mermaidId('a-b')).not.toBe(mermaidId('a_b'));
    expect(mermaidId('Weird id!')).toMatch(/^x_[0-9a-f]+$/);
  });
});

/** A small DOT reader: enough to check structure (statements, quoted strings, braces). */
function parseDot(text: string): { nodes: Map<string, Record<string, string>>; edges: [string, string][]; depth: number } {
  const tokens: string[] = [];
  let i = 0;
  let depth = 0;
  let maxDepth = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '"') {
      let value = '';
      i++;
      while (text[i] !== '"') {
        if (i >= text.length) throw new Error('unterminated string');
        if (text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) i++;
        value += text[i++];
      }
      i++;
      tokens.push(`"${value}`);
    } else if (text.startsWith('->', i)) {
      tokens.push('->');
      i += 2;
    } else if ('{}[];,='.includes(c)) {
      if (c === '{') maxDepth = Math.max(maxDepth, ++depth);
      if (c === '}') depth--;
      if (depth < 0) throw new Error('unbalanced }');
      tokens.push(c);
      i++;
    } else {
      const match = /^[A-Za-z0-9_.#]+/.exec(text.slice(i));
      if (!match) throw new Error(`unexpected ${c} at ${i}`);
      tokens.push(match[0]);
      i += match[0].length;
    }
  }
  if (depth !== 0) throw new Error('unbalanced {');
  const nodes = new Map<string, Record<string, string>>();
  const edges: [string, string][] = [];
  const statements = tokens.join('\u0000').split('\u0000;\u0000').map((s) => s.split('\u0000'));
  for (const statement of statements) {
    const first = statement[0]!;
    if (!first.startsWith('"')) continue;
    if (statement[1] === '->') edges.push([first.slice(1), statement[2]!.slice(1)]);
    else if (statement[1] === '[') {
      const attributes: Record<string, string> = {};
      for (let k = 2; k < statement.length - 1; k += 4) attributes[statement[k]!] = statement[k + 2]!.replace(/^"/, '');
      nodes.set(first.slice(1), attributes);
    }
  }
  return { nodes, edges, depth: maxDepth };
}

describe('renderDot', () => {
  const output = renderDot(view);

  it('parses structurally: balanced braces, every node declared, every edge between declared nodes', () => {
    const parsed = parseDot(output);
    expect(output.startsWith('digraph roadmap {')).toBe(true);
    expect(parsed.depth).toBe(1);
    expect([...parsed.nodes.keys()]).toEqual(view.nodes.map((n) => n.id));
    expect(parsed.edges).toEqual(view.edges.map((e) => [e.from, e.to]));
    for (const [from, to] of parsed.edges) {
      expect(parsed.nodes.has(from)).toBe(true);
      expect(parsed.nodes.has(to)).toBe(true);
    }
  });

  it('escapes quotes and backslashes; labels keep the title text', () => {
    const parsed = parseDot(output);
    expect(parsed.nodes.get('calculus')!.label).toBe(`1.2 ${NASTY.replace('\n', ' ')}`);
    expect(parsed.nodes.get('linear-algebra')!.label).toBe('1.1 線性代數');
  });

  it('fills nodes by state', () => {
    const parsed = parseDot(output);
    const fills = new Set(view.nodes.map((n) => `${n.state}=${parsed.nodes.get(n.id)!.fillcolor}`));
    expect(fills.size).toBe(4);
    expect(parsed.nodes.get('linear-algebra')!.fillcolor).not.toBe(parsed.nodes.get('nn')!.fillcolor);
  });

  it.skipIf(!hasDot)('is accepted by Graphviz (dot -Tsvg)', () => {
    const result = spawnSync('dot', ['-Tsvg'], { input: output, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<svg');
    expect(result.stdout).toContain('線性代數');
    expect(result.stdout).toContain('Say &quot;hi&quot;]|&lt;b&gt;');
  });
});

describe('graph of an empty view', () => {
  it('renders', () => {
    const empty: GraphView = { nodes: [], edges: [] };
    expect(renderMermaid(empty).split('\n')[0]).toBe('flowchart TD');
    expect(parseDot(renderDot(empty)).nodes.size).toBe(0);
  });
});
