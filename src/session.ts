import { resolve } from 'node:path';
import type { Context } from './context.js';
import { neutralizeLines } from './controlCharacters.js';
import type { Curriculum } from './curriculum/types.js';
import { loadCurriculum } from './load/curriculumCache.js';
import { locateCurriculum, type CurriculumLocation } from './load/locateCurriculum.js';
import { readUserConfig } from './load/userConfig.js';
import { progressCurricula } from './curriculum/progressHome.js';
import { knownTimeZone, PROCESS_LOCAL_TIME } from './plan/activity.js';
import { curriculumState, type CurriculumState } from './plan/state.js';
import { resolveRecords, statusesOf } from './plan/statuses.js';
import { defaultCacheDirectory, defaultConfigPath, defaultDatabasePath } from './progress/dataPaths.js';
import { ProgressStore } from './progress/store.js';
import type { Status, StatusRecord } from './model/progress.js';
import { renderJson } from './render/json.js';
import { RoadmapError } from './errors.js';
import { messages } from './messages/index.js';
import { terminalFacts, type TerminalFacts } from './render/terminal.js';

export interface GlobalOptions {
  curriculum?: string;
  db?: string;
  color: boolean;
  debug?: boolean;
  /** Already applied by src/cli.ts before the options are parsed (src/messages/language.ts). */
  lang?: string;
}

export interface CurriculumChoice {
  /** A bundled id or a file; undefined for the built-in default. */
  value: string | undefined;
  source: 'option' | 'environment' | 'settings' | 'default';
}

/** The learner's standing in one curriculum: what every command reads before it renders or writes. */
export interface ProgressSnapshot {
  curriculum: Curriculum;
  /** The winning record (status and when) of every live item that has one, by live key (resolveRecords). */
  records: ReadonlyMap<string, StatusRecord>;
  statuses: Map<string, Status>;
  state: CurriculumState;
}

/**
 * What a command works with: the curriculum, the progress database and the output, set up lazily so a
 * command pays only for what it uses (no database for `validate`, no write access for `list`).
 */
export class Session {
  readonly terminal: TerminalFacts;
  private loaded?: Promise<Curriculum>;
  private store: ProgressStore | null | undefined;
  private writable = false;

  constructor(
    readonly context: Context,
    readonly options: GlobalOptions,
  ) {
    this.terminal = terminalFacts(context, options.color !== false);
  }

  now(): Date {
    return this.context.now();
  }

  /**
   * Which curriculum the learner asked for, and how: `--curriculum`, then ROADMAP_CURRICULUM, then the one
   * `roadmap use` kept in the settings file, then the built-in default (`value` undefined).
   */
  curriculumChoice(): CurriculumChoice {
    if (this.options.curriculum !== undefined) return { value: this.options.curriculum, source: 'option' };
    const fromEnvironment = nonEmpty(this.context.env.ROADMAP_CURRICULUM);
    if (fromEnvironment !== undefined) return { value: fromEnvironment, source: 'environment' };
    const kept = readUserConfig(this.configPath()).curriculum;
    if (kept !== undefined) return { value: kept, source: 'settings' };
    return { value: undefined, source: 'default' };
  }

  /**
   * The learner's time zone, in which a day of study begins and ends: $TZ when it names a zone the runtime
   * knows (as Node itself reads it), else the system's.
   */
  timeZone(): string {
    const named = this.context.env.TZ?.replace(/^:/, '');
    // Without $TZ, the process's own local time is the system's zone, read without Intl's zone data.
    return (named && knownTimeZone(named)) || PROCESS_LOCAL_TIME;
  }

  curriculumLocation(): CurriculumLocation {
    const choice = this.curriculumChoice();
    try {
      return locateCurriculum(choice.value, this.context.cwd, this.context.bundledCurriculumDirectory);
    } catch (error) {
      if (choice.source === 'settings' && error instanceof RoadmapError) {
        throw new RoadmapError(error.exitCode, messages().curricula.use.madeDefault({ reason: error.message }));
      }
      throw error;
    }
  }

  /** The user's settings file (see src/load/userConfig.ts). */
  configPath(): string {
    return defaultConfigPath(this.context.env, this.context.homeDir, this.context.platform);
  }

  cacheDirectory(): string | null {
    if (this.context.env.ROADMAP_NO_CACHE === '1') return null;
    return defaultCacheDirectory(this.context.env, this.context.homeDir, this.context.platform);
  }

  curriculum(): Promise<Curriculum> {
    this.loaded ??= loadCurriculum(this.curriculumLocation(), this.cacheDirectory(), this.context.bundledCurriculumDirectory).then((loaded) => loaded.curriculum);
    return this.loaded;
  }

  databasePath(): string {
    const chosen = this.options.db ?? nonEmpty(this.context.env.ROADMAP_DB);
    if (chosen) return resolve(this.context.cwd, chosen);
    return defaultDatabasePath(this.context.env, this.context.homeDir, this.context.platform);
  }

  /** The database for reading, or null when there is none yet: reading never creates it. */
  readStore(): ProgressStore | null {
    if (this.store === undefined) this.store = ProgressStore.openForReading(this.databasePath());
    return this.store;
  }

  writeStore(): ProgressStore {
    if (!this.writable) {
      this.store?.close();
      this.store = ProgressStore.openForWriting(this.databasePath());
      this.writable = true;
    }
    return this.store as ProgressStore;
  }

  async snapshot(): Promise<ProgressSnapshot> {
    const curriculum = await this.curriculum();
    return progressSnapshot(curriculum, this.writable ? this.store! : this.readStore());
  }

  print(text: string): void {
    this.context.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
  }

  printJson(value: unknown): void {
    this.context.stdout.write(renderJson(value, this.context.stdout.isTTY ? 2 : 0));
  }

  warn(text: string): void {
    this.context.stderr.write(`${neutralizeLines(text)}\n`);
  }

  close(): void {
    this.store?.close();
    this.store = undefined;
  }
}

/** The learner's standing in `curriculum` as `store` records it (none without a database). */
export function progressSnapshot(curriculum: Curriculum, store: ProgressStore | null): ProgressSnapshot {
  const records = resolveRecords(curriculum, store ? store.statusRecords(progressCurricula(curriculum)) : new Map());
  const statuses = statusesOf(records);
  return { curriculum, records, statuses, state: curriculumState(curriculum, statuses) };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
