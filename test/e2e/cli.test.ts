import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, openSync, readSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import path from 'node:path';
import { BIN, TempHome } from './helpers/roadmap.js';

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

  it('lists every command in the root help, whatever word follows --help', () => {
    // A run loads only the command it names (src/commands/index.ts); help at the root must still see all.
    const all = home.run(['--help']);
    for (const argv of [['--help', 'next'], ['-h', 'list'], ['--db', 'next', '--help']]) {
      const result = home.run(argv);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stdout, argv.join(' ')).toBe(all.stdout);
    }
    for (const command of ['next', 'list', 'validate', 'doctor', 'import']) expect(all.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('takes `help [COMMAND]` as --help, like git and gh', () => {
    const root = home.run(['help']);
    expect(root.code).toBe(0);
    expect(root.stdout).toBe(home.run(['--help']).stdout);
    const done = home.run(['help', 'done']);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('Usage: roadmap done');
    expect(done.stdout).toBe(home.run(['done', '--help']).stdout);
    expect(home.run(['--no-color', 'help', 'done']).stdout).toBe(done.stdout);
    const extra = home.run(['help', 'done', 'now']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toBe("roadmap: 'help' takes one command, as in 'roadmap help done'\n");
    const unknown = home.run(['help', 'dne']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("roadmap: unknown command 'dne' (did you mean 'done'?); see 'roadmap --help'\n");
  });

  it('finds the command after root options and their values, and by its alias', () => {
    const db = path.join(home.dir, 'elsewhere.db');
    expect(home.run(['--db', db, '--no-color', 'done', '1.1']).code).toBe(0);
    // `list` is the value of --curriculum here, not the command.
    const wrong = home.run(['--curriculum', 'list', 'next']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('no bundled curriculum "list"');
    const listed = home.run(['--db', db, 'ls', '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).progress.topics.done).toBe(1);
    expect(home.run(['--db', db, 'reset', '1.1']).code).toBe(0);
    expect(JSON.parse(home.run(['--db', db, 'status', '--json']).stdout).topics.complete).toBe(0);
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

  it('stops quietly when the reader of its output goes away (| head)', () => {
    // Output larger than a pipe's buffer, so the write after `head` exits really fails with EPIPE.
    const topics = Array.from({ length: 1500 }, (_, i) => `      - id: t${i}\n        title: Topic number ${i} with a long enough title\n`).join('');
    const file = path.join(home.dir, 'wide.yaml');
    writeFileSync(file, `schema: 1\nid: wide\ntitle: Wide\nsections:\n  - id: all\n    title: All\n    topics:\n${topics}`);
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --curriculum "${file}" list | head -n 1; exit "\${PIPESTATUS[0]}"`], {
      env: home.env(),
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('Wide  0/1500 topics · 0/0 resources · –\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('hands a slow reader all of its output before it ends, with its exit code', async () => {
    // The process ends as soon as a command returns (bin/roadmap.js): output larger than a pipe's buffer,
    // read only after a pause, must still arrive whole, and the warning on stderr too.
    const topics = Array.from({ length: 1500 }, (_, i) => `      - id: t${i}\n        title: Topic number ${i} with a long enough title\n        requires: [t${i + 1}]\n`).join('');
    const file = path.join(home.dir, 'wide.yaml');
    writeFileSync(file, `schema: 1\nid: wide\ntitle: Wide\nsections:\n  - id: all\n    title: All\n    topics:\n${topics}      - id: t1500\n        title: Last\n`);
    const child = home.spawn(['--curriculum', file, 'done', 't0', '--json']);
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text)).resume();
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).changed).toEqual([expect.objectContaining({ item: 't0' })]);
    expect(stderr).toMatch(/^warning: 1\.1  Topic number 0 .* is done before its prerequisites: 1\.2 /);

    const listed = home.spawn(['--curriculum', file, 'list', '--json']);
    listed.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    let listing = '';
    listed.stderr.resume();
    listed.stdout.setEncoding('utf8').on('data', (text: string) => (listing += text)).resume();
    expect(await new Promise((resolve) => listed.on('close', resolve))).toBe(0);
    expect(listing.length).toBeGreaterThan(200_000);
    expect(JSON.parse(listing).sections[0].topics).toHaveLength(1501);
  });

  describe('a large output (written a piece at a time)', () => {
    // Titles of three-byte characters and of surrogate pairs (four bytes), so that pieces end inside them.
    const title = (i: number) => `主題 ${i} ${'🧠長'.repeat(i % 151)}`;
    const TOPICS = 3000;
    const largeCurriculum = () => {
      const topics = Array.from({ length: TOPICS }, (_, i) => `      - id: t${i}\n        title: "${title(i)}"\n`).join('');
      const file = path.join(home.dir, 'large.yaml');
      writeFileSync(file, `schema: 1\nid: large\ntitle: Large\nsections:\n  - id: all\n    title: All\n    topics:\n${topics}`);
      return file;
    };
    const titlesOf = (listing: string) => JSON.parse(listing).sections[0].topics.map((topic: { title: string }) => topic.title);

    it('is whole UTF-8, every character as it was', () => {
      const result = home.run(['--curriculum', largeCurriculum(), 'list', '--json']);
      expect(result.code).toBe(0);
      expect(Buffer.byteLength(result.stdout)).toBeGreaterThan(4 * 256 * 1024);
      expect(result.stdout).not.toContain('\uFFFD');
      expect(titlesOf(result.stdout)).toEqual(Array.from({ length: TOPICS }, (_, i) => title(i)));
    });

    it('reaches a reader of a non-blocking pipe that fills up, in order, when it is read only later', async () => {
      // A pipe set non-blocking by its reader: writes fail with EAGAIN once it holds 64 KiB, and the rest
      // must go through Node's stream, after what was already written.
      const file = largeCurriculum();
      const fifo = path.join(home.dir, 'output.fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
      const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
      const child = spawn(process.execPath, [BIN, '--curriculum', file, 'list', '--json'], { env: home.env(), stdio: ['ignore', writer, 'pipe'] });
      // Node makes a child's standard streams blocking before it starts; a socket opened on the same pipe
      // makes it non-blocking again, for the child too (they share it), as a parent's event loop would.
      new Socket({ fd: writer, readable: false }).destroy();
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const chunks: Buffer[] = [];
      const buffer = Buffer.alloc(64 * 1024);
      for (;;) {
        let count: number;
        try {
          count = readSync(reader, buffer);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        if (count === 0) break;
        chunks.push(Buffer.from(buffer.subarray(0, count)));
      }
      closeSync(reader);
      expect(await closed).toBe(0);
      expect(stderr).toBe('');
      expect(titlesOf(Buffer.concat(chunks).toString('utf8'))).toEqual(Array.from({ length: TOPICS }, (_, i) => title(i)));
    });
  });

  it('never echoes control characters of a mistyped command to the terminal', () => {
    const result = home.run(['lis\u001b[31mt']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain("unknown command 'lis\uFFFD[31mt'");
  });

  it('never echoes control characters of the arguments in option errors', () => {
    const hostile = '\u001b]0;owned\u0007\u001b[2J\r\u202e';
    const runs = [
      home.sample(['list', `--${hostile}`]),
      home.sample(['graph', '--format', hostile]),
      home.sample(['next', '-n', hostile]),
      home.sample(['next', hostile]),
      home.sample(['log', '--limit', hostile]),
    ];
    for (const result of runs) {
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('\uFFFD');
      expect(result.stderr).not.toMatch(/[\u001b\u0007\r\u202e]/);
    }
  });

  it('refuses unexpected arguments, naming the word and the usage of the command', () => {
    const cases: [string[], string, string][] = [
      [['next', '5'], '5', 'roadmap next [options]'],
      [['status', '1.2'], '1.2', 'roadmap status [options]'],
      [['log', 'today'], 'today', 'roadmap log [options]'],
      [['doctor', 'extra'], 'extra', 'roadmap doctor [options]'],
      [['export', 'extra'], 'extra', 'roadmap export [options]'],
      [['list', '1', '2'], '2', 'roadmap list [options] [ref]'],
      [['ls', '1', '2'], '2', 'roadmap list [options] [ref]'],
      [['notes', '1', '2'], '2', 'roadmap notes [options] [ref]'],
      [['graph', '1', '2'], '2', 'roadmap graph [options] [ref]'],
      [['show', '1.1', 'now'], 'now', 'roadmap show [options] <ref>'],
      [['path', '1.1', 'now'], 'now', 'roadmap path [options] <ref>'],
      [['open', '1.1.1', 'now', '--print'], 'now', 'roadmap open [options] <ref>'],
      [['import', 'a.json', 'b.json'], 'b.json', 'roadmap import [options] <file>'],
    ];
    for (const [argv, extra, usage] of cases) {
      const result = home.sample(argv);
      const command = usage.split(' ')[1];
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stdout, argv.join(' ')).toBe('');
      expect(result.stderr, argv.join(' ')).toBe(`roadmap: unexpected argument '${extra}' (usage: ${usage}); see 'roadmap ${command} --help'\n`);
    }
    // Nothing was recorded or created by the refused commands.
    expect(existsSync(home.db)).toBe(false);
  });

  it("points option errors at the command's own help, and spells suggestions one way", () => {
    const option = home.sample(['list', '--jsn']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("roadmap: unknown option '--jsn' (did you mean '--json'?); see 'roadmap list --help'\n");
    const value = home.sample(['next', '-n', 'zero']);
    expect(value.stderr).toMatch(/-n must be a whole number .*; see 'roadmap next --help'\n$/);
    const missing = home.sample(['done']);
    expect(missing.stderr).toBe("roadmap: missing required argument 'refs'; see 'roadmap done --help'\n");
    const command = home.run(['dne']);
    expect(command.stderr).toBe("roadmap: unknown command 'dne' (did you mean 'done'?); see 'roadmap --help'\n");
    const root = home.run(['--colour']);
    expect(root.stderr).toBe("roadmap: unknown option '--colour'; see 'roadmap --help'\n");
  });

  it('prints --json on one line in a pipe, for jq and line-based tools', () => {
    const result = home.run(['status', '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout).topics.total).toBeGreaterThan(0);
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
