import type { RequestContext } from '../context/types.ts';
import { compileArnPattern, splitArn } from '../operators/values/arn.ts';
import { compileGlob } from '../operators/values/glob.ts';
import type { Located } from '../types.ts';
import type { ElementTrace } from './types.ts';
import { literalPolicyValue, resolvePolicyValue } from './variables.ts';

/**
 * Resource and NotResource: ARNs compared segment by segment, case-sensitively, with `*` and `?`
 * inside a segment and policy variables (`arn:aws:s3:::bucket/${aws:username}/*`). `*` alone
 * names every resource. A variable with no value makes that value match nothing. Values without
 * variables compile once per policy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */

/** What a resource test needs: the context and its resource ARN split once per evaluation. */
export interface ResourceTarget {
  context: RequestContext;
  resourceParts: string[] | undefined;
}

type ResourceTest = (target: ResourceTarget) => boolean;
export type ResourceMatcher = (target: ResourceTarget) => ElementTrace;

function compileGlobResource(glob: string): ResourceTest {
  if (glob === '*') return () => true;
  if (glob.startsWith('arn:')) {
    const test = compileArnPattern(glob);
    return (target) => test(target.resourceParts);
  }
  const test = compileGlob(glob);
  return (target) => test(target.context.resource);
}

interface CompiledValue {
  raw: string;
  /** Absent when the value holds a policy variable: resolved per request. */
  test?: ResourceTest;
}

function matchesResolved(raw: string, target: ResourceTarget, unresolved: string[]): string | undefined {
  const resolved = resolvePolicyValue(raw, target.context);
  if (!resolved.ok) {
    unresolved.push(resolved.variable);
    return undefined;
  }
  const { glob, literal } = resolved.value;
  const matched =
    glob === '*' ||
    (glob.startsWith('arn:')
      ? compileArnPattern(glob)(splitArn(target.context.resource))
      : compileGlob(glob)(target.context.resource));
  return matched ? literal : undefined;
}

function shown(raw: string, resolved: string): string {
  return raw === resolved ? `"${raw}"` : `"${raw}" (here "${resolved}")`;
}

function note(unresolved: string[]): string {
  return unresolved.length === 0
    ? ''
    : ` The variable ${unresolved.join(', ')} has no value in this request, so a value using it matches nothing.`;
}

export function compileResources(values: Located<string>[], not: boolean): ResourceMatcher {
  const compiled: CompiledValue[] = values.map(({ value }) =>
    value.includes('${')
      ? { raw: value }
      : { raw: value, test: compileGlobResource(literalPolicyValue(value).glob) },
  );
  return (target) => {
    const unresolved: string[] = [];
    let hit: CompiledValue | undefined;
    let resolved = '';
    for (const value of compiled) {
      if (value.test) {
        if (value.test(target)) {
          hit = value;
          resolved = value.raw;
          break;
        }
        continue;
      }
      const literal = matchesResolved(value.raw, target, unresolved);
      if (literal !== undefined) {
        hit = value;
        resolved = literal;
        break;
      }
    }
    const resource = target.context.resource;
    if (!not) {
      return hit
        ? {
            element: 'Resource',
            matched: true,
            matchedValue: hit.raw,
            reason: `Resource ${shown(hit.raw, resolved)} covers ${resource}.`,
          }
        : {
            element: 'Resource',
            matched: false,
            reason: `No Resource value covers ${resource}.${note(unresolved)}`,
          };
    }
    return hit
      ? {
          element: 'NotResource',
          matched: false,
          reason: `NotResource ${shown(hit.raw, resolved)} covers ${resource}, so the statement does not apply to it.`,
        }
      : {
          element: 'NotResource',
          matched: true,
          reason: `NotResource lists nothing that covers ${resource}.${note(unresolved)}`,
        };
  };
}
