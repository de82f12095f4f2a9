/**
 * Everything that differs between a test and real life, passed in rather than reached for:
 * output streams, environment, clock, terminal facts. `bin/roadmap.js` builds the real one.
 */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Context {
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  homeDir: string;
  platform: NodeJS.Platform;
  now: () => Date;
  /** Folder of the curricula shipped with roadmap. */
  bundledCurriculumDirectory: string;
}
