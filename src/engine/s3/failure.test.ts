import { describe, expect, it } from 'vitest';
import { errorXml, escapeXml } from './failure.ts';

describe('errorXml', () => {
  it('writes the declaration, code, message, fields, request id and host id in S3 order', () => {
    const xml = errorXml(
      { code: 'NoSuchKey', message: 'The specified key does not exist.', fields: { Key: 'a&b' } },
      'REQ1',
      'HOST1',
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code>' +
        '<Message>The specified key does not exist.</Message><Key>a&amp;b</Key>' +
        '<RequestId>REQ1</RequestId><HostId>HOST1</HostId></Error>',
    );
  });

  const cases = [
    { name: 'ampersand', input: 'a&b', expected: 'a&amp;b' },
    { name: 'angle brackets', input: '<x>', expected: '&lt;x&gt;' },
    { name: 'quotes', input: `"it's"`, expected: '&quot;it&apos;s&quot;' },
    { name: 'plain text is unchanged', input: 'abc', expected: 'abc' },
  ];
  it.each(cases)('escapes $name', ({ input, expected }) => {
    expect(escapeXml(input)).toBe(expected);
  });
});
