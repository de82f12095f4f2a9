import type { Style } from './style.js';
import { messages } from '../messages/index.js';
import { safeText } from './text.js';

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
  const words = messages().validate;
  const summary: string[] = [];
  for (const file of view.files) {
    if (file.valid && file.counts) {
      const warnings = file.warnings.length > 0 ? chalk.yellow(words.warnings({ count: file.warnings.length })) : '';
      summary.push(`${chalk.green('✔')} ${words.valid({ file: safeText(file.file), contents: words.contents(file.counts), warnings })}`);
    } else {
      summary.push(`${chalk.red('✘')} ${words.invalid({ file: safeText(file.file), count: file.problems.length })}`);
    }
  }
  return { stdout: summary.join('\n'), warnings: view.files.flatMap((file) => file.warnings.map((line) => safeText(line))) };
}
