/**
 * An open lesson runs in a world of its own (issue 8): opening one puts the user's workspace aside
 * (workspace-stash.ts), world included and left open; closing it puts everything back as it was
 * and closes the lesson's world. Steps run in order: asking for step N first runs the earlier
 * steps that have not run, so step N answers as the lesson promises.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Expect, JsonObject, Mismatch, Scenario } from '../../engine/index.ts';
import { challengeById } from '../../scenarios/challenges.ts';
import { challengeSetup } from '../challenge-setup.ts';
import type { EnginePort, StepValues } from '../engine-port.ts';
import type { Gate } from '../gate.ts';
import { draftFromRequest } from '../lesson-draft.ts';
import { lessonAfterStep, withComparison } from '../lesson-step.ts';
import { sendAndRecord } from '../send-through.ts';
import { takeStash } from '../workspace-stash.ts';
import type { LessonSlice, OpenLesson, PlaygroundState } from './types.ts';

const DEFAULT_POLICY_TEXT = '';

export function policyTextOf(scenario: Scenario): string {
  const policy = scenario.setup?.policy;
  if (policy === undefined) return DEFAULT_POLICY_TEXT;
  return typeof policy === 'string' ? policy : `${JSON.stringify(policy, null, 2)}\n`;
}

const valuesOf = (lesson: OpenLesson): StepValues => ({
  ...(lesson.uploadId === undefined ? {} : { uploadId: lesson.uploadId }),
  versionIds: lesson.versionIds,
  uploadIds: lesson.uploadIds ?? [],
  etags: lesson.etags ?? [],
});

export const createLessonSlice =
  (port: EnginePort, gate: Gate): StateCreator<PlaygroundState, [], [], LessonSlice> =>
  (set, get) => {
    /** The lesson's world, from its set-up, on a clock that moves only by the steps' `afterMs`. */
    const enterLesson = async (scenario: Scenario, origin: OpenLesson['origin']): Promise<void> => {
      // A challenge's world lacks what the learner is to write (the file keeps the reference answer).
      const challenge = challengeById(scenario.id);
      const setup = challenge ? challengeSetup(scenario.setup ?? {}, challenge.hide) : (scenario.setup ?? {});
      const first = scenario.steps[0];
      const lesson: OpenLesson = {
        scenario,
        runs: [],
        versionIds: [],
        token: {},
        current: 0,
        lastRan: -1,
        compared: [],
        mismatches: [],
        revision: 0,
        offScript: false,
        origin,
        hints: 0,
      };
      set({
        lesson,
        lastRun: null,
        history: [],
        draftError: null,
        clientSideResult: null,
        bodyFile: null,
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
      void get().setPolicyText(challenge?.hide === 'policy' ? '' : policyTextOf(scenario));
      await get().loadWorld(setup, { clock: 'manual', keep: get().stash?.worldId ?? null });
      const now = get().lesson;
      if (now?.token === lesson.token) set({ lesson: { ...now, revision: get().worldRevision } });
    };

    /** Sends one step through the lesson's world and records its answer; false if it did not run. */
    const sendStep = async (index: number): Promise<boolean> => {
      const ran = await gate.run(async (context) => {
        // Read inside the gate: a step clicked while its lesson loads runs on the lesson's world.
        const lesson = get().lesson;
        const step = lesson?.scenario.steps[index];
        if (!lesson || !step) return false;
        // Compared with the lesson only when it is the next step in a world nobody else changed.
        const offScript = lesson.offScript || get().worldRevision !== lesson.revision;
        const inOrder = !offScript && index === lesson.lastRan + 1;
        if (step.afterMs !== undefined) await port.advanceClock(context.worldId, step.afterMs);
        const filled = await port.fillPlaceholders(context.worldId, step.request, valuesOf(lesson));
        if (!context.current()) return false;
        if (filled.problems.length > 0) {
          set({ lesson: { ...lesson, problem: { step: index, message: filled.problems.join('; ') } } });
          return false;
        }
        const request = filled.request;
        const setup = get().setup;
        set({
          draft: draftFromRequest(request, setup.bucket ?? 'test-bucket', setup.account ?? '111122223333'),
        });
        const outcome = await sendAndRecord(port, get, set, context, request);
        const current = get().lesson;
        if (!outcome || current?.token !== lesson.token) return false;
        const after = lessonAfterStep(current, index, request, outcome);
        let mismatches: Mismatch[] | undefined;
        if (inOrder) {
          // The expectation's placeholders are filled as the request's were (its own version id too).
          const expected = step.expect
            ? await port.fillPlaceholders(
                context.worldId,
                { operation: step.request.operation, body: step.expect as unknown as JsonObject },
                valuesOf(after),
              )
            : undefined;
          // The matcher is a chunk of its own, fetched with the first compared step.
          const { compareStep } = await import('../lesson-compare.ts');
          mismatches =
            expected && expected.problems.length === 0
              ? compareStep(
                  expected.request.body as unknown as Expect,
                  step.request.operation,
                  outcome.response,
                )
              : [];
        }
        const latest = get().lesson ?? after;
        set({
          lesson: {
            ...withComparison({ ...after, hints: latest.hints }, index, mismatches),
            offScript,
            revision: get().worldRevision,
          },
          rightTab: 'answer',
        });
        return true;
      });
      return ran === true;
    };

    return {
      lesson: null,
      stash: null,
      deck: null,
      gallery: { open: false },
      openGallery: (message) =>
        set({
          gallery:
            message === undefined ? { open: true, wanted: true } : { open: true, message, wanted: true },
        }),
      closeGallery: () => set({ gallery: { open: false, wanted: get().gallery.wanted } }),
      openLesson: async (scenario, options = {}) => {
        if (get().stash === null) set({ stash: takeStash(get()) });
        await enterLesson(scenario, options.origin ?? 'shipped');
        if (options.step !== undefined && options.step > 0) await get().goToStep(options.step);
      },
      closeLesson: () => {
        const { lesson, stash } = get();
        if (!lesson) return;
        set({ lesson: null, stash: null, deck: null });
        if (stash) get().restoreWorkspace(stash);
      },
      restartLesson: async () => {
        const lesson = get().lesson;
        if (lesson) await enterLesson(lesson.scenario, lesson.origin);
      },
      runLessonStep: async (index) => {
        const lesson = get().lesson;
        if (!lesson || index < 0 || index >= lesson.scenario.steps.length) return;
        set({ runNotice: null });
        const earlier: number[] = [];
        for (let i = 0; i < index; i++) if (get().lesson?.runs[i] === undefined) earlier.push(i);
        for (const i of earlier) if (!(await sendStep(i))) return;
        const ran = await sendStep(index);
        const now = get().lesson;
        if (!now || now.token !== lesson.token) return;
        set({
          lesson: {
            ...now,
            current: index,
            ranFirst: ran && earlier.length > 0 ? { step: index, earlier } : undefined,
          },
        });
      },
      goToStep: async (index) => {
        const lesson = get().lesson;
        if (!lesson || index < 0 || index >= lesson.scenario.steps.length) return;
        if (lesson.runs[index] === undefined) await get().runLessonStep(index);
        else set({ lesson: { ...lesson, current: index, ranFirst: undefined } });
      },
      setDeck: (deck) => set({ deck }),
      checkChallenge: async () => {
        const lesson = get().lesson;
        const challenge = lesson ? challengeById(lesson.scenario.id) : undefined;
        if (!lesson || !challenge) return;
        set({ lesson: { ...lesson, checking: true } });
        // The checker runs the scenario runner, a chunk of its own fetched on the first "Check".
        const { checkChallenge } = await import('../challenge.ts');
        const grade = await checkChallenge(port, lesson.scenario, challenge, {
          policyText: get().policyText,
          setup: get().setup,
        });
        const now = get().lesson;
        if (now?.token === lesson.token) set({ lesson: { ...now, grade, checking: false } });
      },
      openLessonFile: async (name, text) => {
        // The scenario reader is a chunk of its own, fetched when a file is opened.
        const { readLessonFile } = await import('../lesson-import.ts');
        const read = readLessonFile(name, text);
        if (!read.ok) {
          set({ loadNotice: { kind: 'error', message: read.message } });
          return;
        }
        set({
          deck: null,
          loadNotice:
            read.more > 0
              ? {
                  kind: 'info',
                  message: `“${name}” holds ${read.more + 1} scenarios; the first one is open.`,
                }
              : null,
        });
        await get().openLesson(read.scenario, { origin: 'file' });
      },
      showHint: () => {
        const lesson = get().lesson;
        if (lesson) set({ lesson: { ...lesson, hints: lesson.hints + 1 } });
      },
    };
  };
