/**
 * A Markdown roadmap → a curriculum (the shape of a schema 1 file), with a warning for everything left
 * out. Pure: text in, data out; the caller reads the file and writes the YAML. The mapping is documented
 * in curriculum/README.md ("From Markdown"); in short:
 *
 * - Sections: the outermost heading level at which more than one heading holds links.
 * - Topics, inside a section: its sub-headings; where there are none, list items that lead with bold
 *   text, rows of a table, and one topic for the links under a label (`📚 Resources:`) or under none.
 * - Resources: every http(s) link, once per topic.
 */

import { messages } from '../../messages/index.js';
import type { ResourceKind } from '../types.js';
import { asciiWords, normaliseTitle, shortHash, slugOfTitle, slugOfUrl, slugOfWords, uniqueIds, withoutOrdinal } from './ids.js';
import { guessLanguage } from './language.js';
import { clean, quote, readMarkdown, type FoundLink, type LeadItem, type ListLabel, type TableRow, type Unit } from './readMarkdown.js';
import { kindOfUrl } from './resourceKind.js';

export interface ConvertOptions {
  /** How to name the file in warnings; its name is also the curriculum's id when the first heading gives none. */
  fileName: string;
  /** The file's full path, when known: a README is named by its folder, however the user wrote the path. */
  path?: string;
  id?: string;
  title?: string;
  language?: string;
  /** Each topic requires the one before it. */
  sequential?: boolean;
}

export interface DocumentResource {
  id: string;
  title: string;
  url: string;
  kind: ResourceKind;
  optional?: true;
}

export interface DocumentTopic {
  id: string;
  title: string;
  summary?: string;
  requires?: string[];
  resources: DocumentResource[];
}

export interface DocumentSection {
  id: string;
  title: string;
  summary?: string;
  topics: DocumentTopic[];
}

/** A curriculum as its YAML file holds it (keys in the order they are written). */
export interface CurriculumDocument {
  schema: 1;
  id: string;
  title: string;
  language?: string;
  description?: string;
  sections: DocumentSection[];
}

export interface ConversionWarning {
  file: string;
  line: number;
  message: string;
}

export type Conversion =
  | { document: CurriculumDocument; warnings: ConversionWarning[] }
  | { document: null; warnings: ConversionWarning[]; problem: string };

/** A summary is one or two sentences; a long paragraph is cut. */
const MAX_SUMMARY = 280;
/** The title of a section's links that are under no topic, by language. */
const REFERENCES_TITLE: Record<string, string> = { zh: '參考資料', 'zh-CN': '参考资料', ja: '参考資料', en: 'References' };
/** Link texts that say nothing about the page: the text around the link names it instead. */
const GENERIC_LINK_TEXTS = new Set(
  ['link', 'links', 'here', 'this', 'this link', 'click here', 'article', 'tweet', 'video', 'paper', 'source', 'code', 'website', 'site', 'blog',
    'pdf', 'slides', 'read', 'read more', 'more', 'repo', 'github', 'notebook', 'notebooks', 'videos', 'articles', 'colab', 'open in colab', 'download', 'docs', 'documentation',
    '連結', '链接', '這裡', '这里', '文章', '影片', '视频', '論文', '论文', '點此', '点此', '網址', '网址'],
);
/** Table headers whose column lists each row's prerequisites. */
const PREREQUISITE_HEADER = /prereq|prerequisite|requires|required|depends|先修|先備|前置|前提/i;

interface ResourceDraft {
  url: string;
  title: string;
  line: number;
  optional: boolean;
  /** For a row's other links: the id wanted, `ROW-WHAT` (a title cut to its first words could not tell them apart). */
  idBase?: string;
}

