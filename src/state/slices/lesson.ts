/**
 * An open lesson runs in a world of its own (issue 8): opening one puts the user's workspace aside
 * (workspace-stash.ts), world included and left open; closing it puts everything back as it was
 * and closes the lesson's world. The steps run in the engine's scenario session next to that world
 * (src/engine/scenario/session.ts): asking for step N first runs the earlier steps that have not
 * run, so step N answers as the lesson promises; the slice shows what the session ran. Asking for a
 * step that ran already (or one before a step that ran) builds the lesson's world again first, so
 * the session runs steps 1..N again in order (lesson-step.ts, `runsAgain`).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Scenario, Setup } from '../../engine/index.ts';
import { challengeById } from '../../scenarios/challenges.ts';
import { challengeSetup } from '../challenge-setup.ts';
import type { EnginePort } from '../engine-port.ts';
import type { Gate } from '../gate.ts';
import { draftFromRequest } from '../lesson-draft.ts';
import { lessonAfterSteps, runsAgain, shownRun, withoutRuns } from '../lesson-step.ts';
import { CANCELLED_NOTICE, keepAnswers, REPLACED_NOTICE, record } from '../send-through.ts';
import { takeStash } from '../workspace-stash.ts';
import type { LessonFile, LessonSlice, OpenLesson, PlaygroundState } from './types.ts';

const DEFAULT_POLICY_TEXT = '';

export function policyTextOf(scenario: Scenario): string {
  const policy = scenario.setup?.policy;
  if (policy === undefined) return DEFAULT_POLICY_TEXT;
  return typeof policy === 'string' ? policy : `${JSON.stringify(policy, null, 2)}\n`;
}

/** A lesson's set-up; a challenge's lacks what the learner is to write (the file keeps the reference answer). */
function lessonSetup(scenario: Scenario): Setup {
  const challenge = challengeById(scenario.id);
  return challenge ? challengeSetup(scenario.setup ?? {}, challenge.hide) : (scenario.setup ?? {});
}

export const createLessonSlice =
  (port: EnginePort, gate: Gate): StateCreator<PlaygroundState, [], [], LessonSlice> =>
  (set, get) => {
    /** The lesson's world, from its set-up, on a clock that moves only by the steps' `afterMs`. */
    const buildWorld = (scenario: Scenario, setup: Setup) =>
      get().loadWorld(setup, { clock: 'manual', scenario, keep: get().stash?.worldId ?? null });

    /** A lesson from a file carries the file, so a reload can open it again (lesson-file-keeping.ts). */
    const enterLesson = async (scenario: Scenario, file?: LessonFile): Promise<void> => {
      const challenge = challengeById(scenario.id);
      const setup = lessonSetup(scenario);
      const first = scenario.steps[0];
      const lesson: OpenLesson = {
        scenario,
        runs: [],
        sent: [],
        token: {},
        current: 0,
        lastRan: -1,
        compared: [],
        mismatches: [],
        offScript: false,
        origin: file ? 'file' : 'shipped',
        ...(file ? { file } : {}),
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
      await buildWorld(scenario, setup);
    };

    /** Runs the step (and the earlier ones not run yet) in the lesson world's session. */
    const runStep = (index: number, again: boolean) =>
      gate.run(async (context) => {
        // Read inside the gate: a step clicked while its lesson loads runs on the lesson's world.
        const lesson = get().lesson;
        if (!lesson || index >= lesson.scenario.steps.length) return;
        const ran = await port.runScenarioStep(context.worldId, index, {
          signal: context.signal,
          onProgress: (progress) => {
            if (context.current()) set({ progress });
          },
        });
        if (!context.current() || ran.kind === 'closed') {
          set({ runNotice: REPLACED_NOTICE });
          return;
        }
        const answered = ran.steps.flatMap((step) =>
          step.outcome ? [{ request: step.request, outcome: step.outcome }] : [],
        );
        keepAnswers(get, set, ran, answered);
        if (ran.stopped === 'cancelled') set({ runNotice: CANCELLED_NOTICE });
        if (get().lesson?.token !== lesson.token) return;
        // Each step that ran joins the history, earlier ones first, so the way there stays visible.
        for (const { request, outcome } of answered) record(get, set, request, outcome);
        const last = answered.at(-1);
        const { bucket, account } = get().setup;
        const after = lessonAfterSteps(get().lesson ?? lesson, index, ran, again);
        set({
          lesson: after,
          // The step on screen, not the last one sent: a run that stopped early stays on its step.
          lastRun: shownRun(after),
          ...(last
            ? {
                draft: draftFromRequest(last.request, bucket ?? 'test-bucket', account ?? '111122223333'),
                rightTab: 'answer' as const,
              }
            : {}),
        });
      });

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
        await enterLesson(scenario, options.file);
        if (options.step !== undefined && options.step > 0) await get().goToStep(options.step);
        const opened = get().lesson;
        if (options.revisit && opened?.ranFirst) set({ lesson: { ...opened, ranFirst: undefined } });
      },
      closeLesson: () => {
        const { lesson, stash } = get();
        if (!lesson) return;
        set({ lesson: null, stash: null, deck: null });
        if (stash) get().restoreWorkspace(stash);
      },
      restartLesson: async () => {
        const lesson = get().lesson;
        if (lesson) await enterLesson(lesson.scenario, lesson.file);
      },
      runLessonStep: async (index) => {
        const lesson = get().lesson;
        if (!lesson || index < 0 || index >= lesson.scenario.steps.length) return;
        set({ runNotice: null });
        const again = runsAgain(lesson, index);
        if (again) {
          // The answers on screen belong to the world being replaced; the editor's text stays (in a
          // challenge it is the learner's answer).
          set({ lesson: withoutRuns(lesson), lastRun: null });
          await buildWorld(lesson.scenario, lessonSetup(lesson.scenario));
        }
        await runStep(index, again);
      },
      goToStep: async (index) => {
        const lesson = get().lesson;
        if (!lesson || index < 0 || index >= lesson.scenario.steps.length) return;
        if (lesson.runs[index] === undefined) await get().runLessonStep(index);
        else {
          const moved = { ...lesson, current: index, ranFirst: undefined };
          set({ lesson: moved, lastRun: shownRun(moved) });
        }
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
        await get().openLesson(read.scenario, { file: { name, text } });
      },
      showHint: () => {
        const lesson = get().lesson;
        if (lesson) set({ lesson: { ...lesson, hints: lesson.hints + 1 } });
      },
    };
  };
