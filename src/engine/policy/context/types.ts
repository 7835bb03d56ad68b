/**
 * The request context a policy is evaluated against, as IAM describes it: who asks (principal),
 * what (action), on what (resource ARN), and the condition keys the service sent with their values.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html#policy-eval-reqcontext
 */

import { isoSeconds } from '../../iso-seconds.ts';

export type PrincipalType = 'Account' | 'User' | 'AssumedRole' | 'Role' | 'Anonymous' | 'Service';

export interface RequestPrincipal {
  /** `arn:aws:iam::111122223333:root`, a user, a role, an assumed-role session, or `anonymous`. */
  arn: string;
  /** The 12-digit account; empty for an anonymous caller. */
  account: string;
  type: PrincipalType;
}

/** One condition key: `name` as AWS writes it, the values as the request carried them. */
export interface ContextKey {
  name: string;
  values: string[];
}

export interface RequestContext {
  principal: RequestPrincipal;
  /** e.g. `s3:PutObject` or `kms:Decrypt`. */
  action: string;
  /** The ARN the action applies to. */
  resource: string;
  /** Keyed by the lower-case key name: condition keys are case-insensitive. */
  keys: Record<string, ContextKey>;
}

/**
 * What a service principal says it acts for: `aws:SourceArn` (e.g. a CloudFront distribution) and
 * `aws:SourceAccount` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourcearn).
 */
export interface ServiceSource {
  sourceArn?: string;
  sourceAccount?: string;
}

/** Puts aws:SourceArn and aws:SourceAccount in the context of a request a service principal sends. */
export function sourceKeys(
  principal: RequestPrincipal,
  source: ServiceSource | undefined,
  keys: Record<string, ContextKey>,
): void {
  if (principal.type !== 'Service' || source === undefined) return;
  if (source.sourceArn !== undefined) setKey(keys, 'aws:SourceArn', [source.sourceArn]);
  if (source.sourceAccount !== undefined) setKey(keys, 'aws:SourceAccount', [source.sourceAccount]);
}

/** Adds a key to a context's key map (lower-cased for lookup, the name kept as written). */
export function setKey(keys: Record<string, ContextKey>, name: string, values: string[]): void {
  keys[name.toLowerCase()] = { name, values };
}

/** The key's values, or undefined when the request did not carry it (an empty list counts as absent). */
export function keyValues(context: RequestContext, name: string): string[] | undefined {
  const lower = name.toLowerCase();
  // Own keys only: a key named "__proto__" or "constructor" must not reach the prototype.
  if (!Object.hasOwn(context.keys, lower)) return undefined;
  const entry = context.keys[lower];
  return entry && entry.values.length > 0 ? entry.values : undefined;
}

/**
 * aws:CurrentTime (ISO 8601 to the second, as IAM shows it: `2026-01-01T00:00:00Z`) and
 * aws:EpochTime (seconds), which IAM puts in every request context, S3's and KMS's alike.
 */
export function timeKeys(nowMs: number, keys: Record<string, ContextKey>): void {
  const seconds = Math.floor(nowMs / 1000);
  setKey(keys, 'aws:CurrentTime', [isoSeconds(nowMs)]);
  setKey(keys, 'aws:EpochTime', [String(seconds)]);
}
