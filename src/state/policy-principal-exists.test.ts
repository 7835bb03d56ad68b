import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../engine/index.ts';
import { testStore } from './testing/test-store.ts';

// S3 resolves a user or role ARN when a bucket policy is written and refuses one that does not
// exist with 400 MalformedPolicy "Invalid principal in policy" (shared conformance
// doc-put-policy-principal-*). The editor's diagnostics ask the same rule as PutBucketPolicy
// (src/engine/world/principal-exists.ts), so they agree: an error where the ARN is written iff
// Apply is refused.
const PARTNER = 'arn:aws:iam::444455556666:role/partner-reader';
const policyNaming = (arn: string) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'PartnerRead',
          Effect: 'Allow',
          Principal: { AWS: arn },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::test-bucket/*',
        },
      ],
    },
    null,
    2,
  );

async function readyStore(principals: string[]) {
  const store = testStore({ deps: () => deterministicDeps(7) });
  const setup = { ...store.getState().setup, principals: principals.map((arn) => ({ arn })) };
  await store.getState().loadWorld(setup);
  expect(store.getState().worldStatus).toBe('ready');
  return store;
}

const cases = [
  { name: 'a declared role from another account is accepted by both', declared: [PARTNER], refused: false },
  { name: 'an undeclared role is an error in the editor and refused by S3', declared: [], refused: true },
  {
    name: 'another account root needs no declaring, in the editor or in S3',
    declared: [],
    refused: false,
    arn: 'arn:aws:iam::444455556666:root',
  },
];

describe('the policy editor and PutBucketPolicy agree on which principals exist', () => {
  it.each(cases)('$name', async ({ declared, refused, arn = PARTNER }) => {
    const store = await readyStore(declared);
    const text = policyNaming(arn);
    await store.getState().setPolicyText(text);
    const errors = store.getState().policyDiagnostics.filter((d) => d.code === 'invalid-principal');
    await store.getState().applyPolicy();
    expect(store.getState().policyApply.state).toBe(refused ? 'refused' : 'applied');
    expect(errors.length).toBe(refused ? 1 : 0);
    if (!refused) return;
    const line = text.split('\n').findIndex((l) => l.includes(arn)) + 1;
    expect(errors[0]).toMatchObject({ severity: 'error', range: { start: { line } } });
    expect(errors[0]?.message).toContain(
      'does not exist ("Invalid principal in policy"): add it under Principals',
    );
  });

  it('declaring the principal under Principals clears the error, and Apply is then accepted', async () => {
    const store = await readyStore([]);
    await store.getState().setPolicyText(policyNaming(PARTNER));
    expect(store.getState().policyDiagnostics.some((d) => d.code === 'invalid-principal')).toBe(true);
    expect(await store.getState().putPrincipal(PARTNER, '')).toBe(true);
    await store.getState().diagnosePolicy();
    expect(store.getState().policyDiagnostics.some((d) => d.code === 'invalid-principal')).toBe(false);
    await store.getState().applyPolicy();
    expect(store.getState().policyApply.state).toBe('applied');
  });
});
