import { describe, expect, it } from 'vitest';
import type { Operation } from '../engine/index.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import { bodyTextFor } from './to-request.ts';

const cases: { name: string; from: Operation; to: Operation; text: string; expected: string }[] = [
  {
    name: 'object text is dropped going to a JSON input',
    from: 'UploadPart',
    to: 'CompleteMultipartUpload',
    text: 'Hello',
    expected: '',
  },
  {
    name: 'JSON text is kept going to a JSON input',
    from: 'PutObject',
    to: 'PutBucketPolicy',
    text: '{"a": 1}',
    expected: '{"a": 1}',
  },
  {
    name: 'object text is kept between object writes',
    from: 'PutObject',
    to: 'UploadPart',
    text: 'Hello',
    expected: 'Hello',
  },
  {
    name: 'a JSON input is kept going back to an object write',
    from: 'PutBucketPolicy',
    to: 'PutObject',
    text: '{}',
    expected: '{}',
  },
  {
    name: 'an emptied JSON input gives an object write the sample text back',
    from: 'CompleteMultipartUpload',
    to: 'PutObject',
    text: ' ',
    expected: DEFAULT_DRAFT.bodyText,
  },
  {
    name: 'object text is kept through a read',
    from: 'PutObject',
    to: 'GetObject',
    text: 'Hello',
    expected: 'Hello',
  },
];

describe('bodyTextFor', () => {
  it.each(cases)('$name', ({ from, to, text, expected }) => {
    expect(bodyTextFor({ ...DEFAULT_DRAFT, operation: from, bodyText: text }, to)).toBe(expected);
  });
});
