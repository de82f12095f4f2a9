/** The interactive menu. */
export const menu = () => ({
  back: '← Back',
  whatNow: 'What now?',
  openResource: 'Open a resource…',
  /** After the first few lines of a list. */
  andMore: ({ count }: { count: number }) => `… and ${count} more`,
  /** What a confirmed checklist that changed nothing prints. */
  nothingChanged: 'nothing changed',
  /** The top line of every screen, after the curriculum's title. */
  progress: ({ topicsComplete, topics, resourcesResolved, resources }: { topicsComplete: number; topics: number; resourcesResolved: number; resources: number }) =>
    `${topicsComplete}/${topics} topics complete · ${resourcesResolved}/${resources} resources resolved`,
  /**
   * The prompts' key help line. The prompts name the actions in English; these are the words shown for
   * them. The checkbox calls toggling a choice `select` too, on the space key: that one is `toggle`.
   */
  keys: {
    navigate: 'navigate',
    select: 'select',
    toggle: 'select',
    all: 'all',
    invert: 'invert',
    submit: 'submit',
    back: 'back',
    space: 'space',
  },
  /** Shown if a disabled choice is picked; the menu offers none, but the prompts would say it. */
  disabledChoice: 'This option is disabled and cannot be selected.',
  main: {
    trail: 'Main menu',
    question: 'What would you like to do?',
    next: ({ suggestion }: { suggestion: string }) => `What's next — ${suggestion}`,
    everythingComplete: 'everything is complete',
    nothingAvailable: 'nothing available',
    browse: 'Browse — sections, topics and resources',
    note: 'Add a note',
    status: 'Status — progress and recent activity',
    quit: 'Quit',
  },
  browse: {
    trail: 'Browse',
    whichSection: 'Which section?',
    whichTopic: 'Which topic?',
    sectionFigures: ({ topicsComplete, topics, resourcesResolved, resources }: { topicsComplete: number; topics: number; resourcesResolved: number; resources: number }) =>
      `${topicsComplete}/${topics} topics · ${resourcesResolved}/${resources} resources`,
    resourceFigures: ({ resolved, resources }: { resolved: number; resources: number }) => `${resolved}/${resources} resources`,
  },
  next: {
    trail: "What's next",
    reviewed: 'Reviewed — it came back easily',
    reviewedHard: 'Reviewed, but it was hard',
    later: 'Later',
    reviewDue: 'Review due:',
    moreAfterIt: ({ count }: { count: number }) => ` · ${count} more after it`,
    completedOn: ({ date }: { date: string }) => `completed ${date}`,
    lastReviewedOn: ({ date }: { date: string }) => `last reviewed ${date}`,
    goOverIt: 'go over it again, then say how it went',
    start: ({ topic }: { topic: string }) => `Start it — ${topic}`,
    markResourcesDone: 'Mark resources done…',
    markTopicDone: 'Mark the whole topic done',
    tickFinished: 'Tick what you have finished:',
  },
  topic: {
    tickResources: 'Tick resources…',
    tickFinished: 'Tick what you have finished (space), then press enter:',
    skipped: 'skipped: its resources count as resolved',
    markedDone: 'marked done: its resources count as resolved',
    complete: 'complete',
    blockedBy: ({ topics }: { topics: string }) => `blocked by ${topics}`,
    inProgress: 'in progress',
    notStarted: 'not started',
    resourcesResolved: ({ resolved, resources }: { resolved: number; resources: number }) => `${resolved}/${resources} resources resolved`,
    noResources: 'no resources: mark the topic itself',
  },
  /** What the topic screen offers to set the topic's own status to. */
  topicActions: {
    undo: 'Undo: set this topic back to todo',
    doneInstead: 'Mark this topic done instead',
    undoWithResources: 'Undo: set this topic and the resources that complete it back to todo',
    start: 'Start this topic',
    done: 'Mark this topic done',
    skip: 'Skip this topic',
    backToTodo: 'Set this topic back to todo',
  },
  resources: {
    openWhich: 'Open which resource?',
    resolvedThroughTopic: 'resolved through its topic',
  },
  note: {
    trail: 'Add a note',
    whichSection: 'Which section is the note about?',
    sectionOrTopic: 'About the section itself, or one of its topics?',
    topicOrResource: 'About the topic itself, or one of its resources?',
    sectionItself: ({ title }: { title: string }) => `${title} (the section itself)`,
    topicItself: ({ title }: { title: string }) => `${title} (the topic itself)`,
    hint: 'One line; esc to go back. Longer notes: roadmap note REF (opens $EDITOR).',
    noteFor: ({ item }: { item: string }) => `Note for ${item}:`,
    needsText: 'A note needs some text.',
  },
  status: {
    trail: 'Status',
  },
});
