/** The command line itself: usage errors, help titles, the main help. */
export const cli = () => ({
  description: 'Track your way through a learning roadmap: what you did, your notes, and what to study next.',
  /** After the root's list of commands. The examples are commands, kept as they are; only their comments are words. */
  footer: `
Run without a command on a terminal to open the interactive menu.

Examples:
  $ roadmap next                 what to study now, and why
  $ roadmap list                 the whole roadmap with your progress
  $ roadmap done 1.2.1           mark resource 1 of topic 2 of section 1 as done
  $ roadmap path rnn             the way to a goal topic
  $ roadmap note 線性代數 "eigenvectors finally clicked"
  $ roadmap help done            the same as roadmap done --help

Progress is kept in ~/.local/share/roadmap/progress.db (see --db).`,
  /** The titles of the help's parts; commander writes the English ones, mapped to these. */
  titles: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    globalOptions: 'Global Options:',
    commands: 'Commands:',
    examples: 'Examples:',
  },
  helpTakesOneCommand: "'help' takes one command, as in 'roadmap help done'",
  unknownCommand: ({ name }: { name: string }) => `unknown command '${name}'`,
  /** `usage` is the command's usage as commander writes it: `[options] <refs...>`. */
  unexpectedArgument: ({ argument, command, usage }: { argument: string; command: string; usage: string }) =>
    `unexpected argument '${argument}' (usage: roadmap ${command} ${usage})`,
  /** `suggestions` are quoted names joined with `or`. */
  didYouMean: ({ suggestions }: { suggestions: string }) => ` (did you mean ${suggestions}?)`,
  /** Between two suggestions. */
  or: ' or ',
  /** `command` is `roadmap` or `roadmap NAME`. */
  seeHelp: ({ command }: { command: string }) => `; see '${command} --help'`,
  internalError: ({ message }: { message: string }) => `internal error: ${message} (this is a bug; rerun with --debug for details)`,
  /** What an option's parser says of a value that is not a whole number of 1 or more. */
  positiveInteger: ({ name, value }: { name: string; value: string }) => `${name} must be a whole number of 1 or more, not "${value}"`,
  /**
   * Commander's own errors, said again from their code and the names it quotes, which stay as typed (the
   * English is commander's own text). A message of another code is commander's, in English.
   */
  commander: {
    unknownOption: ({ option }: { option: string }) => `unknown option '${option}'`,
    missingArgument: ({ name }: { name: string }) => `missing required argument '${name}'`,
    optionMissingArgument: ({ option }: { option: string }) => `option '${option}' argument missing`,
    /** `reason` is the option parser's own message. */
    invalidOptionArgument: ({ option, value, reason }: { option: string; value: string; reason: string }) =>
      `option '${option}' argument '${value}' is invalid. ${reason}`,
  },
});
