import { progressFigures } from '../plan/state.js';
import type { ProgressStore } from '../progress/store.js';
import { renderStatus, type StatusView } from '../render/status.js';
import { makeStyle } from '../render/style.js';
import { eventView } from './eventView.js';
import type { ProgressSnapshot } from '../session.js';
import { dueReviewsOf, forecastOf } from './rhythm.js';
import type { CommandSpec } from './spec.js';

const RECENT_EVENTS = 5;

export const statusCommand: CommandSpec = {
  name: 'status',
  summary: 'overall and per-section progress, and your recent activity',
  details: 'Counts leave out optional topics and optional resources. Done and skipped are shown apart.',
  options: [{ flags: '--json', description: 'print the figures as JSON' }],
  examples: ['roadmap status', 'roadmap status --json | jq .topics'],
  async run(session, _args, options) {
    const view = buildStatusView(await session.snapshot(), session.readStore(), session.now());
    if (options.json) session.printJson(view);
    else session.print(renderStatus(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
  },
};

export function buildStatusView(snapshot: ProgressSnapshot, store: ProgressStore | null, now: Date): StatusView {
  const { curriculum, state } = snapshot;
  const figures = progressFigures(curriculum, state);
  const recent = store ? store.events({ curriculum: curriculum.id, limit: RECENT_EVENTS, newestFirst: true }) : [];
  return {
    curriculum: curriculum.id,
    title: curriculum.title,
    topics: figures.topics,
    resources: figures.resources,
    sections: figures.sections,
    recent: recent.map((event) => eventView(curriculum, event)),
    ...statusRhythm(snapshot, store, now),
  };
}

/** The reviews due and the forecast of finishing the whole curriculum at the learner's pace. */
function statusRhythm(snapshot: ProgressSnapshot, store: ProgressStore | null, now: Date): Pick<StatusView, 'reviewsDue' | 'forecast'> {
  return { reviewsDue: dueReviewsOf(snapshot, store, now).length, forecast: forecastOf(snapshot, store, now) };
}
