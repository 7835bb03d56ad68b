import { describe, expect, it } from 'vitest';
import type { Outcome, Step } from '../../engine/index.ts';
import { realS3Answer } from './real-answer.ts';

const ran = { response: { status: 403 }, trace: [], kmsEvents: [] } as unknown as Outcome;
const denied: Step = {
  request: { operation: 'GetObject', key: 'a' },
  expect: { status: 403, errorCode: 'AccessDenied' },
};

describe('what real S3 answers, beside a lesson step', () => {
  it.each<{ name: string; step: Step; outcome: Outcome | undefined; said: string | undefined }>([
    {
      name: 'before the step runs nothing is said (the room is asked)',
      step: denied,
      outcome: undefined,
      said: undefined,
    },
    {
      name: 'once it ran, the status and error code',
      step: denied,
      outcome: ran,
      said: 'real S3: 403 AccessDenied',
    },
    {
      name: 'a success has no error code',
      step: { request: { operation: 'GetObject', key: 'a' }, expect: { status: 200 } },
      outcome: ran,
      said: 'real S3: 200',
    },
    {
      name: 'a step that expects no status says nothing',
      step: { request: { operation: 'GetObject', key: 'a' } },
      outcome: ran,
      said: undefined,
    },
  ])('$name', ({ step, outcome, said }) => {
    expect(realS3Answer(step, outcome)).toBe(said);
  });
});
