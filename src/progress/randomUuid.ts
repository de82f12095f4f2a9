import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A random (version 4) UUID, such as crypto.randomUUID() makes: the uid of an event, a note, a review or a
 * device. Loading Node's crypto code for it took 4.5 ms and 215 fresh pages of memory, a fifth of what
 * `roadmap done` costs beyond starting Node, for 16 random bytes. Where the system has /dev/urandom (the
 * same generator crypto draws on), the bytes are read from it, a pool at a time; elsewhere crypto makes it.
 */
export function randomUuid(): string {
  const bytes = randomBytes(16);
  return bytes ? uuidFromBytes(bytes) : globalThis.crypto.randomUUID();
}

/** 16 random bytes as a version 4 UUID (RFC 9562): the version and variant bits set, the rest kept. */
export function uuidFromBytes(bytes: Uint8Array): string {
  const octets = Buffer.from(bytes.subarray(0, 16));
  octets[6] = (octets[6]! & 0x0f) | 0x40;
  octets[8] = (octets[8]! & 0x3f) | 0x80;
  const hex = octets.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Enough for 64 uids per read: `done` with many REFs makes one per item. */
const POOL_SIZE = 1024;
let pool: Buffer | undefined;
let used = POOL_SIZE;
/** Set once /dev/urandom could not be read: crypto makes every uid from then on. */
let unavailable = false;

function randomBytes(count: number): Buffer | undefined {
  if (unavailable) return undefined;
  if (!pool || used + count > POOL_SIZE) {
    pool = readDevice('/dev/urandom', POOL_SIZE);
    used = 0;
    if (!pool) {
      unavailable = true;
      return undefined;
    }
  }
  used += count;
  return pool.subarray(used - count, used);
}

/** `count` bytes read from the device `file`, or undefined when it cannot be read whole. */
export function readDevice(file: string, count: number): Buffer | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const bytes = Buffer.alloc(count);
    let read = 0;
    while (read < count) {
      const got = readSync(descriptor, bytes, read, count - read, null);
      if (got === 0) return undefined;
      read += got;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
