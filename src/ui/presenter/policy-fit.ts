import type { JsonValue } from '../../engine/index.ts';
import { type PolicyLine, policyLines } from './policy-lines.ts';

/** A text size for the policy box: its Tailwind class, its size in rem, and the most lines it takes. */
interface Size {
  className: string;
  rem: number;
  maxLines: number;
}

/**
 * Largest first. The box sits above the trace in a 1280×720 presenter column (about 600 px high):
 * 14 lines of `text-sm` or 20 of `text-xs` leave the trace its first lines; longer policies (a key
 * policy of four statements) take the smallest size. Where the trace's head needs more, the box
 * steps down a size (`fitPolicy`'s `from`).
 */
const SIZES: readonly Size[] = [
  { className: 'text-sm', rem: 0.875, maxLines: 14 },
  { className: 'text-xs', rem: 0.75, maxLines: 20 },
  { className: 'text-[0.6875rem]', rem: 0.6875, maxLines: Number.POSITIVE_INFINITY },
];

/** A fitted policy: its size's class, its lines, and the size's place in SIZES (0 the largest). */
export interface FittedPolicy {
  className: string;
  lines: PolicyLine[];
  size: number;
  /** True when a smaller size is left to step down to. */
  canShrink: boolean;
}

/**
 * The largest text size at which `policy`, printed as wide as a box `widthPx` wide allows (with
 * the page's root font size `rootPx`, and a monospace character `charEm` wide: 0.6 for DejaVu
 * Sans Mono and Liberation Mono), stays within that size's lines; and its lines at that width.
 * `from` skips the larger sizes: the box steps down one size each time it is found lower than
 * its text (the trace below it keeps its pipeline and "Decided at" line whole).
 */
export function fitPolicy(
  policy: JsonValue | string,
  box: { widthPx: number; rootPx: number; charEm: number },
  from = 0,
): FittedPolicy {
  const { widthPx, rootPx, charEm } = box;
  const first = Math.min(Math.max(0, from), SIZES.length - 1);
  let fitted: FittedPolicy | undefined;
  for (const [at, size] of SIZES.entries()) {
    if (at < first) continue;
    const chars = Math.max(20, Math.floor(widthPx / (size.rem * rootPx * charEm)));
    const lines = policyLines(policy, chars);
    fitted = { className: size.className, lines, size: at, canShrink: at < SIZES.length - 1 };
    if (lines.length <= size.maxLines) return fitted;
  }
  return fitted ?? { className: 'text-sm', lines: policyLines(policy, 64), size: 0, canShrink: true };
}
