/**
 * The skeleton of a curriculum that the semantic checks and the model builder need (ids, requires,
 * aliases, urls, with their offsets), read from the YAML tree as far as it is well-formed. Parts of
 * the wrong type, and `requires`, `aliases` and `url` values the schema check found bad, are skipped:
 * they have been reported already. Ids are kept even when badly formed, so that a `requires` naming a
 * badly written id does not add a second, misleading problem.
 */

import type { YMap, YNode } from './yamlTree.js';

export interface Located<T> {
  value: T;
  offset: number;
}

export interface OutlineSection {
  node: YMap;
  id: Located<string> | undefined;
  topics: OutlineTopic[];
}

export interface OutlineTopic {
  node: YMap;
  id: Located<string> | undefined;
  section: OutlineSection;
  requires: Located<string>[];
  optional: boolean;
  aliases: Located<string>[];
  resources: OutlineResource[];
}

export interface OutlineResource {
  node: YMap;
  id: Located<string> | undefined;
  url: Located<string> | undefined;
  aliases: Located<string>[];
}

export function outlineOf(root: YNode, invalid: ReadonlySet<YNode>): OutlineSection[] {
  if (root.kind !== 'map') return [];
  return mapsIn(root, 'sections').map((node) => {
    const section: OutlineSection = { node, id: stringField(node, 'id'), topics: [] };
    section.topics = mapsIn(node, 'topics').map((topicNode) => outlineTopic(topicNode, section, invalid));
    return section;
  });
}

function outlineTopic(node: YMap, section: OutlineSection, invalid: ReadonlySet<YNode>): OutlineTopic {
  return {
    node,
    id: stringField(node, 'id'),
    section,
    requires: stringList(node, 'requires', invalid),
    optional: scalarValue(node, 'optional') === true,
    aliases: stringList(node, 'aliases', invalid),
    resources: mapsIn(node, 'resources').map((resourceNode) => ({
      node: resourceNode,
      id: stringField(resourceNode, 'id'),
      url: stringField(resourceNode, 'url', invalid),
      aliases: stringList(resourceNode, 'aliases', invalid),
    })),
  };
}

/** The value of a key, or undefined; a mapping has a handful of keys, so a scan is fastest. */
export function field(map: YMap, key: string): YNode | undefined {
  for (const entry of map.entries) if (entry.key === key) return entry.value;
  return undefined;
}

export function scalarValue(map: YMap, key: string): unknown {
  const node = field(map, key);
  return node?.kind === 'scalar' ? node.value : undefined;
}

const NONE: ReadonlySet<YNode> = new Set();

export function stringField(map: YMap, key: string, invalid = NONE): Located<string> | undefined {
  const node = field(map, key);
  return node?.kind === 'scalar' && typeof node.value === 'string' && !invalid.has(node) ? { value: node.value, offset: node.offset } : undefined;
}

function stringList(map: YMap, key: string, invalid: ReadonlySet<YNode>): Located<string>[] {
  const node = field(map, key);
  if (node?.kind !== 'seq') return [];
  const strings: Located<string>[] = [];
  for (const item of node.items) {
    if (item.kind === 'scalar' && typeof item.value === 'string' && !invalid.has(item)) strings.push({ value: item.value, offset: item.offset });
  }
  return strings;
}

function mapsIn(map: YMap, key: string): YMap[] {
  const node = field(map, key);
  if (node?.kind !== 'seq') return [];
  return node.items.filter((item): item is YMap => item.kind === 'map');
}
