import type { RequestContext } from '../context/types.ts';
import { findOperator } from '../operators/index.ts';
import { nullExpectsAbsent } from '../operators/null.ts';
import type { PreparedValue, ValueOperator, ValueTest } from '../operators/types.ts';
import type { ConditionEntry, Range } from '../types.ts';
import { absentReason, nullReason, setReason, singleValueReason } from './condition-reason.ts';
import { prepareValue, resolveTests } from './condition-values.ts';
import type { ConditionTrace } from './types.ts';

/**
 * One operator/key/values triple of a Condition block, by IAM's rules: values of one key are ORed
 * (NORed for negated operators); an absent key makes ordinary operators false, negated operators
 * and `...IfExists` true, `ForAllValues` true and `ForAnyValue` false; `Null` looks at presence.
 * Anything the evaluator cannot read (an unknown operator, a value of the wrong type, a variable
 * with no value) fails closed: the condition does not match, so its statement cannot apply.
 * Compiled once per policy; the returned function runs per request.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
export type ConditionRunner = (context: RequestContext) => ConditionTrace;

const NO_VALUES: string[] = [];

interface Fixed {
  operator: string;
  key: string;
  keyLower: string;
  policyValues: string[];
  range: Range;
}

function trace(
  f: Fixed,
  values: string[] | undefined,
  matched: boolean,
  failedClosed: boolean,
  reason: string,
): ConditionTrace {
  return {
    operator: f.operator,
    key: f.key,
    keyPresent: values !== undefined,
    contextValues: values ?? NO_VALUES,
    policyValues: f.policyValues,
    matched,
    failedClosed,
    reason,
    range: f.range,
  };
}

function lookup(context: RequestContext, keyLower: string): string[] | undefined {
  // Own keys only: a condition key named "__proto__" or "constructor" must not reach the prototype.
  if (!Object.hasOwn(context.keys, keyLower)) return undefined;
  const entry = context.keys[keyLower];
  return entry !== undefined && entry.values.length > 0 ? entry.values : undefined;
}

function failing(f: Fixed, problem: string): ConditionRunner {
  const reason = `${problem} The condition fails closed: its statement cannot apply.`;
  return (context) => trace(f, lookup(context, f.keyLower), false, true, reason);
}

function compileNull(f: Fixed, entry: ConditionEntry): ConditionRunner {
  if (entry.ifExists || entry.setOperator) {
    return failing(
      f,
      `"${f.operator}" is not a valid operator: Null takes neither IfExists nor a set prefix.`,
    );
  }
  const expects: boolean[] = [];
  for (const raw of f.policyValues) {
    const expectsAbsent = nullExpectsAbsent(raw);
    if (expectsAbsent === undefined) return failing(f, `Null takes "true" or "false", not "${raw}".`);
    expects.push(expectsAbsent);
  }
  const asked = expects.map((absent) => (absent ? '"true"' : '"false"')).join(' or ');
  const acceptsAbsent = expects.includes(true);
  const acceptsPresent = expects.includes(false);
  return (context) => {
    const values = lookup(context, f.keyLower);
    const matched = values === undefined ? acceptsAbsent : acceptsPresent;
    return trace(f, values, matched, false, nullReason(f.key, values, asked, acceptsAbsent, acceptsPresent));
  };
}

function firstMatch(tests: ValueTest[], contextValue: string): number {
  for (let i = 0; i < tests.length; i++) if ((tests[i] as ValueTest)(contextValue)) return i;
  return -1;
}

function satisfies(tests: ValueTest[], negated: boolean, contextValue: string): boolean {
  return firstMatch(tests, contextValue) >= 0 !== negated;
}

function decide(
  f: Fixed,
  entry: ConditionEntry,
  op: ValueOperator,
  tests: ValueTest[],
  shown: string[],
  values: string[] | undefined,
): ConditionTrace {
  if (values === undefined) {
    let rule: Parameters<typeof absentReason>[2] = op.negated ? 'negated' : 'positive';
    if (entry.ifExists) rule = 'IfExists';
    if (entry.setOperator === 'ForAllValues') rule = 'ForAllValues';
    // ForAnyValue wins over IfExists: IfExists acts on each value inside the ForAnyValue loop, so a
    // request without the key matches nothing (observed on AWS: repost.aws QU9HFmDzP0QGuU-fd7rS6B7w;
    // IAM: "if the key does not exist, the condition returns false").
    if (entry.setOperator === 'ForAnyValue') rule = entry.ifExists ? 'ForAnyValueIfExists' : 'ForAnyValue';
    const matched = rule === 'ForAllValues' || rule === 'IfExists' || rule === 'negated';
    return trace(f, values, matched, false, absentReason(f.key, f.operator, rule));
  }
  if (entry.setOperator) {
    const any = entry.setOperator === 'ForAnyValue';
    let witness: string | undefined;
    for (const cv of values) {
      if (satisfies(tests, op.negated, cv) === any) {
        witness = cv;
        break;
      }
    }
    const matched = any ? witness !== undefined : witness === undefined;
    const baseOperator = entry.ifExists ? `${op.name}IfExists` : op.name;
    const reason = setReason({
      key: f.key,
      setOperator: entry.setOperator,
      baseOperator,
      contextValues: values,
      matched,
      witness,
    });
    return trace(f, values, matched, false, reason);
  }
  let hitIndex = -1;
  let contextValue = values[0] as string;
  for (const cv of values) {
    hitIndex = firstMatch(tests, cv);
    if (hitIndex >= 0) {
      contextValue = cv;
      break;
    }
  }
  const matched = hitIndex >= 0 !== op.negated;
  const reason = singleValueReason({
    key: f.key,
    operator: f.operator,
    relation: op.relation,
    contextValue,
    matchedPolicyValue: hitIndex >= 0 ? shown[hitIndex] : undefined,
    policyValues: shown,
    matched,
  });
  return trace(f, values, matched, false, reason);
}

function compileValueOperator(f: Fixed, entry: ConditionEntry, op: ValueOperator): ConditionRunner {
  const needsVariables = op.allowsVariables && f.policyValues.some((v) => v.includes('${'));
  if (needsVariables) {
    return (context) => {
      const resolved = resolveTests(op, f.policyValues, context);
      const values = lookup(context, f.keyLower);
      if (!resolved.ok)
        return trace(
          f,
          values,
          false,
          true,
          `${resolved.problem} The condition fails closed: its statement cannot apply.`,
        );
      const result = decide(f, entry, op, resolved.tests, resolved.literals, values);
      result.resolvedPolicyValues = resolved.literals;
      return result;
    };
  }
  const tests: ValueTest[] = [];
  for (const raw of f.policyValues) {
    const prepared: PreparedValue = prepareValue(op, raw);
    if (!prepared.ok) return failing(f, `${op.name} cannot compare with ${prepared.problem}.`);
    tests.push(prepared.test);
  }
  return (context) => decide(f, entry, op, tests, f.policyValues, lookup(context, f.keyLower));
}

export function compileCondition(entry: ConditionEntry): ConditionRunner {
  const f: Fixed = {
    operator: entry.operator.value,
    key: entry.key.value,
    keyLower: entry.key.value.toLowerCase(),
    policyValues: entry.values.map((v) => v.value),
    range: entry.key.range,
  };
  const op = findOperator(entry.baseOperator);
  if (!op) return failing(f, `"${f.operator}" is not a condition operator AWS defines.`);
  if (f.policyValues.length === 0) return failing(f, `${f.operator} ${f.key} lists no values.`);
  if (op.kind === 'presence') return compileNull(f, entry);
  return compileValueOperator(f, entry, op);
}

/** One condition against one request (compiles it first; policies compile theirs once). */
export function evaluateCondition(entry: ConditionEntry, context: RequestContext): ConditionTrace {
  return compileCondition(entry)(context);
}
