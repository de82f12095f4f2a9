/**
 * A small interpreter of the JSON Schema keywords that curriculum/schema.json uses, so that the schema
 * editors read and the rules the loader enforces are one and the same. It checks the YAML tree (which
 * keeps positions) rather than plain data, and words its messages for the person editing the file.
 *
 * Two rules are this format's own rather than JSON Schema's: an optional key written with no value
 * (`summary:`) counts as absent, and a required key with no value counts as missing.
 */

import { listInText, messages, type Messages } from '../messages/index.js';
import { didYouMean, quote } from './describe.js';
import type { RawProblem } from './yamlDocument.js';
import type { YMap, YNode, YScalar, YSeq } from './yamlTree.js';

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

export interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: SchemaType;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  /** false, or the schema every key not in `properties` must meet (a map of ids, say). */
  additionalProperties?: boolean | JsonSchema;
  /**
   * Only as alternatives of `required` lists: an object must have the keys of exactly one of them (a
   * curriculum has `sections`, a whole course `parts`).
   */
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  pattern?: string;
  /** The message for a value that does not match `pattern` (an extension editors show as well). */
  patternErrorMessage?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
}

/** Every keyword this interpreter understands; a schema using any other is refused by a unit test. */
export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set<keyof JsonSchema>([
  '$schema',
  'title',
  'description',
  'default',
  '$ref',
  '$defs',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'oneOf',
  'items',
  'minItems',
  'minLength',
  'pattern',
  'patternErrorMessage',
  'enum',
  'const',
  'minimum',
]);

