import { buildCurriculumIndex, type CurriculumIndex } from '../curriculum/index.js';
import { editDistance } from '../curriculum/editDistance.js';
import type { Curriculum, Resource, Topic } from '../curriculum/types.js';

/** One line to write in the curriculum: the whole `aliases` line of an item, the former id added. */
export interface AliasEdit {
  /** The live item key: a topic id, or `TOPIC/RESOURCE`. */
  item: string;
  line: string;
}

export interface Successor {
  /** The live item key. */
  item: string;
  number: string;
  title: string;
  /**
   * What to write in the curriculum so the old records count for `item`: its topic's aliases line when the
   * old topic id is gone (records of a resource are matched through its topic's ids and aliases), then the
   * item's own when its id changed. Empty never: a successor needing nothing would not be an orphan.
   */
  carryOver: AliasEdit[];
}

/** The live item the orphaned key most likely became, or null when no id is close. */
export function likelySuccessor(curriculum: Curriculum, key: string): Successor | null {
  return likelySuccessors(curriculum, [key]).get(key) ?? null;
}

/**
 * The live item each orphaned key most likely became: the closest id of the same kind, by edit distance.
 * The advice is for all keys at once, so that following all of it gives a valid curriculum: an alias is
 * only advised where it is not a live id nor claimed elsewhere, a former topic id is carried to one topic
 * whichever key names it, and each aliases line holds the item's present aliases with every one advised.
 */
export function likelySuccessors(curriculum: Curriculum, keys: readonly string[]): Map<string, Successor | null> {
  const advice = new Advice(curriculum);
  const found = new Map<string, Match | null>();
  // Topics first: a resource's former topic id then goes where its topic's records go.
  for (const key of keys) if (!key.includes('/')) found.set(key, advice.topicFor(key));
  for (const key of keys) if (key.includes('/')) found.set(key, advice.resourceFor(key));
  const successors = new Map<string, Successor | null>();
  for (const key of keys) {
    const match = found.get(key);
    if (!match) {
      successors.set(key, null);
      continue;
    }
    const { topic, resource, topicRenamed, resourceRenamed } = match;
    const carryOver: AliasEdit[] = [];
    if (topicRenamed) carryOver.push(advice.aliasEdit(topic));
    if (resource && resourceRenamed) carryOver.push(advice.aliasEdit(resource));
    const item = resource ?? topic;
    successors.set(key, { item: resource ? resource.ref : topic.id, number: item.number, title: item.title, carryOver });
  }
  return successors;
}

/** What an orphaned key became, and which of its parts need an alias to be found again. */
interface Match {
  topic: Topic;
  resource?: Resource;
  topicRenamed: boolean;
  resourceRenamed: boolean;
}

/** The aliases advised so far, checked against the curriculum and each other. */
class Advice {
  private readonly index: CurriculumIndex;
  /** Former topic id → the topic advised to carry it. */
  private readonly topicOfFormerId = new Map<string, Topic>();
  /** `LIVE_TOPIC/FORMER_RESOURCE_ID` → the resource advised to carry it. */
  private readonly resourceOfFormerKey = new Map<string, Resource>();
  /** Live item key → aliases advised for it, in order. */
  private readonly added = new Map<string, string[]>();

  constructor(curriculum: Curriculum) {
    this.index = buildCurriculumIndex(curriculum);
  }

  /** The topic a former topic id most likely became, the alias advised; null when none is close. */
  topicFor(formerId: string): Match | null {
    const topic = this.closestTopic(formerId);
    if (!topic) return null;
    this.adviseTopicAlias(formerId, topic);
    return { topic, topicRenamed: true, resourceRenamed: false };
  }

