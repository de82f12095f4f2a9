import { buildCurriculumIndex } from '../curriculum/index.js';
import { editDistance } from '../curriculum/editDistance.js';
import type { Curriculum } from '../curriculum/types.js';
import { ExitCode, RoadmapError } from '../errors.js';
import { orphanRecords } from '../plan/statuses.js';
import { renderDoctor, type DoctorView } from '../render/doctor.js';
import { makeStyle } from '../render/style.js';
import type { CommandSpec } from './spec.js';

export const doctorCommand: CommandSpec = {
  name: 'doctor',
  summary: 'check the database and find progress for items no longer in the curriculum',
  details: `Progress is never deleted: when an item was renamed or removed, its records stay and doctor lists
them with the item they most likely became, and the aliases line that carries them over. Exit 1 when it
finds a problem.`,
  options: [{ flags: '--json', description: 'print the findings as JSON' }],
  examples: ['roadmap doctor', 'roadmap doctor --json'],
  async run(session, _args, options) {
    const curriculum = await session.curriculum();
    const store = session.readStore();
    const view: DoctorView = { database: session.databasePath(), exists: store !== null, integrity: [], orphans: [] };
    if (store) {
      view.integrity = store.integrityCheck();
      const records = store.statusRecords(curriculum.id);
      const notes = store.notes(curriculum.id);
      const keys = new Set([...records.keys(), ...notes.map((note) => note.item)]);
      const index = buildCurriculumIndex(curriculum);
      const orphans = orphanRecords(curriculum, [...keys].filter((key) => !index.sectionById.has(key)));
      view.orphans = orphans.map((item) => {
        const itemNotes = notes.filter((note) => note.item === item);
        const likely = likelySuccessor(curriculum, item);
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
      throw new RoadmapError(ExitCode.internal, `doctor found ${view.integrity.length > 0 ? 'database damage' : `${view.orphans.length} record(s) for items no longer in the curriculum`}`);
    }
  },
};

/** The live item the orphaned key most likely became: closest id of the same kind, by edit distance. */
function likelySuccessor(curriculum: Curriculum, key: string): DoctorView['orphans'][number]['likely'] {
  const index = buildCurriculumIndex(curriculum);
  const isResource = key.includes('/');
  const [topicPart = key, resourcePart = ''] = key.split('/');
  let best: { distance: number; item: string; number: string; title: string; aliasLine: string } | null = null;
  if (isResource) {
    const topic = index.topicByIdOrAlias.get(topicPart);
    const candidates = topic ? topic.resources : index.resources;
    for (const resource of candidates) {
      const distance = editDistance(resourcePart, resource.id) + (topic ? 0 : editDistance(topicPart, resource.ref.split('/')[0]!));
      if (!best || distance < best.distance) best = { distance, item: resource.ref, number: resource.number, title: resource.title, aliasLine: `aliases: [${resourcePart}]` };
    }
  } else {
    for (const topic of index.topics) {
      const distance = editDistance(key, topic.id);
      if (!best || distance < best.distance) best = { distance, item: topic.id, number: topic.number, title: topic.title, aliasLine: `aliases: [${key}]` };
    }
  }
  if (!best) return null;
  const limit = Math.max(3, Math.floor((isResource ? resourcePart : key).length / 2));
  return best.distance <= limit ? { item: best.item, number: best.number, title: best.title, aliasLine: best.aliasLine } : null;
}
