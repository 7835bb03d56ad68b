/**
 * A cell's answer from the outcome: status and code, the deciding stage (the failing one, or
 * `authorization` for a request that went through), and the Sid of the statement that decided,
 * read from the trace's authorization data (bucket or identity policy) or KMS's (key policy).
 */

import { isJsonObject } from '../json.ts';
import { wentThrough } from '../s3/answer-status.ts';
import type { JsonObject, JsonValue, Outcome, TraceStage, TraceStep } from '../types.ts';

export interface Verdict {
  status: number;
  code: string | null;
  stage: TraceStage | null;
  statementSid: string | null;
}

function sidIn(evaluation: JsonValue | undefined): string | null {
  if (!isJsonObject(evaluation)) return null;
  const index = evaluation.decidingStatement;
  const statements = evaluation.statements;
  if (typeof index !== 'number' || !Array.isArray(statements)) return null;
  const statement = statements[index];
  return isJsonObject(statement) && typeof statement.sid === 'string' ? statement.sid : null;
}

/** S3's authorization stage: the policy `decidedBy` names. */
function s3Sid(data: JsonObject): string | null {
  const evaluation = data.evaluation;
  if (!isJsonObject(evaluation)) return null;
  const decidedBy = evaluation.decidedBy;
  if (decidedBy === 'identity-policy') return sidIn(evaluation.identityPolicy);
  if (decidedBy === 'bucket-policy') return sidIn(evaluation.bucketPolicy);
  return null;
}

/** KMS's authorization: the identity policy when it denied or was the missing side, else the key policy. */
function kmsSid(data: JsonObject): string | null {
  const kms = data.kmsAuthorization;
  if (!isJsonObject(kms)) return null;
  const identityFirst = kms.deniedBy === 'identity-based' || kms.decidedBy === 'iam';
  return (identityFirst ? sidIn(kms.identityPolicy) : null) ?? sidIn(kms.keyPolicy);
}

// The trace's typed data is plain JSON (its stage types are JSON shapes); the Sid is read as JSON
// because authorization and KMS stages nest the evaluations the same way.
const statementOf = (step: TraceStep | undefined) => {
  const data = step?.data as JsonObject | undefined;
  return data ? (s3Sid(data) ?? kmsSid(data)) : null;
};

export function verdictOf(answer: Outcome, deciding: Outcome): Verdict {
  const failed = answer.trace.find((step) => step.outcome === 'fail');
  const { status, error } = answer.response;
  if (failed || !wentThrough(status)) {
    return {
      status,
      code: error?.code ?? null,
      stage: failed?.stage ?? null,
      statementSid: statementOf(failed),
    };
  }
  const authorization = deciding.trace.find(
    (step) => step.stage === 'authorization' && step.outcome === 'pass',
  );
  return {
    status,
    code: null,
    stage: authorization ? 'authorization' : null,
    statementSid: statementOf(authorization),
  };
}
