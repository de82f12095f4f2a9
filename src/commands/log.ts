import { progressCurricula } from '../curriculum/progressHome.js';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { renderLog } from '../render/log.js';
import { makeStyle } from '../render/style.js';
import type { Session } from '../session.js';
import { eventView, inTimeOrder, noteEventView, reviewEventView } from './eventView.js';
import { helpText, positiveInteger, type CommandSpec } from './spec.js';

export const logCommand: CommandSpec = {
  name: 'log',
  get summary() { return helpText().log.summary; },
  get details() { return helpText().log.details; },
  options: [
    { flags: '--since <date>', get description() { return helpText().log.options.since; } },
    { flags: '-n, --limit <count>', get description() { return helpText().log.options.limit; }, parse: positiveInteger('--limit') },
    { flags: '--json', get description() { return helpText().log.options.json; } },
  ],
  examples: ['roadmap log', 'roadmap log --since 7d', 'roadmap log --since 2026-11-01 --json'],
  async run(session, _args, options) {
    const curriculum = await session.curriculum();
    const since = options.since === undefined ? undefined : parseSince(options.since as string, session);
    const store = session.readStore();
    const query = { curriculum: progressCurricula(curriculum), since };
    const changes = store ? store.events(query).map((event) => eventView(curriculum, event)) : [];
    const notes = store ? store.noteEvents(query).map((event) => noteEventView(curriculum, event)) : [];
    const reviews = store ? store.reviews(query).map((event) => reviewEventView(curriculum, event)) : [];
    let events = inTimeOrder(changes, notes, reviews);
    if (options.limit !== undefined) events = events.slice(-(options.limit as number));
    const view = { curriculum: curriculum.id, events };
    if (options.json) session.printJson(view);
    else session.print(renderLog(events, makeStyle(session.terminal.colorLevel, session.terminal.width)));
  },
};

function parseSince(value: string, session: Session): string {
  const span = /^(\d+)\s*([hdw])$/.exec(value.trim());
  if (span) {
    const hours = Number(span[1]) * { h: 1, d: 24, w: 24 * 7 }[span[2] as 'h' | 'd' | 'w'];
    return new Date(session.now().getTime() - hours * 3_600_000).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(day.getTime())) return day.toISOString();
  }
  const instant = new Date(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(instant.getTime())) return instant.toISOString();
  throw usageError(messages().log.sinceInvalid({ value }));
}
