/**
 * The rules a JSON Schema cannot state: unique ids, what `requires` and `aliases` may name, cycles,
 * urls a browser can open, repeated urls. They run on whatever parts of the file are well-formed, so one mistake does not hide
 * the others.
 */

import { messages } from '../messages/index.js';
import { findCycles } from './cycles.js';
import { closest, quote } from './describe.js';
import type { Located, OutlineSection, OutlineTopic } from './outline.js';
import type { SourcePositions } from './positions.js';
import { indexIds, type IdIndex } from './requirements.js';
import type { RawProblem } from './yamlDocument.js';

export interface SemanticResult {
  problems: RawProblem[];
  warnings: RawProblem[];
  index: IdIndex;
}

/** Past this many unknown `requires` entries, stop looking for close ids (each search reads every id). */
const MAX_SUGGESTIONS = 100;

export function checkSemantics(sections: OutlineSection[], positions: SourcePositions): SemanticResult {
  const checks = new SemanticChecks(sections, positions);
  checks.run();
  return { problems: checks.problems, warnings: checks.warnings, index: checks.index };
}

class SemanticChecks {
  readonly problems: RawProblem[] = [];
  readonly warnings: RawProblem[] = [];
  readonly index: IdIndex;
  private readonly topics: OutlineTopic[];
  /** Every topic alias, first use wins. */
  private readonly topicAliases = new Map<string, { topic: OutlineTopic; offset: number }>();
  private suggestionsLeft = MAX_SUGGESTIONS;

  constructor(
    private readonly sections: OutlineSection[],
    private readonly positions: SourcePositions,
  ) {
    this.index = indexIds(sections);
    this.topics = sections.flatMap((section) => section.topics);
  }

  run(): void {
    this.checkDuplicateIds();
    this.checkTopicAliases();
    for (const topic of this.topics) this.checkResources(topic);
    for (const topic of this.topics) this.checkRequires(topic);
    this.problems.push(...findCycles(this.index));
    this.checkUrlsParse();
    this.checkDuplicateUrls();
  }

  private line(offset: number): number {
    return this.positions.line(offset);
  }

  /** Sections and topics share one namespace: a REF names either. */
  private checkDuplicateIds(): void {
    for (const section of this.sections) {
      this.checkFirstUse(section.id, this.firstOffsetOf(section.id?.value));
      for (const topic of section.topics) this.checkFirstUse(topic.id, this.firstOffsetOf(topic.id?.value));
    }
  }

  private firstOffsetOf(id: string | undefined): number | undefined {
    if (id === undefined) return undefined;
    return (this.index.sections.get(id) ?? this.index.topics.get(id))?.id?.offset;
  }

  private checkFirstUse(id: Located<string> | undefined, firstOffset: number | undefined): void {
    if (id === undefined || firstOffset === undefined || firstOffset === id.offset) return;
    this.problems.push({ offset: id.offset, message: messages().curriculum.semantic.duplicateId({ id: quote(id.value), line: this.line(firstOffset) }) });
  }

  private liveIdKind(id: string): { kind: 'section' | 'topic'; offset: number } | undefined {
    const section = this.index.sections.get(id);
    if (section?.id) return { kind: 'section', offset: section.id.offset };
    const topic = this.index.topics.get(id);
    if (topic?.id) return { kind: 'topic', offset: topic.id.offset };
    return undefined;
  }

  /** An alias carries progress from a former id; it must not be in use, nor claimed twice. */
  private checkTopicAliases(): void {
    for (const topic of this.topics) {
      for (const alias of topic.aliases) {
        const live = this.liveIdKind(alias.value);
        if (live) {
          this.problems.push({ offset: alias.offset, message: aliasOfLiveIdMessage(alias.value, live.kind, this.line(live.offset)) });
          continue;
        }
        const first = this.topicAliases.get(alias.value);
        if (first) {
          this.problems.push({ offset: alias.offset, message: messages().curriculum.semantic.duplicateAlias({ alias: quote(alias.value), line: this.line(first.offset) }) });
          continue;
        }
        this.topicAliases.set(alias.value, { topic, offset: alias.offset });
      }
    }
  }

