import { describe, expect, it } from 'vitest';
import schemaJson from '../../curriculum/schema.json' with { type: 'json' };
import { en } from '../../src/messages/en/index.js';

// The schema's patternErrorMessage is what editors show; validate shows the catalog's words. In English they must agree.
describe('pattern rules', () => {
  it('say in English what schema.json says', () => {
    const schema = schemaJson as unknown as {
      properties: Record<string, { patternErrorMessage?: string }>;
      $defs: Record<string, { patternErrorMessage?: string }>;
    };
    const inSchema: Record<string, string> = {};
    for (const [name, definition] of [...Object.entries(schema.properties), ...Object.entries(schema.$defs)]) {
      if (definition.patternErrorMessage !== undefined) inSchema[name] = definition.patternErrorMessage;
    }
    expect(en.curriculum.schema.patternRules).toEqual(inSchema);
  });
});
