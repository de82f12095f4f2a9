import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SOURCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/**
 * The layers of src/, lowest first. A file may import its own folder and any lower layer, never a higher
 * one, nor a sibling on the same layer (plan, progress and load know nothing of each other); only the
 * shared basics of the first layer may use each other. docs/architecture.md explains each layer.
 */
export const LAYERS: string[][] = [
  ['errors.ts', 'context.ts', 'version.ts', 'controlCharacters.ts', 'files', 'messages'],
  ['model'],
  ['curriculum'],
  ['plan', 'progress', 'load', 'links'],
  ['render', 'terminal'],
  ['session.ts'],
  ['commands'],
  ['menu'],
  ['cli.ts'],
  ['main.ts'],
];

/** Lower parts that a part may still not import: the pure core and the renderers know nothing of storage. */
const KEPT_APART: Record<string, string[]> = {
  plan: ['progress', 'load', 'links'],
  render: ['progress', 'load', 'links', 'session.ts'],
};

/** The part of src/ a file belongs to: its top folder, or its own name for a file at the top. */
function partOf(file: string): string {
  return file.split('/')[0]!;
}

function layerOf(part: string): number {
  const layer = LAYERS.findIndex((parts) => parts.includes(part));
  if (layer < 0) throw new Error(`src/${part} belongs to no layer: add it to LAYERS and to docs/architecture.md`);
  return layer;
}

function sourceFiles(folder = SOURCE): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [path.relative(SOURCE, full).split(path.sep).join('/')] : [];
  });
}

/** The files of src/ that `file` imports, statically, by `export … from` or by `import()`, types included. */
function importsOf(file: string, text = readFileSync(path.join(SOURCE, file), 'utf8')): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((reference) => reference.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name)).replace(/\.js$/, '.ts'))
    .filter((target) => !target.startsWith('..'));
}

/** Imports that go against the layers, as `from -> to` lines. */
export function wrongWayImports(graph: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    const part = partOf(file);
    for (const target of targets) {
      const targetPart = partOf(target);
      if (targetPart === part) continue;
      const [from, to] = [layerOf(part), layerOf(targetPart)];
      if (to > from || (to === from && from > 0) || KEPT_APART[part]?.includes(targetPart)) wrong.push(`${file} -> ${target}`);
    }
  }
  return wrong;
}

/** Every import cycle between files, each as the files on it, found by a depth-first walk. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const finished = new Set<string>();
  const onStack: string[] = [];
  const visit = (file: string) => {
    if (finished.has(file)) return;
    const at = onStack.indexOf(file);
    if (at >= 0) {
      cycles.push([...onStack.slice(at), file]);
      return;
    }
    onStack.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    onStack.pop();
    finished.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

function importGraph(): Map<string, string[]> {
  return new Map(sourceFiles().map((file) => [file, importsOf(file)]));
}

describe('imports in src/', () => {
  it('leave the process to main.ts: everything else takes its streams and environment from the Context', () => {
    const reaching = sourceFiles().filter(
      (file) => file !== 'main.ts' && /\bprocess\.(stdin|stdout|stderr|env|argv|exit)\b/.test(readFileSync(path.join(SOURCE, file), 'utf8')),
    );
    expect(reaching).toEqual([]);
  });

  const graph = importGraph();

  it('point down the layers only', () => {
    expect(wrongWayImports(graph)).toEqual([]);
  });

  it('form no cycle', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('are all seen: a file that imports a higher layer, or a cycle, is caught', () => {
    // The checks above pass only if they can fail: the same functions on a graph with one reversed import.
    const reversed = new Map(graph);
    reversed.set('curriculum/types.ts', [...(graph.get('curriculum/types.ts') ?? []), 'render/text.ts']);
    reversed.set('render/text.ts', [...(graph.get('render/text.ts') ?? []), 'progress/store.ts']);
    expect(wrongWayImports(reversed)).toEqual(
      expect.arrayContaining(['curriculum/types.ts -> render/text.ts', 'render/text.ts -> progress/store.ts']),
    );
    const looped = new Map([
      ['render/a.ts', ['render/b.ts']],
      ['render/b.ts', ['render/a.ts']],
    ]);
    expect(importCycles(looped)).toEqual([['render/a.ts', 'render/b.ts', 'render/a.ts']]);
    expect(importsOf('commands/x.ts', "import type { A } from '../plan/a.js';\nexport { b } from './b.js';\nawait import('../menu/m.js');")).toEqual([
      'plan/a.ts',
      'commands/b.ts',
      'menu/m.ts',
    ]);
  });
});
