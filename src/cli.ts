import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import type { Context } from './context.js';
import { neutralizeControlCharacters } from './controlCharacters.js';
import { closest } from './curriculum/describe.js';
import { ExitCode, firstLineOf, OutputClosedError, RoadmapError, usageError } from './errors.js';
import { Session, type GlobalOptions } from './session.js';
import { COMMANDS, commandEntry, type CommandEntry } from './commands/index.js';
import { GLOBAL_OPTIONS, HELP_OPTION, VERSION_OPTION } from './commands/globalOptions.js';
import { language, messages, useLanguage } from './messages/index.js';
import { chooseLanguage } from './messages/language.js';
import { optionNames, takesValue, type CommandSpec, type OptionSpec } from './commands/spec.js';
import { displayWidth } from './render/text.js';
import { wrapLine } from './render/wrapLine.js';
import { VERSION } from './version.js';

/** The hidden command of the completion scripts (src/commands/complete.ts), kept out of commander. */
const COMPLETE_COMMAND = '__complete';

const LOCATED = /^[^\n]+:\d+:\d+: /;

const USAGE_ERROR_CODES = new Set([
  'commander.unknownCommand',
  'commander.unknownOption',
  'commander.missingArgument',
  'commander.optionMissingArgument',
  'commander.missingMandatoryOptionValue',
  'commander.invalidArgument',
  'commander.conflictingOption',
]);

/**
 * Runs one invocation and returns its exit code. The only place that turns errors into exit codes and
 * stderr lines; nothing below it exits the process.
 */
export async function runCli(given: string[], context: Context): Promise<number> {
  let session: Session | undefined;
  let invoked: CommandEntry | undefined;
  const debug = given.includes('--debug') || context.env.ROADMAP_DEBUG === '1';
  try {
    await useLanguage(chooseLanguage(given, context.env));
    if (given[0] === COMPLETE_COMMAND) {
      const { runCompletion } = await import('./commands/complete.js');
      return await runCompletion(given.slice(1), context);
    }
    const at = commandWordIndex(given);
    const argv = at !== undefined && given[at] === 'help' ? helpWordAsOption(given, at) : given;
    // Help texts are the biggest part of the catalog: read only when help may be printed.
    const withHelp = at === undefined || argv.some((word) => HELP_FLAGS.includes(word));
    const program = rootProgram(context, (s) => (session = s), withHelp);
    // A run loads only the command it names, --version none; help and unknown commands load them all.
    invoked = at === undefined ? undefined : commandEntry(argv[at]!);
    const entries = invoked ? [invoked] : versionOnly(argv) ? [] : COMMANDS;
    for (const entry of entries) addCommand(program, entry, await entry.load(), context, (s) => (session = s), withHelp);
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    return reportError(error, context, debug, invoked?.name);
  } finally {
    session?.close();
  }
}

const HELP_FLAGS = optionNames(HELP_OPTION);
const VERSION_FLAGS = optionNames(VERSION_OPTION);

function rootProgram(context: Context, onSession: (session: Session) => void, withHelp: boolean): Command {
  const program = new Command('roadmap')
    .version(VERSION, VERSION_FLAGS.join(', '), description(VERSION_OPTION, withHelp))
    .helpOption(HELP_FLAGS.join(', '), description(HELP_OPTION, withHelp))
    // For reports of an internal error (or ROADMAP_DEBUG=1); never shown in help.
    .addOption(new Option('--debug').hideHelp())
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      // Reported by reportError as one line, with a hint.
      outputError: () => undefined,
    })
    // The root takes no arguments; a stray word is a mistyped command, reported as such below.
    .allowExcessArguments(true)
    .action(async () => {
      if (program.args.length > 0) throw unknownCommandError(program.args[0]!);
      const session = new Session(context, program.opts<GlobalOptions>());
      onSession(session);
      if (context.stdin.isTTY && context.stdout.isTTY) {
        const { runMenu } = await import('./menu/menu.js');
        await runMenu(session);
      } else {
        context.stdout.write(program.helpInformation());
      }
    });
  for (const option of GLOBAL_OPTIONS) program.option(option.flags, description(option, withHelp));
  if (withHelp) program.description(messages().cli.description).configureHelp(helpLayout()).addHelpText('after', messages().cli.footer);
  return program;
}

/** An option's description, read from the catalog (help texts are its largest part) only when help may be printed. */
function description(option: OptionSpec, withHelp: boolean): string {
  return withHelp ? option.description : '';
}

/**
 * How commander lays out help, in the language in use (commands inherit it): its titles (`Usage:`,
 * `Options:`…) said in the catalog's words, widths measured in terminal columns (a Chinese character takes
 * two) and, in Chinese, lines broken between characters too, since commander breaks them at spaces only.
 */
