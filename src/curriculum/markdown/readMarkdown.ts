/**
 * Markdown text → the pieces a curriculum is made of (headings, paragraphs, tables, HTML), each with its
 * line and its links, in document order. markdown-it parses (CommonMark with GitHub's tables and
 * autolinks); this file only walks its tokens. What cannot become a resource (an image, a relative link)
 * is reported here, with its line.
 */

import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import { htmlPieces } from './htmlTags.js';
import { messages } from '../../messages/index.js';


export interface FoundLink {
  /** The address as written (character references and backslash escapes resolved). */
  url: string;
  /** The link's text; for a link around an image only, the image's alt text. */
  text: string;
  line: number;
  /** The link holds an image and no text (a badge, an "Open in Colab" button). */
  imageOnly: boolean;
}

/** A list item that leads with bold text (`* **Tokenization**: …`): a topic. Shared by every unit inside it. */
export interface LeadItem {
  title: string;
  summary: string;
  line: number;
}

/** A short paragraph ending in a colon, right before a list (`📚 Resources:`): names that list's links. */
export interface ListLabel {
  title: string;
  line: number;
}

export interface TableCell {
  text: string;
  links: FoundLink[];
  /** The cell holds a link, even one left out (a relative one). */
  linked: boolean;
}

export interface TableRow {
  line: number;
  cells: TableCell[];
}

interface Placement {
  /** Inside a list. */
  inList: boolean;
  lead?: LeadItem;
  /** The unit is the first paragraph of its lead item. */
  leadHead?: boolean;
  label?: ListLabel;
}

export type Unit =
  | ({ type: 'heading'; level: number; text: string; line: number; links: FoundLink[] } & Placement)
  | ({ type: 'paragraph'; text: string; line: number; links: FoundLink[] } & Placement)
  | ({ type: 'table'; line: number; header: string[]; rows: TableRow[]; links: FoundLink[] } & Placement)
  | ({ type: 'html'; text: string; line: number; links: FoundLink[]; headings: string[] } & Placement);

export interface Dropped {
  line: number;
  message: string;
}

export interface ReadMarkdown {
  units: Unit[];
  dropped: Dropped[];
}

let parser: MarkdownIt | undefined;

function markdownParser(): MarkdownIt {
  if (parser) return parser;
  parser = markdownIt({ html: true, linkify: true });
  // Bare `example.com` is not a link on GitHub either; only what starts with a scheme or www.
  parser.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  // Keep addresses as their author wrote them (non-ASCII included): the curriculum's URL is the one in the file.
  parser.normalizeLink = (url: string) => url;
  return parser;
}

export function readMarkdown(source: string): ReadMarkdown {
  return new Reader().read(markdownParser().parse(source, {}));
}

/** A link whose end has not been read yet. */
interface OpenLink {
  url: string;
  /** Where its text starts in the text read so far. */
  start: number;
  line: number;
  image: boolean;
  imageAlt?: string;
  imageSrc?: string;
}

interface OpenItem {
  lead?: LeadItem;
  first: boolean;
}

interface InlineRead {
  text: string;
  links: FoundLink[];
  linked: boolean;
  /** The bold text the inline content leads with, and the text after it. */
  lead?: { title: string; rest: string };
}

class Reader {
  private readonly units: Unit[] = [];
  private readonly dropped: Dropped[] = [];
  private readonly items: OpenItem[] = [];
  private listDepth = 0;
  private label: ListLabel | undefined;
  private pendingLabel: ListLabel | undefined;

  read(tokens: Token[]): ReadMarkdown {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const line = (token.map?.[0] ?? 0) + 1;
      if (token.type !== 'paragraph_open' && token.type !== 'bullet_list_open' && token.type !== 'ordered_list_open' && token.nesting !== -1) {
        if (!token.hidden) this.pendingLabel = undefined;
      }
      switch (token.type) {
        case 'heading_open': {
          const inline = this.readInline(tokens[i + 1]!, line);
          this.units.push({ type: 'heading', level: Number(token.tag.slice(1)), text: clean(inline.text), line, links: inline.links, ...this.placement() });
          i += 2;
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open':
          if (this.listDepth === 0) this.label = this.pendingLabel;
          this.pendingLabel = undefined;
          this.listDepth++;
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.listDepth--;
          if (this.listDepth === 0) this.label = undefined;
          break;
        case 'list_item_open':
          this.items.push({ lead: this.items.at(-1)?.lead, first: true });
          break;
        case 'list_item_close':
          this.items.pop();
          break;
        case 'paragraph_open':
          this.paragraph(tokens[i + 1]!, line);
          i += 2;
          break;
        case 'table_open':
          i = this.table(tokens, i, line);
          break;
        case 'html_block':
          this.html(token.content, line);
          break;
        default:
          // Code blocks are code, not links; rules and blockquote markers carry nothing of their own.
          break;
      }
    }
    return { units: this.units, dropped: this.dropped };
  }

