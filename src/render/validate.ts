import type { Style } from './style.js';
import { plural, safeText } from './text.js';

export interface ValidationView {
  files: {
    file: string;
    valid: boolean;
    problems: string[];
    warnings: string[];
    counts: { sections: number; topics: number; resources: number } | null;
  }[];
}

/** Summaries go to stdout; warnings to stderr next to the problems, which the CLI prints as the error. */
export function renderValidation(view: ValidationView, style: Style): { stdout: string; warnings: string[] } {
  const { chalk } = style;
  const summary: string[] = [];
  for (const file of view.files) {
    if (file.valid && file.counts) {
      const warnings = file.warnings.length > 0 ? chalk.yellow(`, ${plural(file.warnings.length, 'warning')}`) : '';
      summary.push(
        `${chalk.green('✔')} ${safeText(file.file)}: valid (${plural(file.counts.sections, 'section')}, ${plural(file.counts.topics, 'topic')}, ${plural(file.counts.resources, 'resource')}${warnings})`,
      );
    } else {
      summary.push(`${chalk.red('✘')} ${safeText(file.file)}: ${plural(file.problems.length, 'problem')}`);
    }
  }
  return { stdout: summary.join('\n'), warnings: view.files.flatMap((file) => file.warnings.map((line) => safeText(line))) };
}
