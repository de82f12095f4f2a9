import type { CommandSpec } from './spec.js';
import { doctorCommand } from './doctor.js';
import { exportCommand } from './export.js';
import { graphCommand } from './graph.js';
import { importCommand } from './import.js';
import { openCommand } from './open.js';
import { listCommand } from './list.js';
import { logCommand } from './log.js';
import { nextCommand } from './next.js';
import { noteCommand } from './note.js';
import { notesCommand } from './notes.js';
import { pathCommand } from './path.js';
import { doneCommand, skipCommand, startCommand, undoCommand } from './setStatus.js';
import { showCommand } from './show.js';
import { statusCommand } from './status.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `roadmap --help` lists them. */
export const COMMANDS: CommandSpec[] = [
  nextCommand,
  listCommand,
  showCommand,
  doneCommand,
  startCommand,
  skipCommand,
  undoCommand,
  noteCommand,
  notesCommand,
  statusCommand,
  logCommand,
  pathCommand,
  graphCommand,
  openCommand,
  exportCommand,
  importCommand,
  doctorCommand,
  validateCommand,
];
