import type { Successor } from '../plan/successor.js';
import type { Style } from './style.js';
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
  const lines: string[] = [`Database: ${safeText(view.database)}`];
  if (!view.exists) lines.push(chalk.dim('  not created yet (nothing recorded so far)'));
  else if (view.integrity.length === 0) lines.push(`  ${chalk.green('✔')} integrity check passed`);
  else {
    lines.push(`  ${chalk.red('✘')} integrity check failed:`);
    for (const line of view.integrity) lines.push(`    ${safeText(line)}`);
    lines.push('  Restore from a backup made with roadmap export, or copy the file before trying sqlite3 .recover.');
  }
  if (view.exists && view.orphans.length === 0) lines.push(`  ${chalk.green('✔')} every record matches an item of the curriculum`);
  if (view.orphans.length > 0) {
    lines.push('', chalk.bold(`Progress for items no longer in the curriculum (kept, not lost):`));
    for (const orphan of view.orphans) {
      const what = [orphan.status ? `last ${orphan.status}` : null, orphan.notes.length > 0 ? `${orphan.notes.length} note(s)` : null].filter(Boolean).join(', ');
      lines.push(`  ${chalk.yellow('?')} ${safeText(orphan.item)}${what ? chalk.dim(`  (${what})`) : ''}`);
      for (const note of orphan.notes) lines.push(chalk.dim(`      #${note.id} ${safeText(note.text.split('\n')[0] ?? '')}`));
      if (orphan.likely) {
        lines.push(`      probably became ${orphan.likely.number}  ${safeText(orphan.likely.title)} (${safeText(orphan.likely.item)})`);
        orphan.likely.carryOver.forEach((edit, index) => {
          const what = `${edit.item.includes('/') ? 'resource' : 'topic'} ${safeText(edit.item)}`;
          const lead = index === 0 ? `to carry it over, write on ${what} in the curriculum` : `and on ${what}`;
          lines.push(chalk.dim(`      ${lead}:  ${safeText(edit.line)}`));
        });
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
