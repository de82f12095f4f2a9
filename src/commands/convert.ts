import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeCurriculumBytes } from '../curriculum/fileBytes.js';
import { convertMarkdown, curriculumYaml, type ConvertOptions } from '../curriculum/markdown/markdownCurriculum.js';
import { dataError, usageError } from '../errors.js';
import { replaceFile } from '../files/replaceFile.js';
import { messages } from '../messages/index.js';
import { readCurriculumBytes } from '../load/curriculumCache.js';
import { VERSION } from '../version.js';
import type { CommandSpec } from './spec.js';

const SLUG = /^(?=.*[a-z])[a-z0-9][a-z0-9-]*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export const convertCommand: CommandSpec = {
  name: 'convert',
  arguments: '<file>',
  summary: 'turn a Markdown roadmap (a course README, an awesome list, a study plan) into a curriculum file',
  details: `Headings become sections and topics, list items that lead with bold text become topics, and every
http(s) link becomes a resource (its kind guessed from the URL). Tables give a topic or a resource per row;
a "prerequisites" column gives requires. Everything left out is reported as FILE:LINE: warning: … on
stderr. Ids come from titles and URLs, not positions, so converting again after an edit keeps them.
curriculum/README.md ("From Markdown") describes the mapping. A Markdown file also works directly:
roadmap --curriculum FILE.md next.`,
  options: [
    { flags: '-o, --output <file>', description: 'write the curriculum to FILE instead of standard output' },
    { flags: '--force', description: 'overwrite FILE when it exists' },
    { flags: '--id <id>', description: "the curriculum's id (default: from the first heading, else the file name)", parse: checked('--id', SLUG, 'a slug: lowercase letters, digits and dashes, containing a letter') },
    { flags: '--title <title>', description: 'the title (default: the first heading)' },
    { flags: '--language <tag>', description: 'the language, such as en or zh-TW (default: guessed from the text)', parse: checked('--language', LANGUAGE_TAG, 'a language tag such as en, zh-TW or pt-BR') },
    { flags: '--sequential', description: 'each topic requires the one before it (a course meant to be followed in order)' },
    { flags: '--json', description: 'print the curriculum and the warnings as JSON instead of YAML' },
  ],
  examples: [
    'roadmap convert README.md -o my-roadmap.yaml',
    'roadmap convert study-plan.md --sequential --language en > plan.yaml',
    'roadmap --curriculum ~/courses/some-roadmap/README.md next',
  ],
  async run(session, [file], options) {
    const name = file as string;
    const path = resolve(session.context.cwd, name);
    const decoded = decodeCurriculumBytes(readCurriculumBytes({ path, displayName: name }));
    if (!decoded.ok) throw dataError(`${name}:${decoded.position.line}:${decoded.position.column}: ${decoded.message}`);
    const output = typeof options.output === 'string' ? options.output : undefined;
    const target = output === undefined ? undefined : resolve(session.context.cwd, output);
    if (target !== undefined && !options.force && statSync(target, { throwIfNoEntry: false })?.isFile()) {
      throw usageError(messages().convert.alreadyExists({ file: output! }));
    }
    const convertOptions: ConvertOptions = { fileName: name, path };
    if (typeof options.id === 'string') convertOptions.id = options.id;
    if (typeof options.title === 'string') convertOptions.title = options.title;
    if (typeof options.language === 'string') convertOptions.language = options.language;
    if (options.sequential) convertOptions.sequential = true;
    const conversion = convertMarkdown(decoded.text, convertOptions);
    const warnings = conversion.warnings.map((warning) => messages().convert.warning({ place: `${warning.file}:${warning.line}`, message: warning.message }));
    if (options.json) {
      session.printJson({ file: name, curriculum: conversion.document, warnings: conversion.warnings });
      if (!conversion.document) throw dataError(conversion.problem);
      return;
    }
    for (const line of warnings) session.warn(line);
    if (!conversion.document) throw dataError(conversion.problem);
    const document = conversion.document;
    const text = curriculumYaml(document, [
      `Converted from ${name} by roadmap ${VERSION} (roadmap convert).`,
      'Ids come from titles and URLs, so converting the edited Markdown again keeps them, and the progress recorded under them.',
    ]);
    if (target === undefined) {
      session.print(text);
      return;
    }
    replaceFile(target, text, output!);
    const topics = document.sections.flatMap((section) => section.topics);
    const resources = topics.reduce((sum, topic) => sum + topic.resources.length, 0);
    session.warn(messages().convert.wrote({ file: output!, sections: document.sections.length, topics: topics.length, resources, warnings: warnings.length }));
  },
};

/** `what` is the English; the catalog words it for the language in use, by the option's name. */
function checked(flag: string, pattern: RegExp, what: string) {
  return (value: string): string => {
    const expectedValues = messages().convert.optionValues;
    const name = flag.replace(/^--/, '');
    const expected = Object.hasOwn(expectedValues, name) ? expectedValues[name as keyof typeof expectedValues] : what;
    if (!pattern.test(value)) throw usageError(messages().convert.optionMustBe({ option: flag, expected, got: JSON.stringify(value) }));
    return value;
  };
}
