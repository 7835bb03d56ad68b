/**
 * MD5 (RFC 1321) in plain JavaScript, unrolled, reading 32-bit little-endian words straight from
 * the input's buffer when it is 4-byte aligned (views, no copy). Why not WebAssembly: compiling a
 * module from bytes needs 'wasm-unsafe-eval' in script-src, which the playground's strict CSP leaves
 * out (docs/differences.md#md5-in-javascript); this runs at several hundred MiB/s in V8.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** One 64-byte block at word offset `o` of `w` into `h` (a, b, c, d). */
function block(h: Int32Array, w: Int32Array, o: number): void {
  let a = h[0]!;
  let b = h[1]!;
  let c = h[2]!;
  let d = h[3]!;
  a = (a + ((b & c) | (~b & d)) + w[o + 0]! + -680876936) | 0;
  a = (((a << 7) | (a >>> 25)) + b) | 0;
  d = (d + ((a & b) | (~a & c)) + w[o + 1]! + -389564586) | 0;
  d = (((d << 12) | (d >>> 20)) + a) | 0;
  c = (c + ((d & a) | (~d & b)) + w[o + 2]! + 606105819) | 0;
  c = (((c << 17) | (c >>> 15)) + d) | 0;
  b = (b + ((c & d) | (~c & a)) + w[o + 3]! + -1044525330) | 0;
  b = (((b << 22) | (b >>> 10)) + c) | 0;
  a = (a + ((b & c) | (~b & d)) + w[o + 4]! + -176418897) | 0;
  a = (((a << 7) | (a >>> 25)) + b) | 0;
  d = (d + ((a & b) | (~a & c)) + w[o + 5]! + 1200080426) | 0;
  d = (((d << 12) | (d >>> 20)) + a) | 0;
  c = (c + ((d & a) | (~d & b)) + w[o + 6]! + -1473231341) | 0;
  c = (((c << 17) | (c >>> 15)) + d) | 0;
  b = (b + ((c & d) | (~c & a)) + w[o + 7]! + -45705983) | 0;
  b = (((b << 22) | (b >>> 10)) + c) | 0;
  a = (a + ((b & c) | (~b & d)) + w[o + 8]! + 1770035416) | 0;
  a = (((a << 7) | (a >>> 25)) + b) | 0;
  d = (d + ((a & b) | (~a & c)) + w[o + 9]! + -1958414417) | 0;
  d = (((d << 12) | (d >>> 20)) + a) | 0;
  c = (c + ((d & a) | (~d & b)) + w[o + 10]! + -42063) | 0;
  c = (((c << 17) | (c >>> 15)) + d) | 0;
  b = (b + ((c & d) | (~c & a)) + w[o + 11]! + -1990404162) | 0;
  b = (((b << 22) | (b >>> 10)) + c) | 0;
  a = (a + ((b & c) | (~b & d)) + w[o + 12]! + 1804603682) | 0;
  a = (((a << 7) | (a >>> 25)) + b) | 0;
  d = (d + ((a & b) | (~a & c)) + w[o + 13]! + -40341101) | 0;
  d = (((d << 12) | (d >>> 20)) + a) | 0;
  c = (c + ((d & a) | (~d & b)) + w[o + 14]! + -1502002290) | 0;
  c = (((c << 17) | (c >>> 15)) + d) | 0;
  b = (b + ((c & d) | (~c & a)) + w[o + 15]! + 1236535329) | 0;
  b = (((b << 22) | (b >>> 10)) + c) | 0;
  a = (a + ((d & b) | (~d & c)) + w[o + 1]! + -165796510) | 0;
  a = (((a << 5) | (a >>> 27)) + b) | 0;
  d = (d + ((c & a) | (~c & b)) + w[o + 6]! + -1069501632) | 0;
  d = (((d << 9) | (d >>> 23)) + a) | 0;
  c = (c + ((b & d) | (~b & a)) + w[o + 11]! + 643717713) | 0;
  c = (((c << 14) | (c >>> 18)) + d) | 0;
  b = (b + ((a & c) | (~a & d)) + w[o + 0]! + -373897302) | 0;
  b = (((b << 20) | (b >>> 12)) + c) | 0;
  a = (a + ((d & b) | (~d & c)) + w[o + 5]! + -701558691) | 0;
  a = (((a << 5) | (a >>> 27)) + b) | 0;
  d = (d + ((c & a) | (~c & b)) + w[o + 10]! + 38016083) | 0;
  d = (((d << 9) | (d >>> 23)) + a) | 0;
  c = (c + ((b & d) | (~b & a)) + w[o + 15]! + -660478335) | 0;
  c = (((c << 14) | (c >>> 18)) + d) | 0;
  b = (b + ((a & c) | (~a & d)) + w[o + 4]! + -405537848) | 0;
  b = (((b << 20) | (b >>> 12)) + c) | 0;
  a = (a + ((d & b) | (~d & c)) + w[o + 9]! + 568446438) | 0;
  a = (((a << 5) | (a >>> 27)) + b) | 0;
  d = (d + ((c & a) | (~c & b)) + w[o + 14]! + -1019803690) | 0;
  d = (((d << 9) | (d >>> 23)) + a) | 0;
  c = (c + ((b & d) | (~b & a)) + w[o + 3]! + -187363961) | 0;
  c = (((c << 14) | (c >>> 18)) + d) | 0;
  b = (b + ((a & c) | (~a & d)) + w[o + 8]! + 1163531501) | 0;
  b = (((b << 20) | (b >>> 12)) + c) | 0;
  a = (a + ((d & b) | (~d & c)) + w[o + 13]! + -1444681467) | 0;
  a = (((a << 5) | (a >>> 27)) + b) | 0;
  d = (d + ((c & a) | (~c & b)) + w[o + 2]! + -51403784) | 0;
  d = (((d << 9) | (d >>> 23)) + a) | 0;
  c = (c + ((b & d) | (~b & a)) + w[o + 7]! + 1735328473) | 0;
  c = (((c << 14) | (c >>> 18)) + d) | 0;
  b = (b + ((a & c) | (~a & d)) + w[o + 12]! + -1926607734) | 0;
  b = (((b << 20) | (b >>> 12)) + c) | 0;
  a = (a + (b ^ c ^ d) + w[o + 5]! + -378558) | 0;
  a = (((a << 4) | (a >>> 28)) + b) | 0;
  d = (d + (a ^ b ^ c) + w[o + 8]! + -2022574463) | 0;
  d = (((d << 11) | (d >>> 21)) + a) | 0;
  c = (c + (d ^ a ^ b) + w[o + 11]! + 1839030562) | 0;
  c = (((c << 16) | (c >>> 16)) + d) | 0;
  b = (b + (c ^ d ^ a) + w[o + 14]! + -35309556) | 0;
  b = (((b << 23) | (b >>> 9)) + c) | 0;
  a = (a + (b ^ c ^ d) + w[o + 1]! + -1530992060) | 0;
  a = (((a << 4) | (a >>> 28)) + b) | 0;
  d = (d + (a ^ b ^ c) + w[o + 4]! + 1272893353) | 0;
  d = (((d << 11) | (d >>> 21)) + a) | 0;
  c = (c + (d ^ a ^ b) + w[o + 7]! + -155497632) | 0;
  c = (((c << 16) | (c >>> 16)) + d) | 0;
  b = (b + (c ^ d ^ a) + w[o + 10]! + -1094730640) | 0;
  b = (((b << 23) | (b >>> 9)) + c) | 0;
  a = (a + (b ^ c ^ d) + w[o + 13]! + 681279174) | 0;
  a = (((a << 4) | (a >>> 28)) + b) | 0;
  d = (d + (a ^ b ^ c) + w[o + 0]! + -358537222) | 0;
  d = (((d << 11) | (d >>> 21)) + a) | 0;
  c = (c + (d ^ a ^ b) + w[o + 3]! + -722521979) | 0;
  c = (((c << 16) | (c >>> 16)) + d) | 0;
  b = (b + (c ^ d ^ a) + w[o + 6]! + 76029189) | 0;
  b = (((b << 23) | (b >>> 9)) + c) | 0;
  a = (a + (b ^ c ^ d) + w[o + 9]! + -640364487) | 0;
  a = (((a << 4) | (a >>> 28)) + b) | 0;
  d = (d + (a ^ b ^ c) + w[o + 12]! + -421815835) | 0;
  d = (((d << 11) | (d >>> 21)) + a) | 0;
  c = (c + (d ^ a ^ b) + w[o + 15]! + 530742520) | 0;
  c = (((c << 16) | (c >>> 16)) + d) | 0;
  b = (b + (c ^ d ^ a) + w[o + 2]! + -995338651) | 0;
  b = (((b << 23) | (b >>> 9)) + c) | 0;
  a = (a + (c ^ (b | ~d)) + w[o + 0]! + -198630844) | 0;
  a = (((a << 6) | (a >>> 26)) + b) | 0;
  d = (d + (b ^ (a | ~c)) + w[o + 7]! + 1126891415) | 0;
  d = (((d << 10) | (d >>> 22)) + a) | 0;
  c = (c + (a ^ (d | ~b)) + w[o + 14]! + -1416354905) | 0;
  c = (((c << 15) | (c >>> 17)) + d) | 0;
  b = (b + (d ^ (c | ~a)) + w[o + 5]! + -57434055) | 0;
  b = (((b << 21) | (b >>> 11)) + c) | 0;
  a = (a + (c ^ (b | ~d)) + w[o + 12]! + 1700485571) | 0;
  a = (((a << 6) | (a >>> 26)) + b) | 0;
  d = (d + (b ^ (a | ~c)) + w[o + 3]! + -1894986606) | 0;
  d = (((d << 10) | (d >>> 22)) + a) | 0;
  c = (c + (a ^ (d | ~b)) + w[o + 10]! + -1051523) | 0;
  c = (((c << 15) | (c >>> 17)) + d) | 0;
  b = (b + (d ^ (c | ~a)) + w[o + 1]! + -2054922799) | 0;
  b = (((b << 21) | (b >>> 11)) + c) | 0;
  a = (a + (c ^ (b | ~d)) + w[o + 8]! + 1873313359) | 0;
  a = (((a << 6) | (a >>> 26)) + b) | 0;
  d = (d + (b ^ (a | ~c)) + w[o + 15]! + -30611744) | 0;
  d = (((d << 10) | (d >>> 22)) + a) | 0;
  c = (c + (a ^ (d | ~b)) + w[o + 6]! + -1560198380) | 0;
  c = (((c << 15) | (c >>> 17)) + d) | 0;
  b = (b + (d ^ (c | ~a)) + w[o + 13]! + 1309151649) | 0;
  b = (((b << 21) | (b >>> 11)) + c) | 0;
  a = (a + (c ^ (b | ~d)) + w[o + 4]! + -145523070) | 0;
  a = (((a << 6) | (a >>> 26)) + b) | 0;
  d = (d + (b ^ (a | ~c)) + w[o + 11]! + -1120210379) | 0;
  d = (((d << 10) | (d >>> 22)) + a) | 0;
  c = (c + (a ^ (d | ~b)) + w[o + 2]! + 718787259) | 0;
  c = (((c << 15) | (c >>> 17)) + d) | 0;
  b = (b + (d ^ (c | ~a)) + w[o + 9]! + -343485551) | 0;
  b = (((b << 21) | (b >>> 11)) + c) | 0;
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
}

