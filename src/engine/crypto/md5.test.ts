import { md5 as referenceMd5 } from '@noble/hashes/legacy.js';
import { describe, expect, it } from 'vitest';
import { fromBase64, toHex, utf8 } from './bytes.ts';
import { md5Base64, md5Bytes } from './md5.ts';

/** RFC 1321 §A.5 test suite. */
const rfc1321 = [
  { input: '', digest: 'd41d8cd98f00b204e9800998ecf8427e' },
  { input: 'a', digest: '0cc175b9c0f1b6a831c399e269772661' },
  { input: 'abc', digest: '900150983cd24fb0d6963f7d28e17f72' },
  { input: 'message digest', digest: 'f96b697d7cb7938d525a2f31aaf161d0' },
  { input: 'abcdefghijklmnopqrstuvwxyz', digest: 'c3fcd3d76192e4007dfb496cca67e13b' },
  {
    input: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
    digest: 'd174ab98d277d9f5a5611c2c9f419d9f',
  },
  {
    input: '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
    digest: '57edf4a22be3c955ac49da2e2107b67a',
  },
].map((c) => ({ ...c, name: `RFC 1321: MD5("${c.input.slice(0, 20)}") is ${c.digest}` }));

/** The SSE-C placeholder keys of spec §12 (computed with hashlib, checked with openssl). */
const sseCKeys = [
  {
    name: 'KEY_A (ceph)',
    key: 'pO3upElrwuEXSoFwCfnZPdSsmt/xWeFa0N9KgDijwVs=',
    md5: 'DWygnHRtgiJ77HCm+1rvHw==',
  },
  {
    name: 'KEY_B (ceph)',
    key: '6b+WOZ1T3cqZMxgThRcXAQBrS5mXKdDUphvpxptl9/4=',
    md5: 'arxBvwY2V4SiOne6yppVPQ==',
  },
  {
    name: 'KEY_L1 (localstack)',
    key: 'MTIzNDU2Nzg5MGFiY2RlZjEyMzQ1Njc4OTBhYmNkZWY=',
    md5: 'JMwgiexXqwuPqIPjYFmIZQ==',
  },
  {
    name: 'KEY_L2 (localstack)',
    key: 'YWJjZGVmMTIzNDU2Nzg5MGFiY2RlZjEyMzQ1Njc4OTA=',
    md5: 'KoitZ78ZSAQHz4+gxDpJqQ==',
  },
  {
    name: 'KEY_M (mint)',
    key: 'MzJieXRlc2xvbmdzZWNyZXRrZXltdXN0cHJvdmlkZWQ=',
    md5: '7PpPLAK26ONlVUGOWlusfg==',
  },
  { name: 'SHORT10', key: 'MTIzNDU2Nzg5MA==', md5: '6Afx/PgtEy+bsBjKZzihnw==' },
  {
    name: 'DOUBLE44 (botocore no-MD5 path)',
    key: 'TVRJek5EVTJOemc1TUdGaVkyUmxaakV5TXpRMU5qYzRPVEJoWW1Oa1pXWT0=',
    md5: 'vSxFCLoaKaicDC136YAwYQ==',
  },
].map((c) => ({ ...c, name: `spec §12: the MD5 of ${c.name} is ${c.md5}` }));

describe('MD5', () => {
  it.each(rfc1321)('$name', ({ input, digest }) => {
    expect(toHex(md5Bytes(utf8(input)))).toBe(digest);
  });

  it.each(sseCKeys)('$name', ({ key, md5 }) => {
    expect(md5Base64(fromBase64(key)!)).toBe(md5);
  });
});

/** The unrolled implementation against @noble/hashes' MD5 at every block boundary, aligned or not. */
const lengths = [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4099];
const boundaryCases = lengths.flatMap((length) =>
  [0, 1, 3].map((offset) => ({
    length,
    offset,
    name: `${length} bytes at byte offset ${offset} match the reference`,
  })),
);

describe('md5Bytes against a reference implementation', () => {
  it.each(boundaryCases)('$name', ({ length, offset }) => {
    const buffer = new Uint8Array(length + offset);
    for (let i = 0; i < buffer.length; i++) buffer[i] = (i * 131 + 7) & 0xff;
    const view = buffer.subarray(offset);
    expect(toHex(md5Bytes(view))).toBe(toHex(referenceMd5(view)));
  });
});
