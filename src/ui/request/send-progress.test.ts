import { describe, expect, it } from 'vitest';
import type { RunProgress } from '../../state/slices/types.ts';
import { progressText } from './SendProgressLine.tsx';

const MIB = 1024 * 1024;

describe('the send progress line', () => {
  it.each<{ progress: RunProgress | null; text: string; done: number }>([
    { progress: null, text: 'Sending…', done: 0 },
    { progress: { phase: 'reading', name: 'big.bin' }, text: 'Reading big.bin…', done: 0 },
    {
      progress: { phase: 'stage', stage: 'authorization' },
      text: 'Sending… (Authorization, stage 4 of 9)',
      done: 3,
    },
    {
      progress: { phase: 'bytes', stage: 'crypto', done: 23 * MIB, total: 46 * MIB },
      text: 'Sending… (Crypto & storage: 23 MiB of 46 MiB)',
      done: 7.5,
    },
  ])('says "$text" and fills $done stages of the bar', ({ progress, text, done }) => {
    expect(progressText(progress)).toEqual({ text, done });
  });
});
