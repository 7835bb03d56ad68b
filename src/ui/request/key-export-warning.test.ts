import { describe, expect, it } from 'vitest';
import { keyExportWarning } from './key-export-warning.ts';

const key = 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';

describe('the warning before a command with a key is copied', () => {
  it.each([
    { name: 'no headers', headers: [], warns: null },
    {
      name: 'an SSE-C algorithm and MD5 but no key',
      headers: [
        { name: 'x-amz-server-side-encryption-customer-algorithm', value: 'AES256' },
        { name: 'x-amz-server-side-encryption-customer-key-MD5', value: 'zNbhDnzn3dgLY5jpANt2Yw==' },
      ],
      warns: null,
    },
    {
      name: 'an empty key field',
      headers: [{ name: 'x-amz-server-side-encryption-customer-key', value: ' ' }],
      warns: null,
    },
    {
      name: 'an SSE-C key',
      headers: [{ name: 'x-amz-server-side-encryption-customer-key', value: key }],
      warns: /contains an SSE-C key \(x-amz-server-side-encryption-customer-key\)/,
    },
    {
      name: 'a copy-source key written in capitals',
      headers: [{ name: 'X-Amz-Copy-Source-Server-Side-Encryption-Customer-Key', value: key }],
      warns: /X-Amz-Copy-Source-Server-Side-Encryption-Customer-Key/,
    },
  ])('$name: $warns', ({ headers, warns }) => {
    const warning = keyExportWarning(headers);
    if (warns === null) expect(warning).toBeNull();
    else expect(warning).toMatch(warns);
  });
});
