/**
 * Stage 7, KMS (spec §2.4–§2.6), obtaining the data keys: resolve the key a write names (id, ARN, alias, or `aws/s3` created
 * on first use), then GenerateDataKey for a write and Decrypt for what the request reads. Key
 * state, key policy and the quota are KMS's checks; their failures become S3's answers.
 */
import { accountOfPrincipal } from '../../kms/arns.ts';
import type { ModeRequest } from '../../modes/types.ts';
import { ORIGIN_ACCESS_IDENTITY } from '../../policy/context/principal.ts';
import type { KmsData } from '../../trace/index.ts';
import type { JsonValue } from '../../types.ts';
import { bucketArn, objectArn } from '../../world/types.ts';
import { readOpensDataKey } from '../integrity/checksum-mode.ts';
import { kmsFailure } from '../kms-failure.ts';
import { createKeys, openKeys, usesKms } from '../object-keys.ts';
import { keyMaterialData } from '../operations/crypto-trace.ts';
import { type Exchange, objectKey, type StageVerdict, touches } from './exchange.ts';
import { explainKmsFailure } from './kms-explanation.ts';
import type { StageRecorder } from './recorder.ts';

export async function obtainDataKeys(x: Exchange, record: StageRecorder<'kms'>): Promise<StageVerdict> {
  const before = x.kmsEvents.length;
  const data: KmsData = {};
  const source = x.source;
  const sourceKey = source?.version.keyMaterial;
  if (source && readOpensDataKey(x.request.operation, x.headers) && usesKms(sourceKey)) {
    const where = { bucket: source.bucket.name, key: source.version.key };
    const keys = await openKeys(x, where, sourceKey);
    if (!keys.ok) {
      if (keys.error.code === 'KMS.NotFoundException') touches(x, 'key-deletion-read-error');
      if (isOriginAccessIdentity(x.request.principal)) touches(x, 'legacy-oai-with-sse-kms');
      return kmsFail(x, record, keys.error, 'Decrypt of the stored data key failed', before);
    }
    x.sourceKeys = keys.value;
    x.sourceKmsDecrypts = x.kmsEvents.length - before;
    data.decrypt = {
      keyArn: sourceKey.keyArn,
      object: objectArn(where.bucket, where.key),
      encryptionContext: storedContext(sourceKey),
      ...(x.sourceKmsDecrypts === 0 ? { bucketKeyCacheHit: true } : {}),
    };
  }
  if (x.upload && usesKms(x.upload.keyMaterial) && x.traits.addsPart) {
    const keys = await openKeys(x, { bucket: x.request.bucket, key: objectKey(x) }, x.upload.keyMaterial);
    if (!keys.ok) return kmsFail(x, record, keys.error, "Decrypt of the upload's data key failed", before);
    x.uploadKeys = keys.value;
    data.uploadDecrypt = { keyArn: x.upload.keyMaterial.keyArn };
  }
  const verdict = await generateForWrite(x, record, data, before);
  if (verdict) return verdict;
  const events = x.kmsEvents.slice(before);
  if (Object.keys(data).length === 0) {
    record.skip('No KMS call', noKmsDetail(x));
    return undefined;
  }
  data.kmsCalls = events.map((event) => event.eventName);
  record.pass(kmsTitle(events.map((e) => e.eventName)), kmsDetail(x, events.length), data);
  return undefined;
}

async function generateForWrite(
  x: Exchange,
  record: StageRecorder<'kms'>,
  data: KmsData,
  before: number,
): Promise<StageVerdict> {
  const write = x.write;
  if (!write || (write.mode !== 'SSE-KMS' && write.mode !== 'DSSE-KMS')) return undefined;
  const resolved = x.kms.resolveKeyForS3(
    write.keyId,
    accountOfPrincipal(x.request.principal) || x.world.account,
    x.bucket?.account ?? x.world.account,
  );
  if (!resolved.ok)
    return kmsFail(
      x,
      record,
      kmsFailure(resolved.error),
      `KMS key ${write.keyId ?? 'aws/s3'} cannot be used`,
      before,
    );
  const keyArn = resolved.value.keyArn;
  const request: ModeRequest =
    write.mode === 'SSE-KMS'
      ? { mode: 'SSE-KMS', keyArn, bucketKey: write.bucketKey, context: write.context }
      : { mode: 'DSSE-KMS', keyArn, context: write.context };
  const created = await createKeys(x, { bucket: x.request.bucket, key: objectKey(x) }, request);
  if (!created.ok) return kmsFail(x, record, created.error, 'GenerateDataKey failed', before);
  x.newKey = created.value;
  const bucketKey = write.mode === 'SSE-KMS' && write.bucketKey;
  data.generateDataKey = {
    requested: write.keyId ?? 'aws/s3 (the AWS managed key)',
    keyArn,
    bucketKey,
    encryptionContext: {
      'aws:s3:arn': bucketKey ? bucketArn(x.request.bucket) : objectArn(x.request.bucket, objectKey(x)),
      ...write.context,
    },
  };
  return undefined;
}

function kmsFail(
  x: Exchange,
  record: StageRecorder<'kms'>,
  failure: ReturnType<typeof kmsFailure>,
  title: string,
  before: number,
): StageVerdict {
  const explained = explainKmsFailure(x, failure, x.kmsEvents.slice(before));
  return record.fail(failure, title, explained.why, explained.remedy, explained.data);
}

function kmsTitle(names: string[]): string {
  return names.length === 0 ? 'Bucket key reused: no KMS call' : `KMS ${[...new Set(names)].join(' and ')}`;
}

function kmsDetail(x: Exchange, calls: number): string {
  if (calls === 0)
    return 'An S3 Bucket Key from earlier in its time window served this request, so S3 did not call KMS.';
  return `S3 called KMS ${calls} time${calls === 1 ? '' : 's'} for ${x.request.principal}; each call is in the audit log with its encryption context.`;
}

function noKmsDetail(x: Exchange): string {
  if (
    x.source &&
    usesKms(x.source.version.keyMaterial) &&
    !readOpensDataKey(x.request.operation, x.headers)
  ) {
    return `${x.request.operation} reads metadata only: S3 does not decrypt the data key, so it does not call KMS.`;
  }
  const mode = x.write?.mode ?? x.source?.version.keyMaterial?.mode ?? x.upload?.keyMaterial.mode;
  if (mode === 'SSE-S3') return 'SSE-S3 data keys are wrapped by a key S3 owns: KMS is not involved.';
  if (mode === 'SSE-C') return 'With SSE-C the customer supplies the key: KMS is not involved.';
  return 'This request needs no KMS key.';
}

/** The context Decrypt is given: what GenerateDataKey used (the bucket ARN under a bucket key). */
function storedContext(stored: Parameters<typeof keyMaterialData>[0]): JsonValue {
  return keyMaterialData(stored).encryptionContext ?? null;
}

const isOriginAccessIdentity = (principal: string) => ORIGIN_ACCESS_IDENTITY.test(principal);
