import { messages } from '../messages/index.js';
import type { Session } from '../session.js';

/**
 * What a value on the command line stands for, so the shell can complete it (`roadmap completion`): a REF
 * of the current curriculum, a file, a curriculum (a file or a bundled id), a resource kind, or one of
 * these words.
 */
export type ValueKind = 'ref' | 'file' | 'curriculum' | 'kind' | readonly string[];

export interface OptionSpec {
  flags: string;
  description: string;
  defaultValue?: string | boolean | string[];
  /** Turns the raw value into what `run` receives; throw `usageError` for a bad one. */
  parse?: (value: string, previous: unknown) => unknown;
  /** For an option that takes a value: what the value is, for completion. */
  values?: ValueKind;
}

/**
 * A command as declared to the CLI: its usage, help and examples live here, next to the code that runs it.
 * `run` gets the positional arguments in declaration order (a variadic one as an array) and the options.
 */
export interface CommandSpec {
  name: string;
  /** Commander argument syntax: `<ref>`, `[ref]`, `<refs...>`. */
  arguments?: string;
  /**
   * What each argument is, in declaration order, for completion; a variadic last argument's kind applies
   * to all its words. An argument with no kind here (free text) is not completed.
   */
  argumentKinds?: ValueKind[];
  summary: string;
  /** Longer explanation shown by `--help`, after the summary. */
  details?: string;
  options?: OptionSpec[];
  examples: string[];
  run(session: Session, args: unknown[], options: Record<string, unknown>): Promise<void>;
}

/**
 * The help texts (src/messages/<language>/help.ts) of the language in use. A spec reads its summary,
 * details and option descriptions through getters, when they are shown: the language is chosen before any
 * command runs, but a spec's module may be evaluated before that (a test, completion), so nothing is read
 * when it loads.
 */
export function helpText() {
  return messages().help;
}

export function positiveInteger(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) {
      throw new Error(messages().cli.positiveInteger({ name, value }));
    }
    return Number(value);
  };
}

/** `-n, --count <n>` → `['-n', '--count']`. */
export function optionNames(option: OptionSpec): string[] {
  return option.flags.split(/[ ,|]+/).filter((part) => part.startsWith('-'));
}

export function takesValue(option: OptionSpec): boolean {
  return /[<[]/.test(option.flags);
}
