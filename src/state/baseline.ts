/** What saved work and share links are a difference from: a lesson's set-up and policy, or the defaults. */
import type { Scenario } from '../engine/index.ts';
import type { Baseline } from './share-dto.ts';
import { policyTextOf } from './slices/lesson.ts';
import { DEFAULT_POLICY, DEFAULT_SETUP } from './store.ts';

export function baselineFor(lesson: Scenario | undefined): Baseline {
  if (!lesson) return { policyText: DEFAULT_POLICY, setup: DEFAULT_SETUP };
  return { policyText: policyTextOf(lesson), setup: lesson.setup ?? {} };
}
