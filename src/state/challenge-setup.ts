/** The set-up a challenge's learner starts from: the lesson's, without what the challenge hides. */
import type { Setup } from '../engine/index.ts';
import type { Hidden } from '../scenarios/challenges.ts';

export function challengeSetup(setup: Setup, hide: Hidden): Setup {
  const { [hide]: _hidden, ...rest } = setup;
  return rest;
}
