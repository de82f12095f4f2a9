import { itemKey } from '../curriculum/index.js';
import { resolveRef } from '../curriculum/resolveRef.js';
import { planPath } from '../plan/path.js';
import { renderPath, type PathView } from '../render/path.js';
import { makeStyle } from '../render/style.js';
import { resourceLink } from './resourceLink.js';
import { forecastOf } from './rhythm.js';
import { helpText, type CommandSpec } from './spec.js';

export const pathCommand: CommandSpec = {
  name: 'path',
  arguments: '<ref>',
  argumentKinds: ['ref'],
  get summary() { return helpText().path.summary; },
  get details() { return helpText().path.details; },
  options: [{ flags: '--json', get description() { return helpText().path.options.json; } }],
  get examples() { return ['roadmap path rnn', `roadmap path 4          # ${helpText().path.wholeSection}`, 'roadmap path word-embeddings --json']; },
  async run(session, [ref], options) {
    const snapshot = await session.snapshot();
    const { curriculum, state } = snapshot;
    const goal = resolveRef(curriculum, ref as string);
    const path = planPath(curriculum, state, goal);
    const view: PathView = {
      curriculum: curriculum.id,
      goal: itemKey(goal),
      complete: path.complete,
      effort: path.effort,
      steps: path.steps.map((step) => ({
        topic: step.topic.id,
        number: step.topic.number,
        title: step.topic.title,
        section: step.section.id,
        state: step.state,
        goal: step.goal,
        optional: step.topic.optional,
        minutes: step.minutes,
        unestimated: step.unestimated,
        resources: step.resources.map(resourceLink),
        optionalResources: step.optionalResources.length,
      })),
      forecast: forecastOf(snapshot, session.readStore(), { now: session.now(), timeZone: session.timeZone() }, { topics: path.effort.topics, minutes: path.effort.minutes, unestimated: path.effort.unestimated }),
    };
    if (options.json) session.printJson(view);
    else session.print(renderPath(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
  },
};
