/**
 * Every timestamp in the database is stored in one shape, `YYYY-MM-DDTHH:MM:SS.sssZ` (what
 * `Date.prototype.toISOString` gives for years 0000–9999). With one shape, comparing the strings
 * is comparing the instants, so SQL can order and filter by `at` with plain indexes — and
 * `2026-01-01T10:00:00Z` from an import cannot sort after `2026-01-01T10:00:00.500Z`.
 */

/** An ISO 8601 date-time with an explicit zone (`Z` or `±HH:MM`); seconds and fractions optional. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** V8 quietly rolls `02-30` over into March; a date that is not on the calendar is a mistake. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** The canonical form of `value`, or undefined when it is not a date-time with a zone, or out of range. */
export function canonicalInstant(value: string): string | undefined {
  const match = ISO_DATE_TIME.exec(value);
  if (match === null || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const canonical = new Date(time).toISOString();
  // toISOString writes years outside 0000–9999 as ±YYYYYY, which would break string ordering.
  return canonical.length === 24 ? canonical : undefined;
}

/** For timestamps handed in by our own code: a malformed one is a bug, not a user mistake. */
export function requireInstant(value: string, what: string): string {
  const canonical = canonicalInstant(value);
  if (canonical === undefined) throw new Error(`${what} must be an ISO 8601 date-time with a zone, got ${JSON.stringify(value)}`);
  return canonical;
}
