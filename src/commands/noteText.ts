import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RoadmapError, usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { loadPrompts, terminalStreams } from '../terminal/prompts.js';
import { safeText } from '../render/text.js';
import type { Session } from '../session.js';

export interface NoteTextRequest {
  /** The prompt on a terminal, naming the item: `Note on 1.2 Linear algebra:`. */
  message: string;
  /** The text to start from: the note being edited, or ''. */
  initial: string;
}

/** Typed text, and the folder of the editor's file that holds it (removed once the text is saved). */
interface Draft {
  text: string;
  folder?: string;
}

/**
 * Asks for a note's text (no text was given on the command line) and hands it to `save`. The caller
 * opens the database first, so that a database that cannot be opened fails before anything is typed;
 * if `save` still fails, the text is not lost: it stays in a file, whose path is added to the error.
 *
 * Where the text comes from: standard input when it is not a terminal (`echo … | roadmap note 1.2`,
 * even with $EDITOR set: what is piped in is the note); else $VISUAL or $EDITOR; else a prompt.
 * When nothing is piped in (`< /dev/null`), the editor still opens, if there is one.
 */
export async function saveTypedNote<T>(session: Session, request: NoteTextRequest, save: (text: string) => T): Promise<T> {
  const draft = await typedText(session, request);
  const text = draft.text.replace(/\s+$/, '');
  if (text.trim() === '') {
    discard(draft);
    throw usageError(messages().notes.empty);
  }
  let result: T;
  try {
    result = save(text);
  } catch (error) {
    throw withTextKept(session, error, text, draft);
  }
  discard(draft);
  return result;
}

async function typedText(session: Session, request: NoteTextRequest): Promise<Draft> {
  const env = session.context.env;
  const editor = env.VISUAL || env.EDITOR;
  if (!session.context.stdin.isTTY) {
    const piped = session.context.stdin.readText();
    if (piped.trim() !== '' || !editor) return { text: piped };
  }
  if (editor) return editInEditor(editor, request.initial);
  const { input } = await loadPrompts();
  return { text: await input({ message: request.message, default: request.initial || undefined }, terminalStreams(session.context)) };
}

function editInEditor(editor: string, initial: string): Draft {
  const folder = mkdtempSync(join(tmpdir(), 'roadmap-note-'));
  const file = join(folder, 'NOTE.md');
  try {
    writeFileSync(file, initial, { mode: 0o600 });
    // The editor command may carry arguments ("code --wait"); it is run without a shell.
    const [command, ...args] = editor.split(/\s+/).filter(Boolean);
    const result = spawnSync(command!, [...args, file], { stdio: 'inherit' });
    if (result.error) throw usageError(messages().notes.editorDidNotStart({ editor, reason: result.error.message }));
    if (result.status !== 0) throw usageError(messages().notes.editorFailed({ editor, code: String(result.status) }));
    return { text: readFileSync(file, 'utf8'), folder };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

function discard(draft: Draft): void {
  if (draft.folder) rmSync(draft.folder, { recursive: true, force: true });
}

/** The error of a failed save, telling where the note's text is now (or giving the text itself). */
function withTextKept(session: Session, error: unknown, text: string, draft: Draft): unknown {
  // The editor's file holds the text as typed; a note from a prompt or a pipe is written out now.
  const where = noteKeptLines(text, draft.folder ? join(draft.folder, 'NOTE.md') : keepNoteText(text));
  if (error instanceof RoadmapError) return new RoadmapError(error.exitCode, error.message, [...error.lines.slice(1), ...where]);
  session.warn(where.join('\n'));
  return error;
}

/** Writes a note that could not be saved to a file of its own; undefined when even that fails. */
export function keepNoteText(text: string): string | undefined {
  try {
    const file = join(mkdtempSync(join(tmpdir(), 'roadmap-note-')), 'NOTE.md');
    writeFileSync(file, `${text}\n`, { mode: 0o600 });
    return file;
  } catch {
    return undefined;
  }
}

/** What to tell the learner about a note that was not saved: where its text is, or the text. */
export function noteKeptLines(text: string, file: string | undefined): string[] {
  if (file) return [messages().notes.keptIn({ file: safeText(file) })];
  return [messages().notes.hereIsText, ...safeText(text, true).split('\n')];
}
