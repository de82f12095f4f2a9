import { buildCurriculumIndex, itemFacts, itemKey } from '../curriculum/index.js';
import { resolveRef } from '../curriculum/resolveRef.js';
import { goalOwnTopicIds, goalTopicIds } from '../plan/goal.js';
import { suggestNext } from '../plan/next.js';
import { renderNext, type NextView } from '../render/next.js';
import { resourceLink } from './resourceLink.js';
import { describeReasons } from '../render/reasons.js';
import { makeStyle } from '../render/style.js';
import { helpText, positiveInteger, type CommandSpec } from './spec.js';

export const nextCommand: CommandSpec = {
  name: 'next',
  get summary() { return helpText().next.summary; },
  get details() { return helpText().next.details; },
  options: [
    { flags: '-n, --count <n>', get description() { return helpText().next.options.count; }, parse: positiveInteger('-n') },
    { flags: '--goal <ref>', get description() { return helpText().next.options.goal; }, values: 'ref' },
    { flags: '--json', get description() { return helpText().next.options.json; } },
  ],
  examples: ['roadmap next', 'roadmap next -n 5', 'roadmap next --goal rnn', 'roadmap next --json | jq -r ".suggestions[0].title"'],
  async run(session, _args, options) {
    const { curriculum, state } = await session.snapshot();
    const index = buildCurriculumIndex(curriculum);
    const goalRef = typeof options.goal === 'string' ? resolveRef(curriculum, options.goal) : undefined;
    const result = suggestNext(curriculum, state, {
      limit: (options.count as number | undefined) ?? 3,
      goalTopics: goalRef ? goalTopicIds(curriculum, goalRef) : undefined,
    });
    const goalTopic = goalRef ? goalOwnTopicIds(curriculum, goalRef).map((id) => index.getTopic(id)!) : [];
    const view: NextView = {
      curriculum: curriculum.id,
      complete: result.complete,
      goal: goalRef
        ? {
            ref: itemKey(goalRef),
            number: itemFacts(goalRef).number,
            title: itemFacts(goalRef).title,
            complete: result.goalComplete,
            blocked: goalTopic
              .filter((topic) => state.topics.get(topic.id)!.state === 'blocked')
              .map((topic) => ({
                topic: topic.id,
                number: topic.number,
                title: topic.title,
                blockedBy: state.topics.get(topic.id)!.blockedBy.map((id) => {
                  const blocker = index.getTopic(id)!;
                  return { topic: id, number: blocker.number, title: blocker.title };
                }),
              })),
          }
        : null,
      suggestions: result.suggestions.map((suggestion) => ({
        topic: suggestion.topic.id,
        number: suggestion.topic.number,
        title: suggestion.topic.title,
        section: suggestion.section.id,
        sectionTitle: suggestion.section.title,
        state: suggestion.state,
        optional: suggestion.topic.optional,
        unlocks: suggestion.unlocks,
        reasons: describeReasons(suggestion.reasons),
        resources: suggestion.resources.map(resourceLink),
      })),
    };
    if (options.json) session.printJson(view);
    else session.print(renderNext(view, makeStyle(session.terminal.colorLevel, session.terminal.width)));
  },
};
