import { describe, expect, it } from 'vitest';
import { impliedCopySource } from './implied-copy-source.ts';
import { DEFAULT_DRAFT, type RequestDraft } from './request-draft.ts';

const cases: { name: string; draft: Partial<RequestDraft>; expected: string | null }[] = [
  {
    name: 'a CopyObject with no source copies the object onto itself',
    draft: { operation: 'CopyObject' },
    expected: 'test-bucket/report.txt',
  },
  {
    name: 'an UploadPartCopy with no source reads the target too',
    draft: { operation: 'UploadPartCopy' },
    expected: 'test-bucket/report.txt',
  },
  {
    name: 'a source the user gave is kept, whatever its case',
    draft: { operation: 'CopyObject', headers: [{ name: 'X-Amz-Copy-Source', value: 'other/a.txt' }] },
    expected: null,
  },
  {
    name: 'key segments are URL-encoded and slashes kept',
    draft: { operation: 'CopyObject', key: 'reports/2024 Q1/ä.txt' },
    expected: 'test-bucket/reports/2024%20Q1/%C3%A4.txt',
  },
  { name: 'a PutObject carries no copy source', draft: { operation: 'PutObject' }, expected: null },
  { name: 'an empty key implies no source', draft: { operation: 'CopyObject', key: '' }, expected: null },
];

describe('impliedCopySource', () => {
  it.each(cases)('$name', ({ draft, expected }) => {
    expect(impliedCopySource({ ...DEFAULT_DRAFT, ...draft })).toBe(expected);
  });
});
