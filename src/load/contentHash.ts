/**
 * A 64-bit fingerprint of a file's bytes (two FNV-1a style 32-bit lanes), for naming cache entries.
 * Not cryptographic, on purpose: it guards against edits, not attackers (whoever can write the cache
 * directory can write anything), and loading node:crypto would cost more start-up time than the
 * whole command spends on its own work. The byte length goes into the name as well.
 */
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}-${bytes.length.toString(16)}`;
}
