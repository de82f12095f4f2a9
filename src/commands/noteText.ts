import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usageError } from '../errors.js';
import { prompts } from '../menu/prompts.js';
import type { Session } from '../session.js';

/**
 * The text of a note when none was given on the command line: from $VISUAL/$EDITOR, else a prompt on a
 * terminal, else standard input (so `echo … | roadmap note 1.2` works in scripts).
 */
export async function noteTextFromUser(session: Session, initial: string, readStdin: () => string): Promise<string> {
  const env = session.context.env;
  const editor = env.VISUAL || env.EDITOR;
  let text: string;
  if (editor) text = editInEditor(editor, initial);
  else if (session.context.stdinIsTTY) {
    const { input } = await prompts();
    text = await input({ message: 'Note:', default: initial || undefined });
  } else text = readStdin();
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed.trim() === '') throw usageError('empty note: nothing saved');
  return trimmed;
}

function editInEditor(editor: string, initial: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'roadmap-note-'));
  const file = join(directory, 'NOTE.md');
  try {
    writeFileSync(file, initial);
    // The editor command may carry arguments ("code --wait"); it is run without a shell.
    const [command, ...args] = editor.split(/\s+/).filter(Boolean);
    const result = spawnSync(command!, [...args, file], { stdio: 'inherit' });
    if (result.error) throw usageError(`could not start the editor "${editor}": ${result.error.message}`);
    if (result.status !== 0) throw usageError(`the editor "${editor}" exited with code ${result.status}: nothing saved`);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
