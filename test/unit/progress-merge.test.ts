import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/progress/store.js';

let dir: string;
let store: ProgressStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-merge-'));
  store = ProgressStore.openForWriting(path.join(dir, 'progress.db'));
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const event = { uid: 'e1', curriculum: 'sample', item: 'intro', status: 'done' as const, previous: 'todo' as const, at: '2026-01-02T03:04:05.000Z' };
const note = {
  uid: 'n1',
  curriculum: 'sample',
  item: 'intro',
  text: 'kept',
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  deletedAt: null,
};

describe('mergeEvent and mergeNote', () => {
  it('refuse to write outside a transaction, writing nothing', () => {
    expect(() => store.mergeEvent(event)).toThrow('mergeEvent must be called within transaction()');
    expect(() => store.mergeNote(note)).toThrow('mergeNote must be called within transaction()');
    expect(store.allEvents()).toEqual([]);
    expect(store.allNotes()).toEqual([]);
  });

  it('write within one', () => {
    store.transaction(() => {
      expect(store.mergeEvent(event)).toBe(true);
      expect(store.mergeNote(note)).toBe('added');
    });
    expect(store.allEvents().map(({ uid }) => uid)).toEqual(['e1']);
    expect(store.allNotes().map(({ uid }) => uid)).toEqual(['n1']);
  });
});
