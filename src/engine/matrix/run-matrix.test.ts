/**
 * The request matrix: each cell in its own fork of the world, reads of an object written the
 * column's way, and the verdicts S3 gives under the User Guide's "deny unencrypted uploads and
 * plain HTTP" policy (UG `UsingServerSideEncryption.md` "Requiring server-side encryption",
 * `security-best-practices.md` "aws:SecureTransport").
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../deps.ts';
import { DENY_UNENCRYPTED_AND_HTTP } from '../policy/bench/cases.ts';
import type { Setup } from '../types.ts';
import { createWorld } from '../world/create-world.ts';
import { runMatrix, runMatrixCell } from './run-matrix.ts';
import type { MatrixCell, MatrixCellSpec } from './types.ts';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const ALICE = 'arn:aws:iam::111122223333:user/alice';
const ROOT = 'arn:aws:iam::111122223333:root';

async function world(setup: Setup = {}) {
  const made = await createWorld(
    { kmsKeys: [{ id: KEY_ID, alias: 'alias/app' }], principals: [{ arn: ALICE }], ...setup },
    deterministicDeps(),
  );
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  return made.value;
}

const find = (cells: MatrixCell[], spec: Partial<MatrixCellSpec>) =>
  cells.find((c) => Object.entries(spec).every(([name, value]) => c[name as keyof MatrixCellSpec] === value));

describe('runMatrix', () => {
  it('has a column per encryption choice, including each customer key by its alias, for HTTPS and HTTP', async () => {
    const result = await runMatrix(await world());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.columns.map((c) => c.id)).toEqual([
      'default',
      'SSE-S3',
      'SSE-KMS:aws/s3',
      'SSE-KMS:app',
      'DSSE-KMS',
      'SSE-C',
      'client-side',
    ]);
    expect(result.value.cells).toHaveLength(6 * 7 * 2);
    expect(new Set(result.value.cells.map((c) => c.principal))).toEqual(new Set([ROOT]));
  });

  it("updates every column's object to aws/s3 when the account has no customer managed key", async () => {
    const made = await createWorld({}, deterministicDeps());
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const result = await runMatrix(made.value);
    if (!result.ok) throw new Error(result.error.message);
    const updates = result.value.cells.filter(
      (c) => c.operation === 'UpdateObjectEncryption' && c.transport === 'HTTPS',
    );
    // S3 refuses to update DSSE-KMS and SSE-C objects at all (update-object-encryption.ts, MODEL).
    const failing = updates.filter(
      (c) => c.status !== 200 && c.encryption !== 'SSE-C' && c.encryption !== 'DSSE-KMS',
    );
    expect(failing.map((c) => `${c.encryption} ${c.status} ${c.code}`)).toEqual([]);
    // Only the matrix's worlds have the key S3 would make on first use; the user's world does not.
    expect(
      made.value.snapshot().kmsKeys.filter((k) => k.alias === 'aws/s3' || k.alias === 'alias/aws/s3'),
    ).toEqual([]);
  });

  it('adds the bucket owner, each declared principal and the anonymous caller on the principal axis', async () => {
    const result = await runMatrix(await world(), { principals: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.principals).toEqual([ROOT, ALICE, 'anonymous']);
    expect(result.value.cells).toHaveLength(3 * 6 * 7 * 2);
  });

  // Each row under the standard policy. An absent header makes StringNotEquals match as well as
  // Null (IAM UG `reference_policies_condition-single-vs-multi-valued-context-keys.md`: a negated
  // operator matches a missing key), so the first statement is the one that decides.
  // Each row: [operation, encryption, transport, status, code, sid].
  const STANDARD: [string, string, string, number, string | null, string | null][] = [
    ['PutObject', 'default', 'HTTPS', 403, 'AccessDenied', 'DenyIncorrectEncryptionHeader'],
    ['PutObject', 'SSE-S3', 'HTTPS', 200, null, null],
    ['PutObject', 'SSE-S3', 'HTTP', 403, 'AccessDenied', 'DenyInsecureTransport'],
    ['PutObject', 'SSE-KMS:app', 'HTTPS', 200, null, null],
    ['GetObject', 'default', 'HTTPS', 200, null, null],
    ['GetObject', 'SSE-C', 'HTTPS', 200, null, null],
    ['GetObject', 'default', 'HTTP', 403, 'AccessDenied', 'DenyInsecureTransport'],
    ['CopyObject', 'SSE-S3', 'HTTPS', 200, null, null],
    // UploadPart carries no x-amz-server-side-encryption header (MODEL UploadPart has no such
    // member), so the Null-condition deny refuses every part: the known multipart trap.
    ['MultipartUpload', 'SSE-S3', 'HTTPS', 403, 'AccessDenied', 'DenyIncorrectEncryptionHeader'],
  ];
  it.each(STANDARD)(
    'answers %s with %s over %s as S3 does under the standard policy',
    async (operation, encryption, transport, status, code, sid) => {
      const result = await runMatrix(await world(), { policy: DENY_UNENCRYPTED_AND_HTTP });
      if (!result.ok) throw new Error(result.error.message);
      const cell = find(result.value.cells, {
        operation: operation as MatrixCell['operation'],
        encryption,
        transport: transport as 'HTTPS',
      });
      expect(cell).toMatchObject({ status, code, statementSid: sid });
      if (code === 'AccessDenied') expect(cell?.stage).toBe('authorization');
    },
  );

  it('reads an SSE-C object even on a bucket that blocks SSE-C writes (UG: existing SSE-C objects stay readable)', async () => {
    const result = await runMatrix(await world());
    if (!result.ok) throw new Error(result.error.message);
    expect(
      find(result.value.cells, { operation: 'GetObject', encryption: 'SSE-C', transport: 'HTTPS' })?.status,
    ).toBe(200);
    expect(
      find(result.value.cells, { operation: 'PutObject', encryption: 'SSE-C', transport: 'HTTPS' }),
    ).toMatchObject({
      status: 403,
      stage: 'blocked-encryption',
    });
  });

  it('leaves the world it runs against as it was', async () => {
    const w = await world();
    const before = JSON.stringify(w.snapshot());
    await runMatrix(w, { policy: DENY_UNENCRYPTED_AND_HTTP, principals: true });
    expect(JSON.stringify(w.snapshot())).toBe(before);
  });

  it('gives each cell the answer it gets when run alone, so cells never affect each other', async () => {
    const w = await world();
    const result = await runMatrix(w, { policy: DENY_UNENCRYPTED_AND_HTTP });
    if (!result.ok) throw new Error(result.error.message);
    for (const cell of result.value.cells.filter((_, i) => i % 7 === 0)) {
      const alone = await runMatrixCell(w, { policy: DENY_UNENCRYPTED_AND_HTTP }, cell);
      if (!alone.ok) throw new Error(alone.error.message);
      expect(
        alone.value.outcome.response.status,
        `${cell.operation} ${cell.encryption} ${cell.transport}`,
      ).toBe(cell.status);
    }
  });

  it('reports the refusal when S3 would refuse the policy under test', async () => {
    const result = await runMatrix(await world(), { policy: '{"Version": "2012-10-17", "Statement": [' });
    expect(!result.ok && result.error.code).toBe('MalformedPolicy');
  });

  it('says where to fix a policy S3 refuses for a principal that does not exist', async () => {
    // PutBucketPolicy resolves user and role ARNs: an undeclared one is "Invalid principal in policy".
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:role/partner-reader' },
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::test-bucket/*',
        },
      ],
    });
    const result = await runMatrix(await world(), { policy });
    expect(result.ok ? 'ran' : result.error).toMatchObject({
      code: 'MalformedPolicy',
      message: 'Invalid principal in policy',
      remedy: expect.stringContaining('declared under Principals'),
    });
  });

  it('refuses a matrix past the cell limit before running any cell', async () => {
    const principals = Array.from({ length: 60 }, (_, i) => ({
      arn: `arn:aws:iam::111122223333:user/u${i}`,
    }));
    const result = await runMatrix(await world({ principals }), { principals: true });
    expect(!result.ok && result.error.code).toBe('MatrixTooLarge');
  });

  it('loads a multipart cell as its CreateMultipartUpload request with the column headers', async () => {
    const alone = await runMatrixCell(
      await world(),
      {},
      {
        operation: 'MultipartUpload',
        encryption: 'SSE-KMS:app',
        transport: 'HTTPS',
        principal: ROOT,
      },
    );
    if (!alone.ok) throw new Error(alone.error.message);
    expect(alone.value.request.operation).toBe('CreateMultipartUpload');
    expect(alone.value.request.headers?.['x-amz-server-side-encryption']).toBe('aws:kms');
    expect(alone.value.outcome.response.status).toBe(200);
  });
});

describe('a cancelled matrix run', () => {
  it.each([0, 5, 40])(
    'stops between cells once cancelled after %i cells, and answers Cancelled',
    async (after) => {
      let checks = 0;
      const result = await runMatrix(await world(), {}, { cancelled: () => checks++ >= after });
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'Cancelled' }) });
      // Checked once before each cell: the run stopped before cell `after + 1`.
      expect(checks).toBe(after + 1);
    },
  );
});

describe('the column of a key the bucket default names that this KMS lacks', () => {
  const REAL_KEY = 'arn:aws:kms:eu-west-1:987654321098:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
  it('sends that key: the policy lets the upload through and KMS answers, while updates still move to a key of this KMS', async () => {
    const result = await runMatrix(
      await world({
        bucketEncryption: {
          Rules: [
            { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: REAL_KEY } },
          ],
        },
      }),
      { policy: DENY_UNENCRYPTED_AND_HTTP },
    );
    if (!result.ok) throw new Error(result.error.message);
    const cell = (encryption: string, operation: MatrixCell['operation']) =>
      find(result.value.cells, { encryption, operation, transport: 'HTTPS' });
    // Relying on the default, the upload sends no header: the policy's Null check denies it.
    expect(cell('default', 'PutObject')).toMatchObject({ status: 403, stage: 'authorization' });
    // Naming the key, the policy lets it through; this KMS has no such key (spec §1.2: S3 fails at PUT time).
    expect(cell('SSE-KMS:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', 'PutObject')).toMatchObject({
      status: 400,
      code: 'KMS.NotFoundException',
      stage: 'kms',
    });
    expect(cell('SSE-S3', 'UpdateObjectEncryption')).toMatchObject({ status: 200 });
  });
});
