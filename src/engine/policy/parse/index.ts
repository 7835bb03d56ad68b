import type { Diagnostic, ParseResult } from '../types.ts';
import { analyzePolicy } from '../validate/analyze.ts';
import type { PolicyCheckOptions } from '../validate/check-context.ts';

export type { PolicyCheckOptions, PolicyKind } from '../validate/check-context.ts';

/**
 * Parses a policy text into the located AST with every diagnostic: JSON syntax, what S3 refuses
 * on PutBucketPolicy (with `s3Message`), and teaching warnings. Diagnostics come in document
 * order. Never throws. Pass `kind: 'identity'` for identity and key policies (no Principal
 * requirement, no own-bucket resource rule, other services' actions allowed).
 */
export function parsePolicy(text: string, options: PolicyCheckOptions = {}): ParseResult {
  const analysis = analyzePolicy(text, options);
  const diagnostics: Diagnostic[] = [];
  for (const problem of analysis.problems) diagnostics.push(problem.diagnostic);
  // Checks report mostly in document order already: sort only when something is out of place.
  if (!inPlace(diagnostics)) diagnostics.sort(byPlace);
  return analysis.policy ? { policy: analysis.policy, diagnostics } : { diagnostics };
}

const byPlace = (a: Diagnostic, b: Diagnostic) =>
  a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset;

function inPlace(diagnostics: Diagnostic[]): boolean {
  for (let i = 1; i < diagnostics.length; i++)
    if (byPlace(diagnostics[i - 1]!, diagnostics[i]!) > 0) return false;
  return true;
}
