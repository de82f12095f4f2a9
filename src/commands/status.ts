import { progressFigures } from '../plan/state.js';
import { renderStatus, type StatusView } from '../render/status.js';
import { makeStyle } from '../render/style.js';
import { eventView } from './log.js';
import type { CommandSpec } from './spec.js';

const RECENT_EVENTS = 5;

export const statusCommand: CommandSpec = {
  name: 'status',
  summary: 'overall and per-section progress, and your recent activity',
  details: 'Counts leave out optional topics and optional resources. Done and skipped are shown apart.',
  options: [{ flags: '--json', description: 'print the figures as JSON' }],
  examples: ['roadmap status', 'roadmap status --json | jq .topics'],
  async run(session, _args, options) {
    const { curriculum, state } = await session.snapshot();
    const figures = progressFigures(curriculum, state);
    const store = session.readStore();
    const recent = store ? store.events({ curriculum: curriculum.id, limit: RECENT_EVENTS, newestFirst: true }) : [];
    const view: StatusView = {
      curriculum: curriculum.id,
      title: curriculum.title,
      topics: figures.topics,
      resources: figures.resources,
      sections: figures.sections,
      recent: recent.map((event) => eventView(curriculum, event)),
    };
    if (options.json) session.printJson(view);
    else session.print(renderStatus(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
  },
};
