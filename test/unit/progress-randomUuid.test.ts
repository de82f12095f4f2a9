import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomUuid, readDevice, uuidFromBytes } from '../../src/progress/randomUuid.js';

const VERSION_4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid', () => {
  it('makes version 4 UUIDs, all different, across several reads of the pool', () => {
    const uids = Array.from({ length: 1000 }, () => randomUuid());
    for (const uid of uids) expect(uid).toMatch(VERSION_4);
    expect(new Set(uids).size).toBe(1000);
  });

  it('sets the version and variant bits and keeps the other 122 as drawn', () => {
    expect(uuidFromBytes(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidFromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
    expect(uuidFromBytes(Uint8Array.from({ length: 16 }, (_, i) => i * 17))).toBe('00112233-4455-4677-8899-aabbccddeeff');
  });

  it('reads a device whole, and gives nothing for a missing or short one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-uuid-'));
    try {
      writeFileSync(path.join(dir, 'eight'), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]));
      expect(readDevice(path.join(dir, 'eight'), 8)).toEqual(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]));
      expect(readDevice(path.join(dir, 'eight'), 16)).toBeUndefined();
      expect(readDevice(path.join(dir, 'missing'), 16)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
