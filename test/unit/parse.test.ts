import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCurriculum, parseCurriculumBytes } from '../../src/curriculum/parse.js';
import type { Curriculum, ParseResult, Problem } from '../../src/curriculum/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sampleText = readFileSync(`${root}test/fixtures/sample.yaml`, 'utf8');

/** Lines of a file; line N of the file is argument N, which keeps expected positions easy to read. */
function file(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** `LINE:COL: message` for each problem (or warning), in the order reported. */
function placed(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.line}:${problem.column}: ${problem.message}`);
}

function problemsOf(text: string): string[] {
  return placed(parseCurriculum(text, 'test.yaml').problems);
}

function warningsOf(text: string): string[] {
  return placed(parseCurriculum(text, 'test.yaml').warnings);
}

function validCurriculum(result: ParseResult): Curriculum {
  expect(result.problems).toEqual([]);
  expect(result.curriculum).not.toBeNull();
  return result.curriculum as Curriculum;
}

/** A valid curriculum head; tests append sections. Lines 1–4. */
const HEAD = ['schema: 1', 'id: test', 'title: Test', 'sections:'];

/** A valid one-topic section, lines 5–9 when it follows HEAD. */
const BASICS = ['  - id: basics', '    title: Basics', '    topics:', '      - id: intro', '        title: Intro'];

describe('the sample fixture', () => {
  const result = parseCurriculum(sampleText, 'test/fixtures/sample.yaml');

  it('parses with no problems and no warnings', () => {
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.curriculum).not.toBeNull();
  });

  it('numbers sections, topics and resources from 1 in file order', () => {
    const curriculum = validCurriculum(result);
    expect(curriculum.sections.map((section) => section.number)).toEqual(['1', '2', '3']);
    expect(curriculum.sections[0]?.topics.map((topic) => topic.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(curriculum.sections[0]?.topics[1]?.resources.map((resource) => resource.number)).toEqual(['1.2.1', '1.2.2', '1.2.3']);
    expect(curriculum.sections[2]?.topics[0]?.resources[1]?.number).toBe('3.1.2');
  });

  it('gives each resource the ref TOPIC/RESOURCE and each topic its section', () => {
    const curriculum = validCurriculum(result);
    const topics = curriculum.sections.flatMap((section) => section.topics);
    expect(topics.flatMap((topic) => topic.resources.map((resource) => resource.ref))).toContain('algebra/videos');
    expect(topics.find((topic) => topic.id === 'nlp')?.section).toBe('apps');
    expect(topics.find((topic) => topic.id === 'intro')?.section).toBe('basics');
  });

  it('expands a required section to its non-optional topics and keeps requires as written', () => {
    const topics = validCurriculum(result).sections.flatMap((section) => section.topics);
    const neuralNets = topics.find((topic) => topic.id === 'neural-nets');
    expect(neuralNets?.requires).toEqual(['basics']);
    expect(neuralNets?.requiredTopics).toEqual(['intro', 'algebra', 'calculus']);
    expect(topics.find((topic) => topic.id === 'extras')?.requiredTopics).toEqual(['algebra']);
    expect(topics.find((topic) => topic.id === 'intro')?.requiredTopics).toEqual([]);
  });

  it('fills in defaults: optional false, aliases and resources empty, absent keys left out', () => {
    const curriculum = validCurriculum(result);
    const topics = curriculum.sections.flatMap((section) => section.topics);
    const reading = topics.find((topic) => topic.id === 'reading');
    expect(reading).toMatchObject({ optional: false, aliases: [], resources: [] });
    expect(reading && 'summary' in reading).toBe(false);
    expect(topics.find((topic) => topic.id === 'algebra')?.aliases).toEqual(['linalg']);
    expect(topics.find((topic) => topic.id === 'extras')?.optional).toBe(true);
    const bonus = topics.find((topic) => topic.id === 'extras')?.resources[0];
    expect(bonus).toEqual({ id: 'bonus', ref: 'extras/bonus', number: '2.2.1', title: 'Bonus reading', url: 'https://example.com/bonus', optional: false, aliases: [] });
    expect(curriculum).toMatchObject({ schema: 1, id: 'sample', title: 'Sample 範例', language: 'en' });
  });

  it('is plain data that survives a JSON round trip (it is cached as JSON)', () => {
    const curriculum = validCurriculum(result);
    expect(JSON.parse(JSON.stringify(curriculum))).toEqual(curriculum);
  });

  it('parses the same with CRLF line endings and a byte order mark', () => {
    const crlf = sampleText.replace(/\n/g, '\r\n');
    const bytes = new TextEncoder().encode(`\uFEFF${crlf}`);
    const fromBytes = parseCurriculumBytes(bytes, 'sample.yaml');
    expect(fromBytes.warnings).toEqual([]);
    expect(validCurriculum(fromBytes)).toEqual(validCurriculum(result));
    expect(validCurriculum(parseCurriculum(`\uFEFF${sampleText}`, 'sample.yaml'))).toEqual(validCurriculum(result));
  });
});

describe('file-level problems', () => {
  it('reports a file over 16 MiB at 1:1 without reading it', () => {
    const bytes = new Uint8Array(16 * 1024 * 1024 + 1).fill(0x20);
    const result = parseCurriculumBytes(bytes, 'big.yaml');
    expect(result.curriculum).toBeNull();
    expect(result.problems).toEqual([{ file: 'big.yaml', line: 1, column: 1, message: 'file is larger than 16 MiB (16.0 MiB); a curriculum must be at most 16 MiB' }]);
  });

  it('reports bytes that are not UTF-8 at the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('schema: 1\nid: 中文\ntitle: Caf'), 0xe9, ...new TextEncoder().encode('\n')]);
    expect(placed(parseCurriculumBytes(bytes, 'latin1.yaml').problems)).toEqual(['3:11: not valid UTF-8 (byte 0xE9); save the file as UTF-8']);
  });

  it('rejects overlong and surrogate encodings as not UTF-8', () => {
    const overlong = new Uint8Array([0x61, 0x0a, 0x62, 0xc0, 0xaf]);
    expect(placed(parseCurriculumBytes(overlong, 'x.yaml').problems)).toEqual(['2:2: not valid UTF-8 (byte 0xC0); save the file as UTF-8']);
    const surrogate = new Uint8Array([0xed, 0xa0, 0x80]);
    expect(placed(parseCurriculumBytes(surrogate, 'x.yaml').problems)).toEqual(['1:1: not valid UTF-8 (byte 0xED); save the file as UTF-8']);
  });

  it('says so when the file is UTF-16', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x73, 0x00, 0x63, 0x00]);
    expect(placed(parseCurriculumBytes(bytes, 'utf16.yaml').problems)).toEqual(['1:1: not valid UTF-8: the file is UTF-16; save the file as UTF-8']);
  });

  it.each([
    ['nothing', ''],
    ['blank lines', '\n  \n\t\n'],
    ['only comments', '# yaml-language-server: $schema=./schema.json\n\n  # more\n'],
    ['only a document marker', '# a comment\n---\n'],
  ])('reports an empty file (%s)', (_name, text) => {
    expect(problemsOf(text)).toEqual([expect.stringMatching(/^\d+:\d+: the file is empty; a curriculum needs schema, id, title and sections$/)]);
    expect(placed(parseCurriculumBytes(new TextEncoder().encode(text), 'e.yaml').problems)).toHaveLength(1);
  });

  it('reports an empty file at 1:1', () => {
    expect(problemsOf('# nothing\n')).toEqual(['1:1: the file is empty; a curriculum needs schema, id, title and sections']);
  });

  it('reports a top level that is not a mapping', () => {
    expect(problemsOf(file('- schema: 1', '- id: x'))).toEqual(['1:1: the file must be a mapping (a curriculum), not a list']);
    expect(problemsOf(file('just some text'))).toEqual(['1:1: the file must be a mapping (a curriculum), not the string "just some text"']);
  });
});

describe('YAML problems', () => {
  it('places an unclosed quote at the opening quote', () => {
    expect(problemsOf(file('schema: 1', 'id: x', 'title: "Unclosed', 'sections: []'))).toEqual([
      '3:8: YAML syntax error: this quoted text is never closed (no closing quote)',
    ]);
  });

  it('reports a syntax error at its position and skips checks the broken structure would mislead', () => {
    const problems = problemsOf(file(...HEAD, '  - id: basics', '    title: Basics', '   topics:', '      - id: intro', '        title: Intro'));
    expect(problems).toEqual(['7:1: YAML syntax error: Sequence item without - indicator']);
  });

  it('reports tabs used for indentation', () => {
    expect(problemsOf(file('schema: 1', 'sections:', '\t- id: x'))[0]).toMatch(/^3:1: YAML syntax error: tabs are not allowed for indentation; indent with spaces$/);
  });

  it('reports a duplicate key at the second one, naming the first line', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        title: Intro again'))).toEqual(['10:9: duplicate key "title" (first used on line 9)']);
  });

  it('reports a second document where it starts, and still checks the first', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        optional: maybe', '---', 'schema: 1'))).toEqual([
      '10:19: "optional" must be true or false, not the string "maybe"',
      '11:1: more than one YAML document: a second one starts here, but a curriculum file holds exactly one',
    ]);
  });

  it('reads YAML 1.2: yes, no, on and off are strings, even under a %YAML 1.1 directive', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        optional: yes'))).toEqual(['10:19: "optional" must be true or false, not the string "yes"']);
    expect(problemsOf(file('%YAML 1.1', '---', ...HEAD, ...BASICS, '        optional: on'))).toEqual(['12:19: "optional" must be true or false, not the string "on"']);
  });

  it('reads anchors and aliases, placing problems of an aliased value at the alias', () => {
    const text = file(
      ...HEAD,
      '  - id: basics',
      '    title: Basics',
      '    topics:',
      '      - &intro',
      '        id: intro',
      '        title: Intro',
      '      - *intro',
    );
    expect(problemsOf(text)).toEqual(['11:9: duplicate id "intro" (first used on line 9)']);
    const reused = file(...HEAD, ...BASICS, '        resources:', '          - &video {id: v, title: V, url: "https://example.com/v"}', '      - id: other', '        title: Other', '        resources: [*video]');
    const curriculum = validCurriculum(parseCurriculum(reused, 'test.yaml'));
    expect(curriculum.sections[0]?.topics[1]?.resources[0]?.ref).toBe('other/v');
    expect(warningsOf(reused)).toEqual(['14:21: duplicate URL "https://example.com/v" (first used on line 11)']);
  });

  it('reports an alias with no anchor', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        summary: *nowhere'))).toEqual(['10:18: unknown alias "*nowhere": no anchor "&nowhere" is set before it']);
  });

  it('reports an alias to the collection that contains it', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        aliases: &self [old, *self]'))).toEqual([
      '10:30: alias "*self" refers to a collection that contains it',
      '10:30: item 2 of "aliases" is empty; it must be text',
    ]);
  });

  it('reports a key that is not plain text', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        ? [a, b]', '        : value'))).toEqual(['10:11: a key must be plain text, not a list']);
  });

  it('refuses an alias bomb quickly, with a clear message', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const started = Date.now();
    const problems = problemsOf(file(...lines));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(problems).toEqual([
      '2:10: too many aliases: the anchors (&) and aliases (*) here expand to an excessive amount of data; write the data out instead',
    ]);
  });

  it('refuses 100,000 nested brackets without crashing', () => {
    expect(problemsOf(`schema: 1\nsections: ${'['.repeat(100_000)}`)).toEqual([
      '2:211: the data is nested too deeply (more than 200 levels); a curriculum needs only a few',
    ]);
  });

  // A scan that is not linear would not finish these within the suite's time limit for a test.
  it('refuses a 16 MiB file of nested brackets or compact lists', () => {
    for (const text of ['['.repeat(16 * 1024 * 1024 - 1), `a: ${'{b: '.repeat(4 * 1024 * 1024 - 1)}`, '- '.repeat(8 * 1024 * 1024 - 1)]) {
      const problems = placed(parseCurriculumBytes(new TextEncoder().encode(text), 'deep.yaml').problems);
      expect(problems).toEqual([expect.stringMatching(/: the data is nested too deeply \(more than 200 levels\); a curriculum needs only a few$/)]);
    }
  });

  it('does not crash on deep nesting by indentation', () => {
    const text = Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth)}- `).join('\n');
    const result = parseCurriculum(text, 'deep.yaml');
    expect(result.curriculum).toBeNull();
    expect(result.problems.length).toBeGreaterThan(0);
  });

  it('stops at the second of a million documents', () => {
    const started = Date.now();
    expect(problemsOf(`${file(...HEAD, ...BASICS)}${'---\n'.repeat(1_000_000)}`)).toEqual([
      '10:1: more than one YAML document: a second one starts here, but a curriculum file holds exactly one',
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('finds duplicate keys in a mapping with many keys (checked in linear time, unlike the YAML library)', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `key${i}: ${i}`).join('\n');
    const problems = problemsOf(`${keys}\nkey7: again\n`);
    expect(problems).toContain('20001:1: duplicate key "key7" (first used on line 8)');
  });
});

