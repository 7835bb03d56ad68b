import type { ProblemSink } from '../parse/problem-sink.ts';
import type { Statement } from '../types.ts';
import type { ConditionFacts } from './condition-facts.ts';
import type { ActionEntryScope } from './statement-actions.ts';

/** What kind of document is checked: bucket policies have S3's extra rules (Principal, own bucket). */
export type PolicyKind = 'bucket' | 'identity';

export interface PolicyCheckOptions {
  /** The bucket the policy is for: resources must name it or its objects. */
  bucket?: string;
  /** The bucket owner's account. */
  account?: string;
  /**
   * Whether an IAM user or role ARN exists. S3 resolves such principals when the policy is
   * written and refuses unknown ones ("Invalid principal in policy"); without this function
   * only their syntax is checked.
   */
  principalExists?: (arn: string) => boolean;
  /** Defaults to `bucket`. */
  kind?: PolicyKind;
}

export interface CheckContext {
  sink: ProblemSink;
  options: PolicyCheckOptions;
  kind: PolicyKind;
  /**
   * Each statement's action scopes by statement index, worked out once per analysis (null: none;
   * statement-actions.ts).
   */
  actionScopes?: (ActionEntryScope[] | null)[];
}

/**
 * A check of one statement, S3 error or teaching warning. It gets the statement's condition
 * entries with their catalog facts, looked up once for all checks.
 */
export type StatementCheck = (
  ctx: CheckContext,
  statement: Statement,
  conditions: readonly ConditionFacts[],
) => void;
