import { compileGlob, type TextTest } from './glob.ts';

/**
 * ARN matching segment by segment, as IAM does for ArnLike/ArnEquals and for Resource: the six
 * parts `arn:partition:service:region:account:resource` are compared one by one, so a `*` in the
 * region cannot swallow a colon. The resource part is everything after the fifth colon (S3 keys
 * may contain colons).
 */
export function splitArn(text: string): string[] | undefined {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const colon = text.indexOf(':', start);
    if (colon < 0) return undefined;
    parts.push(text.slice(start, colon));
    start = colon + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

export type ArnTest = (arnParts: string[] | undefined) => boolean;

/** Compiles an ARN pattern (a glob, see glob.ts) into a test of an already split ARN. */
export function compileArnPattern(patternGlob: string): ArnTest {
  const parts = splitArn(patternGlob);
  if (!parts) return () => false;
  const tests: TextTest[] = parts.map((p) => compileGlob(p));
  return (arnParts) => {
    if (!arnParts) return false;
    for (let i = 0; i < 6; i++) {
      if (!(tests[i] as TextTest)(arnParts[i] as string)) return false;
    }
    return true;
  };
}
