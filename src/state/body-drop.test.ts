import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BODY_BYTES } from '../engine/index.ts';
import { bodyDropPlan, MAX_JSON_INPUT_FILE_BYTES } from './body-drop.ts';

describe('a file dropped onto the request body', () => {
  it.each([
    {
      name: 'object data within the request limit goes as the file',
      kind: 'bytes' as const,
      size: 10,
      use: 'file',
    },
    {
      name: 'object data of exactly the limit goes as the file',
      kind: 'bytes' as const,
      size: MAX_REQUEST_BODY_BYTES,
      use: 'file',
    },
    {
      name: 'a JSON input within its limit is read as text',
      kind: 'json' as const,
      size: 2_000,
      use: 'text',
    },
  ])('$name', ({ kind, size, use }) => {
    expect(bodyDropPlan(kind, 'f', size)).toEqual({ use });
  });

  it.each([
    {
      name: 'object data over the request limit',
      kind: 'bytes' as const,
      size: MAX_REQUEST_BODY_BYTES + 1,
      says: /at most 64 MiB per request/,
    },
    {
      name: 'a JSON input over its limit',
      kind: 'json' as const,
      size: MAX_JSON_INPUT_FILE_BYTES + 1,
      says: /at most 1 MiB of JSON/,
    },
    { name: 'an operation without a body', kind: 'none' as const, size: 1, says: /no body/ },
  ])('refuses $name with a message naming the file', ({ kind, size, says }) => {
    const plan = bodyDropPlan(kind, 'big.bin', size);
    expect('refused' in plan && plan.refused).toMatch(says);
    if (kind !== 'none') expect('refused' in plan && plan.refused).toContain('“big.bin”');
  });
});