  /** Resource ids and aliases are unique within their topic (a resource is named TOPIC/RESOURCE). */
  private checkResources(topic: OutlineTopic): void {
    const ids = new Map<string, number>();
    for (const resource of topic.resources) {
      if (!resource.id) continue;
      const first = ids.get(resource.id.value);
      if (first === undefined) ids.set(resource.id.value, resource.id.offset);
      else this.problems.push({ offset: resource.id.offset, message: messages().curriculum.semantic.duplicateResourceId({ id: quote(resource.id.value), topic: quote(topic.id?.value ?? '?'), line: this.line(first) }) });
    }
    const aliases = new Map<string, number>();
    for (const alias of topic.resources.flatMap((resource) => resource.aliases)) {
      const live = ids.get(alias.value);
      const first = aliases.get(alias.value);
      if (live !== undefined) this.problems.push({ offset: alias.offset, message: aliasOfLiveIdMessage(alias.value, 'resource', this.line(live)) });
      else if (first !== undefined) this.problems.push({ offset: alias.offset, message: messages().curriculum.semantic.duplicateAlias({ alias: quote(alias.value), line: this.line(first) }) });
      else aliases.set(alias.value, alias.offset);
    }
  }

  private checkRequires(topic: OutlineTopic): void {
    for (const entry of topic.requires) {
      if (this.index.topics.has(entry.value)) continue; // requiring itself is a cycle, found with the others
      const section = this.index.sections.get(entry.value);
      if (section === topic.section) {
        this.problems.push({ offset: entry.offset, message: messages().curriculum.semantic.requiresOwnSection({ id: quote(entry.value) }) });
      } else if (!section) {
        this.problems.push({ offset: entry.offset, message: this.unknownRequirementMessage(entry.value) });
      }
    }
  }

  private unknownRequirementMessage(id: string): string {
    const renamed = this.topicAliases.get(id)?.topic.id?.value;
    if (renamed !== undefined) return messages().curriculum.semantic.requiresFormerId({ id: quote(id), renamed: quote(renamed) });
    let hint = '';
    if (this.suggestionsLeft > 0) {
      this.suggestionsLeft--;
      const suggestion = closest(id, [...this.index.sections.keys(), ...this.index.topics.keys()]);
      if (suggestion !== undefined) hint = messages().curriculum.didYouMean({ suggestion: quote(suggestion) });
    }
    return messages().curriculum.semantic.requiresUnknown({ id: quote(id), hint });
  }

  /**
   * The schema's pattern checks the shape (http(s)://, no spaces, no control characters); the URL parser
   * a browser uses finds the rest: a bad host (`https://ex^ample.com`), an unclosed `[`, a port past 65535.
   */
  private checkUrlsParse(): void {
    for (const topic of this.topics) {
      for (const resource of topic.resources) {
        if (resource.url && !URL.canParse(resource.url.value)) {
          this.problems.push({ offset: resource.url.offset, message: messages().curriculum.semantic.urlNotOpenable({ url: quote(resource.url.value) }) });
        }
      }
    }
  }

  /** A warning only: the same page listed twice is usually a slip, but may be meant. */
  private checkDuplicateUrls(): void {
    const firstUse = new Map<string, number>();
    for (const topic of this.topics) {
      for (const resource of topic.resources) {
        if (!resource.url) continue;
        const first = firstUse.get(resource.url.value);
        if (first === undefined) firstUse.set(resource.url.value, resource.url.offset);
        else this.warnings.push({ offset: resource.url.offset, message: messages().curriculum.semantic.duplicateUrl({ url: quote(resource.url.value), line: this.line(first) }) });
      }
    }
  }
}

function aliasOfLiveIdMessage(alias: string, kind: 'section' | 'topic' | 'resource', line: number): string {
  return messages().curriculum.semantic.aliasIsLiveId({ alias: quote(alias), noun: messages().curriculum.nouns[kind], line });
}
