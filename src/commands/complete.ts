import type { Context } from '../context.js';
import { hasControlCharacters, neutralizeOneLine } from '../controlCharacters.js';
import { refCandidates, type Candidate } from '../curriculum/refCandidates.js';
import { RESOURCE_KINDS } from '../curriculum/types.js';
import { bundledCurricula } from '../load/locateCurriculum.js';
import { messages } from '../messages/index.js';
import { Session } from '../session.js';
import { GLOBAL_OPTIONS, HELP_OPTION, VERSION_OPTION } from './globalOptions.js';
import { COMMANDS, commandEntry } from './index.js';
import { helpText, optionNames, takesValue, type CommandSpec, type OptionSpec, type ValueKind } from './spec.js';

/** What the shell should offer for the word being typed. */
export interface Completion {
  candidates: Candidate[];
  /** Whether file names fit here too, completed by the shell itself. */
  files: boolean;
}

const HELP_COMMAND: Candidate = { value: 'help', get description() { return helpText().global.helpCommand; } };

/**
 * Answers the completion scripts (`roadmap completion SHELL`): `words` are the words after `roadmap`, as
 * the shell would pass them (unquoted), the last one the word being typed (empty at a fresh word).
 * Prints a directive line, `:files` when the shell should also offer file names, else `:words`, then one
 * candidate a line, `VALUE` or `VALUE<TAB>DESCRIPTION`. It reads the curriculum (from its cache, as every
 * command does) but never the progress database, and it never fails aloud: a broken command line or
 * curriculum gives no candidates rather than an error in the middle of the user's typing.
 */
export async function runCompletion(words: string[], context: Context): Promise<number> {
  let completion: Completion;
  try {
    completion = await completeCommandLine(words, context);
  } catch (error) {
    if (context.env.ROADMAP_DEBUG === '1') throw error;
    completion = nothing();
  }
  context.stdout.write(completionText(completion));
  return 0;
}

/** The protocol's text (see runCompletion). Values holding control characters, tabs or line breaks are left out. */
export function completionText(completion: Completion): string {
  const lines = [completion.files ? ':files' : ':words'];
  for (const { value, description } of completion.candidates) {
    if (value === '' || hasControlCharacters(value) || /[\t\n\r]/.test(value)) continue;
    lines.push(description ? `${value}\t${neutralizeOneLine(description).replace(/\t/g, ' ')}` : value);
  }
  return `${lines.join('\n')}\n`;
}

export async function completeCommandLine(words: string[], context: Context): Promise<Completion> {
  const current = words.at(-1) ?? '';
  let spec: CommandSpec | undefined;
  let askingHelp = false;
  let curriculum: string | undefined;
  let awaiting: OptionSpec | undefined;
  let positionals = 0;
  let optionsEnded = false;
  const inScope = () => [...GLOBAL_OPTIONS, ...(spec ? (spec.options ?? []) : [VERSION_OPTION]), HELP_OPTION];

  for (const word of words.slice(0, -1)) {
    if (awaiting) {
      if (awaiting.values === 'curriculum') curriculum = word;
      awaiting = undefined;
    } else if (!optionsEnded && word === '--') {
      optionsEnded = true;
    } else if (!optionsEnded && word.startsWith('-') && word !== '-') {
      const [flag, inline] = splitInline(word);
      const option = inScope().find((candidate) => optionNames(candidate).includes(flag));
      if (option && takesValue(option)) {
        if (inline === undefined) awaiting = option;
        else if (option.values === 'curriculum') curriculum = inline;
      }
    } else if (!spec && !askingHelp) {
      if (word === 'help') {
        askingHelp = true;
      } else {
        const entry = commandEntry(word);
        if (!entry) return nothing();
        spec = await entry.load();
      }
    } else {
      positionals++;
    }
  }

  const values = (kind: ValueKind | undefined, prefix = '') => valueCandidates(kind, current.slice(prefix.length), prefix, context, curriculum);
  if (awaiting) return values(awaiting.values);
  if (!optionsEnded && current.startsWith('-')) {
    const [flag, inline] = splitInline(current);
    if (inline !== undefined) {
      const option = inScope().find((candidate) => optionNames(candidate).includes(flag));
      return option && takesValue(option) ? values(option.values, `${flag}=`) : nothing();
    }
    return { candidates: optionCandidates(inScope(), current), files: false };
  }
  if (!spec) return askingHelp && positionals > 0 ? nothing() : { candidates: await commandCandidates(current), files: false };
  return values(argumentKind(spec, positionals));
}

function nothing(): Completion {
  return { candidates: [], files: false };
}

/** `--format=dot` → `['--format', 'dot']`; `--json` → `['--json', undefined]`. */
function splitInline(word: string): [string, string | undefined] {
  const at = word.indexOf('=');
  return word.startsWith('--') && at > 0 ? [word.slice(0, at), word.slice(at + 1)] : [word, undefined];
}

/** Long options only, as the help lists them first; a short one when that is all the option has. */
function optionCandidates(options: OptionSpec[], typed: string): Candidate[] {
  return options
    .map((option) => ({ value: optionNames(option).at(-1)!, description: option.description }))
    .filter((candidate) => candidate.value.startsWith(typed));
}

async function commandCandidates(typed: string): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  for (const entry of COMMANDS) {
    const names = [entry.name, ...(entry.aliases ?? [])].filter((name) => name.startsWith(typed));
    if (names.length === 0) continue;
    const { summary } = await entry.load();
    for (const name of names) candidates.push({ value: name, description: summary });
  }
  if (HELP_COMMAND.value.startsWith(typed)) candidates.push(HELP_COMMAND);
  return candidates;
}

/** The kind of the positional argument at `position`: its own, or that of a variadic last argument. */
function argumentKind(spec: CommandSpec, position: number): ValueKind | undefined {
  const declared = spec.arguments?.split(/\s+/).filter(Boolean) ?? [];
  if (position < declared.length) return spec.argumentKinds?.[position];
  const last = declared.length - 1;
  return declared[last]?.includes('...') ? spec.argumentKinds?.[last] : undefined;
}

async function valueCandidates(kind: ValueKind | undefined, typed: string, prefix: string, context: Context, curriculum: string | undefined): Promise<Completion> {
  const matching = (list: readonly Candidate[]) => list.filter((candidate) => candidate.value.startsWith(typed)).map((candidate) => ({ ...candidate, value: `${prefix}${candidate.value}` }));
  if (kind === undefined) return nothing();
  if (kind === 'file') return { candidates: [], files: true };
  if (kind === 'kind') return { candidates: matching(RESOURCE_KINDS.map((value) => ({ value }))), files: false };
  if (kind === 'curriculum') {
    const ids = [...bundledCurricula(context.bundledCurriculumDirectory).keys()].map((value) => ({ value, description: messages().completion.bundledCurriculum }));
    return { candidates: matching(ids), files: true };
  }
  if (kind === 'ref') {
    const session = new Session(context, { curriculum, color: false });
    const candidates = refCandidates(await session.curriculum(), typed);
    return { candidates: candidates.map((candidate) => ({ ...candidate, value: `${prefix}${candidate.value}` })), files: false };
  }
  return { candidates: matching(kind.map((value) => ({ value }))), files: false };
}
