import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { isAscii } from 'node:buffer';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without declarations
import { lazyChildProcessForCommander } from '../../scripts/lazyChildProcess.mjs';
import { BIN, ROOT, SAMPLE, TempHome } from './helpers/roadmap.js';

/**
 * What start-up speed rests on in the build (scripts/build.mjs). None of it changes what a command prints,
 * so without these checks a build that lost one would pass every other test, only slower.
 */
const DIST = path.join(ROOT, 'dist');
const bundle = () => readFileSync(path.join(DIST, 'roadmap.cjs'));

const buildId = () => /\n\/\/ roadmap-build: (\w+)\n/.exec(bundle().toString('latin1'))?.[1];

/**
 * Checks that `file`'s code cache (FILE.cache) was written for this build, and that V8 accepts it for the
 * source as bin/roadmap.js compiles it (after `wrapper`, when it adds one), in a plain node process: the
 * test runner's own flags could differ.
 */
function expectCodeCacheAccepted(file: string, wrapper: string): void {
  const cache = readFileSync(`${file}.cache`);
  const header = `roadmap-code-cache ${buildId()}\n`;
  expect(cache.toString('latin1', 0, header.length)).toBe(header);
  const check = spawnSync(
    process.execPath,
    [
      '-e',
      `const fs = require('node:fs'), vm = require('node:vm');
const [file, wrapper] = process.argv.slice(1);
const source = wrapper ? wrapper + fs.readFileSync(file, 'latin1') + '\\n})' : fs.readFileSync(file, 'latin1');
const cache = fs.readFileSync(file + '.cache');
const script = new vm.Script(source, { filename: file, cachedData: cache.subarray(cache.indexOf(10) + 1) });
process.stdout.write(String(script.cachedDataRejected));`,
      file,
      wrapper,
    ],
    { encoding: 'utf8' },
  );
  expect(check.stderr).toBe('');
  expect(check.stdout).toBe('false');
}