interface TopicDraft {
  title: string;
  summary?: string;
  line: number;
  /** heading, lead (bold lead-in), row (of a table), label or loose (links under no topic). */
  source: 'heading' | 'lead' | 'row' | 'label' | 'loose';
  resources: ResourceDraft[];
  byUrl: Map<string, ResourceDraft>;
  /** A table row's prerequisites as written, with the row's table. */
  prerequisites?: { entries: string[]; line: number; table: TopicDraft[] };
  requires: TopicDraft[];
  id?: string;
}

interface SectionDraft {
  title: string;
  summary?: string;
  line: number;
  topics: TopicDraft[];
  loose?: TopicDraft;
  labels: Map<ListLabel, TopicDraft>;
  leads: Map<LeadItem, TopicDraft>;
  id?: string;
  /** The one section of a document with no heading that holds links: named after the document. */
  implicit?: boolean;
}

export function convertMarkdown(text: string, options: ConvertOptions): Conversion {
  return new Converter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options).convert();
}

class Converter {
  private readonly warnings: ConversionWarning[] = [];
  private readonly units: Unit[];
  private readonly language: string | undefined;
  private readonly sections: SectionDraft[] = [];

  constructor(
    private readonly text: string,
    private readonly options: ConvertOptions,
  ) {
    const read = readMarkdown(text);
    this.units = read.units;
    for (const dropped of read.dropped) this.warn(dropped.line, dropped.message);
    this.language = options.language ?? guessLanguage(this.units.map((unit) => ('text' in unit ? unit.text : '')).join('\n').slice(0, 200_000));
  }

  convert(): Conversion {
    const sectionLevel = this.sectionLevel();
    let description: string | undefined;
    /** The description is the text before any heading, or right under the title's heading. */
    let afterTitle = true;
    const titleHeading = this.units.find((unit) => unit.type === 'heading');
    let section: SectionDraft | undefined;
    let topic: TopicDraft | undefined;
    let topicLevel: number | undefined;
    /** What the next paragraph would be the summary of. */
    let awaitingSummary: { summary?: string } | undefined;
    const holdsLinks = this.headingsHoldingLinks();
    if (sectionLevel === undefined) {
      section = this.openSection(this.documentTitle() ?? this.fileTitle(), 1);
      section.implicit = true;
    }

    for (let index = 0; index < this.units.length; index++) {
      const unit = this.units[index]!;
      if (unit.type === 'heading') afterTitle = unit === titleHeading;
      if (unit.type === 'heading' && sectionLevel !== undefined && unit.level <= sectionLevel) {
        topic = undefined;
        topicLevel = undefined;
        awaitingSummary = undefined;
        if (unit.level < sectionLevel) {
          section = undefined;
          if (!holdsLinks.has(unit)) this.warn(unit.line, messages().convert.headingWithoutLinks({ heading: quote(unit.text) }));
          else if (unit !== titleHeading) this.warn(unit.line, messages().convert.headingOnlyGroups({ heading: quote(unit.text) }));
          this.leaveOut(unit.links, messages().convert.reasons.outsideSections);
          continue;
        }
        section = this.openSection(unit.text, unit.line);
        awaitingSummary = section;
        if (unit.links.length > 0) this.addLinks(this.looseTopic(section), unit.links, unit.text);
        continue;
      }
      if (unit.type === 'heading') {
        if (!section) {
          this.leaveOut(unit.links, messages().convert.reasons.outsideSections);
          continue;
        }
        if (topicLevel === undefined || unit.level <= topicLevel) {
          topicLevel = unit.level;
          topic = this.newTopic(section, unit.text, unit.line, 'heading');
          awaitingSummary = topic;
        }
        this.addLinks(topic!, unit.links, unit.text);
        continue;
      }
      if (awaitingSummary && unit.type === 'paragraph' && !unit.inList && !this.isLabel(unit, index)) {
        if (!/[\p{L}\p{N}]/u.test(unit.text) && unit.links.length === 0) continue; // an image alone
        awaitingSummary.summary = summaryOf(unit.text);
      }
      awaitingSummary = undefined;
      if (!section) {
        if (afterTitle && description === undefined && unit.type === 'paragraph' && !unit.inList && /\p{L}/u.test(unit.text)) description = summaryOf(unit.text);
        this.leaveOut(unit.links, messages().convert.reasons.outsideSections);
        continue;
      }
      this.place(unit, section, topic);
    }
    return this.finish(description);
  }

