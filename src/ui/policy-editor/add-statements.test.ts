import { describe, expect, it } from 'vitest';
import { addStatements } from './add-statements.ts';
import { POLICY_SNIPPETS } from './policy-snippets.ts';

const target = { bucket: 'demo-bucket', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k1' };
const snippet = (id: string) => {
  const found = POLICY_SNIPPETS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no snippet ${id}`);
  return found.statements(target);
};

describe('addStatements', () => {
  it.each([
    { name: 'an empty editor gets a whole policy', text: '  ', count: 1 },
    {
      name: 'a policy with a Statement array gets the statement appended',
      text: '{"Statement":[{"Sid":"A"}]}',
      count: 2,
    },
    { name: 'a single Statement object becomes an array', text: '{"Statement":{"Sid":"A"}}', count: 2 },
    { name: 'a policy without Statement gets one', text: '{"Version":"2012-10-17"}', count: 1 },
  ])('$name', ({ text, count }) => {
    const result = addStatements(text, snippet('require-sse-kms'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(result.value).Statement).toHaveLength(count);
  });

  it.each([
    { name: 'broken JSON is left alone with a reason', text: '{"Statement": [', reason: 'not valid JSON' },
    { name: 'a JSON array is not a policy', text: '[]', reason: 'JSON object' },
    {
      name: 'a statement with the same Sid is not added twice',
      text: '{"Statement":[{"Sid":"RequireSSEKMS"}]}',
      reason: 'already has',
    },
  ])('$name', ({ text, reason }) => {
    const result = addStatements(text, snippet('require-sse-kms'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });
});

describe('POLICY_SNIPPETS', () => {
  it.each([
    { id: 'require-sse-s3', operators: ['StringNotEquals', 'Null'] },
    { id: 'require-sse-c', operators: ['Null'] },
    { id: 'https-only', operators: ['Bool'] },
    { id: 'tls-1-2', operators: ['NumericLessThan'] },
    { id: 'one-kms-key', operators: ['StringNotEquals'] },
  ])('$id uses the documented operators $operators', ({ id, operators }) => {
    const used = snippet(id).flatMap((statement) => Object.keys(statement.Condition as object));
    expect(used).toEqual(operators);
  });

  it('the KMS key snippet pins the given key ARN', () => {
    expect(JSON.stringify(snippet('one-kms-key'))).toContain(target.kmsKeyArn);
  });
});
