import { resolveRef } from '../curriculum/resolveRef.js';
import { usageError } from '../errors.js';
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
    if (target.kind === 'section') throw usageError(`${target.section.number} is a section; open a topic or a resource`);
    const resource =
      target.kind === 'resource'
        ? target.resource
        : (target.topic.resources.find((r) => !r.optional && !state.resources.get(r.ref)!.resolved) ??
          target.topic.resources.find((r) => !state.resources.get(r.ref)!.resolved) ??
          target.topic.resources[0]);
    if (!resource) throw usageError(`${target.topic.number} has no resources to open`);
    if (!/^https?:\/\//i.test(resource.url)) throw usageError(`refusing to open a URL that is not http(s): ${safeText(resource.url)}`);
    if (options.print) {
      session.print(safeText(resource.url));
      return;
    }
    await launchOpener(session.context, resource.url);
    session.print(`opened ${resource.number}  ${safeText(resource.title)}\n  ${safeText(resource.url)}`);
  },
};
