/**
 * The order in which S3 reports PutBucketPolicy problems: only the first is answered. Document
 * checks come first (first byte, JSON, size, Statement, Version), then each statement in turn,
 * element by element. Follows the conformance file and the validators of S3-compatible servers
 * that copy S3's answers (versitygw `ValidatePolicyDocument`: condition applicability is
 * reported before the action/resource pairing).
 */
export const Phase = {
  FirstByte: 0,
  Json: 1,
  Size: 2,
  Document: 3,
  Version: 4,
  Statements: 5,
  /** Teaching warnings: never an S3 answer. */
  Advice: 9,
} as const;

export const Step = {
  Element: 0,
  Effect: 1,
  Principal: 2,
  PrincipalValue: 3,
  Action: 4,
  Resource: 5,
  NotPrincipalWithAllow: 6,
  ActionValue: 7,
  ResourceValue: 8,
  ConditionOperator: 9,
  ConditionKey: 10,
  ConditionValue: 11,
  ConditionApplies: 12,
  ActionApplies: 13,
} as const;

export type Rank = readonly number[];

export const statementRank = (statement: number, step: number, item = 0): Rank => [
  Phase.Statements,
  statement,
  step,
  item,
];

/** Lexicographic comparison of ranks. */
export function compareRanks(a: Rank, b: Rank): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
