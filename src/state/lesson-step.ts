/**
 * How a lesson reads after one of its steps answered. The answer is compared with the lesson's
 * expectation only when the step ran in order in an untouched world (issue 8, "steps in order"):
 * anything else would blame the simulator for a world the learner changed.
 */
import { answerValues, type Mismatch, type Outcome, type ScenarioRequest } from '../engine/index.ts';
import type { OpenLesson } from './slices/types.ts';

/** The UploadId of a successful CreateMultipartUpload, for `{{uploadId}}` in later steps. */
export function uploadIdOf(request: ScenarioRequest, outcome: Outcome): string | undefined {
  const answer = outcome.response.body as { UploadId?: unknown } | undefined;
  return request.operation === 'CreateMultipartUpload' &&
    outcome.response.status === 200 &&
    typeof answer?.UploadId === 'string'
    ? answer.UploadId
    : undefined;
}

export function lessonAfterStep(
  lesson: OpenLesson,
  index: number,
  request: ScenarioRequest,
  outcome: Outcome,
): OpenLesson {
  const runs = [...lesson.runs];
  runs[index] = outcome;
  const versionIds = [...lesson.versionIds];
  versionIds[index] = outcome.response.headers['x-amz-version-id'];
  // {{uploadId:N}} and {{etag:N}} of later steps (docs/scenario-format.md).
  const answered = answerValues(request.operation, outcome.response);
  const uploadIds = [...(lesson.uploadIds ?? [])];
  uploadIds[index] = answered.uploadId;
  const etags = [...(lesson.etags ?? [])];
  etags[index] = answered.etag;
  return {
    ...lesson,
    runs,
    versionIds,
    uploadIds,
    etags,
    lastRan: index,
    uploadId: uploadIdOf(request, outcome) ?? lesson.uploadId,
    problem: undefined,
  };
}

/** Records whether the step was compared, and how it differs (undefined when not compared). */
export function withComparison(
  lesson: OpenLesson,
  index: number,
  mismatches: Mismatch[] | undefined,
): OpenLesson {
  const all = [...lesson.mismatches];
  all[index] = mismatches;
  const compared = [...lesson.compared];
  compared[index] = mismatches !== undefined;
  return { ...lesson, mismatches: all, compared };
}
