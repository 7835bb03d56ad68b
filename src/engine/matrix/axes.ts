/** The matrix's columns and principals, read from the world it runs against. */
import type { KmsKeySnapshot } from '../kms/types.ts';
import { defaultEncryption } from '../world/bucket-defaults.ts';
import { rootArn, type WorldState } from '../world/types.ts';
import { ANONYMOUS_PRINCIPAL, type MatrixColumn, type MatrixPrincipal } from './types.ts';

const ALIAS_PREFIX = 'alias/';

/** `SSE-KMS:<alias>` without the `alias/` prefix (as `aws/s3` is written), else the key id. */
function keyColumn(key: KmsKeySnapshot): MatrixColumn {
  const name = key.alias
    ? key.alias.slice(key.alias.startsWith(ALIAS_PREFIX) ? ALIAS_PREFIX.length : 0)
    : key.keyId;
  return { id: `SSE-KMS:${name}`, mode: 'SSE-KMS', keyArn: key.arn };
}

/** `arn:…:key/<id>` → `<id>`, `alias/<name>` or `arn:…:alias/<name>` → `<name>`; a bare id as it is. */
function keyName(named: string): string {
  const match = /(?:^|:)(?:key|alias)\/(.+)$/.exec(named);
  return match?.[1] ?? named;
}

/**
 * The key the bucket's default encryption names, when no other column sends it: a key of the
 * engineer's real account pasted with `get-bucket-encryption`, or one in another Region. Its column
 * shows what the policy does to uploads naming that key, then what KMS answers (the default column
 * alone showed only uploads that rely on it).
 */
function defaultKeyColumn(world: WorldState, columns: MatrixColumn[]): MatrixColumn | undefined {
  const bucket = world.buckets.get(world.bucket);
  if (!bucket) return undefined;
  const { algorithm, kmsKeyId } = defaultEncryption(bucket);
  if (algorithm === 'AES256' || kmsKeyId === undefined) return undefined;
  const arn = world.kms.keyArn(kmsKeyId);
  if (arn === world.kms.awsManagedKeyArn() || keyName(kmsKeyId) === 'aws/s3') return undefined;
  if (columns.some((c) => c.keyArn === (arn ?? kmsKeyId))) return undefined;
  const short = `SSE-KMS:${keyName(kmsKeyId)}`;
  const id = columns.some((c) => c.id === short) ? `SSE-KMS:${kmsKeyId}` : short;
  return { id, mode: 'SSE-KMS', keyArn: kmsKeyId, fromDefault: true };
}

/**
 * Customer managed keys of the bucket's Region only: S3 cannot use a key in another Region, so
 * such a column would only repeat the same refusal; the key the bucket's default names is the
 * exception (defaultKeyColumn).
 */
export function matrixColumns(world: WorldState): MatrixColumn[] {
  const customerKeys = world.kms
    .listKeys()
    .filter((key) => key.manager === 'CUSTOMER' && key.region === world.region)
    .map(keyColumn);
  const fromDefault = defaultKeyColumn(world, customerKeys);
  return [
    { id: 'default', mode: 'default' },
    { id: 'SSE-S3', mode: 'SSE-S3' },
    { id: 'SSE-KMS:aws/s3', mode: 'SSE-KMS' },
    ...customerKeys,
    ...(fromDefault ? [fromDefault] : []),
    { id: 'DSSE-KMS', mode: 'DSSE-KMS' },
    { id: 'SSE-C', mode: 'SSE-C' },
    { id: 'client-side', mode: 'client-side' },
  ];
}

/** The bucket owner (its account root), each declared principal, then the anonymous caller. */
export function matrixPrincipals(world: WorldState, axis: boolean): MatrixPrincipal[] {
  const owner = rootArn(world.account);
  if (!axis) return [owner];
  const declared = [...world.principals.keys()].filter((arn) => arn !== owner);
  return [owner, ...declared, ANONYMOUS_PRINCIPAL];
}
