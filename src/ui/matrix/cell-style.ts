import { wentThrough } from '../../engine/index.ts';
/** A cell's colour and short label: colour is never the only signal (the label says the answer). */
export type CellTone = 'allowed' | 'denied' | 'refused';

export function toneOf(status: number): CellTone {
  if (wentThrough(status)) return 'allowed';
  return status === 403 ? 'denied' : 'refused';
}

export const TONE_CLASS: Record<CellTone, string> = {
  allowed:
    'bg-emerald-50 text-emerald-900 border-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:border-emerald-800',
  denied: 'bg-rose-50 text-rose-900 border-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:border-rose-800',
  refused:
    'bg-amber-50 text-amber-900 border-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:border-amber-800',
};

export const TONE_WORD: Record<CellTone, string> = {
  allowed: 'allowed',
  denied: 'denied',
  refused: 'refused',
};
