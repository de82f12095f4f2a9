/**
 * Finds requirement cycles with one depth-first search over the topics, in file order. Each edge that
 * closes a cycle (an edge back to a topic still on the search path) is reported once, at the `requires`
 * entry it comes from; removing all reported edges leaves no cycle, so fixing what is reported fixes
 * everything. Iterative, so that a chain of 10,000 topics cannot overflow the stack.
 */

import { messages } from '../messages/index.js';
import type { OutlineTopic } from './outline.js';
import { requirementEdges, type IdIndex, type RequirementEdge } from './requirements.js';
import type { RawProblem } from './yamlDocument.js';

interface Frame {
  topic: OutlineTopic;
  edges: RequirementEdge[];
  next: number;
  /** The edge the search came in by (undefined for a start topic). */
  via: RequirementEdge | undefined;
}

const UNSEEN = 0;
const ON_PATH = 1;
const DONE = 2;

export function findCycles(index: IdIndex): RawProblem[] {
  const problems: RawProblem[] = [];
  const state = new Map<OutlineTopic, number>();
  const pathIndex = new Map<OutlineTopic, number>();
  const reportedEntries = new Set<object>();
  for (const start of index.topics.values()) {
    if ((state.get(start) ?? UNSEEN) !== UNSEEN) continue;
    const path: Frame[] = [];
    const enter = (topic: OutlineTopic, via: RequirementEdge | undefined) => {
      state.set(topic, ON_PATH);
      pathIndex.set(topic, path.length);
      path.push({ topic, edges: requirementEdges(topic, index), next: 0, via });
    };
    enter(start, undefined);
    while (path.length > 0) {
      const frame = path[path.length - 1] as Frame;
      const edge = frame.edges[frame.next++];
      if (!edge) {
        state.set(frame.topic, DONE);
        path.pop();
        continue;
      }
      const targetState = state.get(edge.to) ?? UNSEEN;
      if (targetState === UNSEEN) enter(edge.to, edge);
      else if (targetState === ON_PATH && !reportedEntries.has(edge.entry)) {
        reportedEntries.add(edge.entry);
        problems.push({ offset: edge.entry.offset, message: cycleMessage(edge, path.slice(pathIndex.get(edge.to) ?? 0)) });
      }
    }
  }
  return problems;
}

/** `requirement cycle: a → b → a`, starting at the topic whose entry closes it. */
function cycleMessage(closing: RequirementEdge, pathFromTarget: Frame[]): string {
  // The path runs target → … → source; the closing edge goes source → target.
  const words = messages().curriculum.semantic;
  const edges = [closing, ...pathFromTarget.slice(1).map((frame) => frame.via as RequirementEdge)];
  const ids = [idOf(closing.from), ...edges.map((edge) => idOf(edge.to))];
  const notes = edges
    .filter((edge) => edge.viaSection !== undefined)
    .map((edge) => words.requiresViaSection({ from: idOf(edge.from), section: edge.viaSection!, to: idOf(edge.to) }));
  return words.cycle({ path: ids.join(' → '), notes: notes.length > 0 ? words.cycleNotes({ notes: notes.join(words.cycleNoteSeparator) }) : '' });
}

function idOf(topic: OutlineTopic): string {
  return topic.id?.value ?? '?';
}
