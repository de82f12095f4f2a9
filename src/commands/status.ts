import { activity, timeZoneName } from '../plan/activity.js';
import { progressFigures } from '../plan/state.js';
import { progressCurricula } from '../curriculum/progressHome.js';
import type { ProgressStore } from '../progress/store.js';
import { renderStatus, type StatusView } from '../render/status.js';
import { makeStyle } from '../render/style.js';
import { eventView } from './eventView.js';
import type { ProgressSnapshot } from '../session.js';
import { reviewsDueAndForecast } from './rhythm.js';
import { helpText, type CommandSpec } from './spec.js';

const RECENT_EVENTS = 5;

export const statusCommand: CommandSpec = {
  name: 'status',
  get summary() { return helpText().status.summary; },
  get details() { return helpText().status.details; },
  options: [{ flags: '--json', get description() { return helpText().status.options.json; } }],
  examples: ['roadmap status', 'roadmap status --json | jq .topics', 'roadmap status --json | jq .forecast'],
  async run(session, _args, options) {
    const view = buildStatusView(await session.snapshot(), session.readStore(), session.timeZone(), session.now());
    if (options.json) session.printJson({ ...view, activity: { ...view.activity, timeZone: timeZoneName(view.activity.timeZone) } });
    else session.print(renderStatus(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
  },
};

export function buildStatusView(snapshot: ProgressSnapshot, store: ProgressStore | null, timeZone: string, now: Date): StatusView {
  const { curriculum, state } = snapshot;
  const figures = progressFigures(curriculum, state);
  const recent = store ? store.events({ curriculum: progressCurricula(curriculum), limit: RECENT_EVENTS, newestFirst: true }) : [];
  const instants = store?.activityInstants(progressCurricula(curriculum)) ?? [];
  return {
    curriculum: curriculum.id,
    title: curriculum.title,
    topics: figures.topics,
    resources: figures.resources,
    sections: figures.sections,
    recent: recent.map((event) => eventView(curriculum, event)),
    activity: activity(instants, timeZone, now),
    ...reviewsDueAndForecast(snapshot, store, { now, timeZone }, instants),
  };
}
