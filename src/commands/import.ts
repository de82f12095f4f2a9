import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataError, usageError } from '../errors.js';
import { importProgress, parseProgressExport } from '../progress/exchange.js';
import { messages } from '../messages/index.js';
import { helpText, type CommandSpec } from './spec.js';

export const importCommand: CommandSpec = {
  name: 'import',
  arguments: '<file>',
  argumentKinds: ['file'],
  get summary() { return helpText().import.summary; },
  get details() { return helpText().import.details; },
  options: [{ flags: '--json', get description() { return helpText().import.options.json; } }],
  examples: ['roadmap import progress.json', 'ssh laptop roadmap export | roadmap import -'],
  async run(session, [file], options) {
    const name = file as string;
    let text: string;
    try {
      text = name === '-' ? session.context.stdin.readText() : readFileSync(resolve(session.context.cwd, name), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw usageError(messages().exchange.noSuchFile({ file: name }));
      throw dataError(messages().exchange.cannotRead({ file: name, detail: (error as Error).message }));
    }
    const data = parseProgressExport(text, name);
    const result = importProgress(session.writeStore(), data);
    if (options.json) session.printJson(result);
    else session.print(messages().exchange.imported(result));
  },
};
