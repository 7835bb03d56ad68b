/** The matrix's columns and principals, read from the world it runs against. */
import type { KmsKeySnapshot } from '../kms/types.ts';
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

/**
 * Customer managed keys of the bucket's Region only: S3 cannot use a key in another Region, so
 * such a column would only repeat the same refusal.
 */
export function matrixColumns(world: WorldState): MatrixColumn[] {
  const customerKeys = world.kms
    .listKeys()
    .filter((key) => key.manager === 'CUSTOMER' && key.region === world.region)
    .map(keyColumn);
  return [
    { id: 'default', mode: 'default' },
    { id: 'SSE-S3', mode: 'SSE-S3' },
    { id: 'SSE-KMS:aws/s3', mode: 'SSE-KMS' },
    ...customerKeys,
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
