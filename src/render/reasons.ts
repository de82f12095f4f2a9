import type { Reason } from '../plan/next.js';

/** How many prerequisite titles "all prerequisites done: …" names before "and N more". */
const MAX_TITLES = 3;

/** A reason `next` gives for a suggestion, in plain English. Titles come from the curriculum: sanitise before printing. */
export function describeReason(reason: Reason): string {
  switch (reason.kind) {
    case 'continues':
      return 'continues what you started';
    case 'unlocks':
      return `unlocks ${reason.count} ${reason.count === 1 ? 'topic' : 'topics'}`;
    case 'prerequisites-done': {
      const titles = reason.topics.slice(0, MAX_TITLES).map((topic) => topic.title);
      const more = reason.topics.length - titles.length;
      return `all prerequisites done: ${titles.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    }
    case 'no-prerequisites':
      return 'needs nothing first';
    case 'optional':
      return 'optional';
  }
}

export function describeReasons(reasons: readonly Reason[]): string[] {
  return reasons.map(describeReason);
}
