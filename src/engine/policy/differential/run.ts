/**
 * Test support only: judges every generated (policy, request) pair with both evaluators and
 * tallies the outcome by category (`agree`, known differences, `unexplained`, harness problems).
 */
import type { Decision } from '../evaluate/types.ts';
import { classify, judge, ourPolicy } from './compare.ts';
import type { PolicyJson } from './generate.ts';
import type { RequestSpec } from './requests.ts';

export interface Example {
  policy: PolicyJson;
  request: RequestSpec;
  ours: Decision;
  theirs: string;
}

export interface DifferentialReport {
  total: number;
  byCategory: Map<string, number>;
  ourDecisions: Map<Decision, number>;
  firstExample: Map<string, Example>;
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

export async function runDifferential(
  cases: { policy: PolicyJson; requests: RequestSpec[] }[],
): Promise<DifferentialReport> {
  const report: DifferentialReport = {
    total: 0,
    byCategory: new Map(),
    ourDecisions: new Map(),
    firstExample: new Map(),
  };
  for (const { policy: json, requests } of cases) {
    const policy = ourPolicy(json);
    for (const request of requests) {
      const verdicts = await judge(json, policy, request);
      const { ours, theirs } = verdicts;
      let category = await classify(json, request, verdicts);
      // Harness check: iam-simulate lists every key we send with PutObject, so it must use them all.
      if (theirs.kind === 'decision' && request.operation === 'PutObject' && theirs.ignoredKeys.length)
        category = `harness: iam-simulate ignored ${theirs.ignoredKeys.join(', ')}`;
      report.total += 1;
      bump(report.byCategory, category);
      bump(report.ourDecisions, ours);
      if (!report.firstExample.has(category)) {
        const answer = theirs.kind === 'decision' ? theirs.decision : theirs.message;
        report.firstExample.set(category, { policy: json, request, ours, theirs: answer });
      }
    }
  }
  return report;
}
