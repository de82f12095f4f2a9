import type { Resource } from '../curriculum/types.js';
import { messages } from '../messages/index.js';
import { statusName } from '../render/itemViews.js';
import { paintStatusMark } from '../render/style.js';
import { safeText } from '../render/text.js';
import type { Session } from '../session.js';
import { openResource, saveTicks } from './actions.js';
import { loadPrompts } from '../terminal/prompts.js';
import { ask, BACK, pageSize } from './prompts.js';
import { choose } from './choose.js';
import { checklist } from './ticks.js';
import { alignedLabels, header, kindName, look } from './screen.js';

/**
 * A resource's kind, and whether it is optional, skipped, started or resolved only through its topic (which
 * a tick would not show: ticks say what the resource itself is): the grey column after its title.
 */
function details(resource: Resource, status: string, throughTopic: boolean): string {
  const words = messages().menu.resources;
  return [
    kindName(resource.kind),
    resource.optional ? messages().common.optional : null,
    status === 'skipped' || status === 'started' ? statusName(status) : null,
    throughTopic ? words.resolvedThroughTopic : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A checkbox of `resources`, ticked where a resource is itself done or skipped (see checklist). Confirming
 * records the difference in one transaction (see saveTicks); Esc leaves without writing anything.
 */
export async function tickResources(session: Session, trail: string[], resources: readonly Resource[], question: string): Promise<void> {
  const { checkbox } = await loadPrompts();
  const view = look(session);
  const { curriculum, state, statuses } = await session.snapshot();
  const choices = checklist(resources, state);
  const labels = alignedLabels(
    view,
    choices.map(({ resource, throughTopic }) => ({ number: resource.number, title: resource.title, detail: details(resource, statuses.get(resource.ref) ?? 'todo', throughTopic) })),
    4,
  );
  const message = `${header(view, curriculum, state, trail)}\n\n${question}`;
  const answer = await ask(view.terminal, (context) =>
    checkbox(
      {
        message,
        choices: resources.map((resource, i) => ({ name: labels[i]!, value: resource.ref, checked: choices[i]!.checked, description: safeText(resource.url) })),
        pageSize: pageSize(view.terminal, message.split('\n').length, resources.length),
        loop: false,
        theme: view.theme,
      },
      context,
    ),
  );
  if (answer === BACK) return;
  await saveTicks(session, view, resources, new Set(answer));
}

/** Picks one of `resources` and opens it in the browser. */
export async function pickAndOpen(session: Session, trail: string[], resources: readonly Resource[]): Promise<void> {
  const view = look(session);
  const { curriculum, state } = await session.snapshot();
  const labels = alignedLabels(
    view,
    resources.map((resource) => {
      const progress = state.resources.get(resource.ref)!;
      return { number: resource.number, mark: paintStatusMark(view.style, progress.status, progress.resolved), title: resource.title, detail: kindName(resource.kind) ?? '' };
    }),
  );
  const answer = await choose(
    view,
    `${header(view, curriculum, state, trail)}\n\n${messages().menu.resources.openWhich}`,
    resources.map((resource, i) => ({ name: labels[i]!, value: resource, description: safeText(resource.url) })),
  );
  if (answer === BACK) return;
  await openResource(session, view, answer);
}
