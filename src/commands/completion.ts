import { usageError } from '../errors.js';
import { listInText, messages } from '../messages/index.js';
import { COMPLETION_SCRIPTS, SHELLS, type Shell } from './completionScripts.js';
import { helpText, type CommandSpec } from './spec.js';

export const completionCommand: CommandSpec = {
  name: 'completion',
  arguments: '<shell>',
  argumentKinds: [SHELLS],
  get summary() { return helpText().completion.summary; },
  get details() { return helpText().completion.details; },
  examples: [
    `echo 'eval "$(roadmap completion bash)"' >> ~/.bashrc`,
    `echo 'eval "$(roadmap completion zsh)"' >> ~/.zshrc`,
    'roadmap completion fish > ~/.config/fish/completions/roadmap.fish',
  ],
  async run(session, [shell]) {
    if (!SHELLS.includes(shell as Shell)) throw usageError(messages().completion.unknownShell({ shells: listInText(SHELLS), shell: shell as string }));
    session.print(COMPLETION_SCRIPTS[shell as Shell]);
  },
};
