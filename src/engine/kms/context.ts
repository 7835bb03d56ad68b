/**
 * The encryption context as KMS binds it: a canonical form (keys sorted, JSON) used as AES-GCM
 * additional data, so Decrypt with any other context fails the tag check, as on AWS
 * (https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html).
 */
import { type Bytes, utf8 } from '../crypto/bytes.ts';

export function canonicalContext(context: Record<string, string>): string {
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(context).sort()) sorted[key] = context[key] ?? '';
  return JSON.stringify(sorted);
}

export const contextAad = (context: Record<string, string>): Bytes => utf8(canonicalContext(context));