describe('structure (from curriculum/schema.json)', () => {
  it('reports a missing required key at the mapping that lacks it', () => {
    expect(problemsOf(file('schema: 1', 'id: test', 'sections:', ...BASICS))).toEqual(['1:1: missing required key "title" in curriculum']);
    expect(problemsOf(file(...HEAD, '  - id: basics', '    topics:', '      - id: intro'))).toEqual([
      '5:5: missing required key "title" in section',
      '7:9: missing required key "title" in topic',
    ]);
    expect(problemsOf(file(...HEAD, ...BASICS, '        resources:', '          - id: r', '            title: R'))).toEqual([
      '11:13: missing required key "url" in resource',
    ]);
  });

  it('treats a required key written with no value as missing, at the key', () => {
    expect(problemsOf(file(...HEAD, '  - id: basics', '    title:', '    topics:', '      - id: intro', '        title: Intro'))).toEqual([
      '6:5: missing required key "title" in section (it has no value)',
    ]);
  });

  it('treats an optional key written with no value as absent', () => {
    const curriculum = validCurriculum(parseCurriculum(file('schema: 1', 'id: test', 'title: Test', 'description:', 'sections:', ...BASICS, '        summary:', '        requires:', '        optional:', '        resources:'), 'test.yaml'));
    const topic = curriculum.sections[0]?.topics[0];
    expect(curriculum.description).toBeUndefined();
    expect(topic).toMatchObject({ requires: [], requiredTopics: [], optional: false, aliases: [], resources: [] });
    expect(topic && 'summary' in topic).toBe(false);
  });

  it('reports an unknown key at the key, listing the allowed keys and a close one', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        titel: Typo'))).toEqual([
      '10:9: unknown key "titel" in topic (allowed: id, title, summary, requires, optional, aliases, resources); did you mean "title"?',
    ]);
    expect(problemsOf(file(...HEAD, ...BASICS, '        colour: red'))).toEqual([
      '10:9: unknown key "colour" in topic (allowed: id, title, summary, requires, optional, aliases, resources)',
    ]);
  });

  it('explains that YAML merge keys are not supported', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        <<: {summary: x}'))[0]).toBe(
      '10:9: unknown key "<<" in topic (allowed: id, title, summary, requires, optional, aliases, resources); YAML merge keys (<<) are not supported',
    );
  });

  it('reports a boolean written as a string', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        optional: "true"'))).toEqual(['10:19: "optional" must be true or false, not the string "true"']);
  });

  it('reports a number where text is expected, with a hint to quote it', () => {
    expect(problemsOf(file('schema: 1', 'id: test', 'title: 2024', 'sections:', ...BASICS))).toEqual([
      '3:8: "title" must be text, not the number 2024; put it in quotes to make it text',
    ]);
  });

  it('reports a mapping or list in the wrong place', () => {
    expect(problemsOf(file(...HEAD, '  - id: basics', '    title: Basics', '    topics:', '      intro: Intro'))).toEqual([
      '8:7: "topics" must be a list, not a mapping',
    ]);
    expect(problemsOf(file('schema: 1', 'id: test', 'title: [a, b]', 'sections:', ...BASICS))).toEqual(['3:8: "title" must be text, not a list']);
  });

  it('reports list items of the wrong type by their number', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        resources:', '          -', '          - just a title'))).toEqual([
      '11:12: item 1 of "resources" is empty; it must be a mapping (a resource)',
      '12:13: item 2 of "resources" must be a mapping (a resource), not the string "just a title"',
    ]);
  });

  it('requires at least one section and one topic per section', () => {
    expect(problemsOf(file('schema: 1', 'id: test', 'title: Test', 'sections: []'))).toEqual(['4:11: "sections" must list at least one section']);
    expect(problemsOf(file(...HEAD, '  - id: basics', '    title: Basics', '    topics: []'))).toEqual(['7:13: "topics" must list at least one topic']);
  });

  it('requires schema 1', () => {
    expect(problemsOf(file('schema: 2', 'id: test', 'title: Test', 'sections:', ...BASICS))).toEqual(['1:9: "schema" must be 1 (got 2)']);
    expect(problemsOf(file('schema: "1"', 'id: test', 'title: Test', 'sections:', ...BASICS))).toEqual(['1:9: "schema" must be 1 (got "1")']);
  });

  it('requires slugs for ids, containing a letter', () => {
    expect(problemsOf(file('schema: 1', 'id: Linear Algebra', 'title: Test', 'sections:', ...BASICS))).toEqual([
      '2:5: "id" must be a slug: lowercase letters, digits and dashes, containing a letter (got "Linear Algebra")',
    ]);
    expect(problemsOf(file('schema: 1', 'id: "2024"', 'title: Test', 'sections:', ...BASICS))[0]).toMatch(/^2:5: "id" must be a slug: .*\(got "2024"\)$/);
    expect(problemsOf(file('schema: 1', 'id: -x', 'title: Test', 'sections:', ...BASICS))[0]).toMatch(/^2:5: "id" must be a slug: .*\(got "-x"\)$/);
    expect(problemsOf(file('schema: 1', 'id: 2024', 'title: Test', 'sections:', ...BASICS))).toEqual(['2:5: "id" must be text, not the number 2024; put it in quotes to make it text']);
  });

  it('requires slugs in requires and aliases, and does not then report them again', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        requires: [Basics]', '        aliases: [old_intro]'))).toEqual([
      '10:20: item 1 of "requires" must be a slug: lowercase letters, digits and dashes, containing a letter (got "Basics")',
      '11:19: item 1 of "aliases" must be a slug: lowercase letters, digits and dashes, containing a letter (got "old_intro")',
    ]);
  });

  it('requires http(s) URLs with an address and no spaces', () => {
    const withUrl = (url: string) => problemsOf(file(...HEAD, ...BASICS, '        resources:', '          - id: r', '            title: R', `            url: ${url}`));
    const rule = 'must start with http:// or https:// followed by an address, with no spaces or control characters';
    expect(withUrl('ftp://example.com/x')).toEqual([`13:18: "url" ${rule} (got "ftp://example.com/x")`]);
    expect(withUrl('example.com')).toEqual([`13:18: "url" ${rule} (got "example.com")`]);
    expect(withUrl('https://')).toEqual([`13:18: "url" ${rule} (got "https://")`]);
    expect(withUrl('"https://example.com/a b"')).toEqual([`13:18: "url" ${rule} (got "https://example.com/a b")`]);
    expect(withUrl('javascript:alert(1)')).toHaveLength(1);
    expect(withUrl('HTTPS://example.com')).toHaveLength(1);
    expect(withUrl('http://example.com/ok')).toEqual([]);
  });

  it('checks kind, minutes and language', () => {
    const resource = (...lines: string[]) =>
      problemsOf(file(...HEAD, ...BASICS, '        resources:', '          - id: r', '            title: R', '            url: https://example.com', ...lines));
    expect(resource('            kind: vidoe')).toEqual([
      '14:19: "kind" must be one of book, article, video, course, notebook, paper, tool, website (got "vidoe"); did you mean "video"?',
    ]);
    expect(resource('            minutes: 0')).toEqual(['14:22: "minutes" must be at least 1 (got 0)']);
    expect(resource('            minutes: 1.5')).toEqual(['14:22: "minutes" must be a whole number, not the number 1.5']);
    expect(resource('            minutes: 90')).toEqual([]);
    expect(problemsOf(file('schema: 1', 'id: test', 'title: Test', 'language: English', 'sections:', ...BASICS))).toEqual([]);
    expect(problemsOf(file('schema: 1', 'id: test', 'title: Test', 'language: en_US!', 'sections:', ...BASICS))).toEqual([
      '4:11: "language" must be a language tag such as en, zh-TW or pt-BR (got "en_US!")',
    ]);
  });

  it('requires strings to be non-empty', () => {
    expect(problemsOf(file('schema: 1', 'id: test', 'title: ""', 'sections:', ...BASICS))).toEqual(['3:8: "title" must not be empty']);
  });
});

