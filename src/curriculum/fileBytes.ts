/** Checks a curriculum file's bytes before any YAML is read: size and encoding. */

import type { Position } from './positions.js';
import { messages } from '../messages/index.js';

export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; position: Position; message: string };

/** The text of the file (without a UTF-8 byte order mark), or the one problem that stops it being read. */
export function decodeCurriculumBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    const mebibytes = (bytes.length / (1024 * 1024)).toFixed(1);
    return { ok: false, position: { line: 1, column: 1 }, message: messages().curriculum.bytes.tooLarge({ size: mebibytes }) };
  }
  try {
    // `fatal` rejects invalid UTF-8; the byte order mark is dropped by default.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return describeInvalidUtf8(bytes);
  }
}

function describeInvalidUtf8(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, position: { line: 1, column: 1 }, message: messages().curriculum.bytes.utf16 };
  }
  const bad = firstInvalidUtf8Byte(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return { ok: false, position: positionAtEnd(before), message: messages().curriculum.bytes.notUtf8({ byte }) };
}

/** Where the line and column of the character just after `text` are. */
function positionAtEnd(text: string): Position {
  const lastNewline = text.lastIndexOf('\n');
  const lineText = text.slice(lastNewline + 1).replace(/^\uFEFF/, '');
  const line = lastNewline === -1 ? 1 : text.split('\n').length;
  return { line, column: Array.from(lineText).length + 1 };
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the well-formed sequence starting at i, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i] ?? 0;
  if (first < 0x80) return 1;
  // Allowed ranges of the second byte exclude overlong forms, surrogates and code points past U+10FFFF.
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) length = 2;
  else if (first >= 0xe0 && first <= 0xef) {
    length = 3;
    if (first === 0xe0) low = 0xa0;
    if (first === 0xed) high = 0x9f;
  } else if (first >= 0xf0 && first <= 0xf4) {
    length = 4;
    if (first === 0xf0) low = 0x90;
    if (first === 0xf4) high = 0x8f;
  } else return 0;
  const second = bytes[i + 1];
  if (second === undefined || second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}
