/** Pins: differences field by field, the scenario file that `npm run scenarios` checks, and links. */
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, runScenario, serializeScenarioFile } from '../engine/index.ts';
import { type Pin, pinDifferences } from './pins.ts';
import { pinsScenario } from './pins-export.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import { fromDto, toDto } from './share-dto.ts';

const HTTPS_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyHttp',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::test-bucket/*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});

const pins: Pin[] = [
  { draft: { ...DEFAULT_DRAFT, key: 'a.txt' }, expect: { status: 200, code: null } },
  { draft: { ...DEFAULT_DRAFT, key: 'b.txt', https: false }, expect: { status: 403, code: 'AccessDenied' } },
  {
    draft: {
      ...DEFAULT_DRAFT,
      key: 'c.txt',
      headers: [{ name: 'x-amz-server-side-encryption', value: 'aws:kms' }],
    },
    expect: { status: 200, code: null },
  },
];

describe('pinDifferences', () => {
  it.each([
    [{ status: 200, code: null }, { status: 200, code: null }, []],
    [
      { status: 200, code: null },
      { status: 403, code: 'AccessDenied' },
      [
        { field: 'status', expected: '200', actual: '403' },
        { field: 'code', expected: 'none', actual: 'AccessDenied' },
      ],
    ],
    [
      { status: 400, code: 'InvalidArgument' },
      { status: 400, code: 'InvalidRequest' },
      [{ field: 'code', expected: 'InvalidArgument', actual: 'InvalidRequest' }],
    ],
  ])('lists what differs between %j and %j', (expected, actual, differences) => {
    expect(pinDifferences(expected, actual)).toEqual(differences);
  });
});

describe('pinsScenario', () => {
  it('exports a scenario file that the runner reads and passes while the pins hold', async () => {
    const start = { account: '111122223333', bucket: 'test-bucket' };
    const world = { start, session: [], current: start, policyText: HTTPS_ONLY, includeKeys: false };
    const text = serializeScenarioFile([pinsScenario(pins, world).scenario]);
    const parsed = parseScenarioFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const run = await runScenario(parsed.value[0] as (typeof parsed.value)[0]);
    expect(run.passed).toBe(true);
  });

  it('fails in the runner when the policy no longer gives the pinned answer', async () => {
    const start = { bucket: 'test-bucket' };
    const world = { start, session: [], current: start, policyText: '', includeKeys: false };
    const run = await runScenario(pinsScenario(pins, world).scenario);
    expect(run.passed).toBe(false);
  });
});

describe('pins in links', () => {
  const baseline = { policyText: '', setup: {} };
  it('travel in the link and come back', () => {
    const dto = toDto({ policyText: '', setup: {}, draft: DEFAULT_DRAFT, pins }, baseline, false);
    const back = fromDto(JSON.parse(JSON.stringify(dto)), () => baseline);
    expect(back.ok && back.value.pins).toEqual(pins);
  });

  it('leave an SSE-C key out unless keys are included', () => {
    const secret: Pin = {
      draft: {
        ...DEFAULT_DRAFT,
        headers: [{ name: 'x-amz-server-side-encryption-customer-key', value: 'S0VZ' }],
      },
      expect: { status: 200, code: null },
    };
    const dto = toDto({ policyText: '', setup: {}, draft: DEFAULT_DRAFT, pins: [secret] }, baseline, false);
    expect(JSON.stringify(dto)).not.toContain('S0VZ');
  });

  it('refuses a pin with a status that is not a number', () => {
    const back = fromDto({ v: 1, pins: [{ request: {}, status: 'ok', code: null }] }, () => baseline);
    expect(!back.ok && back.error).toMatch(/pin 1 "status"/);
  });
});
