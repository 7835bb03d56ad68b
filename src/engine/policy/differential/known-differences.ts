/**
 * Test support only: the known ways our evaluator and iam-simulate disagree, each with the AWS
 * text that says who is right. A difference explains a disagreement only when rewriting the
 * policy to avoid the disputed construct makes both evaluators agree, so an unrelated bug hiding
 * behind a known one still shows up.
 */
import type { PolicyJson, StatementJson } from './generate.ts';

export interface KnownDifference {
  id: string;
  /** Which evaluator the AWS documentation (or AWS's observed behaviour) says is wrong. */
  wrong: 'iam-simulate' | 'ours';
  /** The same policy without the disputed construct; undefined when it cannot be rewritten. */
  rewrite(policy: PolicyJson): PolicyJson | undefined;
}

type Condition = NonNullable<StatementJson['Condition']>;

function mapConditions(
  policy: PolicyJson,
  map: (c: Condition) => Condition | undefined,
): PolicyJson | undefined {
  const statements: StatementJson[] = [];
  for (const statement of policy.Statement) {
    const condition = statement.Condition && map(statement.Condition);
    if (statement.Condition && !condition) return undefined;
    statements.push(condition ? { ...statement, Condition: condition } : statement);
  }
  return { ...policy, Statement: statements };
}

/** The two halves of the IPv4 space: the same set of addresses as 0.0.0.0/0. */
const HALVES = ['0.0.0.0/1', '128.0.0.0/1'];

/**
 * iam-simulate 0.1.173 computes the mask as `-1 << (32 - prefix)`; JavaScript takes shift counts
 * modulo 32, so a /0 block becomes a /32 block and 0.0.0.0/0 only matches 0.0.0.0
 * (dist/esm/condition/ipaddress/ipv4.js, isIpInCidrV4). AWS takes IPv4 CIDR blocks: "The
 * specified IP address or range in IPv4 or IPv6 CIDR format" and a /0 prefix fixes no bits, so it
 * holds every IPv4 address (RFC 4632 §3.1).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 * Rewrite: 0.0.0.0/0 as its two /1 halves (values of one key are ORed, so the set is the same).
 */
const slashZeroCidr: KnownDifference = {
  id: 'iam-simulate: an IPv4 /0 block matches only 0.0.0.0',
  wrong: 'iam-simulate',
  rewrite: (policy) =>
    mapConditions(policy, (condition) =>
      Object.fromEntries(
        Object.entries(condition).map(([operator, byKey]) => [
          operator,
          Object.fromEntries(
            Object.entries(byKey).map(([key, values]) => [
              key,
              [values].flat().flatMap((v) => (v === '0.0.0.0/0' ? HALVES : [v])),
            ]),
          ),
        ]),
      ),
    ),
};

/**
 * `ForAnyValue:<op>IfExists` on a key the request does not carry. Our evaluator lets IfExists win
 * ("If the key is not present, evaluate the condition element as true", Conditions_IfExists);
 * iam-simulate lets ForAnyValue win: "For no matching context key or if the key does not exist,
 * the condition returns false."
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * The docs never combine the two; AWS's observed behaviour sides with iam-simulate: an Allow with
 * `ForAnyValue:StringEqualsIfExists` on aws:TagKeys denied a ListQueues call that carries no tags
 * (https://repost.aws/questions/QU9HFmDzP0QGuU-fd7rS6B7w). Rewrite: drop IfExists, which is what
 * the operator means under iam-simulate's (and AWS's observed) reading.
 */
const forAnyValueIfExists: KnownDifference = {
  id: 'ours: ForAnyValue:…IfExists matches an absent key',
  wrong: 'ours',
  rewrite: (policy) =>
    mapConditions(policy, (condition) => {
      const out: Condition = {};
      for (const [operator, byKey] of Object.entries(condition)) {
        const m = /^ForAnyValue:(.+)IfExists$/.exec(operator);
        const target = m ? `ForAnyValue:${m[1]}` : operator;
        const merged = out[target] ?? {};
        for (const [key, values] of Object.entries(byKey)) {
          if (Object.keys(merged).some((k) => k.toLowerCase() === key.toLowerCase())) return undefined;
          merged[key] = values;
        }
        out[target] = merged;
      }
      return out;
    }),
};

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [slashZeroCidr, forAnyValueIfExists];
