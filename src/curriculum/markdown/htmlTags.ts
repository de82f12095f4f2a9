/**
 * Just enough of HTML to find what a Markdown roadmap writes in it: links (`<a href>`), images
 * (`<img src alt>`), headings and line breaks. Not a validating parser: what it does not know it skips.
 */

export type HtmlPiece =
  | { type: 'open'; name: string; attributes: Map<string, string>; offset: number }
  | { type: 'close'; name: string; offset: number }
  | { type: 'text'; text: string; offset: number };

/** A start tag, an end tag, or a comment; attribute values quoted either way or bare. */
const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The common character references: enough for URLs and titles (`&amp;` in a query string). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function htmlPieces(html: string): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match.index > last) pieces.push({ type: 'text', text: decodeEntities(html.slice(last, match.index)), offset: last });
    last = match.index + match[0].length;
    if (match[2] === undefined) continue; // a comment
    const name = match[2].toLowerCase();
    if (match[1]) pieces.push({ type: 'close', name, offset: match.index });
    else pieces.push({ type: 'open', name, attributes: attributesOf(match[3] ?? ''), offset: match.index });
  }
  if (last < html.length) pieces.push({ type: 'text', text: decodeEntities(html.slice(last)), offset: last });
  return pieces;
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(text); match; match = ATTRIBUTE.exec(text)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}
