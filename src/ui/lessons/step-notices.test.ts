import { describe, expect, it } from 'vitest';
import { ranFirstNotice, VERDICT_LEAD } from './step-notices.ts';

describe('what a lesson says when asking for a step ran others first', () => {
  it.each([
    { name: 'nothing when only the step asked for ran', ranFirst: undefined, says: '' },
    {
      name: 'one earlier step is "step 1", singular',
      ranFirst: { step: 1, earlier: [0] },
      says: 'Step 1 ran first, so step 2 answers as the lesson says.',
    },
    {
      name: 'several earlier steps are listed, numbered from 1',
      ranFirst: { step: 3, earlier: [0, 1, 2] },
      says: 'Steps 1, 2, 3 ran first, so step 4 answers as the lesson says.',
    },
    {
      name: 'a step run again says the lesson started again, then which steps ran first',
      ranFirst: { step: 1, earlier: [0], again: true as const },
      says: 'The lesson started again from its set-up: step 1 ran first, so step 2 answers as the lesson says.',
    },
    {
      name: 'step 1 run again says only that the lesson started again',
      ranFirst: { step: 0, earlier: [], again: true as const },
      says: 'The lesson started again from its set-up, so step 1 answers as the lesson says.',
    },
  ])('$name', ({ ranFirst, says }) => {
    expect(ranFirstNotice(ranFirst)).toBe(says);
  });
});

describe('what a step says before the fields where its answer is not the lesson’s', () => {
  it.each([
    {
      name: 'a gap in the simulator is called a difference from real S3',
      kind: 'simulator',
      says: /real S3/,
    },
    {
      name: 'an unsolved challenge says its answer is not yet the one asked for',
      kind: 'challenge',
      says: /^Not yet the answer the challenge asks for/,
    },
    {
      name: 'a world the learner changed says so and how to get back',
      kind: 'off-script',
      says: /Restart the lesson/,
    },
  ] as const)('$name', ({ kind, says }) => {
    expect(VERDICT_LEAD[kind]).toMatch(says);
  });

  it.each(['challenge', 'off-script'] as const)(
    'a %s answer is never called a difference from real S3',
    (kind) => {
      expect(VERDICT_LEAD[kind]).not.toMatch(/real S3|simulator/);
    },
  );
});
