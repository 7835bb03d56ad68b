/** The policy editor's statement places, from the engine's parse (a Sid clicked in the trace goes there). */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../engine/index.ts';
import { DEFAULT_POLICY } from '../store.ts';
import { testStore } from '../testing/test-store.ts';

describe('the statement places of the policy in the editor', () => {
  it('give each statement its first line and the offset of its opening brace, on the same line', async () => {
    const policy = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'A',
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::test-bucket/*',
          },
          {
            Sid: 'B',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:PutObject',
            Resource: 'arn:aws:s3:::test-bucket/*',
          },
        ],
      },
      null,
      2,
    );
    const store = testStore({ policyText: DEFAULT_POLICY, deps: () => deterministicDeps(7) });
    await store.getState().setPolicyText(policy);
    // Set in the store's first tick: its own first diagnosis must not overtake this text's.
    expect(store.getState().policyStatementLines).toHaveLength(2);
    const [first, second] = store.getState().policyStatementLines;
    expect(first?.startLine).toBe(4);
    expect(first?.startOffset).toBe(policy.indexOf('{\n      "Sid": "A"'));
    expect(second?.startOffset).toBe(policy.indexOf('{\n      "Sid": "B"'));
    expect(policy.slice(0, second?.startOffset).split('\n').length).toBe(second?.startLine);
  });
});