  /** Puts a unit's links (or a table's rows) where they belong in `section`. */
  private place(unit: Unit, section: SectionDraft, headingTopic: TopicDraft | undefined): void {
    if (unit.type === 'table') {
      this.table(unit, section, headingTopic);
      return;
    }
    let target = headingTopic;
    if (!target && unit.lead) {
      target = section.leads.get(unit.lead);
      if (!target) {
        target = this.newTopic(section, unit.lead.title, unit.lead.line, 'lead');
        if (unit.lead.summary) target.summary = summaryOf(unit.lead.summary);
        section.leads.set(unit.lead, target);
      }
    }
    if (unit.links.length === 0) return;
    if (!target && unit.label) {
      target = section.labels.get(unit.label);
      if (!target) {
        target = this.newTopic(section, unit.label.title, unit.label.line, 'label');
        section.labels.set(unit.label, target);
      }
    }
    this.addLinks(target ?? this.looseTopic(section), unit.links, unit.text);
  }

  /**
   * A table: each row a resource of the topic it is in, or, directly in a section (or with a column of
   * prerequisites), a topic of its own. In a row, the first link is the resource; the others are
   * alternatives, kept as optional resources.
   */
  private table(unit: Extract<Unit, { type: 'table' }>, section: SectionDraft, headingTopic: TopicDraft | undefined): void {
    const prerequisiteColumn = unit.header.findIndex((header) => PREREQUISITE_HEADER.test(header));
    const rowsAreTopics = prerequisiteColumn >= 0 || (!headingTopic && !unit.lead);
    const tableTopics: TopicDraft[] = [];
    const linkColumns = new Set(unit.rows.flatMap((row) => row.cells.flatMap((cell, column) => (cell.linked ? [column] : []))));
    for (const row of unit.rows) {
      const title = rowTitle(row, prerequisiteColumn);
      const links = row.cells.flatMap((cell, column) => (column === prerequisiteColumn ? [] : cell.links));
      if (!rowsAreTopics) {
        if (links.length === 0) {
          this.warn(row.line, messages().convert.rowWithoutLinks({ row: quote(title ?? '') }));
          continue;
        }
        this.addRowLinks(headingTopic ?? section.leads.get(unit.lead!) ?? this.looseTopic(section), links, title);
        continue;
      }
      if (!title && links.length === 0) {
        this.warn(row.line, messages().convert.emptyRow);
        continue;
      }
      const topic = this.newTopic(section, title ?? links[0]!.text ?? links[0]!.url, row.line, 'row');
      const summary = rowSummary(row, title, prerequisiteColumn, linkColumns);
      if (summary) topic.summary = summaryOf(summary);
      this.addRowLinks(topic, links, title);
      const prerequisites = prerequisiteColumn >= 0 ? splitPrerequisites(row.cells[prerequisiteColumn]?.text ?? '') : [];
      if (prerequisites.length > 0) topic.prerequisites = { entries: prerequisites, line: row.line, table: tableTopics };
      tableTopics.push(topic);
    }
  }

