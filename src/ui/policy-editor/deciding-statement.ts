/**
 * The bucket-policy statement that decided the last request, read from its trace (authorization
 * stage), so the editor can highlight it. Only when the bucket policy decided.
 */
import { findStep, type Outcome } from '../../engine/index.ts';
import { readAuthorization } from '../results/trace-steps/authorization-data.ts';

export interface DecidingStatement {
  index: number;
  effect: 'Allow' | 'Deny';
  sid?: string;
}

export function decidingBucketStatement(outcome: Outcome | undefined): DecidingStatement | undefined {
  const step = outcome ? findStep(outcome.trace, 'authorization', (s) => s.data !== undefined) : undefined;
  if (!step?.data) return undefined;
  const view = readAuthorization(step.data);
  const evaluation = view.bucketPolicy;
  if (view.decidedBy !== 'bucket-policy' || evaluation?.decidingStatement === undefined) return undefined;
  const statement = evaluation.statements.find((s) => s.index === evaluation.decidingStatement);
  if (!statement) return undefined;
  return {
    index: statement.index,
    effect: statement.effect === 'Deny' ? 'Deny' : 'Allow',
    ...(statement.sid ? { sid: statement.sid } : {}),
  };
}
