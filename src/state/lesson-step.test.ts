import { describe, expect, it } from 'vitest';
import type { Outcome } from '../engine/index.ts';
import { lessonById } from '../scenarios/index.ts';
import { stepVerdict } from './lesson-step.ts';
import type { OpenLesson } from './slices/types.ts';

/** A lesson with step 1 run: its answer compared with the lesson's (or not), differing as `lines` say. */
function lessonWithStep1(
  id: string,
  { compared, lines }: { compared: boolean; lines: string[] },
): OpenLesson {
  const scenario = lessonById(id)?.scenario;
  if (!scenario) throw new Error(`no shipped lesson ${id}`);
  const mismatch = (line: string) => ({ field: 'status', expected: '403', got: '200', line });
  return {
    scenario,
    runs: [{} as Outcome],
    sent: [],
    token: {},
    current: 0,
    lastRan: 0,
    compared: [compared],
    mismatches: [lines.map(mismatch)],
    offScript: !compared,
    origin: 'shipped',
    hints: 0,
  };
}

const differs = ['status: expected 403, got 200'];

describe('how a step’s answer stands against the lesson’s', () => {
  it.each([
    {
      name: 'a lesson step compared in the untouched world that differs is a gap in the simulator',
      id: 'https-only-policy',
      compared: true,
      lines: differs,
      kind: 'simulator',
    },
    {
      name: 'a challenge step compared in its world that differs is an unsolved challenge, not a gap',
      id: 'challenge-https-only',
      compared: true,
      lines: differs,
      kind: 'challenge',
    },
    {
      name: 'a lesson step run in a world the learner changed is off script',
      id: 'https-only-policy',
      compared: false,
      lines: differs,
      kind: 'off-script',
    },
    {
      name: 'a challenge step run in a world the learner changed is off script too',
      id: 'challenge-require-sse-kms',
      compared: false,
      lines: differs,
      kind: 'off-script',
    },
    {
      name: 'a step that answers as the lesson says has no verdict',
      id: 'challenge-https-only',
      compared: true,
      lines: [],
      kind: undefined,
    },
  ])('$name', ({ id, compared, lines, kind }) => {
    const verdict = stepVerdict(lessonWithStep1(id, { compared, lines }), 0);
    expect(verdict?.kind).toBe(kind);
    if (verdict) expect(verdict.lines).toEqual(lines);
  });

  it('gives a step that has not run no verdict', () => {
    expect(stepVerdict(lessonWithStep1('challenge-https-only', { compared: true, lines: differs }), 1)).toBe(
      undefined,
    );
  });
});
