import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TempHome } from './helpers/roadmap.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

describe('the command line', () => {
  it('prints help and exits 0 when not on a terminal', () => {
    const result = home.run([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: roadmap');
    expect(result.stdout).toContain('next');
  });

  it('has an example in every command help', () => {
    for (const command of ['list', 'show', 'validate', 'done', 'start', 'skip', 'undo', 'note', 'notes', 'next', 'path', 'status', 'log', 'graph', 'export', 'import', 'open', 'doctor']) {
      const result = home.run([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toMatch(/Examples:\n {2}\$ roadmap /);
    }
  });

  it('prints the version', () => {
    const result = home.run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 with one line for an unknown command or option', () => {
    const command = home.run(['lsit']);
    expect(command.code).toBe(2);
    expect(command.stderr.trim().split('\n')).toHaveLength(1);
    expect(command.stderr).toContain("unknown command 'lsit'");
    const option = home.run(['list', '--jsn']);
    expect(option.code).toBe(2);
    expect(option.stderr.trim().split('\n')).toHaveLength(1);
    expect(option.stderr).toContain('--json');
  });

  it('exits 2 for a missing argument', () => {
    const result = home.run(['show']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing required argument');
  });

  it('exits 2 naming bundled curricula for an unknown curriculum id', () => {
    const result = home.run(['--curriculum', 'nope', 'list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('llm-fundamentals');
  });
});
