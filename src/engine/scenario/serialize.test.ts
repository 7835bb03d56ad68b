import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from './parse.ts';
import { serializeScenario, serializeScenarioFile } from './serialize.ts';
import type { Scenario } from './types.ts';

const conformance = new URL('../../scenarios/conformance/', import.meta.url);
const shipped = readdirSync(conformance).filter((name) => name.endsWith('.json'));

const handMade: Scenario = {
  steps: [
    {
      afterMs: 5,
      explain: 'Why',
      expect: { body: { paths: { 'Rules[0].BucketKeyEnabled': null } }, status: 200 },
      request: { body: { Rules: [] }, operation: 'PutBucketEncryption', https: false },
    },
  ],
  setup: {
    kmsKeys: [{ state: 'Disabled', id: '1234abcd-12ab-34cd-56ef-1234567890ab' }],
    bucket: 'b',
    account: '444455556666',
    publicAccessBlock: {
      RestrictPublicBuckets: false,
      BlockPublicPolicy: false,
      IgnorePublicAcls: true,
      BlockPublicAcls: true,
    },
  },
  tags: ['policy'],
  title: 'Hand made',
  id: 'hand-made',
};

describe('serializeScenario', () => {
  it.each(shipped)('every scenario of %s reads back to the same value', (name) => {
    const parsed = parseScenarioFile(readFileSync(new URL(name, conformance), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const scenario of parsed.value)
      expect(parseScenarioFile(serializeScenario(scenario))).toEqual({ ok: true, value: [scenario] });
    expect(parseScenarioFile(serializeScenarioFile(parsed.value))).toEqual(parsed);
  });

  it('writes fields in the order the format lists them, and a path map as a plain map', () => {
    const text = serializeScenario(handMade);
    const order = [...text.matchAll(/^\s*"(\w+)":/gm)].map((m) => m[1]);
    expect(order).toEqual([
      'format',
      'id',
      'title',
      'tags',
      'setup',
      'account',
      'bucket',
      'publicAccessBlock',
      'BlockPublicAcls',
      'IgnorePublicAcls',
      'BlockPublicPolicy',
      'RestrictPublicBuckets',
      'kmsKeys',
      'id',
      'state',
      'steps',
      'request',
      'operation',
      'https',
      'body',
      'Rules',
      'expect',
      'status',
      'body',
      'explain',
      'afterMs',
    ]);
    expect(text).toContain('"Rules[0].BucketKeyEnabled": null');
    expect(parseScenarioFile(text)).toEqual({ ok: true, value: [handMade] });
  });
});
