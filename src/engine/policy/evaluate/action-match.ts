import { compileGlob, type TextTest } from '../operators/values/glob.ts';
import type { Located } from '../types.ts';
import type { ElementTrace } from './types.ts';

/**
 * Action and NotAction: action names are case-insensitive and take the `*` and `?` wildcards
 * (`s3:Get*`, `s3:*`, `*`). Compiled once per policy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
export type ActionMatcher = (action: string) => ElementTrace;

export function compileActions(values: Located<string>[], not: boolean): ActionMatcher {
  const raw = values.map((v) => v.value);
  const tests: TextTest[] = raw.map((v) => compileGlob(v.replace(/\\/g, '\\\\'), true));
  return (action) => {
    let hit: string | undefined;
    for (let i = 0; i < tests.length; i++) {
      if ((tests[i] as TextTest)(action)) {
        hit = raw[i];
        break;
      }
    }
    if (!not) {
      return hit !== undefined
        ? { element: 'Action', matched: true, matchedValue: hit, reason: `Action "${hit}" covers ${action}.` }
        : { element: 'Action', matched: false, reason: `No Action value covers ${action}.` };
    }
    return hit !== undefined
      ? {
          element: 'NotAction',
          matched: false,
          reason: `NotAction "${hit}" covers ${action}, so the statement does not apply to it.`,
        }
      : { element: 'NotAction', matched: true, reason: `NotAction lists nothing that covers ${action}.` };
  };
}
