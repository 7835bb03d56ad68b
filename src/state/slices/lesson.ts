/**
 * An open lesson: its set-up becomes the world, each step runs with one click (placeholders such
 * as `{{versionId:0}}` filled from the earlier steps' answers, as the scenario runner does).
 */
import type { StateCreator } from 'zustand/vanilla';
import { answerValues, type Scenario } from '../../engine/index.ts';
import type { EnginePort } from '../engine-port.ts';
import type { Gate } from '../gate.ts';
import { draftFromRequest } from '../lesson-draft.ts';
import { sendAndRecord } from '../send-through.ts';
import type { LessonSlice, PlaygroundState } from './types.ts';

const DEFAULT_POLICY_TEXT = '';

export function policyTextOf(scenario: Scenario): string {
  const policy = scenario.setup?.policy;
  if (policy === undefined) return DEFAULT_POLICY_TEXT;
  return typeof policy === 'string' ? policy : `${JSON.stringify(policy, null, 2)}\n`;
}

export const createLessonSlice =
  (port: EnginePort, gate: Gate): StateCreator<PlaygroundState, [], [], LessonSlice> =>
  (set, get) => ({
    lesson: null,
    openLesson: (scenario) => {
      const setup = scenario.setup ?? {};
      const first = scenario.steps[0];
      set({
        lesson: { scenario, runs: [], versionIds: [] },
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
      void get().setPolicyText(policyTextOf(scenario));
      // The lesson's world keeps simulated time: it moves only by the steps' `afterMs`.
      return get().loadWorld(setup, { clock: 'manual' });
    },
    closeLesson: () => {
      const { lesson, worldId } = get();
      // Time runs again at the real pace, from where the lesson left it.
      if (lesson && worldId !== null) void port.releaseClock(worldId);
      set({ lesson: null });
    },
    runLessonStep: async (index) => {
      set({ runNotice: null });
      await gate.run(async (context) => {
        // Read inside the gate: a step clicked while its lesson loads runs on the lesson's world.
        const lesson = get().lesson;
        const step = lesson?.scenario.steps[index];
        if (!lesson || !step) return;
        if (step.afterMs !== undefined) await port.advanceClock(context.worldId, step.afterMs);
        const filled = await port.fillPlaceholders(context.worldId, step.request, {
          ...(lesson.uploadId === undefined ? {} : { uploadId: lesson.uploadId }),
          versionIds: lesson.versionIds,
          uploadIds: lesson.uploadIds ?? [],
          etags: lesson.etags ?? [],
        });
        if (!context.current()) return;
        if (filled.problems.length > 0) {
          set({ lesson: { ...lesson, problem: { step: index, message: filled.problems.join('; ') } } });
          return;
        }
        const request = filled.request;
        const setup = get().setup;
        set({
          draft: draftFromRequest(request, setup.bucket ?? 'test-bucket', setup.account ?? '111122223333'),
        });
        const outcome = await sendAndRecord(port, get, set, context, request);
        const current = get().lesson;
        if (!outcome || current?.scenario !== lesson.scenario) return;
        const versionIds = [...current.versionIds];
        versionIds[index] = outcome.response.headers['x-amz-version-id'];
        const runs = [...current.runs];
        runs[index] = outcome;
        // {{uploadId:N}} and {{etag:N}} of later steps (docs/scenario-format.md).
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
            ...(uploadId === undefined ? {} : { uploadId }),
          },
          rightTab: 'answer',
        });
      });
    },
  });
