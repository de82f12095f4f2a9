import { buildCurriculumIndex, itemFacts, itemKey } from '../curriculum/index.js';
import { resolveRef } from '../curriculum/resolveRef.js';
import { goalOwnTopicIds, goalTopicIds } from '../plan/goal.js';
import { suggestNext } from '../plan/next.js';
import { renderNext, type NextView } from '../render/next.js';
import { resourceLink } from './resourceLink.js';
import { describeReasons } from '../render/reasons.js';
import { makeStyle } from '../render/style.js';
import { positiveInteger, type CommandSpec } from './spec.js';

export const nextCommand: CommandSpec = {
  name: 'next',
  summary: 'the next topics to study, and why',
  details: `Suggests topics whose prerequisites are complete: what you started first, then required before
optional topics, then those that unlock the most, then roadmap order. --goal keeps only the goal's topics
and what they require.`,
  options: [
    { flags: '-n, --count <n>', description: 'how many suggestions (default 3)', parse: positiveInteger('-n') },
    { flags: '--goal <ref>', description: 'only what leads to this section, topic or resource', values: 'ref' },
    { flags: '--json', description: 'print the suggestions as JSON' },
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
