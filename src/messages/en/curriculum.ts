/**
 * Problems in a curriculum file, and REFs that do not resolve. Quoted values (`key`, `id`, `url`…) arrive
 * already quoted, exactly as the file has them.
 */
export const curriculum = () => ({
  /** What a schema message is about: `the file`, `"title"`, `item 2 of "topics"`. */
  subject: {
    theFile: 'the file',
    item: ({ index, subject }: { index: number; subject: string }) => `item ${index} of ${subject}`,
  },
  /** The kinds of object a curriculum holds, named in messages (the schema's titles). */
  nouns: {
    curriculum: 'curriculum',
    section: 'section',
    topic: 'topic',
    resource: 'resource',
  },
  /** Where a key is missing or unknown, appended to the message; empty at the top of the file. */
  inNoun: ({ noun }: { noun: string }) => ` in ${noun}`,
  /** What a value must be. */
  expected: {
    mapping: 'a mapping (key: value lines)',
    mappingOf: ({ noun }: { noun: string }) => `a mapping (a ${noun})`,
    list: 'a list',
    text: 'text',
    wholeNumber: 'a whole number',
    number: 'a number',
    trueOrFalse: 'true or false',
  },
  /** What a value is. */
  actual: {
    mapping: 'a mapping',
    list: 'a list',
    alias: 'an alias',
    empty: 'empty',
    nothing: 'nothing',
    string: ({ text }: { text: string }) => `the string ${text}`,
    number: ({ number }: { number: string }) => `the number ${number}`,
    tagged: ({ tag }: { tag: string }) => `a value tagged ${tag}`,
    unknownTag: 'unknown',
  },
  /** `one topic`, `2 topics`; `one item`, `2 items`. */
  countOf: ({ count, noun }: { count: number; noun: string }) => (count === 1 ? `one ${noun}` : `${count} ${noun}s`),
  countOfItems: ({ count }: { count: number }) => (count === 1 ? 'one item' : `${count} items`),
  /** Between keys that must come together, and between alternatives. */
  and: ' and ',
  or: ' or ',
  didYouMean: ({ suggestion }: { suggestion: string }) => `; did you mean ${suggestion}?`,

  schema: {
    isEmpty: ({ subject, expected }: { subject: string; expected: string }) => `${subject} is empty; it must be ${expected}`,
    wrongType: ({ subject, expected, actual, hint }: { subject: string; expected: string; actual: string; hint: string }) =>
      `${subject} must be ${expected}, not ${actual}${hint}`,
    quoteToMakeText: '; put it in quotes to make it text',
    mustBe: ({ subject, expected, got }: { subject: string; expected: string; got: string }) => `${subject} must be ${expected} (got ${got})`,
    mustBeOneOf: ({ subject, allowed, got, hint }: { subject: string; allowed: string; got: string; hint: string }) =>
      `${subject} must be one of ${allowed} (got ${got})${hint}`,
    mustBeAtLeast: ({ subject, minimum, got }: { subject: string; minimum: number; got: string }) => `${subject} must be at least ${minimum} (got ${got})`,
    mustNotBeEmpty: ({ subject }: { subject: string }) => `${subject} must not be empty`,
    mustBeLongerThan: ({ subject, count }: { subject: string; count: number }) => `${subject} must be at least ${count} characters long`,
    mismatch: ({ subject, rule, got }: { subject: string; rule: string; got: string }) => `${subject} ${rule} (got ${got})`,
    /** The rules of the schema's patterns, by the name of what they check (a `$defs` entry or a key). */
    patternRules: {
      language: 'must be a language tag such as en, zh-TW or pt-BR',
      slug: 'must be a slug: lowercase letters, digits and dashes, containing a letter',
      url: 'must start with http:// or https:// followed by an address, with no spaces or control characters',
    },
    mustMatchPattern: ({ pattern }: { pattern: string }) => `must match the pattern ${pattern}`,
    mustListAtLeast: ({ subject, amount }: { subject: string; amount: string }) => `${subject} must list at least ${amount}`,
    missingKey: ({ key, where }: { key: string; where: string }) => `missing required key ${key}${where}`,
    missingKeyValue: ({ key, where }: { key: string; where: string }) => `missing required key ${key}${where} (it has no value)`,
    bothGiven: ({ keys, where }: { keys: string; where: string }) => `${keys} cannot both be given${where}: give only one`,
    unknownKey: ({ key, where, allowed, hint }: { key: string; where: string; allowed: string; hint: string }) =>
      `unknown key ${key}${where} (allowed: ${allowed})${hint}`,
    mergeKeys: '; YAML merge keys (<<) are not supported',
  },

  yaml: {
    emptyFile: 'the file is empty; a curriculum needs schema, id, title and sections',
    tooDeep: ({ limit }: { limit: number }) => `the data is nested too deeply (more than ${limit} levels); a curriculum needs only a few`,
    secondDocument: 'more than one YAML document: a second one starts here, but a curriculum file holds exactly one',
    /** The YAML library's own words (`detail`) stay as it wrote them. */
    syntaxError: ({ detail }: { detail: string }) => `YAML syntax error: ${detail}`,
    warning: ({ detail }: { detail: string }) => `YAML: ${detail}`,
    unclosedQuote: 'this quoted text is never closed (no closing quote)',
    tabIndent: 'tabs are not allowed for indentation; indent with spaces',
    aliasBomb:
      'too many aliases: the anchors (&) and aliases (*) here expand to an excessive amount of data; write the data out instead',
    keyNotText: ({ actual }: { actual: string }) => `a key must be plain text, not ${actual}`,
    duplicateKey: ({ key, line }: { key: string; line: number }) => `duplicate key ${key} (first used on line ${line})`,
    unknownAlias: ({ alias, anchor }: { alias: string; anchor: string }) => `unknown alias ${alias}: no anchor ${anchor} is set before it`,
    aliasContainsItself: ({ alias }: { alias: string }) => `alias ${alias} refers to a collection that contains it`,
  },

  bytes: {
    tooLarge: ({ size }: { size: string }) => `file is larger than 16 MiB (${size} MiB); a curriculum must be at most 16 MiB`,
    utf16: 'not valid UTF-8: the file is UTF-16; save the file as UTF-8',
    notUtf8: ({ byte }: { byte: string }) => `not valid UTF-8 (byte 0x${byte}); save the file as UTF-8`,
  },

  semantic: {
    duplicateId: ({ id, line }: { id: string; line: number }) => `duplicate id ${id} (first used on line ${line})`,
    duplicateAlias: ({ alias, line }: { alias: string; line: number }) => `duplicate alias ${alias} (first used on line ${line})`,
    duplicateResourceId: ({ id, topic, line }: { id: string; topic: string; line: number }) =>
      `duplicate id ${id} in topic ${topic} (first used on line ${line})`,
    aliasIsLiveId: ({ alias, noun, line }: { alias: string; noun: string; line: number }) =>
      `alias ${alias} is the id of a ${noun} (line ${line}); an alias must be a former id that is no longer used`,
    requiresOwnSection: ({ id }: { id: string }) => `"requires" names ${id}, the topic's own section; a topic cannot require the section it is in`,
    requiresFormerId: ({ id, renamed }: { id: string; renamed: string }) => `"requires" names ${id}, a former id of topic ${renamed}; write ${renamed}`,
    requiresUnknown: ({ id, hint }: { id: string; hint: string }) => `"requires" names ${id}, which is not the id of any section or topic${hint}`,
    urlNotOpenable: ({ url }: { url: string }) => `"url" is not an address a browser can open (got ${url})`,
    duplicateUrl: ({ url, line }: { url: string; line: number }) => `duplicate URL ${url} (first used on line ${line})`,
    cycle: ({ path, notes }: { path: string; notes: string }) => `requirement cycle: ${path}${notes}`,
    /** After the cycle's path, when it passes through a section. */
    cycleNotes: ({ notes }: { notes: string }) => ` (${notes})`,
    cycleNoteSeparator: '; ',
    requiresViaSection: ({ from, section, to }: { from: string; section: string; to: string }) =>
      `${from} requires section ${section}, which contains ${to}`,
    requiresTopLevel:
      '"requires" at the top level is for a whole course (a file with "parts"); a topic lists what it requires in its own "requires"',
  },

  controlCharacters: {
    aValue: 'a value',
    itemOf: ({ key }: { key: string }) => `an item of ${key}`,
    one: ({ subject, found }: { subject: string; found: string }) => `${subject} contains a control character (${found}), shown as \uFFFD`,
    many: ({ subject, found }: { subject: string; found: string }) => `${subject} contains control characters (${found}), shown as \uFFFD`,
  },

  course: {
    partIsCourse: ({ part }: { part: string }) => `part ${part} is itself a whole course; a part must be a curriculum of sections`,
    partHasCourseId: ({ part, id }: { part: string; id: string }) => `part ${part} has the course's own id ${id}; give the course an id of its own`,
    partHasEarlierId: ({ part, id }: { part: string; id: string }) => `part ${part} has the id ${id} of an earlier part`,
    idInTwoParts: ({ id, part, earlier }: { id: string; part: string; earlier: string }) =>
      `id ${id} of part ${part} is also used in part ${earlier}; ids (and aliases) must be unique across the whole course`,
    /** `place` is where the id is written, as YAML: `requires:` or `ID requires`. */
    unknownId: ({ place, id, hint }: { place: string; id: string; hint: string }) => `${place} ${id} is not a topic or section of the course${hint}`,
    requiresItself: ({ item, required }: { item: string; required: string }) => `${item} cannot require ${required}: it is or contains itself`,
    partListedTwice: ({ part }: { part: string }) => `part ${part} is listed twice`,
  },

  refs: {
    empty: 'an empty REF names no item',
    emptyHint: 'name an item by its id, its number (as `roadmap list` shows it) or words of its title',
    someFailed: ({ failed, total }: { failed: number; total: number }) => `${failed} of the ${total} REFs do not name exactly one item:`,
    noNumber: ({ ref, hint }: { ref: string; hint: string }) => `no item numbered ${ref} (${hint})`,
    onlySectionOne: 'there is only section 1',
    sectionsNumbered: ({ count }: { count: number }) => `sections are numbered 1–${count}`,
    sectionNoTopics: ({ section }: { section: number }) => `section ${section} has no topics`,
    sectionOneTopic: ({ section }: { section: number }) => `section ${section} has only topic ${section}.1`,
    sectionTopics: ({ section, count }: { section: number; count: number }) => `section ${section} has topics ${section}.1–${section}.${count}`,
    topicNoResources: ({ topic }: { topic: string }) => `topic ${topic} has no resources`,
    topicOneResource: ({ topic }: { topic: string }) => `topic ${topic} has only resource ${topic}.1`,
    topicResources: ({ topic, count }: { topic: string; count: number }) => `topic ${topic} has resources ${topic}.1–${topic}.${count}`,
    seeNumbers: 'run `roadmap list` to see the numbers',
    matchesMany: ({ text, count }: { text: string; count: number }) => `"${text}" matches ${count} items:`,
    andMore: ({ count }: { count: number }) => `… and ${count} more`,
    pickOne: 'use a number or an id to pick one',
    noMatch: ({ text }: { text: string }) => `no item matches "${text}"`,
    didYouMean: 'did you mean:',
    seeEveryItem: 'run `roadmap list` to see every item with its number and id',
  },
});
