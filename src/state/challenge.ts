/**
 * Challenges (issue 8): a lesson whose policy (or bucket default encryption) is hidden; the learner
 * writes it, and "Check" runs every step of the lesson against the learner's version in a fresh
 * world, grading each step and saying, from the trace, why a step still differs.
 */
import {
  answerValues,
  type Expect,
  type JsonObject,
  matchExpect,
  type Outcome,
  type Scenario,
  type Setup,
} from '../engine/index.ts';
import type { ChallengeSpec } from '../scenarios/challenges.ts';
import { challengeSetup } from './challenge-setup.ts';
import type { EnginePort, StepValues } from './engine-port.ts';
import { uploadIdOf } from './lesson-step.ts';

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
 * its own on the engine's side of the port (closed afterwards), as the scenario runner would.
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
  const opened = await port.openWorld(setup, { clock: 'manual' });
  if (!opened.ok)
    return {
      kind: 'broken',
      reason: opened.error.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '),
    };
  const id = opened.value.id;
  const values: StepValues = { versionIds: [], uploadIds: [], etags: [] };
  try {
    const steps: StepGrade[] = [];
    for (const [index, step] of scenario.steps.entries()) {
      if (step.afterMs !== undefined) await port.advanceClock(id, step.afterMs);
      const filled = await port.fillPlaceholders(id, step.request, values);
      if (filled.problems.length > 0) {
        steps.push({ index, passed: false, differs: filled.problems });
        continue;
      }
      const sent = await port.send(id, filled.request);
      if (sent.kind !== 'answered') {
        steps.push({ index, passed: false, differs: ['no answer from the simulated S3'] });
        continue;
      }
      const { outcome } = sent;
      values.versionIds[index] = outcome.response.headers['x-amz-version-id'];
      const answered = answerValues(filled.request.operation, outcome.response);
      if (values.uploadIds) values.uploadIds[index] = answered.uploadId;
      if (values.etags) values.etags[index] = answered.etag;
      const uploadId = uploadIdOf(filled.request, outcome);
      if (uploadId !== undefined) values.uploadId = uploadId;
      let differs: string[] = [];
      if (step.expect) {
        const expected = await port.fillPlaceholders(
          id,
          { operation: step.request.operation, body: step.expect as unknown as JsonObject },
          values,
        );
        differs =
          expected.problems.length > 0
            ? expected.problems
            : matchExpect(
                expected.request.body as unknown as Expect,
                step.request.operation,
                outcome.response,
              ).map((m) => m.line);
      }
      steps.push({
        index,
        passed: differs.length === 0,
        differs,
        ...(differs.length > 0 ? { why: whyOf(outcome, differs) } : {}),
      });
    }
    return { kind: 'graded', steps, passed: steps.every((step) => step.passed) };
  } finally {
    void port.closeWorld(id);
  }
}
