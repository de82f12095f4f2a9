import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, TempHome } from './helpers/roadmap.js';

/**
 * A whole course (a curriculum of parts, see src/curriculum/course.ts) and the commands that choose the
 * curriculum (`use`, `curricula`). The promise checked here: no progress is lost when the default becomes
 * the whole course, and what is recorded through either view shows in the other.
 */

const COURSE_DIRECTORY = path.join(FIXTURES, 'course');
let home: TempHome;

beforeEach(() => {
  home = new TempHome();
});
afterEach(() => home.remove());

function ok(args: string[], env: Record<string, string | undefined> = {}) {
  const result = home.run(args, { env });
  if (result.code !== 0) throw new Error(`roadmap ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

const json = (args: string[]) => JSON.parse(ok([...args, '--json']));

/** A course in the temporary home whose first part is the bundled `llm-fundamentals` (found by id) and whose second is the fixture part B. */
function courseOverBundledDefault(): string {
  const file = path.join(home.dir, 'whole.yaml');
  writeFileSync(
    file,
    [
      'schema: 1',
      'id: whole',
      'title: Whole',
      'parts:',
      '  - llm-fundamentals',
      `  - ${JSON.stringify(path.join(COURSE_DIRECTORY, 'part-b.yaml'))}`,
      'requires:',
      '  architecture: [neural-networks, nlp]',
      '',
    ].join('\n'),
  );
  return file;
}

interface ListedTopic {
  id: string;
  number: string;
  status: string;
}

function topicsOf(list: { sections: { topics: ListedTopic[] }[] }): Map<string, ListedTopic> {
  return new Map(list.sections.flatMap((section) => section.topics).map((topic) => [topic.id, topic]));
}

describe('a whole course', () => {
  it('keeps every record made under the default curriculum, and shares new ones with it both ways', () => {
    // The default of earlier releases: the bundled llm-fundamentals, as a learner who installed one has it.
    const earlier = { ROADMAP_CURRICULUM: 'llm-fundamentals' };
    ok(['done', '2.1', '--note', 'python first'], earlier);
    ok(['start', 'linear-algebra'], earlier);
    ok(['note', '1.2', 'eigenvectors'], earlier);
    const before = JSON.parse(ok(['list', '--json'], earlier));
    expect(before.curriculum.id).toBe('llm-fundamentals');
    const defaultTopics = topicsOf(before);
    expect(defaultTopics.get('python-basics')!.status).toBe('done');

    // Today's built-in default, the whole bundled course, finds all of it with nothing chosen.
    const bundledCourse = json(['list']);
    expect(bundledCourse.curriculum.id).toBe('llm-course');
    expect(topicsOf(bundledCourse).get('python-basics')).toMatchObject({ number: '2.1', status: 'done' });
    expect(topicsOf(bundledCourse).get('linear-algebra')).toMatchObject({ number: '1.2', status: 'started' });
    expect(json(['notes']).notes.map((note: { text: string }) => note.text).sort()).toEqual(['eigenvectors', 'python first']);
    // Nineteen sections: the numbers are right-aligned, so every title starts in one column.
    const sectionLines = ok(['status']).split('\n').filter((line) => /^ +\d+  \S/.test(line));
    expect(sectionLines).toHaveLength(19);
    expect(new Set(sectionLines.map((line) => line.search(/(?<=\d  )\S/)))).toEqual(new Set([6]));

    // The whole course becomes the default.
    const course = courseOverBundledDefault();
    ok(['use', course]);
    const list = json(['list']);
    expect(list.curriculum.id).toBe('whole');
    const topics = topicsOf(list);
    // Part 1's numbers mean the same in the course; part 2 continues after them.
    expect(topics.get('python-basics')).toMatchObject({ number: '2.1', status: 'done' });
    expect(topics.get('linear-algebra')).toMatchObject({ number: defaultTopics.get('linear-algebra')!.number, status: 'started' });
    expect(topics.get('architecture')!.number).toBe(`${before.sections.length + 1}.1`);
    const status = json(['status']);
    expect(status.topics.done).toBe(1);
    expect(status.recent.map((event: { ref: string }) => event.ref)).toEqual(['linear-algebra', 'python-basics']);
    const notes = json(['notes']).notes.map((note: { item: string; text: string; number: string }) => [note.item, note.number, note.text]);
    expect(notes).toEqual([
      ['linear-algebra', '1.2', 'eigenvectors'],
      ['python-basics', '2.1', 'python first'],
    ]);
    const log = json(['log']).events.map((event: { kind: string; ref: string }) => `${event.kind} ${event.ref}`);
    expect(log).toEqual(['status-changed python-basics', 'note-added python-basics', 'status-changed linear-algebra', 'note-added linear-algebra']);
    const doctor = home.run(['doctor', '--json']);
    expect(doctor.code, doctor.stdout).toBe(0);
    expect(JSON.parse(doctor.stdout).orphans).toEqual([]);

    // Recorded through the course: a part-1 item and a part-2 item.
    ok(['done', 'linear-algebra', '--note', 'through the course']);
    ok(['done', 'architecture']);
    ok(['reviewed', 'linear-algebra']);

    // Back to part 1 alone: the part-1 record is there; the part-2 one belongs to its own part.
    ok(['use', 'llm-fundamentals']);
    const back = topicsOf(json(['list']));
    expect(back.get('linear-algebra')!.status).toBe('done');
    expect(back.has('architecture')).toBe(false);
    expect(json(['notes']).notes.map((note: { text: string }) => note.text)).toContain('through the course');
    expect(json(['log']).events.filter((event: { ref: string }) => event.ref === 'linear-algebra').map((event: { kind: string }) => event.kind)).toEqual(['status-changed', 'note-added', 'status-changed', 'note-added', 'reviewed']);
    const partB = topicsOf(json(['--curriculum', path.join(COURSE_DIRECTORY, 'part-b.yaml'), 'list']));
    expect(partB.get('architecture')!.status).toBe('done');

    // Every event is stored under its part's id, none under the course's.
    const exported = JSON.parse(ok(['export']));
    expect(new Set(exported.events.map((event: { curriculum: string }) => event.curriculum))).toEqual(new Set(['llm-fundamentals', 'part-b']));
    expect(new Set(exported.notes.map((note: { curriculum: string }) => note.curriculum))).toEqual(new Set(['llm-fundamentals']));
    expect(exported.reviews.map((review: { curriculum: string; item: string }) => `${review.curriculum} ${review.item}`)).toEqual(['llm-fundamentals linear-algebra']);
  });

  it('is followed as one roadmap: next, path and status span the parts', () => {
    const course = ['--curriculum', path.join(COURSE_DIRECTORY, 'course.yaml')];
    const list = json([...course, 'list']);
    expect(list.sections.map((section: { number: string; id: string }) => `${section.number} ${section.id}`)).toEqual(['1 a-math', '2 a-networks', '3 b-models', '4 b-apps']);
    // The course's requires: architecture needs part A's networks; the applications need fine-tuning.
    expect(topicsOf(list).get('architecture')!).toMatchObject({ number: '3.1' });
    const path_ = json([...course, 'path', 'rag']).steps.map((step: { number: string }) => step.number);
    expect(path_).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2']);
    ok([...course, 'done', '1.1', '1.2', '2.1', '2.2']);
    expect(json([...course, 'next']).suggestions[0].number).toBe('3.1');
  });

  it('is rebuilt when one of its parts changes, though the course file did not', () => {
    for (const name of ['course.yaml', 'part-a.yaml', 'part-b.yaml']) copyFileSync(path.join(COURSE_DIRECTORY, name), path.join(home.dir, name));
    const course = ['--curriculum', path.join(home.dir, 'course.yaml')];
    expect(json([...course, 'list']).sections[3].title).toBe('Applications');
    expect(json([...course, 'list']).sections[3].title).toBe('Applications');
    const partB = path.join(home.dir, 'part-b.yaml');
    writeFileSync(partB, readFileSync(partB, 'utf8').replace('title: Applications', 'title: Uses'));
    expect(json([...course, 'list']).sections[3].title).toBe('Uses');
  });

  it('takes a Markdown part given as a bare file name as a file beside the course, not as an id', () => {
    copyFileSync(path.join(COURSE_DIRECTORY, 'part-a.yaml'), path.join(home.dir, 'part-a.yaml'));
    copyFileSync(path.join(FIXTURES, 'markdown', 'study-plan.md'), path.join(home.dir, 'plan.md'));
    writeFileSync(path.join(home.dir, 'course.yaml'), ['schema: 1', 'id: course', 'title: Course', 'parts:', '  - part-a.yaml', '  - plan.md', ''].join('\n'));
    const validated = home.run(['validate', 'course.yaml'], { cwd: home.dir });
    expect(validated.code, validated.stderr).toBe(0);
    const list = JSON.parse(home.run(['--curriculum', 'course.yaml', 'list', '--json'], { cwd: home.dir }).stdout);
    expect(list.curriculum.id).toBe('course');
    expect(list.sections.map((section: { number: string; title: string }) => `${section.number} ${section.title}`)).toEqual(['1 Math', '2 Networks', '3 Foundations', '4 Building']);
  });

  it('reports problems in the course file at FILE:LINE:COL, and a part\'s problems in the part', () => {
    for (const name of ['part-a.yaml', 'part-b.yaml']) copyFileSync(path.join(COURSE_DIRECTORY, name), path.join(home.dir, name));
    const course = path.join(home.dir, 'course.yaml');
    writeFileSync(course, ['schema: 1', 'id: course', 'title: Course', 'parts:', '  - part-a.yaml', '  - part-b.yaml', 'requires:', '  architecture: [neural-nets]', '  fine-tuning: [neural-net]', '  rag: [rag-guide]', '  algebra: [architecture]', ''].join('\n'));
    let result = home.run(['validate', 'course.yaml'], { cwd: home.dir });
    expect(result.code).toBe(3);
    expect(result.stderr.trim().split('\n')).toEqual([
      'course.yaml:9:17: fine-tuning requires "neural-net" is not a topic or section of the course; did you mean "neural-nets"?',
      'course.yaml:10:9: rag requires "rag-guide" is not a topic or section of the course',
      'course.yaml:11:13: requirement cycle: algebra → architecture → neural-nets → algebra',
    ]);

    // The same topic id in two parts.
    writeFileSync(course, ['schema: 1', 'id: course', 'title: Course', 'parts:', '  - part-a.yaml', '  - part-b.yaml', ''].join('\n'));
    writeFileSync(path.join(home.dir, 'part-b.yaml'), readFileSync(path.join(home.dir, 'part-b.yaml'), 'utf8').replace('id: rag', 'id: algebra'));
    result = home.run(['validate', 'course.yaml'], { cwd: home.dir });
    expect(result.stderr).toContain('course.yaml:6:5: id "algebra" of part "part-b" is also used in part "part-a"');

    // A problem inside a part is placed in the part.
    writeFileSync(path.join(home.dir, 'part-b.yaml'), readFileSync(path.join(COURSE_DIRECTORY, 'part-b.yaml'), 'utf8').replace('requires: [vector-stores]', 'requires: [vector-store]'));
    result = home.run(['validate', 'course.yaml'], { cwd: home.dir });
    expect(result.stderr).toMatch(/part-b\.yaml:\d+:\d+: .*"vector-store"/);
    expect(result.stderr).toContain('course.yaml:6:5: part "part-b.yaml" (part-b.yaml) is not valid');

    // sections and parts together.
    writeFileSync(course, ['schema: 1', 'id: course', 'title: Course', 'sections: []', 'parts: [part-a.yaml]', ''].join('\n'));
    result = home.run(['validate', 'course.yaml'], { cwd: home.dir });
    expect(result.stderr).toContain('course.yaml:5:1: "sections" and "parts" cannot both be given in curriculum: give only one');
  });
});

describe('roadmap use and roadmap curricula', () => {
  it('keeps the chosen curriculum in the settings file, under which --curriculum and ROADMAP_CURRICULUM still win', () => {
    const settings = path.join(home.dir, '.config', 'roadmap', 'config.json');
    // A relative path is taken from the working directory and kept absolute.
    const relative = path.relative(home.dir, path.join(COURSE_DIRECTORY, 'course.yaml'));
    expect(home.run(['use', relative], { cwd: home.dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(settings, 'utf8'))).toEqual({ curriculum: path.join(COURSE_DIRECTORY, 'course.yaml') });
    expect(json(['list']).curriculum.id).toBe('course');
    expect(JSON.parse(ok(['list', '--json'], { ROADMAP_CURRICULUM: 'llm-fundamentals' })).curriculum.id).toBe('llm-fundamentals');
    expect(json(['--curriculum', 'llm-fundamentals', 'list']).curriculum.id).toBe('llm-fundamentals');

    const listed = json(['curricula']);
    expect(listed.chosenBy).toBe('settings');
    const current = listed.curricula.find((entry: { current: boolean }) => entry.current);
    expect(current).toMatchObject({ id: 'course', bundled: false, parts: ['part-a', 'part-b'], sections: 4, topics: 8, resources: 8 });
    expect(listed.curricula.find((entry: { id: string }) => entry.id === 'llm-fundamentals')).toMatchObject({ bundled: true, current: false, language: 'zh-TW' });

    ok(['done', '1.1']);
    expect(json(['curricula']).curricula.find((entry: { current: boolean }) => entry.current).progress).toEqual({ complete: 1, total: 8 });

    ok(['use', 'llm-fundamentals']);
    expect(JSON.parse(readFileSync(settings, 'utf8'))).toEqual({ curriculum: 'llm-fundamentals' });
    ok(['use', '--clear']);
    expect(JSON.parse(readFileSync(settings, 'utf8'))).toEqual({});
    expect(json(['curricula']).chosenBy).toBe('default');
  });

  it('refuses a curriculum that does not load, and leaves the default as it was', () => {
    const broken = path.join(home.dir, 'broken.yaml');
    writeFileSync(broken, 'schema: 1\nid: broken\n');
    const result = home.run(['use', broken]);
    expect(result.code).toBe(3);
    expect(existsSync(path.join(home.dir, '.config', 'roadmap', 'config.json'))).toBe(false);
    expect(home.run(['use', 'no-such-id']).code).toBe(2);
  });
});
