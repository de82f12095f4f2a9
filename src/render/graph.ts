import { neutralizeOneLine } from '../controlCharacters.js';
/** The state a node is drawn in. */
export type GraphNodeState = 'complete' | 'in-progress' | 'available' | 'blocked';

export interface GraphNode {
  id: string;
  number: string;
  title: string;
  state: GraphNodeState;
}

/** An edge from a prerequisite to the topic that requires it. */
export interface GraphEdge {
  from: string;
  to: string;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

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
export function mermaidLabel(text: string): string {
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
export function dotString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function renderDot(view: GraphView): string {
  const lines = [
    'digraph roadmap {',
    '  rankdir=TB;',
    '  node [shape=box, style="rounded,filled", fontname="sans-serif"];',
    '  edge [color="#757575"];',
  ];
  for (const node of view.nodes) {
    const style = STYLE[node.state];
    lines.push(
      `  ${dotString(node.id)} [label=${dotString(labelText(node))}, fillcolor="${style.fill}", color="${style.stroke}", fontcolor="${style.font}", tooltip=${dotString(node.state)}];`,
    );
  }
  for (const edge of view.edges) lines.push(`  ${dotString(edge.from)} -> ${dotString(edge.to)};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
