import { describe, expect, it } from 'vitest';
import { COMMANDS, commandEntry } from '../../src/commands/index.js';

/** src/commands/index.ts names each command before loading it; the loaded spec must agree. */
describe('the command index', () => {
  it('loads, for each name, the command of that name', async () => {
    for (const entry of COMMANDS) expect((await entry.load()).name, entry.name).toBe(entry.name);
  });

  it('finds a command by its name or an alias, and nothing else', () => {
    expect(commandEntry('ls')?.name).toBe('list');
    expect(commandEntry('reset')?.name).toBe('undo');
    expect(commandEntry('next')?.name).toBe('next');
    expect(commandEntry('lsit')).toBeUndefined();
    expect(new Set(COMMANDS.map((entry) => entry.name)).size).toBe(COMMANDS.length);
  });
});
