/** `roadmap convert` and Markdown curricula. */
export const convert = () => ({
  alreadyExists: ({ file }: { file: string }) => `${file} already exists; pass --force to overwrite it`,
  wrote: ({ file, sections, topics, resources, warnings }: { file: string; sections: number; topics: number; resources: number; warnings: number }) =>
    `wrote ${file}: ${sections} sections, ${topics} topics, ${resources} resources; ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  /** `place` is `FILE:LINE`. */
  warning: ({ place, message }: { place: string; message: string }) => `${place}: warning: ${message}`,
  optionMustBe: ({ option, expected, got }: { option: string; expected: string; got: string }) => `${option} must be ${expected} (got ${got})`,
  /** What an option's value must be, by option. */
  optionValues: {
    id: 'a slug: lowercase letters, digits and dashes, containing a letter',
    language: 'a language tag such as en, zh-TW or pt-BR',
  },
  nothingToConvert: ({ file }: { file: string }) => `${file}: no links and no topics found; nothing to convert`,
  headingWithoutLinks: ({ heading }: { heading: string }) => `heading ${heading} has no links; left out`,
  headingOnlyGroups: ({ heading }: { heading: string }) => `heading ${heading} only groups the sections below it; its title is not kept`,
  rowWithoutLinks: ({ row }: { row: string }) => `table row ${row} has no links; left out`,
  emptyRow: 'table row has no text and no links; left out',
  linkLeftOut: ({ url, reason }: { url: string; reason: string }) => `link ${url} left out: ${reason}`,
  /** Why a link is left out. */
  reasons: {
    notOpenable: 'not an address a browser can open',
    outsideSections: 'it is outside any section',
    notHttp: 'not an http(s) link',
    relative: 'a relative link; only http(s) links become resources',
  },
  linkRepeated: ({ url, topic, line }: { url: string; topic: string; line: number }) => `link ${url} repeated in topic ${topic}; kept once (first on line ${line})`,
  prerequisiteUnknown: ({ prerequisite, topic }: { prerequisite: string; topic: string }) =>
    `prerequisite ${prerequisite} of ${topic} names no row or topic; left out`,
  prerequisiteItself: ({ prerequisite, topic }: { prerequisite: string; topic: string }) => `prerequisite ${prerequisite} of ${topic} is the topic itself; left out`,
  prerequisiteCycle: ({ prerequisite, topic }: { prerequisite: string; topic: string }) => `prerequisite ${prerequisite} of ${topic} would make a cycle; left out`,
  imageLeftOut: ({ image }: { image: string }) => `image ${image} left out: images are not resources`,
  badgeLeftOut: ({ badge, url }: { badge: string; url: string }) => `badge ${badge} (a link to ${url}) left out: badges are not resources`,
});
