import { listInText, messages } from '../messages/index.js';
import type { Reason } from '../plan/next.js';

/** How many prerequisite titles "all prerequisites done: …" names before "and N more". */
const MAX_TITLES = 3;

/**
 * A reason `next` gives for a suggestion, in words. `next --json` prints these too, and JSON is always in
 * English, so its reasons read the same in every language. Titles come from the curriculum: sanitise before printing.
 */
export function describeReason(reason: Reason): string {
  const text = messages().next.reasons;
  switch (reason.kind) {
    case 'continues':
      return text.continues;
    case 'unlocks':
      return text.unlocks({ count: reason.count });
    case 'prerequisites-done': {
      const titles = listInText(reason.topics.slice(0, MAX_TITLES).map((topic) => topic.title));
      const more = reason.topics.length - MAX_TITLES;
      return more > 0 ? text.prerequisitesDoneAndMore({ titles, count: more }) : text.prerequisitesDone({ titles });
    }
    case 'no-prerequisites':
      return text.needsNothing;
    case 'optional':
      return messages().common.optional;
  }
}

export function describeReasons(reasons: readonly Reason[]): string[] {
  return reasons.map(describeReason);
}
