/** Characters that may continue a URL: a match followed by one of them is a longer URL, not this one. */
const URL_CHARACTER = /[\w\-.~:/?#[\]@!$&'()*+,;=%]/;

/**
 * The lines (from 1) where each URL is written in a curriculum file, in file order, so a report can say
 * where to edit. The text is searched rather than parsed, which works for any format the file is in: on
 * a line with `url:` first, else anywhere it stands whole (not as the start of a longer URL). A URL
 * written with escapes is not found, and has no line.
 */
export function urlLines(text: string, urls: Iterable<string>): Map<string, number[]> {
  const lines = text.split('\n');
  const found = new Map<string, number[]>();
  for (const url of new Set(urls)) {
    const keyed: number[] = [];
    const anywhere: number[] = [];
    lines.forEach((line, index) => {
      if (!containsWhole(line, url)) return;
      anywhere.push(index + 1);
      if (/(^|[\s{,-])url\s*:/.test(line)) keyed.push(index + 1);
    });
    found.set(url, keyed.length > 0 ? keyed : anywhere);
  }
  return found;
}

function containsWhole(line: string, url: string): boolean {
  for (let at = line.indexOf(url); at >= 0; at = line.indexOf(url, at + 1)) {
    const after = line[at + url.length];
    if (after === undefined || !URL_CHARACTER.test(after) || after === "'" || (after === ')' && !url.includes('('))) return true;
  }
  return false;
}
