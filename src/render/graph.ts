import { neutralizeOneLine } from '../controlCharacters.js';
import { messages } from '../messages/index.js';
import type { GraphNode, GraphNodeState, GraphView } from '../plan/graphView.js';
import { wrapLine } from './wrapLine.js';
const STATES: readonly GraphNodeState[] = ['complete', 'in-progress', 'available', 'blocked'];

const STYLE: Record<GraphNodeState, { fill: string; stroke: string; font: string; className: string }> = {
  complete: { fill: '#c8e6c9', stroke: '#2e7d32', font: '#1b5e20', className: 'complete' },
  'in-progress': { fill: '#fff3b0', stroke: '#f9a825', font: '#5d4037', className: 'inProgress' },
  available: { fill: '#bbdefb', stroke: '#1565c0', font: '#0d47a1', className: 'available' },
  blocked: { fill: '#eeeeee', stroke: '#9e9e9e', font: '#616161', className: 'blocked' },
};

/**
 * Text that comes from a curriculum, made safe for a one-line label: line breaks become spaces; other
 * control characters and bidirectional overrides become U+FFFD (the output may land on a terminal).
 */
function labelText(node: GraphNode): string {
  return neutralizeOneLine(`${node.number} ${node.title}`);
}

/**
 * A Mermaid node id: `t_` + a slug id with `-` made `_` (slugs have no `_`, so distinct ids stay distinct);
 * any other id is spelled out in hex after `x_`. The prefix keeps ids like `end` from being keywords.
 */
export function mermaidId(id: string): string {
  if (/^[a-z0-9-]+$/.test(id)) return `t_${id.replace(/-/g, '_')}`;
  return `x_${Array.from(id, (c) => c.codePointAt(0)!.toString(16).padStart(6, '0')).join('')}`;
}

/**
 * Escapes a Mermaid label (written inside `"…"`): every ASCII character that Mermaid's grammar or its HTML
 * labels give a meaning to becomes a `#NNN;` entity code, which Mermaid renders as the character.
 */
function mermaidLabel(text: string): string {
  return text.replace(/["#&<>`;|[\]{}()\\]/g, (c) => `#${c.codePointAt(0)};`);
}

export function renderMermaid(view: GraphView): string {
  const lines = ['flowchart TD'];
  for (const state of STATES) {
    const style = STYLE[state];
    lines.push(`  classDef ${style.className} fill:${style.fill},stroke:${style.stroke},color:${style.font}`);
  }
  for (const node of view.nodes) {
    lines.push(`  ${mermaidId(node.id)}["${mermaidLabel(labelText(node))}"]:::${STYLE[node.state].className}`);
  }
  for (const edge of view.edges) lines.push(`  ${mermaidId(edge.from)} --> ${mermaidId(edge.to)}`);
  return `${lines.join('\n')}\n`;
}

/** A DOT double-quoted string: `\` and `"` escaped (so `\n`-style escapes in titles stay literal text). */
function dotString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function renderDot(view: GraphView): string {
  const nodes = view.nodes.map(
    (node) => `  ${dotString(node.id)} [${[`label=${dotString(labelText(node))}`, ...colourAttributes(node.state), `tooltip=${dotString(messages().common.topicState[node.state])}`].join(', ')}];`,
  );
  return digraph(['  rankdir=TB;', '  node [shape=box, style="rounded,filled", fontname="sans-serif"];', '  edge [color="#757575"];'], nodes, view);
}

/** A node's colours as DOT attributes, for a drawing without the page's CSS. */
function colourAttributes(state: GraphNodeState): string[] {
  const style = STYLE[state];
  return [`fillcolor="${style.fill}"`, `color="${style.stroke}"`, `fontcolor="${style.font}"`];
}

/** The whole DOT graph: its settings, then `body` (nodes and clusters), then every edge. */
function digraph(settings: string[], body: string[], view: GraphView): string {
  const edges = view.edges.map((edge) => `  ${dotString(edge.from)} -> ${dotString(edge.to)};`);
  return `${['digraph roadmap {', ...settings, ...body, ...edges, '}'].join('\n')}\n`;
}

/** A group of nodes drawn inside one frame (a section of the curriculum). */
export interface GraphCluster {
  id: string;
  label: string;
  nodeIds: string[];
}

export interface DrawingOptions {
  clusters: GraphCluster[];
  /** Node ids drawn with a double border and the class `next` (the suggestions of `next`). */
  marked: ReadonlySet<string>;
  /** A node links to `#` + this prefix + its id (the topic's entry in the same page). */
  anchorPrefix: string;
  /** Label lines wrap at about this many columns, so long titles make tall nodes rather than wide ones. */
  labelColumns: number;
}

/**
 * Past this many nodes, Graphviz's network-simplex passes and crossing minimisation are cut short:
 * a 1,000-topic drawing then takes seconds instead of over a minute, with a few more crossings.
 */
const QUICK_LAYOUT_FROM = 200;

/**
 * DOT for a drawing (the HTML report): nodes grouped in clusters, each node's class its state (`complete`,
 * `in-progress`, `available`, `blocked`), so a page's CSS can colour it, plus `next` for the marked ones.
 */
export function renderClusteredDot(view: GraphView, options: DrawingOptions): string {
  const byId = new Map(view.nodes.map((node) => [node.id, node]));
  const settings = [
    '  rankdir=TB; nodesep=0.25; ranksep=0.45; fontname="Helvetica"; fontsize=13;',
    ...(view.nodes.length > QUICK_LAYOUT_FROM ? ['  nslimit=1; nslimit1=1; mclimit=0.1; splines=line;'] : []),
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, margin="0.12,0.06"];',
    '  edge [color="#757575", arrowsize=0.6];',
  ];
  const lines: string[] = [];
  const drawn = new Set<string>();
  const nodeLine = (node: GraphNode, indent: string) => {
    drawn.add(node.id);
    const marked = options.marked.has(node.id);
    const attributes = [
      `label=${dotString(wrapLine(labelText(node), options.labelColumns).join('\n')).replace(/\n/g, '\\n')}`,
      `class=${dotString(marked ? `${node.state} next` : node.state)}`,
      ...colourAttributes(node.state),
      `URL=${dotString(`#${options.anchorPrefix}${node.id}`)}`,
      `tooltip=${dotString(tooltip(labelText(node), node.state, marked))}`,
      ...(marked ? ['peripheries=2', 'penwidth=2'] : []),
    ];
    lines.push(`${indent}${dotString(node.id)} [${attributes.join(', ')}];`);
  };
  options.clusters.forEach((cluster, i) => {
    const nodes = cluster.nodeIds.map((id) => byId.get(id)).filter((node) => node !== undefined);
    if (nodes.length === 0) return;
    lines.push(`  subgraph cluster_${i} {`, `    label=${dotString(neutralizeOneLine(cluster.label))}; class="section"; style="rounded"; color="#bdbdbd";`);
    for (const node of nodes) nodeLine(node, '    ');
    lines.push('  }');
  });
  for (const node of view.nodes) if (!drawn.has(node.id)) nodeLine(node, '  ');
  return digraph(settings, lines, view);
}

/** A node's tooltip in a drawing: its label, its state, and whether `next` suggests it. */
function tooltip(label: string, state: GraphNodeState, marked: boolean): string {
  const text = messages().graph;
  const words = { label, state: messages().common.topicState[state] };
  return marked ? text.tooltipNext(words) : text.tooltip(words);
}