  /** The resource `FORMER_TOPIC/FORMER_RESOURCE` most likely became, with its topic; null when none is close. */
  resourceFor(key: string): Match | null {
    const [topicPart = '', resourcePart = ''] = key.split('/');
    const live = this.index.findTopic(topicPart);
    const topic = live ?? this.topicOfFormerId.get(topicPart);
    if (topic) {
      const resource = this.resourceOfFormerKey.get(`${topic.id}/${resourcePart}`) ?? this.closestResource(resourcePart, topic.resources);
      if (!resource) return null;
      return { resource, topic, topicRenamed: !live, resourceRenamed: this.adviseResourceAlias(topic, resourcePart, resource) };
    }
    if (!this.canBeTopicAlias(topicPart)) return null;
    // The topic is gone too: the closest resource anywhere whose topic is close as well.
    let best: { resource: Resource; topic: Topic; distance: number } | undefined;
    for (const topic of this.index.topics) {
      const topicDistance = editDistance(topicPart, topic.id, limit(topicPart));
      if (topicDistance > limit(topicPart)) continue;
      const resource = this.closestResource(resourcePart, topic.resources);
      if (!resource) continue;
      const distance = topicDistance + nameDistance(resourcePart, resource);
      if (!best || distance < best.distance) best = { resource, topic, distance };
    }
    if (!best) return null;
    this.adviseTopicAlias(topicPart, best.topic);
    const resourceRenamed = this.adviseResourceAlias(best.topic, resourcePart, best.resource);
    return { resource: best.resource, topic: best.topic, topicRenamed: true, resourceRenamed };
  }

  /** The item's whole aliases line: the ones it has, then every one advised for it. */
  aliasEdit(item: Topic | Resource): AliasEdit {
    const key = 'ref' in item ? item.ref : item.id;
    return { item: key, line: `aliases: [${[...item.aliases, ...(this.added.get(key) ?? [])].join(', ')}]` };
  }

  private closestTopic(formerId: string): Topic | undefined {
    if (!this.canBeTopicAlias(formerId)) return undefined;
    let best: { topic: Topic; distance: number } | undefined;
    for (const topic of this.index.topics) {
      const distance = editDistance(formerId, topic.id, best ? best.distance : limit(formerId));
      if (distance <= limit(formerId) && (!best || distance < best.distance)) best = { topic, distance };
    }
    return best?.topic;
  }

  /** The closest of `resources` to a former resource id: one already answering to it wins outright. */
  private closestResource(formerId: string, resources: readonly Resource[]): Resource | undefined {
    let best: { resource: Resource; distance: number } | undefined;
    for (const resource of resources) {
      const distance = nameDistance(formerId, resource, best ? best.distance : limit(formerId));
      if (distance <= limit(formerId) && (!best || distance < best.distance)) best = { resource, distance };
    }
    return best?.resource;
  }

  /** A former topic id can be an alias unless a section or topic has it as id, or another topic as alias. */
  private canBeTopicAlias(formerId: string): boolean {
    return !this.index.sectionById.has(formerId) && !this.index.findTopic(formerId);
  }

  private adviseTopicAlias(formerId: string, topic: Topic): void {
    if (this.topicOfFormerId.has(formerId)) return;
    this.topicOfFormerId.set(formerId, topic);
    this.advise(topic.id, formerId);
  }

  /**
   * Advises `formerId` for `resource` unless it already answers to it (its topic alone was renamed). Whether
   * the resource needs the alias: false when it has that id or alias.
   */
  private adviseResourceAlias(topic: Topic, formerId: string, resource: Resource): boolean {
    if (resource.id === formerId || resource.aliases.includes(formerId)) return false;
    const key = `${topic.id}/${formerId}`;
    if (!this.resourceOfFormerKey.has(key)) {
      this.resourceOfFormerKey.set(key, resource);
      this.advise(resource.ref, formerId);
    }
    return true;
  }

  private advise(item: string, alias: string): void {
    const list = this.added.get(item) ?? [];
    if (!list.includes(alias)) list.push(alias);
    this.added.set(item, list);
  }
}

/** How far a former id may be from a live one to be taken for it: a few edits, more for long ids. */
function limit(formerId: string): number {
  return Math.max(3, Math.floor(formerId.length / 2));
}

/** Edit distance from a former id to a resource's id; 0 when the resource already has it as an alias. */
function nameDistance(formerId: string, resource: Resource, max = Number.POSITIVE_INFINITY): number {
  return resource.aliases.includes(formerId) ? 0 : editDistance(formerId, resource.id, max);
}
