import type { Context } from '../context.js';

export interface TerminalFacts {
  /** 0 = no color; 1–3 as chalk counts them. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Columns to fit text into; Infinity when output is not a terminal and COLUMNS is unset. */
  width: number;
}

/**
 * Colors only on a terminal; `--no-color` and NO_COLOR always win; FORCE_COLOR turns them on anywhere.
 * Decided here rather than by chalk because chalk does not honour NO_COLOR on a terminal.
 */
export function colorLevel(context: Context, colorFlag: boolean): TerminalFacts['colorLevel'] {
  const env = context.env;
  if (!colorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 1;
  }
  if (!context.stdout.isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

export function terminalWidth(context: Context): number {
  const fromEnv = Number.parseInt(context.env.COLUMNS ?? '', 10);
  if (Number.isFinite(fromEnv) && fromEnv > 0) return fromEnv;
  if (context.stdout.isTTY && context.stdout.columns && context.stdout.columns > 0) return context.stdout.columns;
  return Number.POSITIVE_INFINITY;
}

export function terminalFacts(context: Context, colorFlag: boolean): TerminalFacts {
  return { colorLevel: colorLevel(context, colorFlag), width: terminalWidth(context) };
}