  private addRowLinks(topic: TopicDraft, links: FoundLink[], rowName: string | undefined): void {
    const [first, ...others] = links;
    if (!first) return;
    const name = rowName ?? (meaningful(first) ? first.text : undefined);
    // The link's own text names the page best; `Article` or a bare URL says nothing, and the row's name does.
    const firstTitle = meaningful(first) ? first.text : (name ?? titleFromUrl(first.url));
    this.addResource(topic, { url: first.url, title: firstTitle, line: first.line, optional: false });
    for (const link of others) {
      const what = meaningful(link) ? link.text : kindOfUrl(link.url);
      const idBase = name ? [slugOfTitle(name), slugOfTitle(what)].filter(Boolean).join('-') : undefined;
      this.addResource(topic, {
        url: link.url,
        title: name ? `${name} — ${what}` : meaningful(link) ? link.text : titleFromUrl(link.url),
        line: link.line,
        optional: true,
        ...(idBase && /[a-z]/.test(idBase) ? { idBase } : {}),
      });
    }
  }

  private addLinks(topic: TopicDraft, links: FoundLink[], context: string): void {
    for (const link of links) this.addResource(topic, { url: link.url, title: linkTitle(link, context), line: link.line, optional: false });
  }

  private addResource(topic: TopicDraft, resource: ResourceDraft): void {
    const url = usableUrl(resource.url);
    if (!url) {
      this.warn(resource.line, messages().convert.linkLeftOut({ url: quote(resource.url), reason: messages().convert.reasons.notOpenable }));
      return;
    }
    const first = topic.byUrl.get(url);
    if (first) {
      this.warn(resource.line, messages().convert.linkRepeated({ url: quote(url), topic: quote(topic.title), line: first.line }));
      return;
    }
    const kept = { ...resource, url };
    topic.byUrl.set(url, kept);
    topic.resources.push(kept);
  }

  private leaveOut(links: FoundLink[], reason: string): void {
    for (const link of links) this.warn(link.line, messages().convert.linkLeftOut({ url: quote(link.url), reason }));
  }

  private openSection(title: string, line: number): SectionDraft {
    const section: SectionDraft = { title: headingTitle(title), line, topics: [], labels: new Map(), leads: new Map() };
    this.sections.push(section);
    return section;
  }

  private newTopic(section: SectionDraft, title: string, line: number, source: TopicDraft['source']): TopicDraft {
    const topic: TopicDraft = { title: (source === 'heading' || source === 'row' ? headingTitle(title) : title) || '…', line, source, resources: [], byUrl: new Map(), requires: [] };
    section.topics.push(topic);
    return topic;
  }

  /** The topic of a section's links that are under no other topic, placed where the first of them is. */
  private looseTopic(section: SectionDraft): TopicDraft {
    section.loose ??= this.newTopic(section, REFERENCES_TITLE[this.language ?? ''] ?? REFERENCES_TITLE[this.language?.split('-')[0] ?? ''] ?? 'References', section.line, 'loose');
    return section.loose;
  }

  /** Whether a paragraph is the label of the list after it (and so no summary). */
  private isLabel(unit: Unit, index: number): boolean {
    const next = this.units[index + 1];
    return next?.label !== undefined && next.label.line === unit.line;
  }

  /** Headings under which (at any depth) there is at least one link. */
  private headingsHoldingLinks(): Set<Unit> {
    const holding = new Set<Unit>();
    const open: Array<Extract<Unit, { type: 'heading' }>> = [];
    const close = (level: number) => {
      while (open.length > 0 && open.at(-1)!.level >= level) {
        const closed = open.pop()!;
        if (holding.has(closed) && open.length > 0) holding.add(open.at(-1)!);
      }
    };
    for (const unit of this.units) {
      if (unit.type === 'heading') {
        close(unit.level);
        open.push(unit);
      }
      if (unit.links.length > 0 && open.length > 0) holding.add(open.at(-1)!);
    }
    close(0);
    return holding;
  }

  /** The outermost level at which more than one heading holds links; else at which one does. */
  private sectionLevel(): number | undefined {
    const holding = this.headingsHoldingLinks();
    const counts = [0, 0, 0, 0, 0, 0, 0];
    for (const heading of holding) if (heading.type === 'heading') counts[heading.level]!++;
    const repeated = counts.findIndex((count) => count > 1);
    if (repeated > 0) return repeated;
    const single = counts.findIndex((count) => count > 0);
    return single > 0 ? single : undefined;
  }

