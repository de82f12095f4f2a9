import { fstatSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli.js';
import type { Context, OutputStream } from './context.js';
import { OutputClosedError } from './errors.js';

/** Node's output streams a command wrote through: they may still hold output when it returns. */
const streamsUsed = new Set<NodeJS.WriteStream>();

function used(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  streamsUsed.add(stream);
  return stream;
}

/**
 * The real-world context: the only place that reads `process`. Built into dist/roadmap.cjs. Resolves to
 * whether all the output has reached the operating system (bin/roadmap.js may then end the process at once).
 */
export async function main(): Promise<boolean> {
  const stdoutIsTTY = isTerminal(1);
  const context: Context = {
    stdout: stdoutIsTTY ? used(process.stdout) : directOutput(1),
    // Node builds process.stderr on first access (a stream): only when something goes wrong.
    get stderr() {
      return used(process.stderr);
    },
    // Asked only by the commands that read standard input or may prompt.
    stdin: {
      get isTTY() {
        return isTerminal(0);
      },
      readText: () => readFileSync(0, 'utf8'),
    },
    terminal: () => ({ input: process.stdin, output: used(process.stdout), rows: process.stdout.rows }),
    env: process.env,
    cwd: process.cwd(),
    // On POSIX os.homedir() answers $HOME first; reading it here keeps node:os off the start-up path.
    // Windows has its own rules (USERPROFILE): ask Node.
    homeDir: (process.platform !== 'win32' && process.env.HOME) || process.getBuiltinModule('node:os').homedir(),
    platform: process.platform,
    hostname: () => process.getBuiltinModule('node:os').hostname(),
    now: fixedClock(process.env.ROADMAP_NOW) ?? (() => new Date()),
    bundledCurriculumDirectory: join(__dirname, '..', 'curriculum'),
  };
  process.exitCode = await runCli(process.argv.slice(2), context);
  return [...streamsUsed].every((stream) => stream.writableLength === 0);
}

/**
 * Output to a pipe or a file, written straight to the descriptor. process.stdout would first load
 * Node's stream and socket machinery, a noticeable part of a command's start-up. Should the descriptor
 * be non-blocking and full (EAGAIN), the rest goes through process.stdout, which waits for it.
 */
function directOutput(fd: number): OutputStream {
  let fallback: NodeJS.WriteStream | undefined;
  let piece: Uint8Array | undefined;

  /**
   * Writes `bytes` whole. If the descriptor is full, what is left of them goes to process.stdout, which is
   * returned: everything after them must go there too, in order.
   */
  const writeBytes = (bytes: Uint8Array): NodeJS.WriteStream | undefined => {
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      return undefined;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new OutputClosedError();
      if (code !== 'EAGAIN') throw error;
      const stream = used(process.stdout);
      // The stream reports a closed pipe as an event, later: nothing is left to say then.
      stream.on('error', (streamError: NodeJS.ErrnoException) => {
        if (streamError.code !== 'EPIPE') throw streamError;
      });
      // A copy: the stream keeps what it is given until it is written, and a piece is reused.
      stream.write(Buffer.from(bytes.subarray(written)));
      return stream;
    }
  };

  return {
    isTTY: false,
    write(text: string) {
      if (fallback) return fallback.write(text);
      if (text.length <= PIECE_BYTES / 3) {
        fallback = writeBytes(Buffer.from(text));
        return true;
      }
      // A large output (list --json of 10,000 topics is 11 MB) is encoded a piece at a time into one
      // buffer: encoded whole, it would be megabytes of fresh memory, touched only to be copied out again.
      // encodeInto never splits a character, so every piece is whole UTF-8.
      piece ??= new Uint8Array(PIECE_BYTES);
      utf8 ??= new TextEncoder();
      for (let at = 0; at < text.length; ) {
        const { read, written } = utf8.encodeInto(at === 0 ? text : text.slice(at), piece);
        at += read;
        fallback = writeBytes(piece.subarray(0, written));
        if (fallback) return at < text.length ? fallback.write(text.slice(at)) : true;
      }
      return true;
    },
  };
}

/** The buffer a large output is encoded into, a piece at a time (see directOutput). */
const PIECE_BYTES = 256 * 1024;
let utf8: InstanceType<typeof TextEncoder> | undefined;

/**
 * ROADMAP_NOW (an ISO 8601 date-time, e.g. 2026-12-01T09:00:00Z) stops the clock there: for tests and demos
 * of what depends on time (reviews falling due, the forecast). Anything else is ignored.
 */
function fixedClock(value: string | undefined): (() => Date) | undefined {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : () => new Date(time);
}

/** A terminal is a character device; the tty check (which loads Node's socket code) runs only for those. */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}
