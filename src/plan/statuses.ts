import type { Curriculum } from '../curriculum/types.js';
import type { Status, StatusRecord } from '../model/progress.js';

/**
 * Progress is stored by item key (section id, topic id, `TOPIC/RESOURCE`), possibly under ids the
 * curriculum has since renamed. These functions map stored records onto the live curriculum:
 *
 * - a topic's candidate keys are its id and its aliases;
 * - a resource's are every (topic id or alias) × (resource id or alias), joined by `/`;
 * - a section's is its id.
 *
 * Among the candidates that have a record, the one with the latest `at` wins; on a tie the live key wins
 * (then the first candidate in the order above). Everything is linear in the size of the curriculum (times
 * the number of aliases, which is small).
 */

/** The winning record of every live item that has one, keyed by its live key. */
export function resolveRecords(curriculum: Curriculum, records: ReadonlyMap<string, StatusRecord>): Map<string, StatusRecord> {
  const found = new Map<string, StatusRecord>();
  if (records.size === 0) return found;
  for (const section of curriculum.sections) {
    const sectionRecord = records.get(section.id);
    if (sectionRecord) found.set(section.id, sectionRecord);
    for (const topic of section.topics) {
      const topicKeys = topic.aliases.length === 0 ? [topic.id] : [topic.id, ...topic.aliases];
      let best: StatusRecord | undefined;
      for (const key of topicKeys) best = later(best, records.get(key));
      if (best) found.set(topic.id, best);
      for (const resource of topic.resources) {
        let bestResource = records.get(resource.ref);
        if (topicKeys.length > 1 || resource.aliases.length > 0) {
          for (const topicKey of topicKeys) {
            bestResource = later(bestResource, records.get(`${topicKey}/${resource.id}`));
            for (const alias of resource.aliases) bestResource = later(bestResource, records.get(`${topicKey}/${alias}`));
          }
        }
        if (bestResource) found.set(resource.ref, bestResource);
      }
    }
  }
  return found;
}

/**
 * Statuses by live key. `get` answers `todo` for any key that has no record, so it holds (and iterates)
 * only the items that have one: a curriculum of 50,000 resources with little progress costs a small map.
 */
export class StatusMap extends Map<string, Status> {
  override get(key: string): Status {
    return super.get(key) ?? 'todo';
  }
}

/**
 * The status of every live section, topic and resource, keyed by its live key (section id, topic id,
 * `TOPIC/RESOURCE`); `todo` for an item with no record (see `StatusMap`).
 */
export function resolveStatuses(curriculum: Curriculum, records: ReadonlyMap<string, StatusRecord>): StatusMap {
  return statusesOf(resolveRecords(curriculum, records));
}

/** The statuses of records already resolved to live keys (resolveRecords). */
export function statusesOf(records: ReadonlyMap<string, StatusRecord>): StatusMap {
  const out = new StatusMap();
  for (const [key, record] of records) out.set(key, record.status);
  return out;
}

/**
 * The keys of `records` that match no live item and no alias of one: progress for items that are no longer
 * in the curriculum (kept, and reported by `doctor`). Sorted.
 */
export function orphanRecords(curriculum: Curriculum, records: ReadonlyMap<string, unknown> | Iterable<string>): string[] {
  const known = new Set<string>();
  for (const section of curriculum.sections) {
    known.add(section.id);
    for (const topic of section.topics) {
      const topicKeys = [topic.id, ...topic.aliases];
      for (const key of topicKeys) known.add(key);
      for (const resource of topic.resources) {
        for (const topicKey of topicKeys) {
          known.add(`${topicKey}/${resource.id}`);
          for (const alias of resource.aliases) known.add(`${topicKey}/${alias}`);
        }
      }
    }
  }
  const keys = records instanceof Map ? records.keys() : (records as Iterable<string>);
  const orphans: string[] = [];
  for (const key of keys) if (!known.has(key)) orphans.push(key);
  return orphans.sort();
}

/** The later of two records; `current` (found first, so the live key or an earlier candidate) on a tie. */
function later(current: StatusRecord | undefined, candidate: StatusRecord | undefined): StatusRecord | undefined {
  if (!candidate) return current;
  if (!current) return candidate;
  return compareInstants(candidate.at, current.at) > 0 ? candidate : current;
}

/** Compares two ISO 8601 instants; written the same way (the usual case) they compare as strings. */
function compareInstants(a: string, b: string): number {
  if (a.length !== b.length || a[a.length - 1] !== b[b.length - 1]) {
    const difference = Date.parse(a) - Date.parse(b);
    if (!Number.isNaN(difference)) return difference;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
