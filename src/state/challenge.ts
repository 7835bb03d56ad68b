/**
 * Challenges (issue 8): a lesson whose policy (or bucket default encryption) is hidden; the learner
 * writes it, and "Check" runs every step of the lesson against the learner's version in a fresh
 * world, grading each step and saying, from the trace, why a step still differs.
 */
import { type Outcome, runScenario, type Scenario, type Setup } from '../engine/index.ts';
import type { ChallengeSpec, Hidden } from '../scenarios/challenges.ts';

export interface StepGrade {
  index: number;
  passed: boolean;
  /** What differs, as the runner says it ("status: expected 403, got 200"). */
  differs: string[];
  /** Why S3 answered as it did: the deciding trace step, or the last one that passed. */
  why?: string;
}

export type ChallengeGrade =
  | { kind: 'graded'; steps: StepGrade[]; passed: boolean }
  | { kind: 'broken'; reason: string };

/** The set-up the learner starts from: the lesson's, without what the challenge hides. */
export function challengeSetup(setup: Setup, hide: Hidden): Setup {
  const { [hide]: _hidden, ...rest } = setup;
  return rest;
}

/**
 * Why S3 answered as it did, in one line from the trace: the step that refused the request, or,
 * for a request that went through, what authorization decided (usually what a challenge is about).
 */
export function whyOf(outcome: Outcome | undefined, differs: string[] = []): string | undefined {
  if (!outcome) return undefined;
  const failed = outcome.trace.find((step) => step.outcome === 'fail');
  // An answer that differs only in how it was encrypted is explained by the encryption choice.
  const aboutEncryption =
    differs.length > 0 && differs.every((line) => line.includes('server-side-encryption'));
  const decisive = outcome.trace.find(
    (step) =>
      step.outcome === 'pass' && step.stage === (aboutEncryption ? 'encryption-choice' : 'authorization'),
  );
  const step = failed ?? decisive ?? outcome.trace.filter((s) => s.outcome === 'pass').at(-1);
  return step ? `${step.title}. ${step.detail}` : undefined;
}

/** Runs every step of the challenge against the learner's policy or bucket encryption. */
export async function checkChallenge(
  scenario: Scenario,
  spec: ChallengeSpec,
  learner: { policyText: string; setup: Setup },
): Promise<ChallengeGrade> {
  const base = challengeSetup(scenario.setup ?? {}, spec.hide);
  const setup: Setup =
    spec.hide === 'policy'
      ? learner.policyText.trim() === ''
        ? base
        : { ...base, policy: learner.policyText }
      : learner.setup.bucketEncryption === undefined
        ? base
        : { ...base, bucketEncryption: learner.setup.bucketEncryption };
  const run = await runScenario({ ...scenario, setup });
  if (run.broken) return { kind: 'broken', reason: run.broken.reason };
  const steps = run.steps.map((step) => ({
    index: step.index,
    passed: step.passed,
    differs: step.mismatches.map((m) => m.line),
    ...(step.passed
      ? {}
      : {
          why: whyOf(
            step.outcome,
            step.mismatches.map((m) => m.line),
          ),
        }),
  }));
  return { kind: 'graded', steps, passed: run.passed };
}
