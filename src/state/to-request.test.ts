import { describe, expect, it } from 'vitest';
import type { Operation } from '../engine/index.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import { bodyTextFor, draftToRequest, EMPTY_KEY_MESSAGE } from './to-request.ts';

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

describe('bodyTextFor with starting inputs (issue 9: UpdateObjectEncryption starts from a valid input)', () => {
  const templateOf = (operation: Operation) =>
    operation === 'UpdateObjectEncryption' ? '{"ObjectEncryption":{}}' : undefined;
  const cases: { name: string; from: Operation; to: Operation; text: string; expected: string }[] = [
    {
      name: 'object text never becomes the input',
      from: 'PutObject',
      to: 'UpdateObjectEncryption',
      text: 'Hello',
      expected: '{"ObjectEncryption":{}}',
    },
    {
      name: "another operation's JSON input never becomes the input",
      from: 'PutBucketPolicy',
      to: 'UpdateObjectEncryption',
      text: '{"Version":"2012-10-17"}',
      expected: '{"ObjectEncryption":{}}',
    },
    {
      name: 'an untouched starting input gives an object write the sample text back',
      from: 'UpdateObjectEncryption',
      to: 'PutObject',
      text: '{"ObjectEncryption":{}}',
      expected: DEFAULT_DRAFT.bodyText,
    },
    {
      name: 'an edited input is kept going back to an object write',
      from: 'UpdateObjectEncryption',
      to: 'PutObject',
      text: '{"edited":true}',
      expected: '{"edited":true}',
    },
  ];
  it.each(cases)('$name', ({ from, to, text, expected }) => {
    expect(bodyTextFor({ ...DEFAULT_DRAFT, operation: from, bodyText: text }, to, templateOf)).toBe(expected);
  });
});

describe('an object request without a key', () => {
  it.each([
    {
      name: 'a PutObject with an empty key cannot go out, and says so at the key',
      operation: 'PutObject',
      key: '',
      refused: true,
    },
    {
      name: 'a GetObject with an empty key cannot go out either',
      operation: 'GetObject',
      key: '',
      refused: true,
    },
    { name: 'a key of one space is a key S3 takes', operation: 'PutObject', key: ' ', refused: false },
    { name: 'a bucket operation needs no key', operation: 'GetBucketEncryption', key: '', refused: false },
  ] as { name: string; operation: Operation; key: string; refused: boolean }[])(
    '$name',
    ({ operation, key, refused }) => {
      const built = draftToRequest({ ...DEFAULT_DRAFT, operation, key });
      expect(built.ok ? undefined : built.error).toEqual(
        refused ? { field: 'key', message: EMPTY_KEY_MESSAGE } : undefined,
      );
    },
  );
});
