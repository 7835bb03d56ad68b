/**
 * Challenges (issue 8): a lesson whose policy (or bucket default encryption) is hidden; the learner
 * writes it, and "Check" runs every step of the lesson against the learner's version in a fresh
 * world, grading each step and saying, from the trace, why a step still differs.
 */
import type { Outcome, Scenario, Setup } from '../engine/index.ts';
import type { ChallengeSpec } from '../scenarios/challenges.ts';
import { challengeSetup } from './challenge-setup.ts';
import type { EnginePort } from './engine-port.ts';

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

/**
 * Runs every step of the challenge against the learner's policy or bucket encryption, in a world of
 * its own on the engine's side of the port (closed afterwards), through the engine's scenario
 * session, one step after the other as the scenario runner does.
 */
export async function checkChallenge(
  port: EnginePort,
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
  const opened = await port.openWorld(setup, { scenario });
  if (!opened.ok)
    return {
      kind: 'broken',
      reason: opened.error.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '),
    };
  const id = opened.value.id;
  try {
    const steps: StepGrade[] = [];
    for (const index of scenario.steps.keys()) {
      const ran = await port.runScenarioStep(id, index);
      const step = ran.kind === 'ran' ? ran.steps.find((s) => s.index === index) : undefined;
      if (!step) {
        steps.push({ index, passed: false, differs: ['no answer from the simulated S3'] });
        continue;
      }
      const differs = step.mismatches.map((m) => (step.outcome ? m.line : m.got));
      steps.push({
        index,
        passed: differs.length === 0,
        differs,
        ...(differs.length > 0 ? { why: whyOf(step.outcome, differs) } : {}),
      });
    }
    return { kind: 'graded', steps, passed: steps.every((step) => step.passed) };
  } finally {
    void port.closeWorld(id);
  }
}
