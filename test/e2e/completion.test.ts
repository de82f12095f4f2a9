import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE, TempHome } from './helpers/roadmap.js';

/**
 * The scripts of `roadmap completion SHELL`, run by the real shells through their completion entry points
 * (bash: the function `complete -F` names, with COMP_WORDS and COMP_CWORD set as readline sets them; fish:
 * `complete -C`; zsh: the completion function with compadd standing in, as zsh's own widgets need a
 * terminal), against the built binary on the PATH as `roadmap`. CI installs fish and zsh (.ci/run);
 * elsewhere a missing one skips its tests.
 */
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const skipFish = !has('fish') && !process.env.CI;
const skipZsh = !has('zsh') && !process.env.CI;

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

let home: TempHome;
let env: Record<string, string>;
const scripts: Record<string, string> = {};

beforeAll(() => {
  home = new TempHome();
  const bin = path.join(home.dir, 'bin');
  mkdirSync(bin);
  symlinkSync(BIN, path.join(bin, 'roadmap'));
  env = home.env({ ROADMAP_CURRICULUM: SAMPLE, PATH: [bin, path.dirname(process.execPath), process.env.PATH].join(path.delimiter) });
  for (const shell of ['bash', 'zsh', 'fish']) {
    const result = home.run(['completion', shell]);
    expect(result.code, result.stderr).toBe(0);
    scripts[shell] = path.join(home.dir, `roadmap.${shell}`);
    writeFileSync(scripts[shell]!, result.stdout);
  }
});
afterAll(() => home.remove());