  private placement(): Placement {
    const lead = this.items.at(-1)?.lead;
    return { inList: this.listDepth > 0, ...(lead ? { lead } : {}), ...(this.label ? { label: this.label } : {}) };
  }

  private paragraph(inlineToken: Token, line: number): void {
    const inline = this.readInline(inlineToken, line);
    const item = this.items.at(-1);
    let leadHead = false;
    if (item?.first && !item.lead && inline.lead) {
      item.lead = { title: clean(inline.lead.title), summary: clean(inline.lead.rest).replace(/^[\s:：\-–—]+/, ''), line };
      leadHead = true;
    }
    if (item) item.first = false;
    const text = clean(inline.text);
    this.units.push({ type: 'paragraph', text, line, links: inline.links, ...this.placement(), ...(leadHead ? { leadHead } : {}) });
    this.pendingLabel = this.listDepth === 0 && inline.links.length === 0 ? labelOf(text, line) : undefined;
  }

  private table(tokens: Token[], start: number, line: number): number {
    const header: string[] = [];
    const rows: TableRow[] = [];
    let row: TableRow | undefined;
    let inHead = false;
    let i = start + 1;
    for (; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
      const token = tokens[i]!;
      if (token.type === 'thead_open') inHead = true;
      else if (token.type === 'thead_close') inHead = false;
      else if (token.type === 'tr_open' && !inHead) {
        row = { line: (token.map?.[0] ?? line - 1) + 1, cells: [] };
        rows.push(row);
      } else if (token.type === 'inline') {
        const inline = this.readInline(token, inHead ? line : (row?.line ?? line));
        if (inHead) header.push(clean(inline.text));
        else row?.cells.push({ text: clean(inline.text), links: inline.links, linked: inline.linked });
      }
    }
    const links = rows.flatMap((r) => r.cells.flatMap((cell) => cell.links));
    this.units.push({ type: 'table', line, header, rows, links, ...this.placement() });
    return i;
  }

  private html(content: string, line: number): void {
    const links: FoundLink[] = [];
    const headings: string[] = [];
    let text = '';
    let link: OpenLink | undefined;
    let heading: { start: number } | undefined;
    const lineAt = (offset: number) => line + countNewlines(content, 0, offset);
    for (const piece of htmlPieces(content)) {
      if (piece.type === 'text') {
        text += piece.text.replace(/\s+/g, ' ');
      } else if (piece.type === 'open') {
        if (piece.name === 'a' && piece.attributes.has('href')) link = { url: piece.attributes.get('href')!.trim(), start: text.length, line: lineAt(piece.offset), image: false };
        else if (piece.name === 'img') this.image(piece.attributes.get('src') ?? '', piece.attributes.get('alt') ?? '', lineAt(piece.offset), link);
        else if (/^h[1-6]$/.test(piece.name)) heading = { start: text.length };
        else if (piece.name === 'br' || piece.name === 'p' || piece.name === 'div' || piece.name === 'li') text += ' ';
      } else if (piece.name === 'a' && link) {
        this.closeLink(links, link, text.slice(link.start));
        link = undefined;
      } else if (/^h[1-6]$/.test(piece.name) && heading) {
        headings.push(clean(text.slice(heading.start)));
        heading = undefined;
      }
    }
    this.units.push({ type: 'html', text: clean(text), line, links, headings, ...this.placement() });
  }

  /** Records an image: inside a link it only marks the link; alone it is left out, and said so. */
  private image(src: string, alt: string, line: number, link: OpenLink | undefined): void {
    if (link) {
      link.image = true;
      link.imageAlt ??= alt;
      link.imageSrc ??= src;
      return;
    }
    this.dropped.push({ line, message: messages().convert.imageLeftOut({ image: quote(src || alt) }) });
  }

