import { bundledCurricula, locateCurriculum } from '../load/locateCurriculum.js';
import { loadCurriculum } from '../load/curriculumCache.js';
import { readUserConfig, updateUserConfig } from '../load/userConfig.js';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { safeText } from '../render/text.js';
import type { CommandSpec } from './spec.js';

export const useCommand: CommandSpec = {
  name: 'use',
  arguments: '[curriculum]',
  summary: 'make a curriculum (a bundled id or a file) the default for later commands',
  details: `Kept in your settings file (in the config directory: $XDG_CONFIG_HOME/roadmap/config.json on Linux).
A FILE is kept as an absolute path. --curriculum and ROADMAP_CURRICULUM still win over it.
With no CURRICULUM, says which one is the default now. \`roadmap curricula\` lists the bundled ones.`,
  options: [{ flags: '--clear', description: 'go back to the built-in default' }],
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
