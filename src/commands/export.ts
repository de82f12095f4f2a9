import { resolve } from 'node:path';
import { exportProgress } from '../progress/exchange.js';
import { renderJson } from '../render/json.js';
import { helpText, type CommandSpec } from './spec.js';
import { replaceFile } from '../files/replaceFile.js';
import { messages } from '../messages/index.js';

export const exportCommand: CommandSpec = {
  name: 'export',
  get summary() { return helpText().export.summary; },
  get details() { return helpText().export.details; },
  options: [{ flags: '-o, --output <file>', get description() { return helpText().export.options.output; }, values: 'file' }],
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
