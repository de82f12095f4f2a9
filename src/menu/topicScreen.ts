import { buildCurriculumIndex } from '../curriculum/index.js';
import type { Topic } from '../curriculum/types.js';
import { listInText, messages } from '../messages/index.js';
import type { Status } from '../model/progress.js';
import { isResolvedStatus } from '../plan/state.js';
import { paintStatusMark, paintTopicMark } from '../render/style.js';
import type { ProgressSnapshot, Session } from '../session.js';
import { setTopicStatus } from './actions.js';
import { choose } from './choose.js';
import { BACK } from './prompts.js';
import { pickAndOpen, tickResources } from './resourcesScreen.js';
import { topicStatusActions } from './topicActions.js';
import { alignedLabels, header, kindName, look, named, type Look } from './screen.js';

/** Resources listed above the actions; the checkbox shows them all. */
const LISTED = 8;

type Action = 'tick' | 'open' | Status;

/** One topic: its state and resources, ticking resources, setting the topic's own status, opening a resource. */
export async function topicScreen(session: Session, parentTrail: string[], topic: Topic): Promise<void> {
  const trail = [...parentTrail, named(topic.number, topic.title)];
  let last: Action | undefined;
  for (;;) {
    const view = look(session);
    const words = messages().menu;
    const snapshot = await session.snapshot();
    const status = snapshot.statuses.get(topic.id) ?? 'todo';
    // A topic marked done or skipped resolves all its resources: ticking them would change nothing.
    const marked = isResolvedStatus(status);
    const actions: { name: string; value: Action }[] = [];
    if (topic.resources.length > 0 && !marked) actions.push({ name: words.topic.tickResources, value: 'tick' });
    const complete = snapshot.state.topics.get(topic.id)!.complete;
    for (const offered of topicStatusActions(status, complete)) actions.push({ name: offered.label, value: offered.status });
    if (topic.resources.length > 0) actions.push({ name: words.openResource, value: 'open' });
    const message = `${header(view, snapshot.curriculum, snapshot.state, trail)}\n\n${describe(view, snapshot, topic)}\n\n${words.whatNow}`;
    const action = await choose(view, message, actions, { default: last });
    if (action === BACK) return;
    last = action;
    if (action === 'tick') await tickResources(session, trail, topic.resources, words.topic.tickFinished);
    else if (action === 'open') await pickAndOpen(session, trail, topic.resources);
    else await setTopicStatus(session, topic, action);
  }
}

function describe(view: Look, { curriculum, state }: ProgressSnapshot, topic: Topic): string {
  const { chalk } = view.style;
  const words = messages().menu.topic;
  const index = buildCurriculumIndex(curriculum);
  const progress = state.topics.get(topic.id)!;
  const required = topic.resources.filter((resource) => !resource.optional);
  const resolved = required.filter((resource) => state.resources.get(resource.ref)!.resolved).length;
  const where =
    progress.state === 'complete'
      ? progress.status === 'skipped'
        ? words.skipped
        : progress.status === 'done'
          ? words.markedDone
          : words.complete
      : progress.state === 'blocked'
        ? words.blockedBy({ topics: listInText(progress.blockedBy.map((id) => index.getTopic(id)?.number ?? id)) })
        : progress.state === 'in-progress'
          ? words.inProgress
          : words.notStarted;
  const facts = [where, required.length > 0 ? words.resourcesResolved({ resolved, resources: required.length }) : words.noResources, topic.optional ? messages().common.optional : null];
  const lines = [`${paintTopicMark(view.style, progress.state, progress.status === 'skipped')} ${facts.filter(Boolean).join(' · ')}`];
  const shown = topic.resources.slice(0, LISTED);
  const labels = alignedLabels(
    view,
    shown.map((resource) => {
      const own = state.resources.get(resource.ref)!;
      return { number: resource.number, mark: paintStatusMark(view.style, own.status, own.resolved), title: resource.title, detail: [kindName(resource.kind), resource.optional ? messages().common.optional : null].filter(Boolean).join(' · ') };
    }),
  );
  lines.push(...labels.map((label) => `  ${label}`));
  if (topic.resources.length > LISTED) lines.push(chalk.dim(`  ${messages().menu.andMore({ count: topic.resources.length - LISTED })}`));
  return lines.join('\n');
}
