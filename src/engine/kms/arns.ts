/**
 * KMS identifiers: key ids (UUIDs), key ARNs, alias names and alias ARNs, in the forms KMS and S3
 * accept (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id).
 */

import { toHex } from '../crypto/bytes.ts';
import type { EngineDeps } from '../deps.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KMS_ARN = /^arn:aws:kms:([a-z0-9-]+):(\d{12}):(key|alias)\/(.+)$/;

export const isKeyId = (text: string): boolean => UUID.test(text);

/** A version-4 UUID drawn from the injected randomness, so ids repeat under a seed. */
export function newKeyId(deps: EngineDeps): string {
  const b = deps.randomBytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const keyArnOf = (region: string, account: string, keyId: string) =>
  `arn:aws:kms:${region}:${account}:key/${keyId}`;

export const aliasArnOf = (region: string, account: string, alias: string) =>
  `arn:aws:kms:${region}:${account}:${alias}`;

/** `alias/x` whether written `x` or `alias/x`. */
export const normalizeAlias = (alias: string) => (alias.startsWith('alias/') ? alias : `alias/${alias}`);

export type KeyReference =
  | { kind: 'id'; keyId: string }
  | { kind: 'alias'; alias: string }
  | { kind: 'key-arn'; region: string; account: string; keyId: string }
  | { kind: 'alias-arn'; region: string; account: string; alias: string }
  | { kind: 'invalid' };

/** Classifies what a request names; `invalid` is neither a UUID, an `alias/` name nor a KMS ARN. */
export function parseKeyReference(text: string): KeyReference {
  if (isKeyId(text)) return { kind: 'id', keyId: text.toLowerCase() };
  if (text.startsWith('alias/') && text.length > 'alias/'.length) return { kind: 'alias', alias: text };
  const m = KMS_ARN.exec(text);
  if (!m) return { kind: 'invalid' };
  const [, region = '', account = '', type, rest = ''] = m;
  if (type === 'alias') return { kind: 'alias-arn', region, account, alias: `alias/${rest}` };
  return isKeyId(rest)
    ? { kind: 'key-arn', region, account, keyId: rest.toLowerCase() }
    : { kind: 'invalid' };
}

/** The account a principal ARN belongs to (`arn:aws:iam::111122223333:role/x` → `111122223333`). */
export function accountOfPrincipal(principalArn: string): string {
  return /^arn:aws:(?:iam|sts)::(\d{12}):/.exec(principalArn)?.[1] ?? '';
}
