import { describe, expect, it } from 'vitest';
import { lessonById } from '../../scenarios/index.ts';
import { fitPolicy } from './policy-fit.ts';
import { shownPolicy } from './step-policy.ts';

const policyOf = (id: string, step: number) => {
  const scenario = lessonById(id)?.scenario;
  const shown = scenario ? shownPolicy(scenario, step - 1, false) : undefined;
  if (!shown) throw new Error(`${id} step ${step} shows a policy`);
  return shown.policy;
};

/** Presenter mode's root font is 20 px (125%); its right column's policy box is about 600 px wide at 1280×720. */
describe('the text size a policy gets in the presenter’s policy box', () => {
  it.each([
    {
      name: 'a one-statement policy reads large',
      id: 'default-encryption-vs-require-header-policy',
      step: 2,
      width: 600,
      size: 'text-sm',
    },
    {
      name: 'one statement with a long condition list takes text-xs',
      id: 'dsse-kms-policy-forgot-it',
      step: 3,
      width: 600,
      size: 'text-xs',
    },
    {
      name: 'two statements with conditions take the smallest size',
      id: 'absent-keys-and-negated-operators',
      step: 1,
      width: 600,
      size: 'text-[0.6875rem]',
    },
    {
      name: 'the same two statements on a wide screen read large',
      id: 'absent-keys-and-negated-operators',
      step: 1,
      width: 1100,
      size: 'text-sm',
    },
    {
      name: 'a key policy of four statements takes the smallest size',
      id: 'cloudfront-static-site-sse-kms',
      step: 3,
      width: 600,
      size: 'text-[0.6875rem]',
    },
  ])('$name', ({ id, step, width, size }) => {
    expect(fitPolicy(policyOf(id, step), { widthPx: width, rootPx: 20, charEm: 0.6 }).className).toBe(size);
  });

  it('prints no line wider than the box holds at the size it picks', () => {
    const { className, lines } = fitPolicy(policyOf('absent-keys-and-negated-operators', 1), {
      widthPx: 600,
      rootPx: 20,
      charEm: 0.6,
    });
    const chars = Math.floor(600 / (0.6875 * 20 * 0.6));
    expect(className).toBe('text-[0.6875rem]');
    expect(Math.max(...lines.map((line) => line.text.length))).toBeLessThanOrEqual(chars);
  });
});

describe('the text size a policy box steps down to when it is lower than its text', () => {
  const box = { widthPx: 600, rootPx: 20, charEm: 0.6 };
  it.each([
    {
      name: 'a policy that reads large steps down to text-xs',
      id: 'default-encryption-vs-require-header-policy',
      step: 2,
      from: 1,
      size: 'text-xs',
      canShrink: true,
    },
    {
      name: 'a policy at text-xs steps down to the smallest size, and no further',
      id: 'dsse-kms-policy-forgot-it',
      step: 3,
      from: 2,
      size: 'text-[0.6875rem]',
      canShrink: false,
    },
    {
      name: 'a step past the smallest size keeps the smallest',
      id: 'absent-keys-and-negated-operators',
      step: 1,
      from: 5,
      size: 'text-[0.6875rem]',
      canShrink: false,
    },
    {
      name: 'a step down never picks a size larger than the width allows',
      id: 'absent-keys-and-negated-operators',
      step: 1,
      from: 1,
      size: 'text-[0.6875rem]',
      canShrink: false,
    },
  ])('$name', ({ id, step, from, size, canShrink }) => {
    const fitted = fitPolicy(policyOf(id, step), box, from);
    expect({ size: fitted.className, canShrink: fitted.canShrink }).toEqual({ size, canShrink });
  });
});
