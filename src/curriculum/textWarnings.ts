/** Warns about control characters in any text value: they would be shown as U+FFFD. */

import { hasControlCharacters, listControlCharacters } from '../controlCharacters.js';
import { listInText, messages } from '../messages/index.js';
import { quote } from './describe.js';
import type { RawProblem } from './yamlDocument.js';
import type { YNode } from './yamlTree.js';

interface Visit {
  node: YNode;
  /** The key the value is under; for list items, the key of the list (and `item` is set). */
  key: string | undefined;
  item: boolean;
}

export function findControlCharacters(root: YNode): RawProblem[] {
  const warnings: RawProblem[] = [];
  // An explicit stack: a tree may be nested thousands of levels deep.
  const stack: Visit[] = [{ node: root, key: undefined, item: false }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { node } = visit;
    if (node.kind === 'map') {
      for (const entry of node.entries) stack.push({ node: entry.value, key: entry.key, item: false });
    } else if (node.kind === 'seq') {
      for (const child of node.items) stack.push({ node: child, key: visit.key, item: true });
    } else if (typeof node.value === 'string' && hasControlCharacters(node.value)) {
      warnings.push({ offset: node.offset, message: controlCharacterMessage(visit, node.value) });
    }
  }
  return warnings;
}

function controlCharacterMessage(visit: Visit, text: string): string {
  const found = listControlCharacters(text);
  const words = messages().curriculum.controlCharacters;
  const name = visit.key === undefined ? words.aValue : quote(visit.key);
  const subject = visit.item ? words.itemOf({ key: name }) : name;
  const list = listInText(found);
  return found.length === 1 ? words.one({ subject, found: list }) : words.many({ subject, found: list });
}
