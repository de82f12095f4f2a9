/** curriculum/schema.json is the single source of the structural rules: keep it within what the loader interprets. */
import { describe, expect, it } from 'vitest';
import schema from '../../curriculum/schema.json' with { type: 'json' };
import { SUPPORTED_KEYWORDS, SUPPORTED_TYPES, type JsonSchema } from '../../src/curriculum/schemaCheck.js';
import { RESOURCE_KINDS } from '../../src/curriculum/types.js';

interface Visited {
  path: string;
  node: Record<string, unknown>;
}

/** Every subschema of schema.json with its JSON pointer; keys under properties and $defs are names, not keywords. */
function subschemas(root: Record<string, unknown>): Visited[] {
  const found: Visited[] = [];
  const visit = (node: Record<string, unknown>, path: string) => {
    found.push({ path, node });
    for (const group of ['properties', '$defs'] as const) {
      const members = node[group] as Record<string, Record<string, unknown>> | undefined;
      for (const [name, member] of Object.entries(members ?? {})) visit(member, `${path}/${group}/${name}`);
    }
    if (node.items) visit(node.items as Record<string, unknown>, `${path}/items`);
  };
  visit(root, '#');
  return found;
}

const all = subschemas(schema as Record<string, unknown>);

describe('curriculum/schema.json', () => {
  it('uses only keywords the loader interprets', () => {
    const unsupported = all.flatMap(({ path, node }) => Object.keys(node).filter((key) => !SUPPORTED_KEYWORDS.has(key)).map((key) => `${path}: ${key}`));
    expect(unsupported).toEqual([]);
  });

  it('uses only known types, additionalProperties false, and $refs to its own $defs', () => {
    const defs = Object.keys((schema as JsonSchema).$defs ?? {});
    for (const { path, node } of all) {
      if (node.type !== undefined) expect(SUPPORTED_TYPES.has(node.type as string), `${path}: type ${String(node.type)}`).toBe(true);
      // A map of ids (a course's `requires`) names the schema of its values; any other object lists its keys.
      if (node.type === 'object' && typeof node.additionalProperties !== 'object') expect(node.additionalProperties, `${path}: additionalProperties`).toBe(false);
      if (node.$ref !== undefined) expect(defs.map((name) => `#/$defs/${name}`), path).toContain(node.$ref);
    }
  });

  it('describes the schema and every property, for editors', () => {
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
    const undescribed = all.filter(({ path, node }) => /\/properties\/[^/]+$/.test(path) && typeof node.description !== 'string').map(({ path }) => path);
    expect(undescribed).toEqual([]);
  });

  it('lists the same resource kinds as the model', () => {
    expect(schema.$defs.resource.properties.kind.enum).toEqual([...RESOURCE_KINDS]);
  });

  it('requires the keys the format requires', () => {
    expect(schema.required).toEqual(['schema', 'id', 'title']);
    // Either the sections themselves or, for a whole course, the curricula it is made of.
    expect(schema.oneOf).toEqual([{ required: ['sections'] }, { required: ['parts'] }]);
    expect(schema.$defs.section.required).toEqual(['id', 'title', 'topics']);
    expect(schema.$defs.topic.required).toEqual(['id', 'title']);
    expect(schema.$defs.resource.required).toEqual(['id', 'title', 'url']);
  });

  it('has a slug pattern that needs a letter', () => {
    const slug = new RegExp(schema.$defs.slug.pattern, 'u');
    for (const good of ['a', 'linear-algebra', '3b1b-essence', 'x1', 'a--b']) expect(slug.test(good), good).toBe(true);
    for (const bad of ['', '123', '1-2', '-a', 'A', 'a_b', 'a b', 'ä']) expect(slug.test(bad), bad).toBe(false);
  });
});
