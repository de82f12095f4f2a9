import { buildCurriculumIndex } from '../curriculum/index.js';
import { progressCurricula } from '../curriculum/progressHome.js';
import { ExitCode, RoadmapError } from '../errors.js';
import { messages } from '../messages/index.js';
import { orphanRecords } from '../plan/statuses.js';
import { likelySuccessors } from '../plan/successor.js';
import { renderDoctor, type DoctorView } from '../render/doctor.js';
import { makeStyle } from '../render/style.js';
import { helpText, type CommandSpec } from './spec.js';

export const doctorCommand: CommandSpec = {
  name: 'doctor',
  get summary() { return helpText().doctor.summary; },
  get details() { return helpText().doctor.details; },
  options: [{ flags: '--json', get description() { return helpText().doctor.options.json; } }],
  examples: ['roadmap doctor', 'roadmap doctor --json'],
  async run(session, _args, options) {
    const curriculum = await session.curriculum();
    const store = session.readStore();
    const view: DoctorView = { database: session.databasePath(), exists: store !== null, integrity: [], orphans: [] };
    if (store) {
      view.integrity = store.integrityCheck();
      // A whole course's records are its parts': an item is an orphan only if the course has no such item.
      const records = store.statusRecords(progressCurricula(curriculum));
      const notes = store.notes(progressCurricula(curriculum));
      const keys = new Set([...records.keys(), ...notes.map((note) => note.item)]);
      const index = buildCurriculumIndex(curriculum);
      const orphans = orphanRecords(curriculum, [...keys].filter((key) => !index.sectionById.has(key)));
      // One piece of advice for all orphans, so that following all of it keeps the curriculum valid.
      const successors = likelySuccessors(curriculum, orphans);
      view.orphans = orphans.map((item) => {
        const itemNotes = notes.filter((note) => note.item === item);
        const likely = successors.get(item) ?? null;
        return {
          item,
          status: records.get(item)?.status ?? null,
          at: records.get(item)?.at ?? null,
          notes: itemNotes.map((note) => ({ id: note.id, text: note.text })),
          likely,
        };
      });
    }
    if (options.json) session.printJson(view);
    else session.print(renderDoctor(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
    if (view.integrity.length > 0 || view.orphans.length > 0) {
      const said = messages().doctor;
      throw new RoadmapError(ExitCode.internal, view.integrity.length > 0 ? said.foundDamage : said.foundOrphans({ count: view.orphans.length }));
    }
  },
};