  private readInline(inlineToken: Token, firstLine: number): InlineRead {
    const links: FoundLink[] = [];
    let text = '';
    let line = firstLine;
    let link: OpenLink | undefined;
    let linked = false;
    let strongDepth = 0;
    let leadStart: number | undefined;
    let lead: { title: string; restStart: number } | undefined;
    const finishLink = () => {
      if (!link) return;
      linked = true;
      this.closeLink(links, link, text.slice(link.start));
      link = undefined;
    };
    for (const child of inlineToken.children ?? []) {
      switch (child.type) {
        case 'text':
        case 'code_inline':
          text += child.content;
          break;
        case 'softbreak':
        case 'hardbreak':
          text += ' ';
          line++;
          break;
        case 'link_open':
          finishLink();
          link = { url: String(child.attrGet('href') ?? '').trim(), start: text.length, line, image: false };
          break;
        case 'link_close':
          finishLink();
          break;
        case 'image':
          this.image(String(child.attrGet('src') ?? ''), child.content, line, link);
          break;
        case 'strong_open':
          if (strongDepth++ === 0 && lead === undefined && leadStart === undefined && /^[^\p{L}\p{N}]*$/u.test(text)) leadStart = text.length;
          break;
        case 'strong_close':
          if (--strongDepth === 0 && leadStart !== undefined && lead === undefined) {
            lead = { title: text.slice(leadStart), restStart: text.length };
          }
          break;
        case 'html_inline': {
          for (const piece of htmlPieces(child.content)) {
            if (piece.type === 'open' && piece.name === 'a' && piece.attributes.has('href')) {
              finishLink();
              link = { url: piece.attributes.get('href')!.trim(), start: text.length, line, image: false };
            } else if (piece.type === 'close' && piece.name === 'a') finishLink();
            else if (piece.type === 'open' && piece.name === 'img') this.image(piece.attributes.get('src') ?? '', piece.attributes.get('alt') ?? '', line, link);
            else if (piece.type === 'open' && piece.name === 'br') text += ' ';
          }
          line += countNewlines(child.content, 0, child.content.length);
          break;
        }
        default:
          break;
      }
    }
    finishLink();
    return { text, links, linked, ...(lead && clean(lead.title) ? { lead: { title: lead.title, rest: text.slice(lead.restStart) } } : {}) };
  }

  /** A link ends: a badge is left out; a link around an image alone takes the image's alt text. */
  private closeLink(links: FoundLink[], link: OpenLink, linkText: string): void {
    const imageOnly = link.image && linkText.trim() === '';
    if (imageOnly && isBadge(link.imageSrc ?? '', link.url)) {
      this.dropped.push({ line: link.line, message: messages().convert.badgeLeftOut({ badge: quote(link.imageAlt || link.imageSrc || ''), url: quote(link.url) }) });
      return;
    }
    this.addLink(links, link.url, imageOnly ? (link.imageAlt ?? '') : linkText, link.line, imageOnly);
  }

  /** Keeps an http(s) link; reports any other. */
  private addLink(links: FoundLink[], url: string, text: string, line: number, imageOnly: boolean): void {
    if (/^https?:\/\//i.test(url)) {
      links.push({ url, text: clean(text), line, imageOnly });
      return;
    }
    // A link to a place in this document points at content that is converted anyway.
    if (url === '' || url.startsWith('#')) return;
    const reasons = messages().convert.reasons;
    const reason = /^[a-z][a-z0-9+.-]*:/i.test(url) ? reasons.notHttp : reasons.relative;
    this.dropped.push({ line, message: messages().convert.linkLeftOut({ url: quote(url), reason }) });
  }
}

/** A label: one short line of text that ends in a colon (`推薦閱讀：`, `📚 **References**:`). */
function labelOf(text: string, line: number): ListLabel | undefined {
  if (!/[:：]$/.test(text) || Array.from(text).length > 40) return undefined;
  const title = text.replace(/[:：]$/, '').replace(/^[^\p{L}\p{N}]+/u, '').trim();
  return title ? { title, line } : undefined;
}

/** Image hosts and names of status badges, shields and star charts. */
const BADGE_HOSTS = ['shields.io', 'badgen.net', 'badge.fury.io', 'star-history.com', 'codecov.io', 'travis-ci.org', 'travis-ci.com', 'circleci.com', 'deepwiki.com'];

/** A badge is decoration, unless it is the button to open a notebook (`Open in Colab`). */
function isBadge(src: string, target: string): boolean {
  if (/colab\.research\.google\.com|\.ipynb(?:$|[?#])/i.test(target)) return false;
  let host = '';
  try {
    host = new URL(src).hostname.toLowerCase();
  } catch {
    /* a relative image */
  }
  return BADGE_HOSTS.some((site) => host === site || host.endsWith(`.${site}`)) || /badge/i.test(src);
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Runs of whitespace as one space, trimmed. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
