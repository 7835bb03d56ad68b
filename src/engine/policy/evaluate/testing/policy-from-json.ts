/**
 * Test support only: a policy written as a JSON object, parsed by the product's parser
 * (parsePolicy), so evaluator tests state policies the way AWS documents them.
 */
import { parsePolicy } from '../../parse/index.ts';
import type { Policy } from '../../types.ts';

type Scalar = string | number | boolean;
export type PrincipalJson = '*' | Record<string, string | string[]>;
export interface StatementJson {
  Sid?: string;
  Effect: string;
  Principal?: PrincipalJson;
  NotPrincipal?: PrincipalJson;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, Scalar | Scalar[]>>;
}
export interface PolicyJson {
  Version?: string;
  Statement: StatementJson | StatementJson[];
}

export function policyFromJson(json: PolicyJson): Policy {
  const { policy } = parsePolicy(JSON.stringify({ Version: '2012-10-17', ...json }));
  if (!policy) throw new Error('the test policy is not a JSON object');
  return policy;
}
