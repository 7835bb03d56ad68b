import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../../../engine/index.ts';
import { pipelineStages, stageLabel } from './pipeline-stages.ts';

const step = (stage: TraceStep['stage'], outcome: TraceStep['outcome']): TraceStep => ({
  stage,
  outcome,
  title: stage,
  detail: '',
});

const denied = [
  step('route', 'pass'),
  step('headers', 'pass'),
  step('transport', 'pass'),
  step('authorization', 'fail'),
  step('response', 'fail'),
];

const stored = [
  step('route', 'pass'),
  step('headers', 'pass'),
  step('transport', 'pass'),
  step('authorization', 'pass'),
  step('blocked-encryption', 'pass'),
  step('encryption-choice', 'pass'),
  step('kms', 'skip'),
  step('crypto', 'pass'),
  step('response', 'pass'),
];

describe('pipelineStages', () => {
  it.each([
    {
      name: 'a denied request fails at authorization',
      trace: denied,
      stage: 'authorization',
      outcome: 'fail',
      deciding: true,
    },
    {
      name: 'stages after the failure were not reached',
      trace: denied,
      stage: 'kms',
      outcome: 'not-reached',
      deciding: false,
    },
    {
      name: 'the failing response after a denial is not the deciding stage',
      trace: denied,
      stage: 'response',
      outcome: 'fail',
      deciding: false,
    },
    { name: 'a skipped stage stays skipped', trace: stored, stage: 'kms', outcome: 'skip', deciding: false },
    {
      name: 'a successful request is decided at authorization',
      trace: stored,
      stage: 'authorization',
      outcome: 'pass',
      deciding: true,
    },
    {
      name: 'a stage with a passing and a failing step fails',
      trace: [step('kms', 'pass'), step('kms', 'fail')],
      stage: 'kms',
      outcome: 'fail',
      deciding: true,
    },
  ] as const)('$name', ({ trace, stage, outcome, deciding }) => {
    const entry = pipelineStages(trace).find((e) => e.stage === stage);
    expect(entry?.outcome).toBe(outcome);
    expect(entry?.deciding).toBe(deciding);
  });

  it('lists every stage once, in pipeline order, with the steps it recorded', () => {
    const entries = pipelineStages(stored);
    expect(entries.map((e) => e.stage)).toEqual([
      'route',
      'headers',
      'transport',
      'authorization',
      'blocked-encryption',
      'encryption-choice',
      'kms',
      'crypto',
      'response',
    ]);
    expect(entries[3]?.steps).toEqual([3]);
  });

  it('a bucket-level operation shows the bucket stage in place of crypto, even when denied before it', () => {
    const route: TraceStep = {
      stage: 'route',
      outcome: 'pass',
      title: '',
      detail: '',
      data: { operation: 'PutBucketPolicy', bucket: 'b' },
    };
    const stages = pipelineStages([route, step('authorization', 'fail')]).map((e) => e.stage);
    expect(stages).toContain('bucket');
    expect(stages).not.toContain('crypto');
  });

  it('an empty trace decides nothing', () => {
    expect(pipelineStages([]).some((e) => e.deciding)).toBe(false);
  });
});

describe('stageLabel', () => {
  it.each([
    {
      name: 'a GetObject finds the stored object there',
      stage: 'encryption-choice',
      operation: 'GetObject',
      label: 'Stored object',
    },
    {
      name: 'so does a HeadObject',
      stage: 'encryption-choice',
      operation: 'HeadObject',
      label: 'Stored object',
    },
    {
      name: 'so does a GetObjectAttributes',
      stage: 'encryption-choice',
      operation: 'GetObjectAttributes',
      label: 'Stored object',
    },
    {
      name: 'a PutObject chooses its encryption there',
      stage: 'encryption-choice',
      operation: 'PutObject',
      label: 'Encryption choice',
    },
    {
      name: 'a copy reads its source there and chooses the new object encryption',
      stage: 'encryption-choice',
      operation: 'CopyObject',
      label: 'Source & encryption',
    },
    {
      name: 'a part copy reads its source there too',
      stage: 'encryption-choice',
      operation: 'UploadPartCopy',
      label: 'Source & encryption',
    },
    {
      name: 'a part follows its upload',
      stage: 'encryption-choice',
      operation: 'UploadPart',
      label: 'Encryption choice',
    },
    {
      name: 'an unknown operation keeps the stage name',
      stage: 'encryption-choice',
      operation: 'Nope',
      label: 'Encryption choice',
    },
    {
      name: 'no operation keeps the stage name',
      stage: 'encryption-choice',
      operation: undefined,
      label: 'Encryption choice',
    },
    { name: 'other stages keep their names for a read', stage: 'kms', operation: 'GetObject', label: 'KMS' },
  ] as const)('$name', ({ stage, operation, label }) => {
    expect(stageLabel(stage, operation)).toBe(label);
  });
});