describe('ids, requirements and aliases', () => {
  it('reports a duplicate id at its second use; sections and topics share one namespace', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '      - id: basics', '        title: Same as the section', '      - id: intro', '        title: Again'))).toEqual([
      '10:13: duplicate id "basics" (first used on line 5)',
      '12:13: duplicate id "intro" (first used on line 8)',
    ]);
  });

  it('reports duplicate resource ids within a topic only', () => {
    const resource = (id: string, n: number) => [`          - id: ${id}`, `            title: R${n}`, `            url: https://example.com/${n}`];
    expect(
      problemsOf(file(...HEAD, ...BASICS, '        resources:', ...resource('r', 1), ...resource('r', 2), '      - id: other', '        title: Other', '        resources:', ...resource('r', 3))),
    ).toEqual(['14:17: duplicate id "r" in topic "intro" (first used on line 11)']);
  });

  it('reports requires naming an unknown id, suggesting a close one', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '      - id: calculus', '        title: Calculus', '        requires: [intra, astrophysics]'))).toEqual([
      '12:20: "requires" names "intra", which is not the id of any section or topic; did you mean "intro"?',
      '12:27: "requires" names "astrophysics", which is not the id of any section or topic',
    ]);
  });

  it('reports requires naming a former id (alias) with the id to write', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        aliases: [introduction]', '      - id: next', '        title: Next', '        requires: [introduction]'))).toEqual([
      '13:20: "requires" names "introduction", a former id of topic "intro"; write "intro"',
    ]);
  });

  it("reports requires naming the topic's own section", () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        requires: [basics]'))).toEqual([
      '10:20: "requires" names "basics", the topic\'s own section; a topic cannot require the section it is in',
    ]);
  });

  it('reports a cycle once, at a requires entry of a topic on it, printing the cycle', () => {
    const topic = (id: string, requires: string) => [`      - id: ${id}`, `        title: ${id}`, `        requires: [${requires}]`];
    expect(problemsOf(file(...HEAD, '  - id: s', '    title: S', '    topics:', ...topic('a', 'c'), ...topic('b', 'a'), ...topic('c', 'b')))).toEqual([
      '13:20: requirement cycle: b → a → c → b',
    ]);
    expect(problemsOf(file(...HEAD, '  - id: s', '    title: S', '    topics:', ...topic('a', 'b'), ...topic('b', 'a')))).toEqual(['13:20: requirement cycle: b → a → b']);
    expect(problemsOf(file(...HEAD, '  - id: s', '    title: S', '    topics:', ...topic('me', 'me')))).toEqual(['10:20: requirement cycle: me → me']);
  });

  it('finds cycles through section requirements, which cover non-optional topics only', () => {
    const text = file(
      ...HEAD,
      '  - id: one',
      '    title: One',
      '    topics:',
      '      - id: a',
      '        title: A',
      '        requires: [two]',
      '      - id: extra',
      '        title: Extra',
      '        optional: true',
      '        requires: [two]',
      '  - id: two',
      '    title: Two',
      '    topics:',
      '      - id: b',
      '        title: B',
      '        requires: [one]',
    );
    expect(problemsOf(text)).toEqual(['20:20: requirement cycle: b → a → b (b requires section one, which contains a; a requires section two, which contains b)']);
    const withoutCycle = text.replace('requires: [two]\n      - id: extra', 'requires: []\n      - id: extra');
    const topics = validCurriculum(parseCurriculum(withoutCycle, 'test.yaml')).sections.flatMap((section) => section.topics);
    expect(topics.find((topic) => topic.id === 'b')?.requiredTopics).toEqual(['a']);
    expect(topics.find((topic) => topic.id === 'extra')?.requiredTopics).toEqual(['b']);
  });

  it('dedupes requiredTopics and keeps their order', () => {
    const text = file(...HEAD, ...BASICS, '      - id: algebra', '        title: Algebra', '  - id: more', '    title: More', '    topics:', '      - id: last', '        title: Last', '        requires: [algebra, basics, intro]');
    const last = validCurriculum(parseCurriculum(text, 'test.yaml')).sections[1]?.topics[0];
    expect(last?.requiredTopics).toEqual(['algebra', 'intro']);
  });

  it('reports an alias equal to a live id, or used twice', () => {
    expect(problemsOf(file(...HEAD, ...BASICS, '        aliases: [basics, old, intro]', '      - id: other', '        title: Other', '        aliases: [old]'))).toEqual([
      '10:19: alias "basics" is the id of a section (line 5); an alias must be a former id that is no longer used',
      '10:32: alias "intro" is the id of a topic (line 8); an alias must be a former id that is no longer used',
      '13:19: duplicate alias "old" (first used on line 10)',
    ]);
  });

  it('reports resource aliases equal to a resource id of the topic, or used twice in it', () => {
    const text = file(
      ...HEAD,
      ...BASICS,
      '        resources:',
      '          - {id: a, title: A, url: "https://example.com/a", aliases: [b, old]}',
      '          - {id: b, title: B, url: "https://example.com/b", aliases: [old]}',
    );
    expect(problemsOf(text)).toEqual([
      '11:71: alias "b" is the id of a resource (line 12); an alias must be a former id that is no longer used',
      '12:71: duplicate alias "old" (first used on line 11)',
    ]);
  });
});

