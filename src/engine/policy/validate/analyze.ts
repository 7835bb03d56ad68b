import { buildPolicy } from '../parse/build-policy.ts';
import { reportDuplicateKeys } from '../parse/duplicate-keys.ts';
import { parseJson } from '../parse/json-parser.ts';
import { LineIndex } from '../parse/line-index.ts';
import { ProblemSink, type RankedDiagnostic } from '../parse/problem-sink.ts';
import { S3Messages } from '../parse/s3-messages.ts';
import { Phase } from '../parse/s3-order.ts';
import type { Policy } from '../types.ts';
import { checkActions } from './check-actions.ts';
import { checkApplicability } from './check-applicability.ts';
import { checkConditions } from './check-conditions.ts';
import type { CheckContext, PolicyCheckOptions, StatementCheck } from './check-context.ts';
import { checkPrincipals } from './check-principals.ts';
import { checkResources } from './check-resources.ts';
import { checkFirstByte, checkSize, refuseOversizedText } from './check-whole-text.ts';
import { conditionFacts } from './condition-facts.ts';
import { lintEncryption } from './lint-encryption.ts';
import { lintEnumeratedValues } from './lint-enumerated-values.ts';
import { lintKeyPresence } from './lint-key-presence.ts';
import { lintKmsKeyIdAbsent } from './lint-kms-key-id-absent.ts';
import { lintNegatedValues } from './lint-negated-values.ts';
import { lintPublic } from './lint-public.ts';
import { lintSecureTransport } from './lint-secure-transport.ts';
import { lintSetOperators } from './lint-set-operators.ts';
import { lintStatements } from './lint-statements.ts';

export interface PolicyAnalysis {
  policy?: Policy;
  problems: RankedDiagnostic[];
}

/** Per-statement checks, S3 errors and teaching warnings alike; order does not matter (ranks do). */
const STATEMENT_CHECKS: readonly StatementCheck[] = [
  checkPrincipals,
  checkActions,
  checkResources,
  checkConditions,
  checkApplicability,
  lintKeyPresence,
  lintEncryption,
  lintKmsKeyIdAbsent,
  lintSecureTransport,
  lintNegatedValues,
  lintSetOperators,
  lintEnumeratedValues,
];

/**
 * Parses and checks a policy text, collecting every problem with its place in S3's reporting
 * order. Never throws: every input is either a policy or a list of problems.
 */
export function analyzePolicy(text: string, options: PolicyCheckOptions): PolicyAnalysis {
  const lines = new LineIndex(text);
  const sink = new ProblemSink(lines);
  const ctx: CheckContext = { sink, options, kind: options.kind ?? 'bucket' };
  // Size first, before any parsing: the work grows with the text (check-whole-text.ts).
  if (refuseOversizedText(text, ctx.kind === 'bucket', sink)) return { problems: sink.items };
  const json = parseJson(text);
  if (ctx.kind === 'bucket') checkFirstByte(text, sink);
  for (let index = 0; index < json.problems.length; index++) {
    const problem = json.problems[index]!;
    sink.add({
      code: 'json-syntax',
      message: problem.message,
      start: problem.start,
      end: problem.end,
      rank: [Phase.Json, index],
      s3Message: S3Messages.invalidJson,
    });
  }
  if (!json.root || !json.complete) return { problems: sink.items };
  if (json.repeatedKeys) reportDuplicateKeys(json.root, sink);
  if (ctx.kind === 'bucket') checkSize(json.root, text, sink);
  const policy = buildPolicy({ sink, lines }, json.root, { requirePrincipal: ctx.kind === 'bucket' });
  if (!policy) return { problems: sink.items };
  for (const statement of policy.statements) {
    const conditions = conditionFacts(statement);
    for (const check of STATEMENT_CHECKS) check(ctx, statement, conditions);
  }
  lintStatements(ctx, policy);
  lintPublic(ctx, policy);
  return { policy, problems: sink.items };
}
