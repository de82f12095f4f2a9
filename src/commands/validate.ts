import { buildCurriculumIndex } from '../curriculum/index.js';
import { relative, resolve } from 'node:path';
import { dataError } from '../errors.js';
import { messages } from '../messages/index.js';
import { bundledCurricula } from '../load/locateCurriculum.js';
import { checkCurriculum } from '../load/curriculumCache.js';
import { makeStyle } from '../render/style.js';
import { renderValidation, type ValidationView } from '../render/validate.js';
import { helpText, type CommandSpec } from './spec.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  arguments: '[files...]',
  argumentKinds: ['file'],
  get summary() { return helpText().validate.summary; },
  get details() { return helpText().validate.details; },
  examples: ['roadmap validate my-roadmap.yaml', 'roadmap validate curriculum/*.yaml', 'roadmap validate'],
  async run(session, [files]) {
    const context = session.context;
    const named = (files as string[]).length > 0 ? (files as string[]) : [...bundledCurricula(context.bundledCurriculumDirectory).values()].map((file) => relative(context.cwd, file) || file);
    const view: ValidationView = { files: [] };
    for (const name of named) {
      const location = { path: resolve(context.cwd, name), displayName: name };
      // Never from the cache: it keeps no warnings. A whole course's parts are checked with it.
      const result = await checkCurriculum(location, null, context.bundledCurriculumDirectory);
      const curriculum = result.curriculum;
      view.files.push({
        file: name,
        valid: result.problems.length === 0 && curriculum !== null,
        problems: result.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
        warnings: result.warnings.map((p) => messages().validate.warning({ place: `${p.file}:${p.line}:${p.column}`, message: p.message })),
        counts: curriculum
          ? {
              sections: curriculum.sections.length,
              topics: buildCurriculumIndex(curriculum).topics.length,
              resources: buildCurriculumIndex(curriculum).resources.length,
            }
          : null,
      });
    }
    const output = renderValidation(view, makeStyle(session.terminal.colorLevel, session.terminal.width));
    if (output.stdout) session.print(output.stdout);
    for (const line of output.warnings) session.warn(line);
    const problems = view.files.flatMap((file) => file.problems);
    if (problems.length > 0) throw dataError(problems[0]!, problems.slice(1));
  },
};
