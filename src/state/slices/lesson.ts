/**
 * An open lesson: its set-up becomes the world, each step runs with one click (placeholders such
 * as `{{versionId:0}}` filled from the earlier steps' answers, as the scenario runner does).
 */
import type { StateCreator } from 'zustand/vanilla';
import {
  answerValues,
  type EngineDeps,
  type PlaceholderValues,
  type Scenario,
  substituteRequest,
  systemDeps,
} from '../../engine/index.ts';
import { lessonClock, SETUP_LEAD_MS } from '../lesson-clock.ts';
import { draftFromRequest } from '../lesson-draft.ts';
import type { LessonSlice, PlaygroundState } from './types.ts';

const DEFAULT_POLICY_TEXT = '';

export function policyTextOf(scenario: Scenario): string {
  const policy = scenario.setup?.policy;
  if (policy === undefined) return DEFAULT_POLICY_TEXT;
  return typeof policy === 'string' ? policy : `${JSON.stringify(policy, null, 2)}\n`;
}

export const createLessonSlice =
  (baseDeps: () => EngineDeps = systemDeps): StateCreator<PlaygroundState, [], [], LessonSlice> =>
  (set, get) => ({
    lesson: null,
    openLesson: async (scenario) => {
      const setup = scenario.setup ?? {};
      const first = scenario.steps[0];
      const clock = lessonClock(baseDeps());
      set({
        lesson: { scenario, runs: [], versionIds: [], clock },
        policyText: policyTextOf(scenario),
        lastRun: null,
        history: [],
        ...(first
          ? {
              draft: draftFromRequest(
                first.request,
                setup.bucket ?? 'test-bucket',
                setup.account ?? '111122223333',
              ),
            }
          : {}),
      });
      get().setPolicyText(policyTextOf(scenario));
      await get().loadWorld(setup, clock.deps);
      clock.advance(SETUP_LEAD_MS);
    },
    closeLesson: () => {
      get().lesson?.clock.release();
      set({ lesson: null });
    },
    runLessonStep: async (index) => {
      const { lesson, world } = get();
      const step = lesson?.scenario.steps[index];
      if (!lesson || !step || !world) return;
      if (step.afterMs !== undefined) lesson.clock.advance(step.afterMs);
      const problems: string[] = [];
      const values: PlaceholderValues = {
        ...(lesson.uploadId === undefined ? {} : { uploadId: lesson.uploadId }),
        versionIds: lesson.versionIds,
        uploadIds: lesson.uploadIds ?? [],
        etags: lesson.etags ?? [],
        awsManagedKeyArn: () => world.awsManagedKeyArn(),
        keyArn: (id) => world.keyArn(id),
      };
      const request = substituteRequest(step.request, values, problems);
      if (problems.length > 0) {
        set({ lesson: { ...lesson, problem: { step: index, message: problems.join('; ') } } });
        return;
      }
      const setup = get().setup;
      set({
        draft: draftFromRequest(request, setup.bucket ?? 'test-bucket', setup.account ?? '111122223333'),
      });
      const outcome = await get().sendRaw(request);
      const current = get().lesson ?? lesson;
      const versionIds = [...current.versionIds];
      versionIds[index] = outcome.response.headers['x-amz-version-id'];
      const runs = [...current.runs];
      runs[index] = outcome;
      const answered = answerValues(request.operation, outcome.response);
      const uploadIds = [...(current.uploadIds ?? [])];
      uploadIds[index] = answered.uploadId;
      const etags = [...(current.etags ?? [])];
      etags[index] = answered.etag;
      const uploadId = answered.uploadId ?? current.uploadId;
      set({
        lesson: {
          scenario: current.scenario,
          runs,
          versionIds,
          uploadIds,
          etags,
          clock: current.clock,
          ...(uploadId === undefined ? {} : { uploadId }),
        },
        rightTab: 'answer',
      });
    },
  });
