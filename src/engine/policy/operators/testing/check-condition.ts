/**
 * Test support only: evaluates one condition (`{"<operator>": {"<key>": values}}`) against a
 * context that carries the key with the given values, or not at all.
 */
import type { RequestContext } from '../../context/types.ts';
import { evaluateCondition } from '../../evaluate/condition-eval.ts';
import { policyFromJson } from '../../evaluate/testing/policy-from-json.ts';
import type { ConditionTrace } from '../../evaluate/types.ts';

export interface ConditionCase {
  name: string;
  operator: string;
  key?: string;
  policyValues: string[];
  /** Undefined: the key is absent from the request. */
  contextValues?: string[];
  expected: boolean;
}

export function checkCondition(c: ConditionCase, extraKeys: Record<string, string[]> = {}): ConditionTrace {
  const key = c.key ?? 'test:Key';
  const policy = policyFromJson({
    Statement: {
      Effect: 'Allow',
      Action: '*',
      Resource: '*',
      Condition: { [c.operator]: { [key]: c.policyValues } },
    },
  });
  const context: RequestContext = {
    principal: { arn: 'arn:aws:iam::111122223333:user/alice', account: '111122223333', type: 'User' },
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::bucket/key',
    keys: {},
  };
  if (c.contextValues) context.keys[key.toLowerCase()] = { name: key, values: c.contextValues };
  for (const [name, values] of Object.entries(extraKeys)) context.keys[name.toLowerCase()] = { name, values };
  const entry = policy.statements[0]?.conditions[0];
  if (!entry) throw new Error('test policy has no condition');
  return evaluateCondition(entry, context);
}
