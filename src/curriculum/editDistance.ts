/**
 * Optimal-string-alignment distance (Levenshtein plus transposition of two neighbours, the usual typo)
 * between `a` and `b`, counted in code points so that a CJK character is one edit.
 * With `max`, stops early and returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0) return Math.min(t.length, max + 1);
  if (t.length === 0) return Math.min(s.length, max + 1);

  const width = t.length + 1;
  let previous2 = new Uint32Array(width);
  let previous = new Uint32Array(width);
  let current = new Uint32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;

  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const si = s[i - 1];
    for (let j = 1; j < width; j++) {
      const cost = si === t[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    const recycled = previous2;
    previous2 = previous;
    previous = current;
    current = recycled;
  }
  return Math.min(previous[t.length]!, max + 1);
}
