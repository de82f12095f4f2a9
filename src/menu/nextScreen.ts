import { suggestNext, type Suggestion } from '../plan/next.js';
import { describeReasons } from '../render/reasons.js';
import { formatMinutes } from '../render/itemViews.js';
import { STATUS_MARK } from '../render/style.js';
import { displayWidth, safeText, truncate } from '../render/text.js';
import type { Session } from '../session.js';
import { setTopicStatus } from './actions.js';
import { choose } from './choose.js';
import { BACK } from './prompts.js';
import { pickAndOpen, tickResources } from './resourcesScreen.js';
import { alignedLabels, header, look, named, type Look } from './screen.js';

const TRAIL = "What's next";
/** As `roadmap next`: the top suggestion with its first three resources, the two after it on one line. */
const SHOWN = 3;

type Action = 'start' | 'open' | 'tick' | 'done';

/** The top suggestion of `roadmap next` and what to do about it; shown again after each action. */
export async function nextScreen(session: Session): Promise<void> {
  for (;;) {
    const view = look(session);
    const { curriculum, state, statuses } = await session.snapshot();
    const result = suggestNext(curriculum, state, { limit: SHOWN });
    const top = header(view, curriculum, state, [TRAIL]);
    const first = result.suggestions[0];
    if (!first) {
      const why = result.complete ? view.style.chalk.green('★ Every topic is complete. Well done!') : view.style.chalk.yellow('Nothing to suggest: every remaining topic is blocked.');
      await choose(view, `${top}\n\n${why}\n`, []);
      return;
    }
    const topic = first.topic;
    const actions = [];
    if (first.state === 'available' && (statuses.get(topic.id) ?? 'todo') === 'todo') actions.push({ name: `Start it — ${named(topic.number, topic.title)}`, value: 'start' as Action });
    if (topic.resources.length > 0) actions.push({ name: 'Open a resource…', value: 'open' as Action });
    if (first.resources.length > 0) actions.push({ name: 'Mark resources done…', value: 'tick' as Action });
    actions.push({ name: 'Mark the whole topic done', value: 'done' as Action });
    const action = await choose(view, `${top}\n\n${describe(view, first, result.suggestions.slice(1))}\n\nWhat now?`, actions);
    if (action === BACK) return;
    const trail = [TRAIL, named(topic.number, topic.title)];
    if (action === 'start') await setTopicStatus(session, topic, 'started');
    else if (action === 'done') await setTopicStatus(session, topic, 'done');
    else if (action === 'open') await pickAndOpen(session, trail, first.resources.length > 0 ? first.resources : topic.resources);
    else await tickResources(session, trail, first.resources, 'Tick what you have finished:');
  }
}

/** The suggestion as `roadmap next` words it: title, reasons, resources; then what comes after it. */
function describe(view: Look, first: Suggestion, rest: Suggestion[]): string {
  const { chalk } = view.style;
  // Cut before styling: truncate counts the characters of color codes as text.
  const title = truncate(named(first.topic.number, first.topic.title), view.width - 10);
  const lines = [
    `${chalk.bold('Next up:')} ${chalk.bold.cyan(title)}${chalk.dim(truncate(` · ${safeText(first.section.title)}`, Math.max(0, view.width - 11 - displayWidth(title))))}`,
    `  ${chalk.dim(truncate(describeReasons(first.reasons).map((reason) => safeText(reason)).join(' · '), view.width - 3))}`,
  ];
  const shown = first.resources.slice(0, SHOWN);
  const labels = alignedLabels(
    view,
    shown.map((resource) => ({
      number: resource.number,
      mark: STATUS_MARK.todo,
      title: resource.title,
      detail: [resource.kind, resource.minutes ? `≈ ${formatMinutes(resource.minutes)}` : null, resource.optional ? 'optional' : null].filter(Boolean).join(' · '),
    })),
  );
  lines.push(...labels.map((label) => `  ${label}`));
  if (first.resources.length > SHOWN) lines.push(chalk.dim(`  … and ${first.resources.length - SHOWN} more`));
  if (rest.length > 0) lines.push(chalk.dim(truncate(`Then: ${rest.map((s) => named(s.topic.number, s.topic.title)).join(' · ')}`, view.width - 1)));
  return lines.join('\n');
}
