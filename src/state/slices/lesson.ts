/**
 * An open lesson runs in a world of its own (issue 8): opening one puts the user's workspace aside
 * (workspace-stash.ts) and closing it puts it back as it was. Steps run in order: asking for step N
 * first runs the earlier steps that have not run, so step N answers as the lesson promises.
 */
import type { StateCreator } from 'zustand/vanilla';
import { type EngineDeps, type Scenario, systemDeps } from '../../engine/index.ts';
import { challengeById } from '../../scenarios/challenges.ts';
import { challengeSetup, checkChallenge } from '../challenge.ts';
import { lessonClock, SETUP_LEAD_MS } from '../lesson-clock.ts';
import { draftFromRequest } from '../lesson-draft.ts';
import { readLessonFile } from '../lesson-import.ts';
import { lessonAfterStep, stepRequest } from '../lesson-step.ts';
import { takeStash } from '../workspace-stash.ts';
import type { LessonSlice, OpenLesson, PlaygroundState } from './types.ts';

const DEFAULT_POLICY_TEXT = '';

export function policyTextOf(scenario: Scenario): string {
  const policy = scenario.setup?.policy;
  if (policy === undefined) return DEFAULT_POLICY_TEXT;
  return typeof policy === 'string' ? policy : `${JSON.stringify(policy, null, 2)}\n`;
}

type Set = (partial: Partial<PlaygroundState>) => void;
type Get = () => PlaygroundState;

/** The lesson's world, built from its set-up with a clock of its own; the first step in the builder. */
async function enterLesson(
  set: Set,
  get: Get,
  scenario: Scenario,
  origin: OpenLesson['origin'],
  baseDeps: () => EngineDeps,
): Promise<void> {
  get().lesson?.clock.release();
  // A challenge's world lacks what the learner is to write (the file keeps the reference answer).
  const challenge = challengeById(scenario.id);
  const setup = challenge ? challengeSetup(scenario.setup ?? {}, challenge.hide) : (scenario.setup ?? {});
  const first = scenario.steps[0];
  const clock = lessonClock(baseDeps());
  const lesson: OpenLesson = {
    scenario,
    runs: [],
    versionIds: [],
    clock,
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
    world: null,
    snapshot: null,
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
  get().setPolicyText(challenge?.hide === 'policy' ? '' : policyTextOf(scenario));
  await get().loadWorld(setup, clock.deps);
  clock.advance(SETUP_LEAD_MS);
  const now = get().lesson;
  // Another lesson may have been opened while this world was being built.
  if (now?.clock === clock) set({ lesson: { ...now, revision: get().worldRevision } });
}

/** Sends one step through the lesson's world and records its answer. */
async function sendStep(set: Set, get: Get, index: number): Promise<boolean> {
  const { lesson, world } = get();
  const step = lesson?.scenario.steps[index];
  if (!lesson || !step || !world) return false;
  const request = stepRequest(lesson, world, index);
  if (!request.ok) {
    set({ lesson: { ...lesson, problem: { step: index, message: request.message } } });
    return false;
  }
  // Compared with the lesson only when it is the next step in a world nobody else has changed.
  const offScript = lesson.offScript || get().worldRevision !== lesson.revision;
  const inOrder = !offScript && index === lesson.lastRan + 1;
  if (step.afterMs !== undefined) lesson.clock.advance(step.afterMs);
  const setup = get().setup;
  set({
    draft: draftFromRequest(request.request, setup.bucket ?? 'test-bucket', setup.account ?? '111122223333'),
  });
  const outcome = await get().sendRaw(request.request);
  const current = get().lesson;
  if (current?.clock !== lesson.clock) return false;
  const after = lessonAfterStep(current, world, index, request.request, outcome, inOrder);
  set({ lesson: { ...after, offScript, revision: get().worldRevision }, rightTab: 'answer' });
  return true;
}

export const createLessonSlice =
  (baseDeps: () => EngineDeps = systemDeps): StateCreator<PlaygroundState, [], [], LessonSlice> =>
  (set, get) => ({
    lesson: null,
    stash: null,
    deck: null,
    gallery: { open: false },
    openGallery: (message) =>
      set({ gallery: message === undefined ? { open: true } : { open: true, message } }),
    closeGallery: () => set({ gallery: { open: false } }),
    openLesson: async (scenario, options = {}) => {
      if (get().stash === null) set({ stash: takeStash(get()) });
      await enterLesson(set, get, scenario, options.origin ?? 'shipped', baseDeps);
      if (options.step !== undefined && options.step > 0) await get().goToStep(options.step);
    },
    closeLesson: () => {
      const { lesson, stash } = get();
      lesson?.clock.release();
      set({ ...(stash ?? {}), lesson: null, stash: null, deck: null });
    },
    restartLesson: async () => {
      const lesson = get().lesson;
      if (lesson) await enterLesson(set, get, lesson.scenario, lesson.origin, baseDeps);
    },
    runLessonStep: async (index) => {
      const lesson = get().lesson;
      if (!lesson || index < 0 || index >= lesson.scenario.steps.length) return;
      const earlier: number[] = [];
      for (let i = 0; i < index; i++) if (get().lesson?.runs[i] === undefined) earlier.push(i);
      for (const i of earlier) if (!(await sendStep(set, get, i))) return;
      const ran = await sendStep(set, get, index);
      const now = get().lesson;
      if (!now || now.clock !== lesson.clock) return;
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
      const grade = await checkChallenge(lesson.scenario, challenge, {
        policyText: get().policyText,
        setup: get().setup,
      });
      const now = get().lesson;
      if (now?.clock === lesson.clock) set({ lesson: { ...now, grade, checking: false } });
    },
    openLessonFile: async (name, text) => {
      const read = readLessonFile(name, text);
      if (!read.ok) {
        set({ loadNotice: { kind: 'error', message: read.message } });
        return;
      }
      set({
        deck: null,
        loadNotice:
          read.more > 0
            ? { kind: 'info', message: `“${name}” holds ${read.more + 1} scenarios; the first one is open.` }
            : null,
      });
      await get().openLesson(read.scenario, { origin: 'file' });
    },
    showHint: () => {
      const lesson = get().lesson;
      if (lesson) set({ lesson: { ...lesson, hints: lesson.hints + 1 } });
    },
  });
