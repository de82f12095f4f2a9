import { buildStatusView } from '../commands/status.js';
import { messages } from '../messages/index.js';
import { renderStatus } from '../render/status.js';
import type { Session } from '../session.js';
import { choose } from './choose.js';
import { header, look } from './screen.js';

/** `roadmap status`, printed so it stays on the terminal, then a way back. */
export async function statusScreen(session: Session): Promise<void> {
  const view = look(session);
  const snapshot = await session.snapshot();
  const report = buildStatusView(snapshot, session.readStore(), session.timeZone(), session.now());
  session.print(renderStatus(report, view.style));
  await choose(view, header(view, snapshot.curriculum, snapshot.state, [messages().menu.status.trail]), []);
}
