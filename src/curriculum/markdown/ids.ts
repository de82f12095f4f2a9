/**
 * Ids for a curriculum converted from Markdown. Progress is stored by id, so an id must not move when the
 * Markdown is edited a little: it comes from what the item is (its title, its URL), never from where it
 * is. Readable where the title has ASCII words; a short hash of the normalised title where it has none.
 */

/** At most this many words of a title make its id: a typo fixed further on keeps the id. */
const MAX_WORDS = 6;
const MAX_LENGTH = 48;

/** A leading ordinal (`1.`, `2)`, `3、`): renumbering sections or topics must not change their ids. */
const LEADING_ORDINAL = /^\s*\d{1,3}\s*[.)、:：](?!\d)\s*/u;

export function withoutOrdinal(title: string): string {
  return title.replace(LEADING_ORDINAL, '');
}

/** The title reduced to its letters and digits, lowercased: what a hash of a title is taken over. */
export function normaliseTitle(title: string): string {
  return withoutOrdinal(title.normalize('NFKC')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The ASCII words of a text (accents dropped, apostrophes joined: `Let's` → `lets`), lowercased. */
export function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** A slug of at most MAX_WORDS words, or undefined when the words hold no letter (an id must). */
export function slugOfWords(words: readonly string[]): string | undefined {
  let slug = '';
  for (const word of words.slice(0, MAX_WORDS)) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > MAX_LENGTH) break;
    slug = longer;
  }
  if (!slug) slug = words[0]?.slice(0, MAX_LENGTH) ?? '';
  return /[a-z]/.test(slug) ? slug : undefined;
}

export function slugOfTitle(title: string): string | undefined {
  return slugOfWords(asciiWords(withoutOrdinal(title)));
}

/** 32-bit FNV-1a over the UTF-16 units, in base 36: short, and the same on every machine. */
export function shortHash(text: string, length = 5): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36).padStart(7, '0').slice(-length);
}

/** Parts of a URL that say nothing about the page. */
const URL_NOISE = new Set(['www', 'index', 'html', 'htm', 'php', 'aspx', 'watch', 'blob', 'master', 'main', 'tree', 'com', 'org', 'net', 'io']);

/** For a link whose title has no ASCII word: the site's name and the last words of its path. */
export function slugOfUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = asciiWords(parsed.hostname).filter((word) => !URL_NOISE.has(word));
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  const pathWords = asciiWords(path).filter((word) => !URL_NOISE.has(word) && !/^[0-9a-f]{8,}$/.test(word));
  return slugOfWords([...host.slice(-2), ...pathWords.slice(-3)]);
}

export interface IdRequest {
  /** The id wanted: a slug of the title, or of the URL. */
  base: string;
  /** Told apart by this when several want the same base (the normalised title, or the URL). */
  distinct: string;
  /** And by this when even that is shared (the section a topic is in). */
  context: string;
}

/**
 * Unique ids for `requests`, decided by what collides, not by order: every request whose base is wanted
 * by another gets the base and a hash of its `distinct` text, then of its context too. So moving an
 * item never changes an id; only a new item wanting the very same id can. A last, ordered suffix
 * separates what is identical in every respect.
 */
export function uniqueIds(requests: readonly IdRequest[], reserved: ReadonlySet<string> = new Set()): string[] {
  const candidates = [
    (request: IdRequest) => request.base,
    (request: IdRequest) => `${request.base}-${shortHash(request.distinct, 4)}`,
    (request: IdRequest) => `${request.base}-${shortHash(`${request.context}\u0000${request.distinct}`, 4)}`,
  ];
  const ids = requests.map((request) => candidates[0]!(request));
  for (let level = 1; level < candidates.length; level++) {
    const counts = countOf(ids);
    ids.forEach((id, i) => {
      if (counts.get(id)! > 1 || reserved.has(id)) ids[i] = candidates[level]!(requests[i]!);
    });
  }
  const used = new Set(reserved);
  return ids.map((id) => {
    let unique = id;
    for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
    used.add(unique);
    return unique;
  });
}

function countOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
