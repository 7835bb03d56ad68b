import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { withBreakPoints } from './break-points.tsx';

describe('withBreakPoints', () => {
  it.each([
    {
      name: 'a condition key breaks after its colon',
      text: 'aws:SecureTransport',
      html: 'aws:<wbr/>SecureTransport',
    },
    {
      name: 'an ARN breaks after its colons and slash',
      text: 'arn:aws:iam::1:role/x',
      html: 'arn:<wbr/>aws:<wbr/>iam:<wbr/>:<wbr/>1:<wbr/>role/<wbr/>x',
    },
    { name: 'a header name breaks after its dashes', text: 'x-amz-acl', html: 'x-<wbr/>amz-<wbr/>acl' },
    { name: 'a word without punctuation stays whole', text: 'AES256', html: 'AES256' },
    { name: 'a trailing colon adds no break after the end', text: 'key:', html: 'key:' },
    { name: 'markup in the text stays text', text: '<b>:x', html: '&lt;b&gt;:<wbr/>x' },
  ])('$name', ({ text, html }) => {
    expect(renderToStaticMarkup(withBreakPoints(text))).toBe(html);
  });
});
