/**
 * Everything that differs between a test and real life, passed in rather than reached for:
 * output streams, environment, clock, terminal facts. `bin/roadmap.js` builds the real one.
 */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Standard input as the commands read it: piped text, whole. */
export interface InputStream {
  isTTY: boolean;
  /** Everything piped in, to its end (`echo … | roadmap note 1.2`, `roadmap import -`). */
  readText(): string;
}

/** The terminal the interactive prompts read keys from and draw on. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  rows: number | undefined;
}

export interface Context {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  /** Asked for only when standard input and output are both terminals (the menu, `note`'s prompt). */
  terminal(): Terminal;
  env: Record<string, string | undefined>;
  cwd: string;
  homeDir: string;
  platform: NodeJS.Platform;
  /** The machine's name: with a database's path, where that database lives (`sync` tells copies apart by it). */
  hostname: () => string;
  now: () => Date;
  /** Folder of the curricula shipped with roadmap. */
  bundledCurriculumDirectory: string;
}
