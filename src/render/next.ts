import { listInText, messages } from '../messages/index.js';
import { resourceDetail, type NextResourceView } from './itemViews.js';
import type { Style } from './style.js';
import { displayWidth, safeText, truncate } from './text.js';

interface TopicLabel {
  topic: string;
  number: string;
  title: string;
}

export interface NextSuggestionView extends TopicLabel {
  section: string;
  sectionTitle: string;
  state: 'in-progress' | 'available';
  optional: boolean;
  unlocks: number;
  reasons: string[];
  resources: NextResourceView[];
}

export interface NextView {
  curriculum: string;
  complete: boolean;
  goal: { ref: string; number: string; title: string; complete: boolean; blocked: (TopicLabel & { blockedBy: TopicLabel[] })[] } | null;
  suggestions: NextSuggestionView[];
}

const SHOWN_RESOURCES = 3;

/** The first suggestion stands out with its resources and what to type; the rest are one line each. */
export function renderNext(view: NextView, style: Style): string {
  const { chalk } = style;
  const text = messages().next;
  const width = Number.isFinite(style.width) ? style.width : 100;
  const lines: string[] = [];
  if (view.complete) return `${chalk.green(text.allComplete)}\n${chalk.dim(text.seeLog)}\n`;
  if (view.goal?.complete) {
    return `${chalk.green(text.goalComplete({ goal: `${view.goal.number} ${safeText(view.goal.title)}` }))}\n${chalk.dim(text.dropGoal)}\n`;
  }
  const [first, ...rest] = view.suggestions;
  if (view.goal) lines.push(chalk.dim(text.goal({ goal: `${view.goal.number}  ${safeText(view.goal.title)}` })));
  for (const blocked of view.goal?.blocked ?? []) {
    const blockers = listInText(blocked.blockedBy.map((b) => `${b.number} ${safeText(b.title)}`));
    lines.push(chalk.dim(`  ${text.blockedBy({ number: blocked.number, blockers })}`));
  }
  if (view.goal) lines.push('');
  if (!first) {
    lines.push(chalk.yellow(text.allBlocked));
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${chalk.bold(text.nextUp)}${messages().common.labelGap}${chalk.bold.cyan(`${first.number}  ${safeText(first.title)}`)}${chalk.dim(`  · ${safeText(first.sectionTitle)}`)}`);
  lines.push(`  ${chalk.dim(first.reasons.map((reason) => safeText(reason)).join(' · '))}`);
  for (const resource of first.resources.slice(0, SHOWN_RESOURCES)) {
    const tags = resourceDetail(resource, true);
    lines.push(`  ○ ${truncate(`${resource.number}  ${safeText(resource.title)}`, width - 4 - (tags ? displayWidth(tags) + 2 : 0))}${tags ? chalk.dim(`  ${tags}`) : ''}`);
    lines.push(chalk.dim(`    ${truncate(safeText(resource.url), width - 4)}`));
  }
  const hidden = first.resources.length - SHOWN_RESOURCES;
  if (hidden > 0) lines.push(chalk.dim(`  ${text.moreResources({ count: hidden, number: first.number })}`));
  const firstResource = first.resources[0];
  lines.push(chalk.dim(`  → roadmap ${first.state === 'in-progress' || !firstResource ? `done ${firstResource?.number ?? first.number}` : `start ${first.number}`}${firstResource ? `   ·   roadmap open ${firstResource.number}` : ''}`));
  if (rest.length > 0) {
    lines.push('', chalk.bold(text.then));
    for (const suggestion of rest) {
      const label = truncate(`  ${suggestion.number}  ${safeText(suggestion.title)}`, width);
      const why = truncate(`  — ${suggestion.reasons.map((reason) => safeText(reason)).join(' · ')}`, width - displayWidth(label));
      lines.push(label + chalk.dim(why));
    }
  }
  return `${lines.join('\n')}\n`;
}
