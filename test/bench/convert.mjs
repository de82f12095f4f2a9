// `roadmap convert` on the upstream course README (62 KB) and on a generated Markdown roadmap of about
// 1 MB: wall time (median of several runs, output to a pipe) and peak memory (RSS) of the whole process.
//
//   node test/bench/convert.mjs [--runs 5] [--size-kb 1024] [--keep]
//
// The generated roadmap mixes what real ones hold: parts and chapters as headings, bold lead-ins,
// labelled lists of links, tables with a prerequisites column, images, relative links. Same bytes every time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ROOT, isolatedEnv } from './generate.mjs';
import { median, parseScriptArgs, peakRss, tools } from './lib/measure.mjs';

const { values: args } = parseScriptArgs('node test/bench/convert.mjs [--runs N] [--size-kb N] [--keep]', { runs: { type: 'string', default: '5' }, 'size-kb': { type: 'string', default: '1024' }, keep: { type: 'boolean', default: false } }, { numbers: ['runs', 'size-kb'] });

/** A Markdown roadmap of at least `bytes` bytes. */
export function generateMarkdown(bytes) {
  const lines = ['# Generated roadmap', '', 'A long roadmap to measure the converter. 這是一段中文說明。', ''];
  let size = 0;
  const push = (line) => {
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  };
  for (let part = 1; size < bytes; part++) {
    push(`## ${part}. Part ${part}: 主題 ${part}`);
    push('');
    push(`Part ${part} covers the basics and then some. ![diagram](img/part-${part}.png)`);
    push('');
    for (let chapter = 1; chapter <= 8 && size < bytes; chapter++) {
      push(`- **Concept ${part}.${chapter} 概念**: what to learn in this chapter, with [a guide](https://example.com/p${part}/c${chapter}/guide) and [here](https://www.youtube.com/watch?v=p${part}c${chapter}).`);
      push(`  - [Notebook ${part}.${chapter}](https://colab.research.google.com/drive/p${part}c${chapter}) and [local notes](notes/p${part}c${chapter}.md)`);
      push(`  - [Paper ${part}.${chapter}](https://arxiv.org/abs/2401.${String(part * 10 + chapter).padStart(5, '0')})`);
    }
    push('');
    push('📚 References:');
    push('');
    for (let reference = 1; reference <= 10; reference++) push(`- [Reference ${part}-${reference}](https://example.org/part-${part}/reference-${reference}): a short note on why it matters.`);
    push('');
    push('| Topic | What | Link | Prerequisites |');
    push('|---|---|---|---|');
    for (let row = 1; row <= 6; row++) push(`| Exercise ${part}.${row} | Practice ${row} | [Exercise](https://example.net/p${part}/e${row}) · [video](https://vimeo.com/${part}${row}) | ${row > 1 ? `Exercise ${part}.${row - 1}` : '—'} |`);
    push('');
  }
  return `${lines.join('\n')}\n`;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-convert-'));
const env = isolatedEnv(dir);
const generated = path.join(dir, 'generated.md');
writeFileSync(generated, generateMarkdown(args['size-kb'] * 1024));
const inputs = [
  { name: 'upstream course README', file: path.join(ROOT, 'test', 'fixtures', 'upstream', 'llm-course-tw.README.md') },
  { name: 'generated roadmap', file: generated },
];

const rows = [];
for (const input of inputs) {
  const argv = [process.execPath, BIN, 'convert', input.file, '-o', path.join(dir, 'out.yaml'), '--force'];
  const times = [];
  let stderr = '';
  for (let run = 0; run <= args.runs; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(argv[0], argv.slice(1), { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`roadmap convert ${input.file} exited ${result.status}: ${result.stderr}`);
    stderr = result.stderr;
    if (run > 0) times.push(ms); // the first run warms the disk cache
  }
  const rss = Math.max(peakRss(argv, { env }), peakRss(argv, { env }));
  // CPU time (user + system) of the process: what a busy machine skews less than wall time. GNU time only.
  const cpu = [];
  for (let run = 0; tools.gnuTime && run < args.runs; run++) {
    const result = spawnSync(tools.gnuTime, ['-f', '%U %S', ...argv], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
    const [user, system] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    cpu.push((user + system) * 1000);
  }
  const summary = /wrote .*?: (.*)\n$/.exec(stderr)?.[1] ?? '';
  rows.push({ input: input.name, kb: Math.round(statSync(input.file).size / 1024), ms: Math.round(median(times)), cpu: cpu.length ? Math.round(median(cpu)) : null, mib: Math.round(rss), summary });
}

console.log(`roadmap convert, ${args.runs} runs each, Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
console.log('| input | size | wall time (median) | CPU time (median) | peak RSS | result |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.input} | ${row.kb} KB | ${row.ms} ms | ${row.cpu ?? '–'} ms | ${row.mib} MiB | ${row.summary} |`);
if (args.keep) console.log(`files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
