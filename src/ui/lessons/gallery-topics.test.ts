import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../scenarios/index.ts';
import { searchLessons } from './gallery-topics.ts';

const lesson = (id: string, title: string, tags: string[], description = '') => ({
  id,
  title,
  tags,
  description,
});

/** Made-up lessons, in gallery order, so the table shows the ranking rule itself. */
const GALLERY = [
  lesson('a-policy', 'Absent keys and StringNotEquals', ['policy'], 'A bucket key is not involved here.'),
  lesson('b-kms', 'SSE-KMS with a disabled key', ['sse-kms'], 'Reads fail until the key is enabled.'),
  lesson('c-bucket-keys', 'Bucket keys: many uploads, one KMS call', ['sse-kms', 'bucket-key']),
  lesson('d-throttle', 'Throttling reaches clients as 503 SlowDown', ['sse-kms']),
  lesson('e-sse-c', 'SSE-C over plain HTTP is refused', ['sse-c', 'transport']),
];

describe('searching lessons', () => {
  it.each([
    {
      query: '',
      ids: ['a-policy', 'b-kms', 'c-bucket-keys', 'd-throttle', 'e-sse-c'],
      why: 'no query keeps the gallery order',
    },
    {
      query: 'bucket key',
      ids: ['c-bucket-keys', 'a-policy'],
      why: 'a title that names it comes before a description that mentions it',
    },
    {
      query: 'kms',
      ids: ['b-kms', 'c-bucket-keys', 'd-throttle'],
      why: 'title matches first, then the tag-only match',
    },
    { query: 'slowdown', ids: ['d-throttle'], why: 'a word of a title' },
    { query: 'SSE-C', ids: ['e-sse-c'], why: 'any case, and not SSE-KMS' },
    { query: 'kms throttling', ids: ['d-throttle'], why: 'every word must appear somewhere' },
    { query: 'nothing-like-this', ids: [], why: 'nothing matches' },
    { query: 'disabled keys', ids: ['b-kms'], why: 'a plural finds the singular' },
  ])('ranks "$query": $why', ({ query, ids }) => {
    expect(searchLessons(GALLERY, query).map((l) => l.id)).toEqual(ids);
  });

  it('puts the shipped lesson titled with the words first among the shipped lessons', () => {
    expect(searchLessons(LESSONS, 'bucket keys')[0]?.id).toBe('bucket-keys-reduce-kms-calls');
    expect(searchLessons(LESSONS, 'throttling')[0]?.id).toBe('kms-throttling-slowdown');
    // "keys" also finds a title that says "key": the challenge comes before a lesson that only mentions buckets.
    expect(searchLessons(LESSONS, 'bucket keys')[1]?.id).toBe('challenge-bucket-default-key');
  });
});
