/** Warns about control characters in any text value: they would be shown as U+FFFD. */

import { hasControlCharacters, listControlCharacters } from './controlCharacters.js';
import { quote } from './describe.js';
import type { RawProblem } from './yamlDocument.js';
import type { YNode } from './yamlTree.js';

export function findControlCharacters(root: YNode): RawProblem[] {
  const warnings: RawProblem[] = [];
  // An explicit stack: a tree may be nested thousands of levels deep.
  const stack: Array<{ node: YNode; subject: string }> = [{ node: root, subject: 'a value' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, subject } = item;
    if (node.kind === 'map') {
      for (let i = node.entries.length - 1; i >= 0; i--) {
        const entry = node.entries[i];
        if (entry) stack.push({ node: entry.value, subject: quote(entry.key) });
      }
    } else if (node.kind === 'seq') {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const child = node.items[i];
        if (child) stack.push({ node: child, subject: `an item of ${subject}` });
      }
    } else if (typeof node.value === 'string' && hasControlCharacters(node.value)) {
      const found = listControlCharacters(node.value);
      warnings.push({
        offset: node.offset,
        message: `${subject} contains ${found.length === 1 ? 'a control character' : 'control characters'} (${found.join(', ')}); ${found.length === 1 ? 'it is' : 'they are'} shown as \uFFFD`,
      });
    }
  }
  return warnings;
}
