import { bundledCurricula, locateCurriculum } from '../load/locateCurriculum.js';
import { loadCurriculum } from '../load/curriculumCache.js';
import { readUserConfig, updateUserConfig } from '../load/userConfig.js';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { safeText } from '../render/text.js';
import { helpText, type CommandSpec } from './spec.js';

export const useCommand: CommandSpec = {
  name: 'use',
  arguments: '[curriculum]',
  argumentKinds: ['curriculum'],
  get summary() { return helpText().use.summary; },
  get details() { return helpText().use.details; },
  options: [{ flags: '--clear', get description() { return helpText().use.options.clear; } }],
  examples: ['roadmap use llm-course', 'roadmap use ./my-roadmap.yaml', 'roadmap use --clear'],
  async run(session, [value], options) {
    const context = session.context;
    const settings = session.configPath();
    const text = messages().curricula.use;
    if (options.clear) {
      if (value !== undefined) throw usageError(text.curriculumOrClear);
      updateUserConfig(settings, { curriculum: undefined });
      session.print(text.cleared);
      return;
    }
    if (value === undefined) {
      const kept = readUserConfig(settings).curriculum;
      session.print(kept === undefined ? text.noDefault : text.defaultIs({ curriculum: safeText(kept) }));
      return;
    }
    const wanted = value as string;
    const location = locateCurriculum(wanted, context.cwd, context.bundledCurriculumDirectory);
    // Only a curriculum that loads becomes the default: a typo must not break every later command.
    const { curriculum } = await loadCurriculum(location, session.cacheDirectory(), context.bundledCurriculumDirectory);
    const bundled = bundledCurricula(context.bundledCurriculumDirectory).get(wanted) === location.path;
    updateUserConfig(settings, { curriculum: bundled ? wanted : location.path });
    session.print(text.nowUsing({ curriculum: safeText(bundled ? wanted : location.path), title: safeText(curriculum.title) }));
    const { source } = session.curriculumChoice();
    const overridden = source === 'option' ? '--curriculum' : source === 'environment' ? 'ROADMAP_CURRICULUM' : undefined;
    if (overridden) session.warn(text.stillWins({ option: overridden }));
  },
};
