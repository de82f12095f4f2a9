import type { CommandSpec } from './spec.js';

/**
 * A command as the CLI knows it before loading it: its name, the other names it answers to, and how to
 * load the module that declares and runs it. A run loads only its own command's module (and what that
 * imports); help and unknown commands load them all.
 */
export interface CommandEntry {
  name: string;
  aliases?: string[];
  load(): Promise<CommandSpec>;
}

/** Every command, in the order `roadmap --help` lists them. */
export const COMMANDS: CommandEntry[] = [
  { name: 'next', load: async () => (await import('./next.js')).nextCommand },
  { name: 'list', aliases: ['ls'], load: async () => (await import('./list.js')).listCommand },
  { name: 'show', load: async () => (await import('./show.js')).showCommand },
  { name: 'done', load: async () => (await import('./setStatus.js')).doneCommand },
  { name: 'start', load: async () => (await import('./setStatus.js')).startCommand },
  { name: 'skip', load: async () => (await import('./setStatus.js')).skipCommand },
  { name: 'undo', aliases: ['reset'], load: async () => (await import('./setStatus.js')).undoCommand },
  { name: 'note', load: async () => (await import('./note.js')).noteCommand },
  { name: 'notes', load: async () => (await import('./notes.js')).notesCommand },
  { name: 'status', load: async () => (await import('./status.js')).statusCommand },
  { name: 'log', load: async () => (await import('./log.js')).logCommand },
  { name: 'review', load: async () => (await import('./review.js')).reviewCommand },
  { name: 'reviewed', load: async () => (await import('./reviewed.js')).reviewedCommand },
  { name: 'path', load: async () => (await import('./path.js')).pathCommand },
  { name: 'graph', load: async () => (await import('./graph.js')).graphCommand },
  { name: 'open', load: async () => (await import('./open.js')).openCommand },
  { name: 'report', load: async () => (await import('./report.js')).reportCommand },
  { name: 'export', load: async () => (await import('./export.js')).exportCommand },
  { name: 'import', load: async () => (await import('./import.js')).importCommand },
  { name: 'sync', load: async () => (await import('./sync.js')).syncCommand },
  { name: 'doctor', load: async () => (await import('./doctor.js')).doctorCommand },
  { name: 'curricula', load: async () => (await import('./curricula.js')).curriculaCommand },
  { name: 'use', load: async () => (await import('./use.js')).useCommand },
  { name: 'validate', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'check-links', load: async () => (await import('./checkLinks.js')).checkLinksCommand },
  { name: 'convert', load: async () => (await import('./convert.js')).convertCommand },
  { name: 'completion', load: async () => (await import('./completion.js')).completionCommand },
];

/** The entry `name` (a command's name or one of its aliases) stands for. */
export function commandEntry(name: string): CommandEntry | undefined {
  return COMMANDS.find((entry) => entry.name === name || entry.aliases?.includes(name));
}
