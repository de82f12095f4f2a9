import { describe, expect, it, vi } from 'vitest';
import type { CommandSpec, OptionSpec } from '../../src/commands/spec.js';

/**
 * The catalog `messages()` answers with here, and the help texts read from it (dotted keys under `help`),
 * so the test sees which texts the commands' specs read, and when.
 */
const catalogs = vi.hoisted(() => ({ current: undefined as unknown, read: new Set<string>() }));

vi.mock('../../src/messages/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/messages/index.js')>();
  const recording = (value: unknown, path: string): unknown => {
    if (typeof value !== 'object' || value === null) {
      if (path.startsWith('help.')) catalogs.read.add(path);
      return value;
    }
    return new Proxy(value, { get: (target, key) => (typeof key === 'string' ? recording(Reflect.get(target, key), path ? `${path}.${key}` : key) : undefined) });
  };
  return { ...original, messages: () => recording(catalogs.current, '') };
});

const { en } = await import('../../src/messages/en/index.js');
const { zhTW } = await import('../../src/messages/zh-TW/index.js');
catalogs.current = en;
const { COMMANDS } = await import('../../src/commands/index.js');
const { GLOBAL_OPTIONS, HELP_OPTION, VERSION_OPTION } = await import('../../src/commands/globalOptions.js');
const specs: CommandSpec[] = [];
for (const entry of COMMANDS) specs.push(await entry.load());
const readWhileLoading = [...catalogs.read];

/** Every text of a command's help as it is shown: summary, details, examples, option descriptions. */
function shownTexts(spec: CommandSpec): { what: string; text: string }[] {
  const options = (list: OptionSpec[]) => list.map((option) => ({ what: `${spec.name} ${option.flags}`, text: option.description }));
  return [
    { what: `${spec.name} summary`, text: spec.summary },
    ...(spec.details === undefined ? [] : [{ what: `${spec.name} details`, text: spec.details }]),
    ...spec.examples.map((example) => ({ what: `${spec.name} example`, text: example })),
    ...options(spec.options ?? []),
  ];
}

/** Every key of a catalog's group, dotted. */
function keysOf(group: object, prefix: string): string[] {
  return Object.entries(group).flatMap(([key, value]) => (typeof value === 'object' ? keysOf(value as object, `${prefix}.${key}`) : [`${prefix}.${key}`]));
}

const HAN = /\p{Script=Han}/u;

describe("every command's help", () => {
  it('is read when shown, not when its module loads, so it is in the language chosen by then', () => {
    expect(readWhileLoading).toEqual([]);
  });

  it('has its text in the English catalog, for every command and option, and the catalog has nothing else', () => {
    catalogs.current = en;
    catalogs.read.clear();
    for (const spec of specs) {
      for (const { what, text } of shownTexts(spec)) expect({ what, text: text.trim() === '' }).toEqual({ what, text: false });
    }
    for (const option of [...GLOBAL_OPTIONS, HELP_OPTION, VERSION_OPTION]) expect(option.description, option.flags).not.toBe('');
    // What completion reads itself: the word `help`.
    const readElsewhere = ['help.global.helpCommand'];
    expect([...catalogs.read, ...readElsewhere].sort()).toEqual(keysOf(en.help, 'help').sort());
  });

  it('is in Traditional Chinese when zh-TW is in use: every summary, details and option description', () => {
    catalogs.current = zhTW;
    for (const spec of specs) {
      for (const { what, text } of shownTexts(spec)) {
        if (what.endsWith('example')) continue;
        expect({ what, chinese: HAN.test(text) }).toEqual({ what, chinese: true });
      }
    }
    for (const option of GLOBAL_OPTIONS) expect({ option: option.flags, chinese: HAN.test(option.description) }).toEqual({ option: option.flags, chinese: true });
    catalogs.current = en;
  });

  it('keeps its examples as commands in every language; only the words of a comment change', () => {
    catalogs.current = en;
    const english = specs.map((spec) => spec.examples);
    catalogs.current = zhTW;
    const chinese = specs.map((spec) => spec.examples);
    catalogs.current = en;
    const command = (example: string) => example.replace(/\s+#.*$/, '');
    expect(chinese.map((examples) => examples.map(command))).toEqual(english.map((examples) => examples.map(command)));
    expect(chinese.flat().filter((example) => example.includes('#')).every((example) => HAN.test(example.split('#')[1]!))).toBe(true);
  });
});
