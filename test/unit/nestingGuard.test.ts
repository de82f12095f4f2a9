import { describe, expect, it } from 'vitest';
import { findExcessiveNesting, MAX_NESTING } from '../../src/curriculum/nestingGuard.js';

describe('findExcessiveNesting', () => {
  it('finds the first bracket past the limit', () => {
    expect(findExcessiveNesting(`a: ${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}`)).toBe(-1);
    expect(findExcessiveNesting(`a: ${'['.repeat(MAX_NESTING + 1)}`)).toBe(3 + MAX_NESTING);
    expect(findExcessiveNesting(`a: ${'{b: '.repeat(MAX_NESTING + 1)}`)).toBe(3 + 4 * MAX_NESTING);
  });

  it('counts nesting behind anchors and tags, and after a document marker', () => {
    expect(findExcessiveNesting(`a: &x !!seq ${'['.repeat(MAX_NESTING + 1)}`)).not.toBe(-1);
    expect(findExcessiveNesting(`--- ${'['.repeat(MAX_NESTING + 1)}`)).not.toBe(-1);
  });

  it('counts compact nested lists on one line', () => {
    expect(findExcessiveNesting('- '.repeat(MAX_NESTING))).toBe(-1);
    expect(findExcessiveNesting('- '.repeat(MAX_NESTING + 1))).toBe(2 * MAX_NESTING);
  });

  it('ignores brackets in plain text, comments and closed brackets in quotes', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `- title: Chapter [${i} of it's "parts" {draft # a comment [[`);
    expect(findExcessiveNesting(lines.join('\n'))).toBe(-1);
    expect(findExcessiveNesting(`# ${'['.repeat(10_000)}\na: 1`)).toBe(-1);
    expect(findExcessiveNesting(`a: "${'[]'.repeat(10_000)}"\nb: '${'{}'.repeat(10_000)}'`)).toBe(-1);
    expect(findExcessiveNesting(`a: |\n  ${'[]'.repeat(10_000)}\n  ${'['.repeat(MAX_NESTING)}\nb: 1`)).toBe(-1);
  });

  it('cannot be fooled into skipping nesting by quotes or block scalars', () => {
    // Text the scan takes for a string or block scalar is still counted, so these are refused, not skipped.
    expect(findExcessiveNesting(`a: b 'c\n${'['.repeat(MAX_NESTING + 1)}`)).not.toBe(-1);
    expect(findExcessiveNesting(`- a: |\n ${'['.repeat(MAX_NESTING + 1)}`)).not.toBe(-1);
    expect(findExcessiveNesting(`a: "${'['.repeat(MAX_NESTING + 1)}`)).not.toBe(-1);
  });

  it('returns to block context after a flow collection closes', () => {
    expect(findExcessiveNesting(`a: [1, [2]]\nb: {c: [d]}\n${Array.from({ length: 1000 }, () => 'e: f[g').join('\n')}`)).toBe(-1);
  });
});
