import type { Session } from '../session.js';

export interface OptionSpec {
  flags: string;
  description: string;
  defaultValue?: string | boolean | string[];
  /** Turns the raw value into what `run` receives; throw `usageError` for a bad one. */
  parse?: (value: string, previous: unknown) => unknown;
}

/**
 * A command as declared to the CLI: its usage, help and examples live here, next to the code that runs it.
 * `run` gets the positional arguments in declaration order (a variadic one as an array) and the options.
 */
export interface CommandSpec {
  name: string;
  /** Commander argument syntax: `<ref>`, `[ref]`, `<refs...>`. */
  arguments?: string;
  summary: string;
  /** Longer explanation shown by `--help`, after the summary. */
  details?: string;
  options?: OptionSpec[];
  examples: string[];
  run(session: Session, args: unknown[], options: Record<string, unknown>): Promise<void>;
}

export function positiveInteger(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) {
      throw new Error(`${name} must be a whole number of 1 or more, not "${value}"`);
    }
    return Number(value);
  };
}
