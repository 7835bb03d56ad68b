import type { PinDifference } from '../../state/pins.ts';

/**
 * The pins' one-line status. "All hold" only when every pin was checked and holds: a pin just
 * added (not checked yet) or one that cannot be sent is not a pin that holds (a tester saw "All 4
 * pinned answers hold" beside a pin still marked "not checked yet").
 */
export function pinsStatus(results: readonly (PinDifference[] | null | undefined)[], count: number): string {
  const at = (i: number) => results[i];
  const indexes = Array.from({ length: count }, (_, i) => i);
  const differing = indexes.filter((i) => (at(i)?.length ?? 0) > 0).length;
  const unsent = indexes.filter((i) => at(i) === null).length;
  const unchecked = indexes.filter((i) => at(i) === undefined).length;
  const answers = (n: number) => `${n} pinned answer${n === 1 ? '' : 's'}`;
  if (differing > 0) return `${differing} of ${answers(count)} now differ${differing === 1 ? 's' : ''}.`;
  if (unchecked > 0)
    return `Checking ${unchecked === count ? answers(count) : `${unchecked} of ${answers(count)}`}…`;
  if (unsent > 0) {
    const held = count - unsent;
    return `${unsent} of ${answers(count)} cannot be sent${held > 0 ? `; the other${held === 1 ? '' : 's'} hold${held === 1 ? 's' : ''}` : ''}.`;
  }
  return count === 1
    ? 'The pinned answer holds for the draft policy and the bucket as they are.'
    : `All ${count} pinned answers hold for the draft policy and the bucket as they are.`;
}
