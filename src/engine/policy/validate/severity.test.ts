/**
 * One rule for every diagnostic: an error is what S3 refuses on PutBucketPolicy (it carries S3's
 * MalformedPolicy message); whatever S3 stores as written is a warning or a note, even when it
 * never matches. S3 refuses only the problems it reports (conformance
 * src/scenarios/conformance/s3-bucket-policy-validation.json); condition values other than IP
 * addresses are not checked when the policy is stored ("Invalid IP address in Conditions" is the
 * only value refusal), and an unknown aws: key is stored too (IAM User Guide, "IAM JSON policy
 * elements: Condition": a key that is not in the request context makes the condition false).
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../parse/index.ts';
import { denyStatement as statement } from './testing/deny-statement.ts';

const condition = (block: Record<string, unknown>) => statement({ Condition: block });

/** Each policy and the code it must produce: the table covers refusals and advice alike. */
const TABLE = [
  { code: 'condition-value-type', text: condition({ Bool: { 'aws:SecureTransport': 'yes' } }) },
  { code: 'condition-value-type', text: condition({ NumericLessThan: { 's3:TlsVersion': 'one' } }) },
  { code: 'unknown-condition-key', text: condition({ Bool: { 'aws:SecureTransprot': 'false' } }) },
  { code: 'empty-condition-values', text: condition({ StringEquals: { 'aws:SourceVpce': [] } }) },
  {
    code: 'missing-version',
    text: '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::test-bucket/*"}]}',
  },
  { code: 'unknown-operator', text: condition({ Boool: { 'aws:SecureTransport': 'false' } }) },
  {
    code: 'invalid-condition-key',
    text: condition({ StringEquals: { 's3:x-amz-server-side-encrypton': 'aws:kms' } }),
  },
  { code: 'invalid-ip', text: condition({ IpAddress: { 'aws:SourceIp': '300.1.1.1/8' } }) },
  { code: 'invalid-value-type', text: statement({ Effect: 'Deny', Sid: 7 }) },
  { code: 'invalid-action', text: statement({ Action: 's3:PutObjekt' }) },
  { code: 'resource-outside-bucket', text: statement({ Resource: 'arn:aws:s3:::other-bucket/*' }) },
  {
    code: 'invalid-principal',
    text: statement({ Principal: { AWS: 'arn:aws:iam::987654321098:role/app-writer' } }),
  },
  { code: 'invalid-effect', text: statement({ Effect: 'Block' }) },
  { code: 'unknown-element', text: statement({ Actions: 's3:PutObject' }) },
  { code: 'invalid-version', text: '{"Version":"2024-01-01","Statement":[]}' },
  { code: 'json-syntax', text: '{"Version": "2012-10-17",' },
];

const diagnosticsOf = (text: string) =>
  parsePolicy(text, {
    bucket: 'test-bucket',
    account: '111122223333',
    principalExists: () => false,
  }).diagnostics;

describe('the severity of a policy diagnostic', () => {
  it.each(TABLE)('$code: an error exactly when S3 refuses the policy for it', ({ code, text }) => {
    const found = diagnosticsOf(text).filter((d) => d.code === code);
    expect(found.length, `codes: ${diagnosticsOf(text).map((d) => d.code)}`).toBeGreaterThan(0);
    for (const d of found)
      expect({ code, error: d.severity === 'error' }).toEqual({ code, error: d.s3Message !== undefined });
  });

  it('never calls something S3 stores an error', () => {
    const all = TABLE.flatMap(({ text }) => diagnosticsOf(text));
    const stored = all.filter((d) => /S3 (stores|accepts)/.test(d.message));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads Bool "yes" as a warning: S3 stores it, and it never matches', () => {
    const [yes] = diagnosticsOf(condition({ Bool: { 'aws:SecureTransport': 'yes' } }));
    expect(yes).toMatchObject({ severity: 'warning', code: 'condition-value-type' });
    expect(yes?.s3Message).toBeUndefined();
  });
});
