import { buildCurriculumIndex } from '../curriculum/index.js';
import { relative } from 'node:path';
import type { Curriculum } from '../curriculum/types.js';
import { RoadmapError } from '../errors.js';
import { messages } from '../messages/index.js';
import { loadCurriculum } from '../load/curriculumCache.js';
import { bundledCurricula, type CurriculumLocation } from '../load/locateCurriculum.js';
import { progressFigures } from '../plan/state.js';
import type { ProgressStore } from '../progress/store.js';
import { renderCurricula, type CurriculaView, type CurriculumListing } from '../render/curricula.js';
import { makeStyle } from '../render/style.js';
import { progressSnapshot, type Session } from '../session.js';
import { helpText, type CommandSpec } from './spec.js';

export const curriculaCommand: CommandSpec = {
  name: 'curricula',
  get summary() { return helpText().curricula.summary; },
  get details() { return helpText().curricula.details; },
  options: [{ flags: '--json', get description() { return helpText().curricula.options.json; } }],
  examples: ['roadmap curricula', 'roadmap curricula --json'],
  async run(session, _args, options) {
    const view = await listCurricula(session);
    if (options.json) session.printJson(view);
    else session.print(renderCurricula(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
  },
};

async function listCurricula(session: Session): Promise<CurriculaView> {
  const context = session.context;
  const choice = session.curriculumChoice();
  let current: CurriculumLocation | undefined;
  try {
    current = session.curriculumLocation();
  } catch (error) {
    if (!(error instanceof RoadmapError)) throw error;
    session.warn(messages().curricula.currentNotFound({ reason: error.message }));
  }
  const store = session.readStore();
  const entries: { name: string; location: CurriculumLocation; bundled: boolean }[] = [];
  for (const [id, path] of bundledCurricula(context.bundledCurriculumDirectory)) {
    entries.push({ name: id, location: { path, displayName: relative(context.cwd, path) || path }, bundled: true });
  }
  if (current && !entries.some((entry) => entry.location.path === current.path)) entries.push({ name: current.displayName, location: current, bundled: false });
  const curricula: CurriculumListing[] = [];
  for (const entry of entries) {
    const listing = await describe(session, entry.location, store);
    curricula.push({ ...listing, name: entry.name, bundled: entry.bundled, current: entry.location.path === current?.path });
  }
  return { curricula, chosenBy: choice.source };
}

async function describe(session: Session, location: CurriculumLocation, store: ProgressStore | null): Promise<Omit<CurriculumListing, 'name' | 'bundled' | 'current'>> {
  let curriculum: Curriculum;
  try {
    curriculum = (await loadCurriculum(location, session.cacheDirectory(), session.context.bundledCurriculumDirectory)).curriculum;
  } catch (error) {
    if (!(error instanceof RoadmapError)) throw error;
    const empty = { id: '', title: '', language: null, parts: [], sections: 0, topics: 0, resources: 0, progress: { complete: 0, total: 0 } };
    return { ...empty, problem: messages().curricula.invalid({ reason: error.message }) };
  }
  const figures = progressFigures(curriculum, progressSnapshot(curriculum, store).state);
  const index = buildCurriculumIndex(curriculum);
  return {
    id: curriculum.id,
    title: curriculum.title,
    language: curriculum.language ?? null,
    parts: curriculum.parts?.map((part) => part.id) ?? [],
    sections: curriculum.sections.length,
    topics: index.topics.length,
    resources: index.resources.length,
    progress: { complete: figures.topics.complete, total: figures.topics.total },
    problem: null,
  };
}
