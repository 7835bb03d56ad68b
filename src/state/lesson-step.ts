/**
 * One lesson step in the lesson's own world, as the scenario runner does it: placeholders filled
 * from the earlier steps' answers, then the answer compared with the lesson's expectation. The
 * comparison is only made when the step ran in order in an untouched world (issue 8, "steps in
 * order"): anything else would blame the simulator for a world the learner changed.
 */
import {
  type Mismatch,
  matchExpect,
  type Outcome,
  type PlaceholderValues,
  type ScenarioRequest,
  substituteExpect,
  substituteRequest,
} from '../engine/index.ts';
import type { World } from './engine-port.ts';
import type { OpenLesson } from './slices/types.ts';

export function placeholderValues(lesson: OpenLesson, world: World): PlaceholderValues {
  return {
    ...(lesson.uploadId === undefined ? {} : { uploadId: lesson.uploadId }),
    versionIds: lesson.versionIds,
    awsManagedKeyArn: () => world.awsManagedKeyArn(),
    keyArn: (id) => world.keyArn(id),
  };
}

/** The step's request with its placeholders filled, or why it cannot be sent yet. */
export function stepRequest(
  lesson: OpenLesson,
  world: World,
  index: number,
): { ok: true; request: ScenarioRequest } | { ok: false; message: string } {
  const step = lesson.scenario.steps[index];
  if (!step) return { ok: false, message: `the lesson has no step ${index + 1}` };
  const problems: string[] = [];
  const request = substituteRequest(step.request, placeholderValues(lesson, world), problems);
  return problems.length > 0 ? { ok: false, message: problems.join('; ') } : { ok: true, request };
}

/** The UploadId of a successful CreateMultipartUpload, for `{{uploadId}}` in later steps. */
function uploadIdOf(request: ScenarioRequest, outcome: Outcome): string | undefined {
  const answer = outcome.response.body as { UploadId?: unknown } | undefined;
  return request.operation === 'CreateMultipartUpload' &&
    outcome.response.status === 200 &&
    typeof answer?.UploadId === 'string'
    ? answer.UploadId
    : undefined;
}

/** How the lesson reads after step `index` answered `outcome`; `inOrder` says whether to compare. */
export function lessonAfterStep(
  lesson: OpenLesson,
  world: World,
  index: number,
  request: ScenarioRequest,
  outcome: Outcome,
  inOrder: boolean,
): OpenLesson {
  const runs = [...lesson.runs];
  runs[index] = outcome;
  const versionIds = [...lesson.versionIds];
  versionIds[index] = outcome.response.headers['x-amz-version-id'];
  const after: OpenLesson = {
    ...lesson,
    runs,
    versionIds,
    lastRan: index,
    uploadId: uploadIdOf(request, outcome) ?? lesson.uploadId,
    problem: undefined,
  };
  const mismatches = [...lesson.mismatches];
  mismatches[index] = inOrder ? stepMismatches(after, world, index, outcome) : undefined;
  const compared = [...lesson.compared];
  compared[index] = inOrder;
  return { ...after, mismatches, compared };
}

function stepMismatches(lesson: OpenLesson, world: World, index: number, outcome: Outcome): Mismatch[] {
  const step = lesson.scenario.steps[index];
  if (!step?.expect) return [];
  const problems: string[] = [];
  const expect = substituteExpect(step.expect, placeholderValues(lesson, world), problems);
  if (problems.length > 0) return [];
  return matchExpect(expect, step.request.operation, outcome.response);
}