/** Types the interpreter knows; `additionalProperties` may only be false or a schema. */
export const SUPPORTED_TYPES: ReadonlySet<string> = new Set<SchemaType>(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/** `subject` names the value in messages: `"title"`, `item 2 of "topics"`, `the file`. */
interface Place {
  subject: string;
  /**
   * What an object is called in messages (`topic`), in the language in use; from the schema's `title`, or
   * given for the root.
   */
  noun?: string;
}

export interface SchemaCheckResult {
  problems: RawProblem[];
  /** Values that broke a rule, so that later checks can leave them alone instead of reporting them again. */
  invalid: ReadonlySet<YNode>;
}

/** `rootNoun` is a key of the catalog's nouns: `curriculum`. */
export function checkAgainstSchema(root: YNode, schema: JsonSchema, rootNoun: NounKey): SchemaCheckResult {
  const checker = new SchemaChecker(schema);
  checker.check(root, schema, { subject: messages().curriculum.subject.theFile, noun: messages().curriculum.nouns[rootNoun] });
  return { problems: checker.problems, invalid: checker.invalid };
}

class SchemaChecker {
  readonly problems: RawProblem[] = [];
  readonly invalid = new Set<YNode>();
  private readonly regexes = new Map<string, RegExp>();
  private readonly allowedKeys = new WeakMap<JsonSchema, string>();
  private readonly refSiblings = new WeakMap<JsonSchema, JsonSchema>();
  private readonly refTargets = new Map<string, JsonSchema>();
  private readonly quotedKeys = new Map<string, string>();

  /** What each pattern checks (its `$defs` entry or its key), for the rule's words in the catalog. */
  private readonly patternNames = new Map<JsonSchema, string>();

  constructor(private readonly rootSchema: JsonSchema) {
    for (const [name, definition] of Object.entries(rootSchema.$defs ?? {})) this.patternNames.set(definition, name);
    for (const [key, property] of Object.entries(rootSchema.properties ?? {})) if (property.pattern !== undefined) this.patternNames.set(property, key);
  }

  check(node: YNode, schema: JsonSchema, place: Place): void {
    if (schema.$ref !== undefined) {
      const target = this.resolveRef(schema.$ref);
      this.check(node, target, { subject: place.subject, noun: nounOf(target) ?? place.noun });
      this.check(node, this.siblingsOfRef(schema), place);
      return;
    }
    const noun = place.noun ?? nounOf(schema);
    if (schema.type !== undefined && !hasType(node, schema.type)) {
      this.reportValue(node, typeMismatch(node, schema.type, { subject: place.subject, noun }));
      return;
    }
    if (node.kind === 'scalar') this.checkScalar(node, schema, place.subject);
    else if (node.kind === 'seq') this.checkSeq(node, schema, place.subject);
    else this.checkMap(node, schema, noun);
  }

  private report(offset: number, message: string): void {
    this.problems.push({ offset, message });
  }

  private reportValue(node: YNode, message: string): void {
    this.invalid.add(node);
    this.report(node.offset, message);
  }

  /** The keywords next to a `$ref` (in 2020-12 they apply too), computed once per schema. */
  private siblingsOfRef(schema: JsonSchema): JsonSchema {
    let siblings = this.refSiblings.get(schema);
    if (!siblings) {
      const { $ref: _ref, ...rest } = schema;
      siblings = rest;
      this.refSiblings.set(schema, siblings);
    }
    return siblings;
  }

  private resolveRef(ref: string): JsonSchema {
    const known = this.refTargets.get(ref);
    if (known) return known;
    const name = /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
    const target = name === undefined ? undefined : this.rootSchema.$defs?.[name];
    if (!target) throw new Error(`schema.json: unsupported or unknown $ref ${ref}`);
    this.refTargets.set(ref, target);
    return target;
  }

  private checkScalar(node: YScalar, schema: JsonSchema, subject: string): void {
    const { value } = node;
    if (schema.const !== undefined && value !== schema.const) {
      this.reportValue(node, messages().curriculum.schema.mustBe({ subject, expected: formatConstant(schema.const), got: describeBriefly(node) }));
    }
    if (schema.enum !== undefined && !schema.enum.includes(value)) {
      const hint = typeof value === 'string' ? didYouMean(value, schema.enum.map(String)) : '';
      const allowed = listInText(schema.enum.map(String));
      this.reportValue(node, messages().curriculum.schema.mustBeOneOf({ subject, allowed, got: describeBriefly(node), hint }));
    }
    if (typeof value === 'string') this.checkString(node, value, schema, subject);
    if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
      this.reportValue(node, messages().curriculum.schema.mustBeAtLeast({ subject, minimum: schema.minimum, got: String(value) }));
    }
  }

  private checkString(node: YScalar, value: string, schema: JsonSchema, subject: string): void {
    if (schema.minLength !== undefined && countCodePointsUpTo(value, schema.minLength) < schema.minLength) {
      const words = messages().curriculum.schema;
      this.reportValue(node, schema.minLength === 1 ? words.mustNotBeEmpty({ subject }) : words.mustBeLongerThan({ subject, count: schema.minLength }));
      return;
    }
    if (schema.pattern !== undefined && !this.regex(schema.pattern).test(value)) {
      this.reportValue(node, messages().curriculum.schema.mismatch({ subject, rule: this.patternRule(schema, schema.pattern), got: quote(value) }));
    }
  }

  /** The catalog's words for a known pattern; the schema's own (English) for one the catalog does not know. */
  private patternRule(schema: JsonSchema, pattern: string): string {
    const words = messages().curriculum.schema;
    const name = this.patternNames.get(schema);
    const known = name !== undefined && Object.hasOwn(words.patternRules, name) ? words.patternRules[name as keyof typeof words.patternRules] : undefined;
    return known ?? schema.patternErrorMessage ?? words.mustMatchPattern({ pattern });
  }

  private regex(pattern: string): RegExp {
    let regex = this.regexes.get(pattern);
    if (!regex) {
      regex = new RegExp(pattern, 'u');
      this.regexes.set(pattern, regex);
    }
    return regex;
  }

  private checkSeq(node: YSeq, schema: JsonSchema, subject: string): void {
    if (schema.minItems !== undefined && node.items.length < schema.minItems) {
      this.report(node.offset, messages().curriculum.schema.mustListAtLeast({ subject, amount: describeCount(schema.minItems, this.itemNoun(schema)) }));
    }
    const itemSchema = schema.items;
    if (!itemSchema) return;
    const itemSubject = messages().curriculum.subject.item;
    node.items.forEach((item, index) => this.check(item, itemSchema, { subject: itemSubject({ index: index + 1, subject }) }));
  }

  private itemNoun(schema: JsonSchema): string | undefined {
    const items = schema.items;
    if (!items) return undefined;
    return nounOf(items.$ref !== undefined ? this.resolveRef(items.$ref) : items);
  }

  private checkMap(node: YMap, schema: JsonSchema, noun: string | undefined): void {
    const where = noun === undefined ? '' : messages().curriculum.inNoun({ noun });
    const present = new Set<string>();
    for (const entry of node.entries) {
      const propertySchema = schema.properties?.[entry.key];
      if (propertySchema === undefined) {
        if (schema.additionalProperties === false) this.report(entry.keyOffset, this.unknownKeyMessage(entry.key, schema, where));
        else if (typeof schema.additionalProperties === 'object') this.check(entry.value, schema.additionalProperties, { subject: this.quoteKey(entry.key) });
        continue;
      }
      if (isNull(entry.value)) {
        // `summary:` with nothing after it: absent if optional, missing if required (reported below).
        const required = schema.required?.includes(entry.key) || schema.oneOf?.some((alternative) => alternative.required?.includes(entry.key));
        if (required) this.report(entry.keyOffset, messages().curriculum.schema.missingKeyValue({ key: quote(entry.key), where }));
        present.add(entry.key);
        continue;
      }
      present.add(entry.key);
      this.check(entry.value, propertySchema, { subject: this.quoteKey(entry.key) });
    }
    for (const key of schema.required ?? []) {
      if (!present.has(key)) this.report(node.offset, messages().curriculum.schema.missingKey({ key: quote(key), where }));
    }
    if (schema.oneOf) this.checkAlternatives(node, schema.oneOf, present, where);
  }

  private checkAlternatives(node: YMap, alternatives: JsonSchema[], present: ReadonlySet<string>, where: string): void {
    const keysOf = (alternative: JsonSchema) => alternative.required ?? [];
    const met = alternatives.filter((alternative) => keysOf(alternative).every((key) => present.has(key)));
    const words = messages().curriculum;
    if (met.length === 0) {
      const keys = alternatives.map((alternative) => keysOf(alternative).map(quote).join(words.and)).join(words.or);
      this.report(node.offset, words.schema.missingKey({ key: keys, where }));
    } else if (met.length > 1) {
      const keys = met.map((alternative) => keysOf(alternative)[0]!);
      const second = node.entries.find((entry) => entry.key === keys[1]);
      this.report(second?.keyOffset ?? node.offset, words.schema.bothGiven({ keys: keys.map(quote).join(words.and), where }));
    }
  }

  /** Keys repeat thousands of times (`id`, `title`…): quote each once. */
  private quoteKey(key: string): string {
    let quoted = this.quotedKeys.get(key);
    if (quoted === undefined) {
      quoted = quote(key);
      this.quotedKeys.set(key, quoted);
    }
    return quoted;
  }

  private unknownKeyMessage(key: string, schema: JsonSchema, where: string): string {
    const names = Object.keys(schema.properties ?? {});
    let allowed = this.allowedKeys.get(schema);
    if (allowed === undefined) {
      allowed = listInText(names);
      this.allowedKeys.set(schema, allowed);
    }
    const hint = key === '<<' ? messages().curriculum.schema.mergeKeys : didYouMean(key, names);
    return messages().curriculum.schema.unknownKey({ key: quote(key), where, allowed, hint });
  }
}

