/**
 * Turns the library's document into a small tree of plain values with offsets: what the schema check,
 * the semantic checks and the model builder read. Aliases are expanded here (after the library's alias
 * bomb check), duplicate keys are found here, and keys become plain strings.
 */

import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';
import { quote } from './describe.js';
import { messages } from '../messages/index.js';
import type { SourcePositions } from './positions.js';
import type { RawProblem } from './yamlDocument.js';

export type YNode = YMap | YSeq | YScalar;

export interface YMap {
  kind: 'map';
  offset: number;
  entries: YEntry[];
}

export interface YEntry {
  key: string;
  keyOffset: number;
  value: YNode;
}

export interface YSeq {
  kind: 'seq';
  offset: number;
  items: YNode[];
}

export interface YScalar {
  kind: 'scalar';
  offset: number;
  /** Undefined for values that are none of these, e.g. `!!binary`; `tag` says what it was. */
  value: string | number | boolean | null | undefined;
  tag?: string;
}

export interface TreeResult {
  root: YNode | undefined;
  problems: RawProblem[];
}


/** Past this many nodes created by expanding aliases, the file is treated as an alias bomb. */
const MAX_EXPANDED_NODES = 1_000_000;

class AliasBomb extends Error {}

export function buildTree(document: Document.Parsed, positions: SourcePositions): TreeResult {
  const builder = new TreeBuilder(document, positions);
  try {
    return { root: builder.convert(document.contents, 0), problems: builder.problems };
  } catch (error) {
    if (!(error instanceof AliasBomb)) throw error;
    return { root: undefined, problems: [{ offset: builder.firstAliasOffset, message: messages().curriculum.yaml.aliasBomb }] };
  }
}

class TreeBuilder {
  readonly problems: RawProblem[] = [];
  firstAliasOffset = -1;
  /** Anchors seen so far in document order: an alias names the last one of its name before it. */
  private readonly anchors = new Map<string, Node>();
  /** How each alias resolved at its own place, for when it is met again inside an expansion. */
  private readonly aliasTargets = new Map<Alias, Node | undefined>();
  /** Collections being converted: an alias to one of them would expand forever. */
  private readonly ancestors = new Set<Node>();
  /** Above 0 while expanding an alias: positions then point at the alias, and problems were reported at the anchor already. */
  private aliasDepth = 0;
  private aliasOffset = 0;
  private expandedNodes = 0;

  constructor(
    private readonly document: Document.Parsed,
    private readonly positions: SourcePositions,
  ) {}

  convert(node: unknown, fallbackOffset: number): YNode {
    if (this.aliasDepth > 0 && ++this.expandedNodes > MAX_EXPANDED_NODES) throw new AliasBomb();
    if (isAlias(node)) return this.convertAlias(node);
    if (this.aliasDepth === 0 && (isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) this.anchors.set(node.anchor, node);
    if (isMap(node) || isSeq(node)) {
      this.ancestors.add(node);
      try {
        return isMap(node) ? this.convertMap(node.items, this.offsetOf(node)) : this.convertSeq(node.items, this.offsetOf(node));
      } finally {
        this.ancestors.delete(node);
      }
    }
    if (isScalar(node)) return this.convertScalar(node.value, this.offsetOf(node), node.tag);
    return { kind: 'scalar', offset: this.aliasDepth > 0 ? this.aliasOffset : fallbackOffset, value: null };
  }

  private offsetOf(node: Node): number {
    return this.aliasDepth > 0 ? this.aliasOffset : (node.range?.[0] ?? 0);
  }

  private report(offset: number, message: string): void {
    if (this.aliasDepth === 0) this.problems.push({ offset, message });
  }

  private convertScalar(value: unknown, offset: number, tag: string | undefined): YScalar {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { kind: 'scalar', offset, value };
    if (typeof value === 'bigint') return { kind: 'scalar', offset, value: Number(value) };
    return { kind: 'scalar', offset, value: undefined, tag: tag?.replace(/^tag:yaml\.org,2002:/, '!!') ?? typeof value };
  }

  private convertSeq(items: unknown[], offset: number): YSeq {
    return { kind: 'seq', offset, items: items.map((item) => this.convert(item, offset)) };
  }

  private convertMap(pairs: unknown[], offset: number): YMap {
    const entries: YEntry[] = [];
    // A curriculum's mappings have a handful of keys: a scan beats building a Map for each of them.
    const firstOffsets = pairs.length > 16 ? new Map<string, number>() : undefined;
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key;
      const keyOffset = isScalar(keyNode) || isMap(keyNode) || isSeq(keyNode) || isAlias(keyNode) ? this.offsetOf(keyNode) : offset;
      if (!isScalar(keyNode)) {
        const actual = messages().curriculum.actual;
        this.report(keyOffset, messages().curriculum.yaml.keyNotText({ actual: isMap(keyNode) ? actual.mapping : isSeq(keyNode) ? actual.list : isAlias(keyNode) ? actual.alias : actual.empty }));
        continue;
      }
      const key = keyNode.value === null || keyNode.value === undefined ? '' : String(keyNode.value);
      const first = firstOffsets ? firstOffsets.get(key) : entries.find((entry) => entry.key === key)?.keyOffset;
      if (first !== undefined) {
        // Like most YAML readers would, keep the first; the user must pick one anyway.
        this.report(keyOffset, messages().curriculum.yaml.duplicateKey({ key: quote(key), line: this.positions.line(first) }));
        continue;
      }
      firstOffsets?.set(key, keyOffset);
      const valueFallback = keyNode.range?.[1] ?? keyOffset;
      entries.push({ key, keyOffset, value: this.convert(pair.value, this.aliasDepth > 0 ? this.aliasOffset : valueFallback) });
    }
    return { kind: 'map', offset, entries };
  }

  private convertAlias(alias: Alias): YNode {
    const offset = this.offsetOf(alias);
    if (this.firstAliasOffset === -1) {
      this.firstAliasOffset = offset;
      this.checkAliasBomb();
    }
    const target = this.resolve(alias);
    if (!target) {
      this.report(offset, messages().curriculum.yaml.unknownAlias({ alias: quote(`*${alias.source}`), anchor: quote(`&${alias.source}`) }));
      return { kind: 'scalar', offset, value: null };
    }
    if (this.ancestors.has(target)) {
      this.report(offset, messages().curriculum.yaml.aliasContainsItself({ alias: quote(`*${alias.source}`) }));
      return { kind: 'scalar', offset, value: null };
    }
    const outer = { depth: this.aliasDepth, offset: this.aliasOffset };
    if (this.aliasDepth === 0) this.aliasOffset = offset;
    this.aliasDepth++;
    try {
      return this.convert(target, offset);
    } finally {
      this.aliasDepth = outer.depth;
      this.aliasOffset = outer.offset;
    }
  }

  private resolve(alias: Alias): Node | undefined {
    if (this.aliasTargets.has(alias)) return this.aliasTargets.get(alias);
    const target = this.anchors.get(alias.source);
    this.aliasTargets.set(alias, target);
    return target;
  }

  /**
   * The library counts alias uses against its `maxAliasCount` (default 100) when it turns the document
   * into plain data; an alias bomb ("billion laughs") throws there before anything is expanded.
   */
  private checkAliasBomb(): void {
    try {
      this.document.toJS();
    } catch (error) {
      if (error instanceof ReferenceError && /excessive alias/i.test(error.message)) throw new AliasBomb();
      // Anything else (an unresolved alias…) is reported where it is met.
    }
  }
}
