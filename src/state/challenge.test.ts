import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../engine/index.ts';
import { challengeById } from '../scenarios/challenges.ts';
import { LESSONS } from '../scenarios/index.ts';
import { policyTextOf } from './slices/lesson.ts';
import { testStore } from './testing/test-store.ts';

const challenges = LESSONS.filter((lesson) => lesson.tags.includes('challenge'));

describe('challenges', () => {
  it('ships at least four, one needing a Deny with a condition and one an SSE-KMS key choice', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(4);
    const policies = challenges.map((lesson) => JSON.stringify(lesson.scenario.setup?.policy ?? ''));
    expect(policies.some((p) => p.includes('"Deny"') && p.includes('"Condition"'))).toBe(true);
    expect(
      challenges.some((lesson) =>
        JSON.stringify(lesson.scenario.setup?.bucketEncryption ?? '').includes('aws:kms'),
      ),
    ).toBe(true);
  });

  it.each(challenges.map((lesson) => ({ id: lesson.id, lesson })))(
    '$id hides its answer, fails "Check" as it opens, and passes with the reference answer',
    async ({ lesson }) => {
      const spec = challengeById(lesson.id);
      expect(spec?.hints.length).toBeGreaterThan(0);
      const store = testStore({ deps: () => deterministicDeps(6) });
      await store.getState().openLesson(lesson.scenario);
      const opened = store.getState();
      if (spec?.hide === 'policy') expect(opened.policyText).toBe('');
      else expect(opened.setup.bucketEncryption).toBeUndefined();
      await store.getState().checkChallenge();
      const first = store.getState().lesson?.grade;
      expect(first?.kind === 'graded' && !first.passed).toBe(true);
      if (first?.kind === 'graded') {
        const failing = first.steps.find((step) => !step.passed);
        expect(failing?.differs.length).toBeGreaterThan(0);
        expect(failing?.why).toMatch(/\S/);
      }
      // The reference answer, written by the learner.
      if (spec?.hide === 'policy') store.getState().setPolicyText(policyTextOf(lesson.scenario));
      else store.setState({ setup: { ...store.getState().setup, ...lesson.scenario.setup } });
      await store.getState().checkChallenge();
      const grade = store.getState().lesson?.grade;
      expect(grade).toMatchObject({ kind: 'graded', passed: true });
    },
  );

  it('a policy that is not JSON is graded as broken, with the reason', async () => {
    const lesson = challenges.find((l) => challengeById(l.id)?.hide === 'policy');
    if (!lesson) throw new Error('no policy challenge');
    const store = testStore({ deps: () => deterministicDeps(6) });
    await store.getState().openLesson(lesson.scenario);
    store.getState().setPolicyText('{ not json');
    await store.getState().checkChallenge();
    expect(store.getState().lesson?.grade).toMatchObject({
      kind: 'broken',
      reason: expect.stringMatching(/\S/),
    });
  });
});