function isNull(node: YNode): boolean {
  return node.kind === 'scalar' && node.value === null;
}

function hasType(node: YNode, type: SchemaType): boolean {
  switch (type) {
    case 'object':
      return node.kind === 'map';
    case 'array':
      return node.kind === 'seq';
    case 'string':
      return node.kind === 'scalar' && typeof node.value === 'string';
    case 'integer':
      return node.kind === 'scalar' && Number.isInteger(node.value);
    case 'number':
      return node.kind === 'scalar' && typeof node.value === 'number' && Number.isFinite(node.value);
    case 'boolean':
      return node.kind === 'scalar' && typeof node.value === 'boolean';
  }
}

type NounKey = keyof Messages['curriculum']['nouns'];

/** The schema's `title` (`topic`) as the catalog words it; a title the catalog does not know, as it is. */
function nounOf(schema: JsonSchema): string | undefined {
  const title = schema.title;
  if (title === undefined) return undefined;
  const nouns = messages().curriculum.nouns;
  return Object.hasOwn(nouns, title) ? nouns[title as NounKey] : title;
}

function expectedType(type: SchemaType, noun: string | undefined): string {
  const expected = messages().curriculum.expected;
  switch (type) {
    case 'object':
      return noun === undefined ? expected.mapping : expected.mappingOf({ noun });
    case 'array':
      return expected.list;
    case 'string':
      return expected.text;
    case 'integer':
      return expected.wholeNumber;
    case 'number':
      return expected.number;
    case 'boolean':
      return expected.trueOrFalse;
  }
}

function typeMismatch(node: YNode, type: SchemaType, place: Place): string {
  const expected = expectedType(type, place.noun);
  const words = messages().curriculum.schema;
  if (isNull(node)) return words.isEmpty({ subject: place.subject, expected });
  const quoteHint =
    type === 'string' && node.kind === 'scalar' && (typeof node.value === 'number' || typeof node.value === 'boolean')
      ? words.quoteToMakeText
      : '';
  return words.wrongType({ subject: place.subject, expected, actual: describeValue(node), hint: quoteHint });
}

/** `the string "yes"`, `the number 3`, `a list`… */
export function describeValue(node: YNode): string {
  const actual = messages().curriculum.actual;
  if (node.kind === 'map') return actual.mapping;
  if (node.kind === 'seq') return actual.list;
  const { value } = node;
  if (value === null) return actual.nothing;
  if (typeof value === 'string') return actual.string({ text: quote(value) });
  if (typeof value === 'number') return actual.number({ number: formatNumber(value) });
  if (typeof value === 'boolean') return String(value);
  return actual.tagged({ tag: node.tag ?? actual.unknownTag });
}

/** For `(got …)`: the value itself where that is clear enough. */
function describeBriefly(node: YScalar): string {
  if (typeof node.value === 'string') return quote(node.value);
  if (typeof node.value === 'number') return formatNumber(node.value);
  return describeValue(node);
}

function formatConstant(value: unknown): string {
  return typeof value === 'string' ? quote(value) : String(value);
}

function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : value > 0 ? '.inf' : value < 0 ? '-.inf' : '.nan';
}

function describeCount(count: number, noun: string | undefined): string {
  if (noun === undefined) return messages().curriculum.countOfItems({ count });
  return messages().curriculum.countOf({ count, noun });
}

/** Code points of the text, counting no further than `limit` (a 10 MB title is not walked in full). */
function countCodePointsUpTo(text: string, limit: number): number {
  if (text.length >= limit * 2) return limit; // each code point is at most two UTF-16 units
  let count = 0;
  for (const _ of text) if (++count >= limit) break;
  return count;
}
