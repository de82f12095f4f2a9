/**
 * JSON for scripts. JSON.stringify leaves DEL, C1 controls and bidirectional marks and overrides raw,
 * and a terminal would act on them; escaping them keeps the same JSON value while making it inert.
 */
export function renderJson(value: unknown, indent: number = 2): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  ) + '\n';
}
