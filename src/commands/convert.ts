import { resolve } from 'node:path';
import { decodeCurriculumBytes } from '../curriculum/fileBytes.js';
import { convertMarkdown, curriculumYaml, type ConvertOptions } from '../curriculum/markdown/markdownCurriculum.js';
import { dataError, usageError } from '../errors.js';
import { replaceFile } from '../files/replaceFile.js';
import { wouldReplaceFile } from '../files/wouldReplaceFile.js';
import { messages } from '../messages/index.js';
import { readCurriculumBytes } from '../load/curriculumCache.js';
import { VERSION } from '../version.js';
import { helpText, type CommandSpec } from './spec.js';

const SLUG = /^(?=.*[a-z])[a-z0-9][a-z0-9-]*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export const convertCommand: CommandSpec = {
  name: 'convert',
  arguments: '<file>',
  argumentKinds: ['file'],
  get summary() { return helpText().convert.summary; },
  get details() { return helpText().convert.details; },
  options: [
    { flags: '-o, --output <file>', get description() { return helpText().convert.options.output; }, values: 'file' },
    { flags: '--force', get description() { return helpText().convert.options.force; } },
    { flags: '--id <id>', get description() { return helpText().convert.options.id; }, parse: checked('id', SLUG) },
    { flags: '--title <title>', get description() { return helpText().convert.options.title; } },
    { flags: '--language <tag>', get description() { return helpText().convert.options.language; }, parse: checked('language', LANGUAGE_TAG) },
    { flags: '--sequential', get description() { return helpText().convert.options.sequential; } },
    { flags: '--json', get description() { return helpText().convert.options.json; } },
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
    if (target !== undefined && !options.force && wouldReplaceFile(target)) {
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

/** A parser for --NAME: the value must match `pattern`; the catalog says what it must be. */
function checked(name: 'id' | 'language', pattern: RegExp) {
  return (value: string): string => {
    const expected = messages().convert.optionValues[name];
    if (!pattern.test(value)) throw usageError(messages().convert.optionMustBe({ option: `--${name}`, expected, got: JSON.stringify(value) }));
    return value;
  };
}
