import { keepNoteText, noteKeptLines } from '../commands/noteText.js';
import { progressHomeOfKey } from '../curriculum/progressHome.js';
import type { Section, Topic } from '../curriculum/types.js';
import { RoadmapError } from '../errors.js';
import { messages } from '../messages/index.js';
import { safeText } from '../render/text.js';
import type { Session } from '../session.js';
import { choose } from './choose.js';
import { loadPrompts } from '../terminal/prompts.js';
import { ask, BACK, type Back } from './prompts.js';
import { alignedLabels, header, look, named } from './screen.js';

interface Item {
  key: string;
  number: string;
  title: string;
}

const sectionItem = (section: Section): Item => ({ key: section.id, number: section.number, title: section.title });
const topicItem = (topic: Topic): Item => ({ key: topic.id, number: topic.number, title: topic.title });
/** How the enclosing item is listed among its children. */
const sectionItself = (item: Item): Item => ({ ...item, title: messages().menu.note.sectionItself({ title: item.title }) });
const topicItself = (item: Item): Item => ({ ...item, title: messages().menu.note.topicItself({ title: item.title }) });

/**
 * Add a note: section → (the section itself, or a topic) → (the topic itself, or a resource) → the text.
 * Back (or Esc) goes up one level; once a note is saved, back to the main menu.
 */
export async function noteScreen(session: Session): Promise<void> {
  const curriculum = await session.curriculum();
  const words = messages().menu.note;
  for (;;) {
    const section = await pick(session, [words.trail], words.whichSection, curriculum.sections.map(sectionItem), curriculum.sections);
    if (section === BACK) return;
    const sectionTrail = [words.trail, named(section.number, section.title)];
    for (;;) {
      const listed: Item[] = [sectionItself(sectionItem(section)), ...section.topics.map(topicItem)];
      const inSection: Section | Topic | Back = await pick<Section | Topic>(session, sectionTrail, words.sectionOrTopic, listed, [section, ...section.topics]);
      if (inSection === BACK) break;
      if (inSection === section) {
        if (await writeNote(session, sectionTrail, sectionItem(section))) return;
        continue;
      }
      const topic = inSection as Topic;
      const topicTrail = [...sectionTrail, named(topic.number, topic.title)];
      if (topic.resources.length === 0) {
        if (await writeNote(session, topicTrail, topicItem(topic))) return;
        continue;
      }
      for (;;) {
        const items: Item[] = [topicItem(topic), ...topic.resources.map((resource) => ({ key: resource.ref, number: resource.number, title: resource.title }))];
        const target = await pick(session, topicTrail, words.topicOrResource, [topicItself(items[0]!), ...items.slice(1)], items);
        if (target === BACK) break;
        if (await writeNote(session, target.key === topic.id ? topicTrail : [...topicTrail, named(target.number, target.title)], target)) return;
      }
    }
  }
}

/** A list of items, numbered and aligned; gives the value that goes with the chosen one. */
async function pick<T>(session: Session, trail: string[], question: string, items: Item[], values: T[]): Promise<T | Back> {
  const view = look(session);
  const { curriculum, state } = await session.snapshot();
  const labels = alignedLabels(view, items.map((item) => ({ number: item.number, title: item.title })));
  return choose(view, `${header(view, curriculum, state, trail)}\n\n${question}`, values.map((value, i) => ({ name: labels[i]!, value })));
}

/**
 * Asks for the text and saves it; false when the user went back (Esc) instead. A failed save is shown,
 * with where the text was kept, and the menu goes on.
 */
async function writeNote(session: Session, trail: string[], item: Item): Promise<boolean> {
  const { input } = await loadPrompts();
  const view = look(session);
  const words = messages().menu.note;
  const { curriculum, state } = await session.snapshot();
  const hint = view.style.chalk.dim(words.hint);
  // The input prompt puts a space between its prefix and its message, so the screen goes into the prefix.
  const theme = { ...view.theme, prefix: { idle: `${header(view, curriculum, state, trail)}\n${hint}\n\n✎`, done: '' } };
  const message = words.noteFor({ item: named(item.number, item.title) });
  const text = await ask(view.terminal, (context) => input({ message, validate: (value) => value.trim() !== '' || words.needsText, theme }, context));
  if (text === BACK) return false;
  let note;
  try {
    note = session.writeStore().addNote(progressHomeOfKey(curriculum, item.key), item.key, text.trim(), session.now().toISOString());
  } catch (error) {
    if (!(error instanceof RoadmapError)) throw error;
    // The menu goes on, and what was typed is not lost with the failed write.
    session.print(view.style.chalk.red([...error.lines, ...noteKeptLines(text.trim(), keepNoteText(text.trim()))].join('\n')));
    return true;
  }
  // Worded as `roadmap note` words it.
  session.print(`${view.style.chalk.green('✎')} ${messages().notes.added({ id: note.id, item: `${item.number}  ${safeText(item.title)}` })}`);
  return true;
}
