import { buildCurriculumIndex } from '../curriculum/index.js';
import type { Curriculum } from '../curriculum/types.js';
import type { CurriculumState } from './state.js';

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

/**
 * The prerequisite graph as plain data for `render/graph.ts`: one node per topic in file order, with its
 * state, and one edge per requirement (prerequisite → dependent; a required section stands for its
 * non-optional topics). With `focus` (topic ids, e.g. a REF's topics and everything they require, as
 * `goalTopicIds` gives them), only those topics and the edges between them.
 */
export function graphView(curriculum: Curriculum, state: CurriculumState, focus?: Iterable<string>): GraphView {
  const index = buildCurriculumIndex(curriculum);
  const keep = focus === undefined ? undefined : new Set(focus);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const topic of index.topics) {
    if (keep && !keep.has(topic.id)) continue;
    nodes.push({ id: topic.id, number: topic.number, title: topic.title, state: state.topics.get(topic.id)?.state ?? 'available' });
    for (const required of topic.requiredTopics) {
      if (!index.topicPosition.has(required) || (keep && !keep.has(required))) continue;
      edges.push({ from: required, to: topic.id });
    }
  }
  return { nodes, edges };
}