function shell(program: string, script: string): string {
  const result = spawnSync(program, ['-c', script], { cwd: ROOT, env, encoding: 'utf8', timeout: 20_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** COMPREPLY for `words` as readline splits them (the last one the word at the cursor, quotes as typed). */
function bash(words: string[]): string[] {
  const line = words.join(' ');
  const output = shell(
    'bash',
    `source ${quote(scripts.bash!)}
COMP_WORDS=(${words.map(quote).join(' ')}); COMP_CWORD=${words.length - 1}
COMP_LINE=${quote(line)}; COMP_POINT=${line.length}
_roadmap
printf '%s\\n' "\${COMPREPLY[@]}"`,
  );
  return output.split('\n').filter(Boolean);
}

/** fish's own completion of `line`: `VALUE<TAB>DESCRIPTION` lines. */
function fish(line: string): string[] {
  return shell('fish', `source ${quote(scripts.fish!)}; complete -C ${quote(line)}`).split('\n').filter(Boolean);
}

/** What zsh would list for `words`, each `VALUE  -- DESCRIPTION`, with `:files` when it would also offer files. */
function zsh(words: string[]): string[] {
  const output = shell(
    'zsh',
    `compdef() { : }
compadd() { print -rl -- "\${shown[@]}" }
_files() { print -r -- :files }
source ${quote(scripts.zsh!)}
words=(${words.map(quote).join(' ')}); CURRENT=${words.length}; PREFIX=${quote(words.at(-1)!)}
_roadmap`,
  );
  return output.split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it('completes a command name', () => {
    expect(bash(['roadmap', 'do'])).toEqual(['done', 'doctor']);
  });

  it("completes an option's value, also after --option=", () => {
    expect(bash(['roadmap', 'graph', '--format', 'm'])).toEqual(['mermaid']);
    // Readline splits at the '=' and replaces only what follows it.
    expect(bash(['roadmap', 'graph', '--format', '=', 'd'])).toEqual(['dot']);
  });

  it('completes a REF: numbers, ids, and a CJK title with a space, escaped for the shell', () => {
    expect(bash(['roadmap', 'done', '1.2.'])).toEqual(['1.2.1', '1.2.2', '1.2.3']);
    expect(bash(['roadmap', 'show', 'algebra/v'])).toEqual(['algebra/videos']);
    expect(bash(['roadmap', 'show', '線性'])).toEqual(['線性代數\\ Linear\\ algebra']);
    // Within an open quote, readline quotes the value itself.
    expect(bash(['roadmap', 'show', "'線性"])).toEqual(['線性代數 Linear algebra']);
  });

  it('completes --curriculum with bundled ids and files', () => {
    expect(bash(['roadmap', '--curriculum', 'test/fixtures/sam']).sort()).toEqual(['test/fixtures/sample-renamed.yaml', 'test/fixtures/sample.yaml']);
    expect(bash(['roadmap', '--curriculum', 'llm'])).toEqual(['llm-application-engineering', 'llm-course', 'llm-fundamentals', 'llm-model-engineering']);
  });

  it('completes REFs of the curriculum the command line names', () => {
    expect(bash(['roadmap', '--curriculum', 'llm-fundamentals', 'show', 'math-o'])).toEqual(['math-overview']);
  });
});

describe.skipIf(skipFish)('fish completion', () => {
  it('completes a command name, with its summary', () => {
    expect(fish('roadmap do')).toEqual([
      'doctor\tcheck the database and find progress for items no longer in the curriculum',
      'done\tmark topics or resources as done',
    ]);
  });

  it("completes an option's value", () => {
    expect(fish('roadmap graph --format m')).toEqual(['mermaid']);
    expect(fish('roadmap graph --format=d')).toEqual(['--format=dot']);
  });

  it('completes a REF with its title, and a CJK title with a space', () => {
    expect(fish('roadmap show algebra/v')).toEqual(['algebra/videos\t3Blue1Brown 線性代數的本質']);
    expect(fish('roadmap done 線性')).toEqual(['線性代數 Linear algebra\t1.2 algebra']);
    expect(fish("roadmap done '線性")).toEqual(['線性代數 Linear algebra\t1.2 algebra']);
    expect(fish('roadmap done intro 1.')).toEqual(['1.1\tIntroduction 入門', '1.2\t線性代數 Linear algebra', '1.3\tCalculus 微積分']);
  });

  it('completes --curriculum with files', () => {
    expect(fish('roadmap --curriculum test/fixtures/sample.')).toEqual(['test/fixtures/sample.yaml']);
  });
});

describe.skipIf(skipZsh)('zsh completion', () => {
  it('is a script zsh reads', () => {
    const result = spawnSync('zsh', ['-n', scripts.zsh!], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('lists commands, option values and REFs with their descriptions', () => {
    expect(zsh(['roadmap', 'do'])).toEqual([
      'done  -- mark topics or resources as done',
      'doctor  -- check the database and find progress for items no longer in the curriculum',
    ]);
    expect(zsh(['roadmap', 'graph', '--format', ''])).toEqual(['mermaid', 'dot']);
    expect(zsh(['roadmap', 'show', '線性'])).toEqual(['線性代數 Linear algebra  -- 1.2 algebra']);
    expect(zsh(['roadmap', '--curriculum', 'llm-f'])).toEqual(['llm-fundamentals  -- bundled curriculum', ':files']);
  });
});

describe('roadmap completion', () => {
  it('says how to install it in --help', () => {
    const help = home.run(['completion', '--help']);
    expect(help.stdout).toContain(`echo 'eval "$(roadmap completion bash)"' >> ~/.bashrc`);
    expect(help.stdout).toContain('roadmap completion fish > ~/.config/fish/completions/roadmap.fish');
  });

  it('refuses a shell it has no script for', () => {
    const result = home.run(['completion', 'tcsh']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('completion is for bash, zsh, fish, not "tcsh"');
  });

  it('is answered without opening or creating the progress database', () => {
    const result = spawnSync(process.execPath, [BIN, '__complete', 'show', 'al'], { env, encoding: 'utf8' });
    expect(result.stdout).toBe(':words\nalgebra\t線性代數 Linear algebra\n');
    expect(existsSync(home.db)).toBe(false);
    expect(existsSync(path.join(env.XDG_DATA_HOME!, 'roadmap'))).toBe(false);
  });
});
