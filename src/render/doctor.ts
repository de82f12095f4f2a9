import { listInText, messages } from '../messages/index.js';
import type { Successor } from '../plan/successor.js';
import type { Style } from './style.js';
import { statusName } from './itemViews.js';
import { safeText } from './text.js';

export interface DoctorView {
  database: string;
  exists: boolean;
  integrity: string[];
  orphans: {
    item: string;
    status: string | null;
    at: string | null;
    notes: { id: number; text: string }[];
    likely: Successor | null;
  }[];
}

export function renderDoctor(view: DoctorView, style: Style): string {
  const { chalk } = style;
  const said = messages().doctor;
  const lines: string[] = [said.database({ path: safeText(view.database) })];
  if (!view.exists) lines.push(chalk.dim(`  ${said.notCreated}`));
  else if (view.integrity.length === 0) lines.push(`  ${chalk.green('✔')} ${said.integrityPassed}`);
  else {
    lines.push(`  ${chalk.red('✘')} ${said.integrityFailed}`);
    for (const line of view.integrity) lines.push(`    ${safeText(line)}`);
    lines.push(`  ${said.restore}`);
  }
  if (view.exists && view.orphans.length === 0) lines.push(`  ${chalk.green('✔')} ${said.allRecordsMatch}`);
  if (view.orphans.length > 0) {
    lines.push('', chalk.bold(said.orphansHeading));
    for (const orphan of view.orphans) {
      const what = listInText([
        orphan.status && said.lastStatus({ status: statusName(orphan.status) }),
        orphan.notes.length > 0 && said.noteCount({ count: orphan.notes.length }),
      ]);
      lines.push(`  ${chalk.yellow('?')} ${safeText(orphan.item)}${what ? chalk.dim(`  ${said.kept({ what })}`) : ''}`);
      for (const note of orphan.notes) lines.push(chalk.dim(`      #${note.id} ${safeText(note.text.split('\n')[0] ?? '')}`));
      if (orphan.likely) {
        const { number, title, item } = orphan.likely;
        lines.push(`      ${said.probablyBecame({ number, title: safeText(title), item: safeText(item) })}`);
        orphan.likely.carryOver.forEach((edit, index) => {
          const what = (edit.item.includes('/') ? said.resource : said.topic)({ item: safeText(edit.item) });
          const advice = index === 0 ? said.carryOver : said.carryOverAlso;
          lines.push(chalk.dim(`      ${advice({ what, line: safeText(edit.line) })}`));
        });
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