  private documentTitle(): string | undefined {
    for (const unit of this.units) {
      if (unit.type === 'heading' && unit.text) return unit.text;
      if (unit.type === 'html' && unit.headings[0]) return unit.headings[0];
    }
    return undefined;
  }

  /** The file's name without its folder and extension; a README or index is named by its folder. */
  private fileTitle(): string {
    const parts = (this.options.path ?? this.options.fileName).split(/[\\/]/).filter((part) => part !== '' && part !== '.');
    let name = (parts.at(-1) ?? 'roadmap').replace(/\.(md|markdown|mdown|mkd)$/i, '');
    if (/^(readme|index)$/i.test(name) && parts.length > 1 && parts.at(-2) !== '..') name = parts.at(-2)!;
    return name || 'roadmap';
  }

  private finish(description: string | undefined): Conversion {
    const sections = this.sections.filter((section) => {
      section.topics = section.topics.filter((topic) => {
        if (topic.source !== 'heading' || topic.resources.length > 0) return true;
        this.warn(topic.line, messages().convert.headingWithoutLinks({ heading: quote(topic.title) }));
        return false;
      });
      if (section.topics.length > 0) return true;
      if (!section.implicit) this.warn(section.line, messages().convert.headingWithoutLinks({ heading: quote(section.title) }));
      return false;
    });
    this.warnings.sort((a, b) => a.line - b.line);
    if (sections.length === 0) {
      return { document: null, warnings: this.warnings, problem: messages().convert.nothingToConvert({ file: this.options.fileName }) };
    }
    this.assignIds(sections);
    this.resolveRequirements(sections);
    const title = this.options.title ?? this.documentTitle() ?? this.fileTitle();
    const document: CurriculumDocument = {
      schema: 1,
      id: this.options.id ?? this.curriculumId(),
      title,
      ...(this.language ? { language: this.language } : {}),
      ...(description ? { description } : {}),
      sections: sections.map((section) => ({
        id: section.id!,
        title: section.title || '…',
        ...(section.summary ? { summary: section.summary } : {}),
        topics: section.topics.map((topic) => this.documentTopic(topic)),
      })),
    };
    this.warnings.sort((a, b) => a.line - b.line);
    return { document, warnings: this.warnings };
  }

  private documentTopic(topic: TopicDraft): DocumentTopic {
    const ids = uniqueIds(
      topic.resources.map((resource) => ({
        base: resource.idBase ?? slugOfTitle(resource.title) ?? slugOfUrl(resource.url) ?? `r-${shortHash(resource.url)}`,
        distinct: resource.url,
        context: '',
      })),
    );
    return {
      id: topic.id!,
      title: topic.title,
      ...(topic.summary ? { summary: topic.summary } : {}),
      ...(topic.requires.length > 0 ? { requires: topic.requires.map((required) => required.id!) } : {}),
      resources: topic.resources.map((resource, i) => ({
        id: ids[i]!,
        title: resource.title,
        url: resource.url,
        kind: kindOfUrl(resource.url),
        ...(resource.optional ? { optional: true as const } : {}),
      })),
    };
  }

  /**
   * Ids from titles, never positions (see ids.ts). The topic of a label or of loose links has a title
   * many sections share (`References`), so its id is its section's id and the label: adding a link to
   * one section never renames another section's topic.
   */
  private assignIds(sections: SectionDraft[]): void {
    const sectionIds = uniqueIds(
      sections.map((section) => ({ base: slugOfTitle(section.title) ?? `s-${shortHash(normaliseTitle(section.title))}`, distinct: normaliseTitle(section.title), context: '' })),
    );
    sections.forEach((section, i) => (section.id = sectionIds[i]));
    const topics = sections.flatMap((section) => section.topics.map((topic) => ({ topic, section })));
    const topicIds = uniqueIds(
      topics.map(({ topic, section }) => {
        const slug = slugOfTitle(topic.title);
        const base =
          topic.source === 'label' || topic.source === 'loose'
            ? `${section.id}-${slug ?? shortHash(normaliseTitle(topic.title), 4)}`
            : (slug ?? `t-${shortHash(normaliseTitle(topic.title))}`);
        return { base, distinct: normaliseTitle(topic.title), context: normaliseTitle(section.title) };
      }),
      new Set(sectionIds),
    );
    topics.forEach(({ topic }, i) => (topic.id = topicIds[i]));
  }

