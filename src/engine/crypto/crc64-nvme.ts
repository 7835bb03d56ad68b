/**
 * CRC-64/NVME, the checksum S3 computes for every upload sent without one (User Guide, "Checking
 * object integrity"): reflected polynomial 0x9a6c9329ac4bc9b5, initial value and final XOR all
 * ones. Slice-by-8 over 32-bit little-endian words read straight from the input's buffer (views,
 * no copy), the 64-bit register held as two 32-bit halves, and each table entry's halves side by
 * side so one index finds both. The AWS SDK's slice-by-8 (`@aws-sdk/crc64-nvme`, the reference in
 * crc64-nvme.test.ts) reads byte by byte from separate tables and ran at a fifth of this speed,
 * a third of the CPU of a 1 MiB SSE-KMS PutObject. Why not WebAssembly: see md5-js.ts.
 */

const SLICES = 8;
const POLY_HI = 0x9a6c9329 | 0;
const POLY_LO = 0xac4bc9b5 | 0;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * TABLE[(k * 256 + b) * 2] and [... + 1]: the low and high halves of the register after byte b
 * followed by k zero bytes (slice k).
 */
function buildTable(): Int32Array {
  const t = new Int32Array(SLICES * 512);
  for (let b = 0; b < 256; b++) {
    let lo = b;
    let hi = 0;
    for (let bit = 0; bit < 8; bit++) {
      const odd = lo & 1;
      lo = (lo >>> 1) | (hi << 31);
      hi >>>= 1;
      if (odd) {
        lo ^= POLY_LO;
        hi ^= POLY_HI;
      }
    }
    t[b * 2] = lo;
    t[b * 2 + 1] = hi;
  }
  for (let at = 512; at < t.length; at += 2) {
    const lo = t[at - 512]!;
    const hi = t[at - 511]!;
    const low = (lo & 0xff) * 2;
    t[at] = ((lo >>> 8) | (hi << 24)) ^ t[low]!;
    t[at + 1] = (hi >>> 8) ^ t[low + 1]!;
  }
  return t;
}

/** Built once on import (16 KiB): a constant the compiler can see, about 20% faster than a parameter. */
const TABLE = buildTable();

/** The running register as two 32-bit halves, so a body can be checksummed piece by piece. */
export interface Crc64State {
  lo: number;
  hi: number;
}

export const crc64NvmeStart = (): Crc64State => ({ lo: -1, hi: -1 });

/** One byte into the register (the slow path for unaligned heads and short tails). */
function byteStep(state: Crc64State, byte: number): void {
  const t = TABLE;
  const at = ((state.lo ^ byte) & 0xff) * 2;
  state.lo = ((state.lo >>> 8) | (state.hi << 24)) ^ t[at]!;
  state.hi = (state.hi >>> 8) ^ t[at + 1]!;
}

/** Eight bytes at a time from aligned 32-bit words: `words` pairs, low word first. */
function wordSteps(state: Crc64State, words: Int32Array): void {
  const t = TABLE;
  const end = words.length & ~1;
  let lo = state.lo;
  let hi = state.hi;
  for (let w = 0; w < end; w += 2) {
    const a = lo ^ words[w]!;
    const b = hi ^ words[w + 1]!;
    const i0 = 3584 + ((a & 0xff) << 1);
    const i1 = 3072 + ((a >>> 7) & 0x1fe);
    const i2 = 2560 + ((a >>> 15) & 0x1fe);
    const i3 = 2048 + ((a >>> 23) & 0x1fe);
    const i4 = 1536 + ((b & 0xff) << 1);
    const i5 = 1024 + ((b >>> 7) & 0x1fe);
    const i6 = 512 + ((b >>> 15) & 0x1fe);
    const i7 = (b >>> 23) & 0x1fe;
    lo = t[i0]! ^ t[i1]! ^ t[i2]! ^ t[i3]! ^ t[i4]! ^ t[i5]! ^ t[i6]! ^ t[i7]!;
    hi =
      t[i0 + 1]! ^ t[i1 + 1]! ^ t[i2 + 1]! ^ t[i3 + 1]! ^ t[i4 + 1]! ^ t[i5 + 1]! ^ t[i6 + 1]! ^ t[i7 + 1]!;
  }
  state.lo = lo;
  state.hi = hi;
}

/** Feeds `bytes` into `state` (mutated). */
export function crc64NvmeUpdate(state: Crc64State, bytes: Uint8Array): void {
  const n = bytes.length;
  let i = 0;
  while (i < n && (bytes.byteOffset + i) % 4 !== 0) byteStep(state, bytes[i++]!);
  if (LITTLE_ENDIAN && n - i >= 8) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset + i, ((n - i) >>> 3) << 1);
    wordSteps(state, words);
    i += words.length * 4;
  }
  while (i < n) byteStep(state, bytes[i++]!);
}

/** The 8-byte big-endian digest S3 base64-encodes. */
export function crc64NvmeDigest(state: Crc64State): Uint8Array {
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setInt32(0, ~state.hi);
  view.setInt32(4, ~state.lo);
  return out;
}
