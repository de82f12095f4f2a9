import { resolveRef } from '../curriculum/resolveRef.js';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { goalTopicIds } from '../plan/goal.js';
import { graphView } from '../plan/graphView.js';
import { helpText, type CommandSpec } from './spec.js';

export const graphCommand: CommandSpec = {
  name: 'graph',
  arguments: '[ref]',
  argumentKinds: ['ref'],
  get summary() { return helpText().graph.summary; },
  get details() { return helpText().graph.details; },
  options: [{ flags: '--format <format>', get description() { return helpText().graph.options.format; }, defaultValue: 'mermaid', values: ['mermaid', 'dot'] }],
  examples: ['roadmap graph', 'roadmap graph --format dot | dot -Tsvg > roadmap.svg', 'roadmap graph rnn'],
  async run(session, [ref], options) {
    const format = options.format as string;
    if (format !== 'mermaid' && format !== 'dot') throw usageError(messages().graph.badFormat({ format }));
    const { curriculum, state } = await session.snapshot();
    const focus = typeof ref === 'string' ? goalTopicIds(curriculum, resolveRef(curriculum, ref)) : undefined;
    const view = graphView(curriculum, state, focus);
    const { renderDot, renderMermaid } = await import('../render/graph.js');
    session.print(format === 'dot' ? renderDot(view) : renderMermaid(view));
  },
};
