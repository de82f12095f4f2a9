/** A converted curriculum as the text of a YAML file: a comment on top saying where it came from. */

import { stringify } from 'yaml';
import type { CurriculumDocument } from './convertMarkdown.js';

export function curriculumYaml(document: CurriculumDocument, headerLines: readonly string[]): string {
  // lineWidth 0: a long title stays on one line; keys in the order the document has them.
  const body = stringify(document, { lineWidth: 0, minContentWidth: 0, indentSeq: true, aliasDuplicateObjects: false });
  return `${headerLines.map((line) => `# ${line}`.trimEnd()).join('\n')}\n${body}`;
}
