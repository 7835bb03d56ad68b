import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPolicyForPut } from './put-check.ts';

/** The repo copy placed by the scenarios helper, else the shared reference next to the repo. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const FILE = 's3-bucket-policy-validation.json';
const path = [
  resolve(repoRoot, 'src/scenarios/conformance', FILE),
  resolve(repoRoot, '../shared/conformance', FILE),
].find((candidate) => existsSync(candidate));

interface Step {
  request: { operation: string; bucket?: string; body?: unknown };
  expect?: { status: number; errorCode?: string; errorMessage?: string };
}
interface Scenario {
  id: string;
  setup?: { bucket?: string; principals?: { arn: string }[] };
  steps: Step[];
}

/**
 * Every PutBucketPolicy step whose expected answer is a validation verdict: 400 MalformedPolicy
 * (message compared when the file gives one) or 204. Other answers (403 Block Public Access,
 * 404 NoSuchBucket, expected-owner checks) belong to the S3 layer.
 */
function validationSteps() {
  const file = JSON.parse(readFileSync(path ?? FILE, 'utf8')) as { scenarios: Scenario[] };
  return file.scenarios.flatMap((scenario) =>
    scenario.steps
      .map((step, index) => ({ scenario, step, index }))
      .filter(({ step }) => step.request.operation === 'PutBucketPolicy')
      .filter(({ step }) => step.expect?.status === 204 || step.expect?.errorCode === 'MalformedPolicy')
      .map(({ scenario, step, index }) => ({ name: `${scenario.id} step ${index}`, scenario, step })),
  );
}

describe('conformance: PutBucketPolicy validation', () => {
  it('finds the conformance file', () => {
    expect(path).toBeDefined();
  });

  const steps = path ? validationSteps() : [];
  it('covers the validation steps of the file', () => {
    expect(steps.length).toBeGreaterThanOrEqual(40);
  });

  it.each(steps)('$name', ({ scenario, step }) => {
    const body = step.request.body;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const principals = new Set((scenario.setup?.principals ?? []).map((principal) => principal.arn));
    const bucket = step.request.bucket ?? scenario.setup?.bucket ?? 'test-bucket';
    const result = checkPolicyForPut(text, bucket, { principalExists: (arn) => principals.has(arn) });
    if (step.expect?.status === 204) {
      expect(result.ok ? 'accepted' : result.error.message).toBe('accepted');
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok && step.expect?.errorMessage !== undefined)
        expect(result.error.message).toBe(step.expect.errorMessage);
    }
  });
});