function helpLayout(): Partial<Help> {
  const titles = messages().cli.titles;
  const said: Record<string, string> = {
    'Usage:': titles.usage,
    'Arguments:': titles.arguments,
    'Options:': titles.options,
    'Global Options:': titles.globalOptions,
    'Commands:': titles.commands,
  };
  const layout: Partial<Help> = { styleTitle: (title) => said[title] ?? title, displayWidth };
  // Commander's own wrapping is kept for English, so its help reads as it always has.
  if (language() !== 'en') layout.boxWrap = (text, width) => (width < MIN_WIDTH_TO_WRAP ? text : text.split('\n').map((line) => wrapLine(line, width).join('\n')).join('\n'));
  // Commander puts a space after the usage title; a language whose colon carries its own has no gap.
  if (messages().common.labelGap === '') {
    layout.formatHelp = (command, helper) => Help.prototype.formatHelp.call(helper, command, helper).replace(`${titles.usage} `, titles.usage);
  }
  return layout;
}

/** Commander's: narrower than this, a description is left on one line. */
const MIN_WIDTH_TO_WRAP = 40;

/**
 * `roadmap help [COMMAND]` is `roadmap [COMMAND] --help`, as in git and gh (root options may come first):
 * `argv` with the word `help` at `at`, rewritten.
 */
function helpWordAsOption(argv: string[], at: number): string[] {
  if (argv.length > at + 2) throw usageError(messages().cli.helpTakesOneCommand);
  const command = argv[at + 1];
  if (command !== undefined && !commandEntry(command)) throw unknownCommandError(command);
  return [...argv.slice(0, at), ...(command === undefined ? [] : [command]), '--help'];
}

/**
 * Where the command word is, found as commander finds it: the first word that is neither a root option nor
 * the value of one (as the root program declares them). Undefined when there is none, or when help is asked
 * for at the root (`roadmap --help next`), since then every command is listed.
 */
function commandWordIndex(argv: string[]): number | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (HELP_FLAGS.includes(word) || word === '--') return undefined;
    if (ROOT_OPTIONS_WITH_VALUE.has(word)) i++;
    else if (!word.startsWith('-')) return i;
  }
  return undefined;
}

/** The root options that take a value (`--db FILE`), by each of their names. */
const ROOT_OPTIONS_WITH_VALUE = new Set(GLOBAL_OPTIONS.filter(takesValue).flatMap(optionNames));

/** Whether `argv` (naming no command) asks for the version, and not for help. */
function versionOnly(argv: string[]): boolean {
  return argv.some((word) => VERSION_FLAGS.includes(word)) && !argv.some((word) => HELP_FLAGS.includes(word));
}

function addCommand(program: Command, entry: CommandEntry, spec: CommandSpec, context: Context, onSession: (session: Session) => void, withHelp: boolean): void {
  const command = program.command(spec.name);
  if (withHelp) {
    // Details are written as paragraphs; commander wraps them to the terminal, so single line breaks go.
    const details = spec.details?.replace(/(?<!\n)\n(?!\n)/g, ' ');
    command.summary(spec.summary).description(details ? `${spec.summary}\n\n${details}` : spec.summary);
    command.addHelpText('after', `\n${messages().cli.titles.examples}\n${spec.examples.map((line) => `  $ ${line}`).join('\n')}\n`);
  }
  if (spec.arguments) command.arguments(spec.arguments);
  for (const alias of entry.aliases ?? []) command.alias(alias);
  for (const option of spec.options ?? []) {
    const commanderOption = new Option(option.flags, description(option, withHelp));
    if (option.defaultValue !== undefined) commanderOption.default(option.defaultValue);
    if (option.parse) {
      const parse = option.parse;
      commanderOption.argParser((value: string, previous: unknown) => {
        try {
          return parse(value, previous);
        } catch (error) {
          throw new InvalidArgumentError((error as Error).message);
        }
      });
    }
    command.addOption(commanderOption);
  }
  command.action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as Command;
    refuseExcessArguments(self);
    const session = new Session(context, self.optsWithGlobals<GlobalOptions>());
    onSession(session);
    await spec.run(session, self.processedArgs, self.opts());
  });
}

/**
 * Commander ignores words past a command's arguments when excess arguments are allowed, which the root
 * needs (see rootProgram) and its commands inherit; a stray word is refused here instead, named, with the
 * command's usage, so `roadmap next 5` does not quietly ignore the 5.
 */
