import { eventView } from '../commands/log.js';
import { progressFigures } from '../plan/state.js';
import { renderStatus, type StatusView } from '../render/status.js';
import type { Session } from '../session.js';
import { choose } from './choose.js';
import { header, look } from './screen.js';

/** As many recent events as `roadmap status` shows. */
const RECENT_EVENTS = 5;

/** `roadmap status`, printed so it stays on the terminal, then a way back. */
export async function statusScreen(session: Session): Promise<void> {
  const view = look(session);
  const { curriculum, state } = await session.snapshot();
  const figures = progressFigures(curriculum, state);
  const store = session.readStore();
  const recent = store ? store.events({ curriculum: curriculum.id, limit: RECENT_EVENTS, newestFirst: true }) : [];
  const report: StatusView = {
    curriculum: curriculum.id,
    title: curriculum.title,
    topics: figures.topics,
    resources: figures.resources,
    sections: figures.sections,
    recent: recent.map((event) => eventView(curriculum, event)),
  };
  session.print(renderStatus(report, view.style));
  await choose(view, header(view, curriculum, state, ['Status']), []);
}
