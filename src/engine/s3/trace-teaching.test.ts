/**
 * The trace teaches (reference/users.md, the 11 moments users get wrong): every scenario of the
 * conformance suites and the lessons, run through the engine, must give traces whose stages come in
 * pipeline order, with at most one failing stage; a failed request's failing stage says why (not
 * just S3's message) and what would change it (`data.remedy`, also the end of `detail`); a
 * successful write shows data key → wrapped key → ciphertext with 12-byte IVs and 16-byte tags (KMS:
 * key ARN and encryption context); the encryption choice names the header or default that decided.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../crypto/bytes.ts';
import { md5Base64 } from '../crypto/md5.ts';
import { parseScenarioFile } from '../scenario/parse.ts';
import { runScenario } from '../scenario/run-scenario.ts';
import type { Scenario } from '../scenario/types.ts';
import { findStep, isStage } from '../trace/index.ts';
import type { Outcome, TraceStep } from '../types.ts';
import { decidingFailure, encryptsData, traceProblems } from './testing/trace-rules.ts';

const FOLDERS = ['conformance', 'lessons'];

function scenariosIn(folder: string): { file: string; scenario: Scenario }[] {
  const dir = new URL(`../../scenarios/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const parsed = parseScenarioFile(readFileSync(new URL(file, dir), 'utf8'));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      return parsed.value.map((scenario) => ({ file, scenario }));
    });
}

const ALL = FOLDERS.flatMap(scenariosIn).map((entry) => ({ ...entry, id: entry.scenario.id }));

async function problemsOf(scenario: Scenario): Promise<string[]> {
  const run = await runScenario(scenario);
  return run.steps.flatMap((step) =>
    step.outcome
      ? traceProblems(
          { operation: step.request.operation, headers: step.request.headers ?? {} },
          step.outcome,
        ).map((problem) => `step ${step.index} (${step.request.operation} ${step.status}): ${problem}`)
      : [],
  );
}

describe('every scenario step has a trace that teaches', () => {
  it.each(ALL)(
    '$file: $id',
    async ({ scenario }) => {
      expect(await problemsOf(scenario)).toEqual([]);
    },
    60_000,
  );
});

interface Answered {
  operation: string;
  outcome: Outcome;
}

let answered: Promise<Answered[]> | undefined;
function allAnswers(): Promise<Answered[]> {
  answered ??= Promise.all(ALL.map(({ scenario }) => runScenario(scenario))).then((runs) =>
    runs.flatMap((run) =>
      run.steps.flatMap((step) =>
        step.outcome ? [{ operation: step.request.operation, outcome: step.outcome }] : [],
      ),
    ),
  );
  return answered;
}

const failingSteps = (answers: Answered[]) =>
  answers.flatMap((a) => decidingFailure(a.outcome.trace).map((step) => ({ step, outcome: a.outcome })));

describe('the suites exercise the failures and modes the rules are about', () => {
  it('covers the failure codes users trip over', async () => {
    const codes = new Set(
      failingSteps(await allAnswers()).map(({ outcome }) => outcome.response.error?.code),
    );
    for (const code of [
      'AccessDenied',
      'InvalidArgument',
      'InvalidRequest',
      'NoSuchBucket',
      'NoSuchKey',
      'NoSuchUpload',
      'MalformedPolicy',
      'KMS.DisabledException',
      'KMS.NotFoundException',
      'SlowDown',
    ]) {
      expect(codes, code).toContain(code);
    }
  }, 120_000);

  it('checks the key chain of writes in every mode', async () => {
    const modes = new Set(
      (await allAnswers())
        .filter(
          (a) =>
            encryptsData(a.operation) && a.outcome.response.status > 0 && a.outcome.response.status < 300,
        )
        .map((a) => a.outcome.trace.find((step) => step.stage === 'crypto')?.data?.mode),
    );
    expect([...modes].sort()).toEqual(['DSSE-KMS', 'SSE-C', 'SSE-KMS', 'SSE-S3']);
  }, 120_000);
});

/** The deciding sentence of each moment (users.md), found in the suites' answers. */
const MOMENTS: { name: string; picks: (step: TraceStep) => boolean; says: RegExp }[] = [
  {
    name: 'a policy deny names the statement and the condition value that decided (moment 1)',
    picks: (s) => s.stage === 'authorization' && s.detail.includes('DenyUploadsWithoutTheEncryptionHeader'),
    says: /is absent from the request.*bucket default is applied only after the policy/,
  },
  {
    name: 'SSE-C over HTTP says HTTPS whatever the policy (moment 3)',
    picks: (s) => s.stage === 'transport' && s.title === 'SSE-C over plain HTTP',
    says: /whatever the bucket policy says.*HTTPS/,
  },
  {
    name: 'the SSE-C block says since when and how to lift it (moment 4)',
    picks: (s) => s.stage === 'blocked-encryption',
    says: /April 2026.*BlockedEncryptionTypes NONE unblocks it/,
  },
  {
    name: 'a wrong SSE-C key names the MD5 of the right one (moment 5)',
    picks: (s) => s.stage === 'crypto' && s.data?.hmacMatch === false,
    says: /salted HMAC.*did not match.*Send the key whose MD5 is \S+=/,
  },
  {
    name: 'throttling names bucket keys as the remedy (moment 7)',
    picks: (s) => s.data?.errorCode === 'SlowDown',
    says: /503 SlowDown.*S3 Bucket Keys cut KMS calls/,
  },
  {
    name: 'multipart SSE-KMS without kms:Decrypt says parts need it (moment 2)',
    picks: (s) => s.stage === 'kms' && s.title.includes("upload's data key"),
    says: /kms:Decrypt as well as kms:GenerateDataKey/,
  },
  {
    name: 'a Deny on aws:SecureTransport "true" says it refuses HTTPS itself (moment 10)',
    picks: (s) => s.detail.includes('MeantToRestrictToTLS'),
    says: /aws:SecureTransport is "true".*denies requests made over HTTPS.*"false"/,
  },
  {
    name: 'a negated operator on an absent key says the key is absent (moment 11)',
    picks: (s) =>
      s.stage === 'authorization' &&
      s.detail.includes('s3:x-amz-server-side-encryption is absent from the request, and StringNotEquals'),
    says: /is absent from the request.*Send x-amz-server-side-encryption/,
  },
  {
    // IAM: aws:SourceVpce is in the context only through a VPC endpoint (src/scenarios/conformance/s3-vpc-endpoint.json).
    name: 'a Deny outside a VPC endpoint says to send the request through the endpoint',
    picks: (s) =>
      s.stage === 'authorization' && s.detail.includes('aws:SourceVpce is absent from the request'),
    says: /send it through the endpoint the statement expects \(vpce-1a2b3c4d;/,
  },
  {
    name: 'an IP allow-list Deny on a request through a VPC endpoint says aws:SourceIp is absent there',
    picks: (s) => s.stage === 'authorization' && s.detail.includes('aws:SourceIp is absent from the request'),
    says: /through a VPC endpoint has no aws:SourceIp.*aws:VpcSourceIp/,
  },
  {
    name: 'a require-encryption policy written before DSSE-KMS shows the value it refused (moment 9)',
    picks: (s) => s.stage === 'authorization' && s.detail.includes('"aws:kms:dsse"'),
    says: /"aws:kms:dsse", which does not equal any of \["AES256", "aws:kms"\]/,
  },
  {
    name: 'a disabled key says how to enable it',
    picks: (s) => s.data?.errorCode === 'KMS.DisabledException',
    says: /is disabled.*kms:EnableKey/,
  },
];

describe('the moments users get wrong read clearly', () => {
  it('a bucket key puts the bucket ARN, not the object ARN, in the encryption context (moment 6)', async () => {
    const writes = (await allAnswers())
      .map((a) => findStep(a.outcome.trace, 'crypto', (s) => s.outcome === 'pass')?.data)
      .filter((data) => data?.mode === 'SSE-KMS' && data.ciphertext !== undefined);
    const contexts = (bucketKey: boolean) =>
      writes
        .filter((data) => data?.bucketKey === bucketKey)
        .map((data) => JSON.stringify(data?.encryptionContext));
    expect(contexts(true).length).toBeGreaterThan(0);
    expect(contexts(false).length).toBeGreaterThan(0);
    for (const context of contexts(true)) expect(context).toMatch(/"aws:s3:arn":"arn:aws:s3:::[^/"]+"/);
    for (const context of contexts(false))
      expect(context).toMatch(/"aws:s3:arn":"arn:aws:s3:::[^/"]+\/[^"]+"/);
  }, 120_000);

  it('a KMS AccessDenied carries the key-policy evaluation that said no (moment 8)', async () => {
    const denied = failingSteps(await allAnswers()).filter(
      ({ step }) => step.stage === 'kms' && step.data?.errorCode === 'AccessDenied',
    );
    expect(denied.length).toBeGreaterThan(0);
    for (const { step } of denied)
      expect(isStage(step, 'kms') && step.data?.kmsAuthorization).toMatchObject({ allowed: false });
  }, 120_000);

  it('an anonymous caller is told only a bucket policy statement can allow it, not both sides', async () => {
    const run = await runScenario({
      id: 'anonymous-denied',
      title: 'Anonymous, no statement for it',
      steps: [{ request: { operation: 'GetObject', key: 'k', principal: 'anonymous' } }],
    });
    const outcome = run.steps[0]?.outcome as Outcome;
    expect(outcome.response.status).toBe(403);
    const step = decidingFailure(outcome.trace)[0];
    expect(step?.title).toBe('No bucket policy statement allows this caller');
    expect(step?.data?.remedy).toMatch(/only a bucket policy statement whose Principal names it, or "\*"/);
  });

  it('a caller from another account is told both sides must allow', async () => {
    const run = await runScenario({
      id: 'cross-account',
      title: 'Another account, no bucket policy',
      setup: {
        principals: [
          {
            arn: 'arn:aws:iam::444455556666:role/other',
            policy: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
            },
          },
        ],
      },
      steps: [
        { request: { operation: 'GetObject', key: 'k', principal: 'arn:aws:iam::444455556666:role/other' } },
      ],
    });
    const outcome = run.steps[0]?.outcome as Outcome;
    expect(outcome.response.status).toBe(403);
    expect(traceProblems({ operation: 'GetObject', headers: {} }, outcome)).toEqual([]);
    const step = decidingFailure(outcome.trace)[0];
    expect(step?.title).toBe('Cross-account: both sides must allow');
    expect(step?.data?.remedy).toMatch(/both the bucket policy and its own identity policy/);
  });

  it.each(MOMENTS)(
    '$name',
    async ({ picks, says }) => {
      const steps = failingSteps(await allAnswers())
        .map(({ step }) => step)
        .filter(picks);
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) expect(step.detail).toMatch(says);
    },
    120_000,
  );

  it('a KMS key pending deletion says to cancel the deletion', async () => {
    const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
    const run = await runScenario({
      id: 'pending-deletion',
      title: 'Write under a key pending deletion',
      setup: { kmsKeys: [{ id: keyId, state: 'PendingDeletion' }] },
      steps: [
        {
          request: {
            operation: 'PutObject',
            key: 'k',
            body: 'x',
            headers: {
              'x-amz-server-side-encryption': 'aws:kms',
              'x-amz-server-side-encryption-aws-kms-key-id': keyId,
            },
          },
        },
      ],
    });
    const outcome = run.steps[0]?.outcome as Outcome;
    expect(outcome.response.status).toBe(400);
    expect(traceProblems({ operation: 'PutObject', headers: {} }, outcome)).toEqual([]);
    expect(decidingFailure(outcome.trace)[0]?.detail).toMatch(/pending deletion.*kms:CancelKeyDeletion/);
  });

  it('an SSE-C write shows that the customer key was used, never the key', async () => {
    const key = new Uint8Array(32).fill(7);
    const headers = {
      'x-amz-server-side-encryption-customer-algorithm': 'AES256',
      'x-amz-server-side-encryption-customer-key': toBase64(key),
      'x-amz-server-side-encryption-customer-key-MD5': md5Base64(key),
    };
    const run = await runScenario({
      id: 'sse-c-write',
      title: 'SSE-C write on a bucket that allows it',
      setup: { bucketEncryption: { Rules: [{ BlockedEncryptionTypes: { EncryptionType: ['NONE'] } }] } },
      steps: [{ request: { operation: 'PutObject', key: 'k', body: 'secret', headers } }],
    });
    const outcome = run.steps[0]?.outcome as Outcome;
    expect(outcome.response.status).toBe(200);
    expect(traceProblems({ operation: 'PutObject', headers }, outcome)).toEqual([]);
    const crypto = outcome.trace.find((step) => step.stage === 'crypto');
    expect(crypto?.data?.customerKey).toMatchObject({ used: true, keyMd5: md5Base64(key) });
  });
});
