import { listInText, messages } from '../messages/index.js';
import type { Style } from './style.js';
import { displayWidth, padEnd, percent, safeText } from './text.js';

/** One curriculum as `roadmap curricula` lists it. */
export interface CurriculumListing {
  id: string;
  title: string;
  language: string | null;
  /** As the user would name it to `use` or `--curriculum`: the id of a bundled one, else its file. */
  name: string;
  bundled: boolean;
  /** The ids of a whole course's parts; empty for a curriculum of sections. */
  parts: string[];
  sections: number;
  topics: number;
  resources: number;
  /** Non-optional topics done or skipped, of all non-optional topics. */
  progress: { complete: number; total: number };
  current: boolean;
  /** Why it could not be read; the other figures are then zero. */
  problem: string | null;
}

export interface CurriculaView {
  curricula: CurriculumListing[];
  /** What made the current one current. */
  chosenBy: 'option' | 'environment' | 'settings' | 'default';
}

export function renderCurricula(view: CurriculaView, style: Style): string {
  const { chalk } = style;
  const text = messages().curricula;
  const nameWidth = Math.min(40, Math.max(...view.curricula.map((entry) => displayWidth(entry.name)), 4));
  const lines: string[] = [];
  for (const entry of view.curricula) {
    const marker = entry.current ? chalk.green('▶') : ' ';
    const name = padEnd(safeText(entry.name), nameWidth);
    if (entry.problem !== null) {
      lines.push(`${marker} ${name}  ${chalk.red(safeText(entry.problem))}`);
      continue;
    }
    const size = text.size({ sections: entry.sections, topics: entry.topics, resources: entry.resources });
    const done = text.progress({ complete: entry.progress.complete, total: entry.progress.total, percent: percent(entry.progress.complete, entry.progress.total) });
    lines.push(`${marker} ${name}  ${chalk.bold(safeText(entry.title))}${entry.language ? chalk.dim(` (${safeText(entry.language)})`) : ''}`);
    lines.push(`  ${' '.repeat(nameWidth)}  ${chalk.dim(size)}  ·  ${done}`);
    if (entry.parts.length > 0) lines.push(`  ${' '.repeat(nameWidth)}  ${chalk.dim(text.wholeCourse({ parts: listInText(entry.parts.map((part) => safeText(part))) }))}`);
  }
  const current = view.curricula.find((entry) => entry.current);
  if (current) lines.push('', chalk.dim(text.current({ name: safeText(current.name), chosenBy: text.chosenBy[view.chosenBy] })));
  return `${lines.join('\n')}\n`;
}
