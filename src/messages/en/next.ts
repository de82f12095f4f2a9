/** `roadmap next`. */
export const next = () => ({
  allComplete: '★ Every topic is complete. Well done!',
  seeLog: 'See what you did with: roadmap log',
  goalComplete: ({ goal }: { goal: string }) => `★ Everything leading to ${goal} is complete.`,
  dropGoal: 'Drop --goal to see what else is next.',
  goal: ({ goal }: { goal: string }) => `Goal: ${goal}`,
  blockedBy: ({ number, blockers }: { number: string; blockers: string }) => `${number} is blocked by ${blockers}`,
  allBlocked: 'Nothing to suggest: every remaining topic is blocked.',
  nextUp: 'Next up:',
  moreResources: ({ count, number }: { count: number; number: string }) => `… and ${count} more: roadmap show ${number}`,
  then: 'Then:',
  /** Why a topic is suggested, joined with ` · ` after it. */
  reasons: {
    continues: 'continues what you started',
    unlocks: ({ count }: { count: number }) => `unlocks ${count} ${count === 1 ? 'topic' : 'topics'}`,
    /** `titles` are the first few, already joined. */
    prerequisitesDone: ({ titles }: { titles: string }) => `all prerequisites done: ${titles}`,
    prerequisitesDoneAndMore: ({ titles, count }: { titles: string; count: number }) => `all prerequisites done: ${titles} and ${count} more`,
    needsNothing: 'needs nothing first',
  },
});