  private curriculumId(): string {
    const heading = this.documentTitle();
    const fromHeading = heading === undefined ? undefined : slugOfTitle(heading);
    if (fromHeading) return fromHeading;
    const fileTitle = this.fileTitle();
    return slugOfWords(asciiWords(fileTitle)) ?? `c-${shortHash(normaliseTitle(heading ?? fileTitle))}`;
  }

  /** A table's prerequisites become `requires`; `--sequential` adds the topic before; no cycle is kept. */
  private resolveRequirements(sections: SectionDraft[]): void {
    const topics = sections.flatMap((section) => section.topics);
    const byName = new Map<string, TopicDraft>();
    for (const topic of topics) {
      for (const name of [normaliseTitle(topic.title), topic.id!]) if (name && !byName.has(name)) byName.set(name, topic);
    }
    for (const topic of topics) {
      if (!topic.prerequisites) continue;
      const { entries, line, table } = topic.prerequisites;
      for (const entry of entries) {
        const required = findRow(entry, table) ?? byName.get(normaliseTitle(entry)) ?? byName.get(slugOfTitle(entry) ?? '');
        if (!required) this.warn(line, messages().convert.prerequisiteUnknown({ prerequisite: quote(entry), topic: quote(topic.title) }));
        else if (required === topic) this.warn(line, messages().convert.prerequisiteItself({ prerequisite: quote(entry), topic: quote(topic.title) }));
        else if (!topic.requires.includes(required)) topic.requires.push(required);
      }
    }
    if (this.options.sequential) {
      topics.forEach((topic, i) => {
        const previous = topics[i - 1];
        if (previous && !topic.requires.includes(previous)) topic.requires.push(previous);
      });
    }
    this.breakCycles(topics);
  }

  /** Drops each requirement that closes a cycle (a table whose rows require each other), with a warning. */
  private breakCycles(topics: TopicDraft[]): void {
    const state = new Map<TopicDraft, 'visiting' | 'done'>();
    const visit = (start: TopicDraft) => {
      // Iterative depth-first walk: a long --sequential chain must not exhaust the stack.
      const stack: Array<{ topic: TopicDraft; next: number }> = [{ topic: start, next: 0 }];
      state.set(start, 'visiting');
      while (stack.length > 0) {
        const frame = stack.at(-1)!;
        const required = frame.topic.requires[frame.next];
        if (required === undefined) {
          state.set(frame.topic, 'done');
          stack.pop();
          continue;
        }
        if (state.get(required) === 'visiting') {
          frame.topic.requires.splice(frame.next, 1);
          this.warn(frame.topic.prerequisites?.line ?? frame.topic.line, messages().convert.prerequisiteCycle({ prerequisite: quote(required.title), topic: quote(frame.topic.title) }));
          continue;
        }
        frame.next++;
        if (state.get(required) === undefined) {
          state.set(required, 'visiting');
          stack.push({ topic: required, next: 0 });
        }
      }
    };
    for (const topic of topics) if (!state.has(topic)) visit(topic);
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ file: this.options.fileName, line, message });
  }
}

