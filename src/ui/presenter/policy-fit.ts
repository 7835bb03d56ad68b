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
 * policy of four statements) take the smallest size.
 */
const SIZES: readonly Size[] = [
  { className: 'text-sm', rem: 0.875, maxLines: 14 },
  { className: 'text-xs', rem: 0.75, maxLines: 20 },
  { className: 'text-[0.6875rem]', rem: 0.6875, maxLines: Number.POSITIVE_INFINITY },
];

/**
 * The largest text size at which `policy`, printed as wide as a box `widthPx` wide allows (with
 * the page's root font size `rootPx`, and a monospace character `charEm` wide: 0.6 for DejaVu
 * Sans Mono and Liberation Mono), stays within that size's lines; and its lines at that width.
 */
export function fitPolicy(
  policy: JsonValue | string,
  box: { widthPx: number; rootPx: number; charEm: number },
): { className: string; lines: PolicyLine[] } {
  const { widthPx, rootPx, charEm } = box;
  let fitted: { className: string; lines: PolicyLine[] } | undefined;
  for (const size of SIZES) {
    const chars = Math.max(20, Math.floor(widthPx / (size.rem * rootPx * charEm)));
    fitted = { className: size.className, lines: policyLines(policy, chars) };
    if (fitted.lines.length <= size.maxLines) return fitted;
  }
  return fitted ?? { className: 'text-sm', lines: policyLines(policy, 64) };
}