describe('warnings', () => {
  it('warns about a duplicate URL at its second use; the curriculum stays valid', () => {
    const text = file(...HEAD, ...BASICS, '        resources:', '          - {id: a, title: A, url: "https://example.com/x"}', '          - {id: b, title: B, url: "https://example.com/x"}');
    const result = parseCurriculum(text, 'test.yaml');
    expect(result.curriculum).not.toBeNull();
    expect(placed(result.warnings)).toEqual(['12:36: duplicate URL "https://example.com/x" (first used on line 11)']);
  });

  it('warns about control characters in text, and quotes none of them raw', () => {
    const text = file(...HEAD, '  - id: basics', '    title: "Evil \\e[2J title"', '    topics:', '      - id: intro', '        title: "Bidi \\u202E text"', '        aliases: ["a\\u0007b"]');
    const result = parseCurriculum(text, 'test.yaml');
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 10, column: 19, message: 'item 1 of "aliases" must be a slug: lowercase letters, digits and dashes, containing a letter (got "a\uFFFDb")' }),
    ]);
    expect(placed(result.warnings)).toEqual([
      '6:12: "title" contains a control character (U+001B ESC), shown as \uFFFD',
      '9:16: "title" contains a control character (U+202E RIGHT-TO-LEFT OVERRIDE), shown as \uFFFD',
      '10:19: an item of "aliases" contains a control character (U+0007 BEL), shown as \uFFFD',
    ]);
  });

  it('leaves newlines in block text alone', () => {
    expect(warningsOf(file('schema: 1', 'id: test', 'title: Test', 'description: |', '  Line one', '  Line two', 'sections:', ...BASICS))).toEqual([]);
  });
});

