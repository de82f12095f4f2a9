import { resolve } from 'node:path';
import { exportProgress } from '../progress/exchange.js';
import { renderJson } from '../render/json.js';
import type { CommandSpec } from './spec.js';
import { replaceFile } from '../files/replaceFile.js';
import { messages } from '../messages/index.js';

export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'write all progress and notes (every curriculum) as JSON',
  details: 'The file can be imported on another machine, or kept as a backup: roadmap import merges it without duplicates.',
  options: [{ flags: '-o, --output <file>', description: 'write to FILE instead of standard output', values: 'file' }],
  examples: ['roadmap export -o progress.json', 'roadmap export > ~/Sync/roadmap-progress.json'],
  async run(session, _args, options) {
    const store = session.readStore();
    const exportedAt = session.now().toISOString();
    const data = exportProgress(store, exportedAt);
    const text = renderJson(data);
    if (typeof options.output !== 'string') {
      session.print(text);
      return;
    }
    replaceFile(resolve(session.context.cwd, options.output), text, options.output);
    session.warn(messages().exchange.exported({ events: data.events.length, notes: data.notes.length, file: options.output }));
  },
};
