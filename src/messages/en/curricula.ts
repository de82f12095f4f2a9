/** `roadmap curricula`, `roadmap use`. */
export const curricula = () => ({
  size: ({ sections, topics, resources }: { sections: number; topics: number; resources: number }) =>
    `${sections} sections · ${topics} topics · ${resources} resources`,
  progress: ({ complete, total, percent }: { complete: number; total: number; percent: string }) => `${complete}/${total} topics ${percent}`,
  wholeCourse: ({ parts }: { parts: string }) => `whole course of ${parts}`,
  current: ({ name, chosenBy }: { name: string; chosenBy: string }) => `▶ current: ${name}, ${chosenBy}. Change it with roadmap use ID|FILE.`,
  chosenBy: {
    option: 'chosen by --curriculum',
    environment: 'chosen by ROADMAP_CURRICULUM',
    settings: 'chosen by roadmap use',
    default: 'the built-in default',
  },
  currentNotFound: ({ reason }: { reason: string }) => `the current curriculum cannot be found: ${reason}`,
  invalid: ({ reason }: { reason: string }) => `invalid: ${reason}`,
  use: {
    curriculumOrClear: 'use takes a curriculum or --clear, not both',
    cleared: 'The built-in default curriculum is used again.',
    noDefault: 'No default set by roadmap use: the built-in one is used.',
    defaultIs: ({ curriculum }: { curriculum: string }) => `Default (set by roadmap use): ${curriculum}`,
    nowUsing: ({ curriculum, title }: { curriculum: string; title: string }) => `Now using ${curriculum}: ${title}`,
    stillWins: ({ option }: { option: string }) => `note: ${option} is given and still wins over this default`,
    /** After the error of a default that cannot be found. */
    madeDefault: ({ reason }: { reason: string }) =>
      `${reason} (made the default by \`roadmap use\`; \`roadmap use --clear\` goes back to the built-in one)`,
  },
});
