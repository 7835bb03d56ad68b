import { describe, expect, it } from 'vitest';
import { catalogHover, catalogSuggestions } from './catalog-suggestions.ts';

const suggestionCases = [
  {
    name: 'Action values offer S3 actions',
    location: { path: ['Statement', 'Action'], inKey: false },
    includes: 's3:PutObject',
    kind: 'action',
  },
  {
    name: 'NotAction values offer S3 actions too',
    location: { path: ['Statement', 'NotAction'], inKey: false },
    includes: 's3:GetObject',
    kind: 'action',
  },
  {
    name: 'names under Condition are operators, with IfExists and set prefixes',
    location: { path: ['Statement', 'Condition'], inKey: true },
    includes: 'ForAnyValue:StringNotEqualsIfExists',
    kind: 'operator',
  },
  {
    name: 'names under an operator are condition keys',
    location: { path: ['Statement', 'Condition', 'StringNotEquals'], inKey: true },
    includes: 's3:x-amz-server-side-encryption',
    kind: 'key',
  },
] as const;

describe('catalogSuggestions', () => {
  it.each(suggestionCases)('$name', ({ location, includes, kind }) => {
    const found = catalogSuggestions({ path: [...location.path], inKey: location.inKey });
    const item = found.find((suggestion) => suggestion.label === includes);
    expect(item?.kind).toBe(kind);
  });

  it.each([
    { name: 'an Effect value gets nothing from the catalog', path: ['Statement', 'Effect'], inKey: false },
    { name: 'a statement property name gets nothing from the catalog', path: ['Statement'], inKey: true },
    {
      name: 'a condition value gets nothing from the catalog',
      path: ['Statement', 'Condition', 'Bool'],
      inKey: false,
    },
  ])('$name', ({ path, inKey }) => {
    expect(catalogSuggestions({ path, inKey })).toEqual([]);
  });

  it('keys that suit a Bool operator sort before keys that do not', () => {
    const keys = catalogSuggestions({ path: ['Statement', 'Condition', 'Bool'], inKey: true });
    const secure = keys.find((item) => item.label === 'aws:SecureTransport');
    const sse = keys.find((item) => item.label === 's3:x-amz-server-side-encryption');
    expect(secure && sse && secure.sortText < sse.sortText).toBe(true);
    expect(sse?.detail).toContain('does not suit Bool');
  });
});

describe('catalogHover', () => {
  it.each([
    {
      name: 'an action names its resource kind',
      word: 's3:PutObject',
      title: 's3:PutObject (object action)',
    },
    { name: 'an operator with IfExists explains the suffix', word: 'StringEqualsIfExists', body: 'IfExists' },
    {
      name: 'a condition key states its type',
      word: 'aws:SecureTransport',
      title: 'aws:SecureTransport (Bool condition key)',
    },
    {
      name: 'a tag key resolves to its family',
      word: 's3:ExistingObjectTag/Project',
      title: 's3:ExistingObjectTag/',
    },
  ])('$name', ({ word, title, body }) => {
    const hover = catalogHover(word);
    if (title) expect(hover?.title).toContain(title);
    if (body) expect(hover?.body).toContain(body);
  });

  it('an unknown word has no hover', () => {
    expect(catalogHover('arn:aws:s3:::bucket/*')).toBeUndefined();
  });
});