/** A row's name: its first cell (outside the prerequisites) with a letter in it. */
function rowTitle(row: TableRow, prerequisiteColumn: number): string | undefined {
  const cell = row.cells.find((candidate, column) => column !== prerequisiteColumn && /\p{L}/u.test(candidate.text));
  return cell ? withoutLeadingSymbols(cell.text) : undefined;
}

/** A row's description: its first cell with text in a column of text (no links, no prerequisites). */
function rowSummary(row: TableRow, title: string | undefined, prerequisiteColumn: number, linkColumns: ReadonlySet<number>): string | undefined {
  for (const [column, cell] of row.cells.entries()) {
    if (column === prerequisiteColumn || linkColumns.has(column) || withoutLeadingSymbols(cell.text) === title) continue;
    if (/\p{L}/u.test(cell.text)) return cell.text;
  }
  return undefined;
}

function findRow(entry: string, table: TopicDraft[]): TopicDraft | undefined {
  const name = normaliseTitle(entry);
  return table.find((topic) => normaliseTitle(topic.title) === name);
}

/** `A, B; C、D and E` → its entries; `-`, `none`, `無` → none. */
function splitPrerequisites(text: string): string[] {
  return text
    .split(/\s*(?:[,;、，；]|\band\b|&)\s*/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !/^(?:[-–—]+|none|n\/a|無|无|なし)$/i.test(entry));
}

function meaningful(link: FoundLink): boolean {
  const text = link.text;
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  if (/^(?:https?:\/\/|www\.)/i.test(text) || text === link.url) return false;
  return !GENERIC_LINK_TEXTS.has(text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '').trim());
}

/** The link's text; for a bare URL or `here`, the text around it (the list item's, the paragraph's). */
function linkTitle(link: FoundLink, context: string): string {
  if (meaningful(link)) return link.text;
  const around = withoutLeadingSymbols(context.replace(link.text, ' ').replace(/\(\s*\)|（\s*）|\[\s*\]/gu, ' ').replace(/\s+/g, ' '))
    .replace(/[\s:：\-–—|,，、(（]+$/u, '')
    .trim();
  const word = /[\p{L}\p{N}]/u.test(link.text) && !/^(?:https?:\/\/|www\.)/i.test(link.text) ? link.text : undefined;
  // `Python for data science (notebooks)`: the item names the page, the word says which of its links.
  if (/[\p{L}\p{N}]/u.test(around)) return word ? `${cut(around, 80)} — ${word}` : cut(around, 100);
  return word ?? titleFromUrl(link.url);
}

/** `example.com/some/page` for a link with nothing else to name it. */
function titleFromUrl(url: string): string {
  try {
    const parsed = new URL(url);
    let path = parsed.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      /* kept encoded */
    }
    return cut(`${parsed.hostname.replace(/^www\./, '')}${path === '/' ? '' : path}`, 100);
  } catch {
    return cut(url, 100);
  }
}

/**
 * The URL as a curriculum can hold it: the file's own text when a browser can open it; a space or control
 * character (possible in `<…>` destinations and HTML) percent-encoded; undefined when still unusable.
 */
function usableUrl(url: string): string | undefined {
  const encoded = url.replace(/[\s\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (character) => encodeURIComponent(character));
  return /^https?:\/\/./i.test(encoded) && URL.canParse(encoded) ? encoded : undefined;
}

function summaryOf(text: string): string | undefined {
  const summary = clean(text);
  return summary ? cut(summary, MAX_SUMMARY) : undefined;
}

function cut(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('').trimEnd()}…`;
}

/** A title without the number it was given (`1. Introduction`): roadmap numbers sections and topics itself. */
function headingTitle(title: string): string {
  return withoutOrdinal(title).trim() || title;
}

/** Emoji and bullets before a title (`🧐 LLM AutoEval`), and its leading ordinal kept out of nothing else. */
function withoutLeadingSymbols(text: string): string {
  return text.replace(/^[^\p{L}\p{N}[(（]+/u, '').trim() || withoutOrdinal(text).trim();
}
