import type { Outcome, Step } from '../../engine/index.ts';

/**
 * What real S3 answers to a lesson step ("real S3: 403 AccessDenied"), said only once the step has
 * run: before, the room is asked what S3 will say, in the lesson panel and presenter mode alike.
 * Nothing when the lesson expects no status.
 */
export function realS3Answer(step: Step, outcome: Outcome | undefined): string | undefined {
  const status = step.expect?.status;
  if (outcome === undefined || status === undefined) return undefined;
  return `real S3: ${status}${step.expect?.errorCode ? ` ${step.expect.errorCode}` : ''}`;
}