function refuseExcessArguments(command: Command): void {
  const declared = command.registeredArguments;
  if (declared.at(-1)?.variadic) return;
  const extra = command.args[declared.length];
  if (extra === undefined) return;
  throw usageError(`${messages().cli.unexpectedArgument({ argument: extra, command: command.name(), usage: command.usage() })}${seeHelp(command.name())}`);
}

function unknownCommandError(name: string): RoadmapError {
  const suggestion = closest(name, COMMANDS.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]));
  return usageError(`${messages().cli.unknownCommand({ name })}${didYouMean(suggestion === undefined ? [] : [suggestion])}${seeHelp()}`);
}

/** The one way a suggestion is spelled: ` (did you mean 'done'?)`, or nothing. */
function didYouMean(suggestions: string[]): string {
  if (suggestions.length === 0) return '';
  return messages().cli.didYouMean({ suggestions: suggestions.map((word) => `'${word}'`).join(messages().cli.or) });
}

/** Where to read more: the help of the command being run, else the root's. */
function seeHelp(command?: string): string {
  return messages().cli.seeHelp({ command: `roadmap${command === undefined ? '' : ` ${command}`}` });
}

/**
 * Commander's message as one line of ours: said in the catalog's words (see commanderText), its
 * `(Did you mean --json?)` spelled as ours (see didYouMean), and pointing at the help of the command being run.
 */
function commanderMessage(error: CommanderError, command: string | undefined): string {
  let suggestions: string[] = [];
  const text = error.message
    .replace(/^error: /, '')
    .replace(/\s*\(Did you mean (?:one of )?(.+?)\?\)\s*$/s, (_match, list: string) => {
      suggestions = list.split(', ');
      return '';
    })
    .replace(/\s*\n+\s*/g, ' ');
  return `${commanderText(error.code, text)}${didYouMean(suggestions)}${seeHelp(command)}`;
}

/**
 * Commander's errors, read back from its code and its English text (the names it quotes are kept as typed),
 * and said again in the catalog's words. A message not read here stays as commander wrote it.
 */
const COMMANDER_ERRORS: Record<string, { text: RegExp; say(quoted: string[]): string }> = {
  'commander.unknownOption': { text: /^unknown option '(.*)'$/s, say: ([option]) => messages().cli.commander.unknownOption({ option: option! }) },
  'commander.unknownCommand': { text: /^unknown command '(.*)'$/s, say: ([name]) => messages().cli.unknownCommand({ name: name! }) },
  'commander.missingArgument': { text: /^missing required argument '(.*)'$/s, say: ([name]) => messages().cli.commander.missingArgument({ name: name! }) },
  'commander.optionMissingArgument': { text: /^option '(.*)' argument missing$/s, say: ([option]) => messages().cli.commander.optionMissingArgument({ option: option! }) },
  'commander.invalidArgument': {
    text: /^option '([^']*)' argument '(.*)' is invalid\. (.*)$/s,
    say: ([option, value, reason]) => messages().cli.commander.invalidOptionArgument({ option: option!, value: value!, reason: reason! }),
  },
};

function commanderText(code: string, text: string): string {
  const known = COMMANDER_ERRORS[code];
  const quoted = known?.text.exec(text);
  return known && quoted ? known.say(quoted.slice(1)) : text;
}

/**
 * Prints `error` as stderr lines and returns the exit code. Messages echo the user's words (an unknown
 * option, a bad value, a REF), so every line goes through the neutraliser: no ESC, BEL, CR or bidi control
 * from argv or data reaches the terminal.
 */
function reportError(error: unknown, context: Context, debug: boolean, command: string | undefined): number {
  const writeRaw = (line: string) => context.stderr.write(`${neutralizeControlCharacters(line)}\n`);
  const write = (line: string) => writeRaw(`roadmap: ${line}`);
  if (error instanceof OutputClosedError) return ExitCode.ok;
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return ExitCode.ok;
    }
    if (USAGE_ERROR_CODES.has(error.code)) {
      write(commanderMessage(error, command));
      return ExitCode.usage;
    }
  }
  if (error instanceof RoadmapError) {
    // A problem that says where it is (FILE:LINE:COL: …) stays bare so editors and grep can read it.
    error.lines.forEach((line, index) => {
      if (index === 0 && !LOCATED.test(line)) write(line);
      else writeRaw(line);
    });
    return error.exitCode;
  }
  if (isInterrupt(error)) return ExitCode.interrupted;
  write(messages().cli.internalError({ message: firstLineOf(error) }));
  if (debug && error instanceof Error && error.stack) context.stderr.write(`${neutralizeControlCharacters(error.stack, true)}\n`);
  return ExitCode.internal;
}

function isInterrupt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