describe('the build', () => {
  it('writes an all-ASCII bundle, which bin/roadmap.js reads as Latin-1 instead of decoding UTF-8', () => {
    expect(isAscii(bundle())).toBe(true);
  });

  it('writes the bundle as one function expression, compiled as it is without a copy into a wrapper', () => {
    const source = bundle().toString('latin1');
    expect(source.startsWith('(function (exports, require, module, __filename, __dirname) {')).toBe(true);
    const evaluated = spawnSync(
      process.execPath,
      ['-e', `process.stdout.write(typeof require('node:vm').runInThisContext(require('node:fs').readFileSync(process.argv[1], 'latin1')))`, path.join(DIST, 'roadmap.cjs')],
      { encoding: 'utf8' },
    );
    expect(evaluated.stdout).toBe('function');
  });

  it('records a code cache for this very bundle, which V8 accepts', () => {
    expect(buildId()).toMatch(/^[0-9a-f]{32}$/);
    expectCodeCacheAccepted(path.join(DIST, 'roadmap.cjs'), '');
  });

  it('records a code cache for the Traditional-Chinese messages too, which V8 accepts as bin/roadmap.js compiles them', () => {
    expectCodeCacheAccepted(path.join(DIST, 'messages-zh-TW.cjs'), '(function (exports, require, module, __filename, __dirname) {');
  });

  it('keeps the less frequent commands, yaml and the prompts out of the main bundle', () => {
    const main = bundle().toString('latin1');
    const cold = readFileSync(path.join(DIST, 'cold.cjs'), 'latin1');
    expect(main).toContain('require("./cold.cjs")');
    for (const module of ['src/curriculum/parse.ts', 'src/menu/menu.ts', 'src/commands/doctor.ts', 'src/render/graph.ts', 'src/commands/complete.ts', 'src/curriculum/refCandidates.ts']) {
      expect(main).not.toContain(`"${module}"(){`);
      expect(cold).toContain(`"${module}"(){`);
    }
    for (const text of [main, cold]) {
      expect(text).not.toContain('require("yaml")');
      expect(text).not.toContain('require("@inquirer/prompts")');
      expect(text).not.toContain('require("markdown-it")');
    }
    expect(main).not.toContain('markdown-it.cjs');
    expect(cold).toContain('require("./yaml.cjs")');
    expect(cold).toContain('require("./prompts.cjs")');
    expect(cold).toContain('require("./markdown-it.cjs")');
    for (const file of ['yaml.cjs', 'prompts.cjs', 'markdown-it.cjs']) expect(readFileSync(path.join(DIST, file)).length).toBeGreaterThan(10_000);
  });

  it('loads cold.cjs only for the commands in it, and for help', () => {
    const home = new TempHome();
    try {
      // Node's module debug log names every file its loader loads.
      const loadsCold = (args: string[]) => {
        const result = home.sample(args, { env: { NODE_DEBUG: 'module' } });
        expect(result.code, args.join(' ')).toBe(0);
        return result.stderr.includes('dist/cold.cjs');
      };
      home.sample(['list']); // the first run parses and caches the curriculum (the parser is in cold.cjs)
      for (const args of [['next'], ['list'], ['show', '1.2'], ['done', '1.1'], ['undo', '1.1'], ['status'], ['--version'], ['-V']]) {
        expect(loadsCold(args), args.join(' ')).toBe(false);
      }
      for (const args of [['graph'], ['notes'], ['log'], ['validate', SAMPLE], ['--help'], ['help']]) expect(loadsCold(args), args.join(' ')).toBe(true);
    } finally {
      home.remove();
    }
  });

  it('gives cold.cjs the modules of the main bundle, not copies of them', () => {
    const cold = readFileSync(path.join(DIST, 'cold.cjs'), 'latin1');
    expect(cold).not.toContain('"src/errors.ts"(){');
    // Thrown in cold.cjs, reported by cli.ts: a usage error only if both share one RoadmapError class.
    const home = new TempHome();
    try {
      const result = home.sample(['log', '--since', 'someday']);
      expect(result.stderr).toMatch(/^roadmap: --since takes a date/);
      expect(result.code).toBe(2);
    } finally {
      home.remove();
    }
  });

  it('starts the everyday commands without child_process, os, tty, the socket code, crypto or string-width', () => {
    const home = new TempHome();
    try {
      // The builtins Node has loaded when the command exits, and how many Intl.Segmenters were built
      // (string-width builds one when it is evaluated), printed by a wrapper that runs bin/roadmap.js.
      const wrapper = `let segmenters = 0;
Intl.Segmenter = class extends Intl.Segmenter { constructor(...args) { super(...args); segmenters++; } };
process.on('exit', () => require('node:fs').writeSync(2, '\\nLOADED ' + JSON.stringify([...process.moduleLoadList, 'segmenters ' + segmenters]) + '\\n'));
require(process.argv[1]);`;
      const loaded = (args: string[], env: Record<string, string> = {}) => {
        const result = spawnSync(process.execPath, ['-e', wrapper, BIN, ...args], { cwd: ROOT, env: home.env(env), encoding: 'utf8' });
        expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(0);
        expect(result.stdout.length, args.join(' ')).toBeGreaterThan(0);
        return JSON.parse(/\nLOADED (.*)\n/.exec(result.stderr)![1]!) as string[];
      };
      home.run(['list']); // the first run parses and caches the bundled curriculum
      // 2.1 needs nothing first, so marking it writes no warning (a write to a piped stderr loads net).
      for (const args of [['next'], ['list'], ['status'], ['show', '1.1'], ['done', '2.1'], ['undo', '2.1']]) {
        const modules = loaded(args);
        for (const builtin of ['child_process', 'os', 'tty', 'net', 'crypto', 'internal/crypto/webcrypto']) expect(modules, `${args.join(' ')} loads ${builtin}`).not.toContain(`NativeModule ${builtin}`);
        expect(modules, `${args.join(' ')} evaluates string-width`).toContain('segmenters 0');
      }
      // The checks see what they look for: with colors on, chalk asks tty.isatty; a title with a combining
      // mark is measured by string-width (COLUMNS: only titles that must fit are measured).
      expect(loaded(['next'], { FORCE_COLOR: '1' })).toContain('NativeModule tty');
      const combining = path.join(home.dir, 'combining.yaml');
      writeFileSync(combining, readFileSync(SAMPLE, 'utf8').replace('title: Introduction 入門', 'title: Introduction 入門 e\u0301'));
      expect(loaded(['--curriculum', combining, 'list'], { COLUMNS: '40' })).not.toContain('segmenters 0');
    } finally {
      home.remove();
    }
  });
});

/**
 * The one trick left in the build: commander's `require('node:child_process')` gets a stub that loads the
 * module on first use (scripts/lazyChildProcess.mjs). Built here against small stand-ins for commander.
 */
describe("the stub of commander's child_process", () => {
  const buildWith = async (commanderSource: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-stub-'));
    try {
      mkdirSync(path.join(dir, 'node_modules', 'commander'), { recursive: true });
      writeFileSync(path.join(dir, 'node_modules', 'commander', 'index.js'), commanderSource);
      const outfile = path.join(dir, 'out.cjs');
      await build({
        stdin: { contents: "module.exports = require('commander');", resolveDir: dir },
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        logLevel: 'silent',
        plugins: [lazyChildProcessForCommander()],
      });
      return createRequire(import.meta.url)(outfile) as { childProcess: Record<string, unknown> };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('hands commander every property of the real module, read when used', async () => {
    const commander = await buildWith("exports.childProcess = require('node:child_process');");
    const real = await import('node:child_process');
    for (const name of ['spawn', 'execFileSync', 'ChildProcess', 'fork']) expect(commander.childProcess[name], name).toBe(real[name as keyof typeof real]);
  });

  it('fails the build when commander imports child_process instead of requiring it', async () => {
    await expect(buildWith("import { spawn } from 'node:child_process';\nexport const childProcess = { spawn };")).rejects.toThrow(/commander now takes node:child_process by import-statement/);
  });

  it('fails the build when commander no longer requires child_process', async () => {
    await expect(buildWith('exports.childProcess = {};')).rejects.toThrow(/commander no longer requires node:child_process/);
  });
});
