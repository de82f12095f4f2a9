import { safeText } from '../text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Curriculum or note text as HTML text or an attribute value: markup characters become entities, control
 * characters and bidirectional overrides U+FFFD (as on the terminal), line breaks spaces unless kept.
 */
export function html(text: string, keepNewlines = false): string {
  return safeText(text, keepNewlines).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A link target only for http(s) URLs; anything else (javascript:, data:, file:) is shown, never linked. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\/[^\s]+$/i.test(url) ? html(url) : undefined;
}