describe('reporting', () => {
  it('reports every problem, sorted by line and column, with the file name as given', () => {
    const text = file('schema: 1', 'id: Bad', 'title: Test', 'sections:', '  - id: basics', '    topics:', '      - id: intro', '        titel: Intro', '        requires: [nowhere]');
    const result = parseCurriculum(text, 'some/dir/file.yaml');
    expect(result.curriculum).toBeNull();
    expect(result.problems.every((problem) => problem.file === 'some/dir/file.yaml')).toBe(true);
    expect(placed(result.problems)).toEqual([
      '2:5: "id" must be a slug: lowercase letters, digits and dashes, containing a letter (got "Bad")',
      '5:5: missing required key "title" in section',
      '7:9: missing required key "title" in topic',
      '8:9: unknown key "titel" in topic (allowed: id, title, summary, requires, optional, aliases, resources); did you mean "title"?',
      '9:20: "requires" names "nowhere", which is not the id of any section or topic',
    ]);
  });

  it('counts columns in characters, and lines right with CRLF endings', () => {
    const text = file('schema: 1', 'id: test', 'title: 中文 title', 'description: 中文', 'sections:', ...BASICS, '        summary: 中文', '        colour: 中文').replace(/\n/g, '\r\n');
    expect(problemsOf(text)).toEqual(['12:9: unknown key "colour" in topic (allowed: id, title, summary, requires, optional, aliases, resources)']);
    expect(problemsOf(file('schema: 1', 'id: test', 'title: Test', 'sections: [{id: s, title: 😀😀, topics: [{id: t, title: T, optional: 1}]}]'))).toEqual([
      '4:68: "optional" must be true or false, not the number 1',
    ]);
  });

  it('cuts long quoted values and neutralises control characters in messages', () => {
    const [problem] = problemsOf(file('schema: 1', `id: "${'X'.repeat(500)}\\e"`, 'title: Test', 'sections:', ...BASICS));
    expect(problem).toMatch(/^2:5: "id" must be a slug: .* \(got "X{199}…"\)$/);
  });
});

describe('robustness', () => {
  const sampleBytes = new TextEncoder().encode(sampleText);
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 20 }),
    insert: fc.oneof(fc.constantFrom(' ', '\n', '\t', '-', ':', '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '!', '|', '>', '? ', '---\n', '\r', '\u00e9'), fc.string({ maxLength: 4 })),
  });

  it('never throws on a damaged file, and reports consistently', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = sampleText;
        for (const { at, remove, insert } of edits) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        const result = parseCurriculum(text, 'fuzz.yaml');
        expect(result.curriculum === null).toBe(result.problems.length > 0);
        const positions = result.problems.map((problem) => [problem.line, problem.column] as const);
        expect(positions).toEqual([...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
        for (const problem of [...result.problems, ...result.warnings]) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
          expect(problem.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on damaged bytes', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const bytes = sampleBytes.slice();
        bytes[at % bytes.length] = byte;
        const result = parseCurriculumBytes(bytes, 'fuzz.yaml');
        expect(result.curriculum === null).toBe(result.problems.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
