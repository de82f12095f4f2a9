import { neutralizeOneLine } from './controlCharacters.js';

/** Exit codes are part of the contract: scripts rely on them. */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  invalidData: 3,
  storage: 4,
  interrupted: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The one error type commands throw for a user-facing failure. `cli.ts` prints `lines` to stderr
 * (one problem per line, never a stack trace) and exits with `exitCode`. The lines often quote what
 * the learner typed or what a file holds (a REF, a path, a value), so they are made inert here, once
 * for every message: no control character in them reaches the terminal.
 */
export class RoadmapError extends Error {
  readonly exitCode: ExitCodeValue;
  readonly lines: string[];

  constructor(exitCode: ExitCodeValue, message: string, moreLines: string[] = []) {
    super(neutralizeOneLine(message));
    this.name = 'RoadmapError';
    this.exitCode = exitCode;
    this.lines = [message, ...moreLines].map(neutralizeOneLine);
  }
}

export const usageError = (message: string, moreLines?: string[]) => new RoadmapError(ExitCode.usage, message, moreLines);
export const dataError = (message: string, moreLines?: string[]) => new RoadmapError(ExitCode.invalidData, message, moreLines);
export const storageError = (message: string, moreLines?: string[]) => new RoadmapError(ExitCode.storage, message, moreLines);

/** The first line of an error's message: what a one-line report of a system's or a library's error quotes. */
export function firstLineOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n', 1)[0]!;
}

/**
 * The reader of stdout went away (`roadmap list | head`): not worth a message. Thrown by the output
 * stream; cli.ts stops the command and exits 0.
 */
export class OutputClosedError extends Error {
  constructor() {
    super('standard output was closed');
    this.name = 'OutputClosedError';
  }
}
