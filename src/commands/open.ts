import { resolveRef } from '../curriculum/resolveRef.js';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { safeText } from '../render/text.js';
import { launchOpener } from './opener.js';
import { helpText, type CommandSpec } from './spec.js';

export const openCommand: CommandSpec = {
  name: 'open',
  arguments: '<ref>',
  argumentKinds: ['ref'],
  get summary() { return helpText().open.summary; },
  get details() { return helpText().open.details; },
  options: [{ flags: '--print', get description() { return helpText().open.options.print; } }],
  examples: ['roadmap open 1.2.1', 'roadmap open linear-algebra', 'roadmap open 1.2 --print'],
  async run(session, [ref], options) {
    const { curriculum, state } = await session.snapshot();
    const target = resolveRef(curriculum, ref as string);
    const text = messages().open;
    if (target.kind === 'section') throw usageError(text.isSection({ number: target.section.number }));
    const resource =
      target.kind === 'resource'
        ? target.resource
        : (target.topic.resources.find((r) => !r.optional && !state.resources.get(r.ref)!.resolved) ??
          target.topic.resources.find((r) => !state.resources.get(r.ref)!.resolved) ??
          target.topic.resources[0]);
    if (!resource) throw usageError(text.noResources({ number: target.topic.number }));
    if (!/^https?:\/\//i.test(resource.url)) throw usageError(text.notHttp({ url: safeText(resource.url) }));
    if (options.print) {
      session.print(safeText(resource.url));
      return;
    }
    await launchOpener(session.context, resource.url);
    session.print(`${text.opened({ number: resource.number, title: safeText(resource.title) })}\n  ${safeText(resource.url)}`);
  },
};
