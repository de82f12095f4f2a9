import { usageError } from '../errors.js';
import { COMPLETION_SCRIPTS, SHELLS, type Shell } from './completionScripts.js';
import type { CommandSpec } from './spec.js';

export const completionCommand: CommandSpec = {
  name: 'completion',
  arguments: '<shell>',
  argumentKinds: [SHELLS],
  summary: 'print the script that lets bash, zsh or fish complete commands, options and REFs',
  details: `Load the script in your shell's start-up file (see the examples): then Tab completes command names,
options and their values, and REFs of the current curriculum (numbers, ids, titles), with the titles shown
beside them in zsh and fish. zsh: put the line after compinit in ~/.zshrc.`,
  examples: [
    `echo 'eval "$(roadmap completion bash)"' >> ~/.bashrc`,
    `echo 'eval "$(roadmap completion zsh)"' >> ~/.zshrc`,
    'roadmap completion fish > ~/.config/fish/completions/roadmap.fish',
  ],
  async run(session, [shell]) {
    if (!SHELLS.includes(shell as Shell)) throw usageError(`completion is for ${SHELLS.join(', ')}, not "${shell as string}"`);
    session.print(COMPLETION_SCRIPTS[shell as Shell]);
  },
};