/** Copies 64 bytes into `scratch` as little-endian words, whatever the platform's byte order. */
function loadBlock(data: Uint8Array, at: number, scratch: Int32Array): void {
  for (let i = 0; i < 16; i++) {
    const p = at + i * 4;
    scratch[i] = data[p]! | (data[p + 1]! << 8) | (data[p + 2]! << 16) | (data[p + 3]! << 24);
  }
}

/** The 16-byte MD5 digest of `data`. */
export function md5(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const h = new Int32Array([0x67452301, -271733879, -1732584194, 0x10325476]);
  const blocks = Math.floor(data.length / 64);
  const scratch = new Int32Array(16);
  if (LITTLE_ENDIAN && data.byteOffset % 4 === 0 && data.buffer instanceof ArrayBuffer) {
    const words = new Int32Array(data.buffer, data.byteOffset, blocks * 16);
    for (let i = 0; i < blocks; i++) block(h, words, i * 16);
  } else {
    for (let i = 0; i < blocks; i++) {
      loadBlock(data, i * 64, scratch);
      block(h, scratch, 0);
    }
  }
  // The tail, the 0x80 byte, zeros and the bit length (64-bit little-endian): one or two blocks.
  const rest = data.length - blocks * 64;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(data.subarray(blocks * 64));
  tail[rest] = 0x80;
  const bits = data.length * 8;
  const lengthAt = tail.length - 8;
  for (let i = 0; i < 8; i++) tail[lengthAt + i] = Math.floor(bits / 2 ** (8 * i)) & 0xff;
  for (let at = 0; at < tail.length; at += 64) {
    loadBlock(tail, at, scratch);
    block(h, scratch, 0);
  }
  const out = new Uint8Array(16);
  for (let i = 0; i < 4; i++) {
    const v = h[i]!;
    out[i * 4] = v & 0xff;
    out[i * 4 + 1] = (v >>> 8) & 0xff;
    out[i * 4 + 2] = (v >>> 16) & 0xff;
    out[i * 4 + 3] = (v >>> 24) & 0xff;
  }
  return out;
}
