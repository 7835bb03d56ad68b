// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are IAM policy variables, not templates.
import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from '../operators/testing/check-condition.ts';

/** Rules of the condition block as a whole: set operators, multi-valued keys, variables, failing closed. */
const cases: (ConditionCase & {
  extraKeys?: Record<string, string[]>;
  reason?: string;
  failedClosed?: boolean;
})[] = [
  {
    name: 'the brief example: StringNotEquals on an absent SSE header is true, and says so',
    operator: 'StringNotEquals',
    key: 's3:x-amz-server-side-encryption',
    policyValues: ['AES256', 'aws:kms', 'aws:kms:dsse'],
    expected: true,
    reason:
      's3:x-amz-server-side-encryption is absent from the request, and StringNotEquals is true for an absent key.',
  },
  {
    name: 'a matching pair is named in the reason',
    operator: 'StringEquals',
    key: 's3:x-amz-server-side-encryption',
    policyValues: ['AES256', 'aws:kms'],
    contextValues: ['aws:kms'],
    expected: true,
    reason: 's3:x-amz-server-side-encryption is "aws:kms", which equals "aws:kms", so StringEquals is true.',
  },
  {
    name: 'a negated operator that fails names the value that matched',
    operator: 'StringNotEquals',
    policyValues: ['AES256', 'aws:kms'],
    contextValues: ['AES256'],
    expected: false,
    reason: 'test:Key is "AES256", which equals "AES256", so StringNotEquals is false.',
  },
  {
    name: 'an unmatched ordinary operator lists the policy values',
    operator: 'NumericLessThan',
    key: 's3:TlsVersion',
    policyValues: ['1.2'],
    contextValues: ['1.3'],
    expected: false,
    reason: 's3:TlsVersion is "1.3", which is not less than "1.2", so NumericLessThan is false.',
  },
  {
    name: 'condition keys are case-insensitive',
    operator: 'StringEquals',
    key: 'S3:X-AMZ-ACL',
    policyValues: ['private'],
    contextValues: ['private'],
    expected: true,
  },
  {
    name: 'ForAnyValue is true when one of several values matches',
    operator: 'ForAnyValue:StringEquals',
    policyValues: ['a'],
    contextValues: ['x', 'a'],
    expected: true,
  },
  {
    name: 'ForAnyValue is false when the key is absent',
    operator: 'ForAnyValue:StringEquals',
    policyValues: ['a'],
    expected: false,
  },
  {
    name: 'ForAnyValue with IfExists is still false when the key is absent (IfExists acts inside the ForAnyValue loop)',
    operator: 'ForAnyValue:StringEqualsIfExists',
    policyValues: ['a'],
    expected: false,
  },
  {
    name: 'ForAllValues is true when every value matches',
    operator: 'ForAllValues:StringEquals',
    policyValues: ['a', 'b'],
    contextValues: ['a', 'b'],
    expected: true,
  },
  {
    name: 'ForAllValues is false when one value matches nothing',
    operator: 'ForAllValues:StringEquals',
    policyValues: ['a', 'b'],
    contextValues: ['a', 'c'],
    expected: false,
    reason: 'test:Key value "c" does not satisfy StringEquals, so ForAllValues is false.',
  },
  {
    name: 'ForAllValues is true when the key is absent',
    operator: 'ForAllValues:StringEquals',
    policyValues: ['a'],
    expected: true,
  },
  {
    name: 'ForAnyValue with a negated operator needs one value outside the list',
    operator: 'ForAnyValue:StringNotEquals',
    policyValues: ['a'],
    contextValues: ['a', 'b'],
    expected: true,
  },
  {
    name: 'ForAllValues with a negated operator needs every value outside the list',
    operator: 'ForAllValues:StringNotEquals',
    policyValues: ['a'],
    contextValues: ['a', 'b'],
    expected: false,
  },
  {
    name: 'a multi-valued key without a set operator matches when any value matches',
    operator: 'StringEquals',
    policyValues: ['b'],
    contextValues: ['a', 'b'],
    expected: true,
  },
  {
    name: 'a key named __proto__ is absent from the request, not the object prototype',
    operator: 'StringEquals',
    key: '__proto__',
    policyValues: ['x'],
    expected: false,
  },
  {
    name: 'a key named constructor is absent from the request',
    operator: 'StringNotEquals',
    key: 'constructor',
    policyValues: ['x'],
    expected: true,
  },
  {
    name: 'an unknown operator fails closed and says so',
    operator: 'Boool',
    policyValues: ['true'],
    contextValues: ['true'],
    expected: false,
    failedClosed: true,
    reason:
      '"Boool" is not a condition operator AWS defines. The condition fails closed: its statement cannot apply.',
  },
  {
    name: 'an unknown negated-looking operator still fails closed (never true on absence)',
    operator: 'StringNotEqualz',
    policyValues: ['x'],
    expected: false,
    failedClosed: true,
  },
  {
    name: 'a policy value of the wrong type fails closed',
    operator: 'NumericLessThan',
    policyValues: ['one point two'],
    contextValues: ['1.1'],
    expected: false,
    failedClosed: true,
  },
  {
    name: 'a negated operator with a bad value fails closed rather than matching',
    operator: 'NumericNotEquals',
    policyValues: ['ten'],
    expected: false,
    failedClosed: true,
  },
  {
    name: 'a policy variable is substituted',
    operator: 'StringLike',
    policyValues: ['home/${aws:username}/*'],
    contextValues: ['home/alice/x'],
    extraKeys: { 'aws:username': ['alice'] },
    expected: true,
  },
  {
    name: 'a substituted value is literal, not a pattern',
    operator: 'StringLike',
    policyValues: ['${aws:username}'],
    contextValues: ['bob'],
    extraKeys: { 'aws:username': ['*'] },
    expected: false,
  },
  {
    name: '${*} is a literal asterisk',
    operator: 'StringLike',
    policyValues: ['a${*}'],
    contextValues: ['a*'],
    expected: true,
  },
  {
    name: '${*} does not act as a wildcard',
    operator: 'StringLike',
    policyValues: ['a${*}'],
    contextValues: ['abc'],
    expected: false,
  },
  {
    name: '${?} and ${$} are literal characters',
    operator: 'StringEquals',
    policyValues: ['${?}${$}'],
    contextValues: ['?$'],
    expected: true,
  },
  {
    name: 'a default value stands in for an absent key',
    operator: 'StringEquals',
    policyValues: ["${aws:username, 'anonymous'}"],
    contextValues: ['anonymous'],
    expected: true,
  },
  {
    name: 'two quotes in a default value are one quote',
    operator: 'StringEquals',
    policyValues: ["${aws:username, 'it''s'}"],
    contextValues: ["it's"],
    expected: true,
  },
  {
    name: 'a variable with no value and no default fails closed',
    operator: 'StringNotEquals',
    policyValues: ['${aws:username}'],
    contextValues: ['x'],
    expected: false,
    failedClosed: true,
  },
  {
    name: 'variables are not substituted for numeric operators',
    operator: 'NumericEquals',
    policyValues: ['${test:Number}'],
    contextValues: ['5'],
    extraKeys: { 'test:Number': ['5'] },
    expected: false,
    failedClosed: true,
  },
];

describe('evaluateCondition', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c, c.extraKeys);
    expect(trace.matched).toBe(c.expected);
    expect(trace.failedClosed).toBe(c.failedClosed ?? false);
    if (c.reason) expect(trace.reason).toBe(c.reason);
  });

  it('reports the resolved policy values when a variable was substituted', () => {
    const trace = checkCondition(
      {
        name: '',
        operator: 'StringEquals',
        policyValues: ['${aws:username}'],
        contextValues: ['alice'],
        expected: true,
      },
      { 'aws:username': ['alice'] },
    );
    expect(trace.resolvedPolicyValues).toEqual(['alice']);
    expect(trace.policyValues).toEqual(['${aws:username}']);
  });
});
