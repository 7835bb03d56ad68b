import { describe, expect, it } from 'vitest';
import type { RunProgress } from '../../state/slices/types.ts';
import { progressText } from './SendProgressLine.tsx';

const MIB = 1024 * 1024;

describe('the send progress line', () => {
  it.each<{ progress: RunProgress | null; text: string; done: number; max: number }>([
    { progress: null, text: 'Sending…', done: 0, max: 9 },
    { progress: { phase: 'reading', name: 'big.bin' }, text: 'Reading big.bin…', done: 0, max: 9 },
    {
      progress: { phase: 'stage', stage: 'authorization' },
      text: 'Sending… (Authorization, stage 4 of 9)',
      done: 3,
      max: 9,
    },
    {
      progress: { phase: 'bytes', stage: 'crypto', done: 23 * MIB, total: 46 * MIB },
      text: 'Sending… (Crypto & storage: 23 MiB of 46 MiB)',
      done: 23 * MIB,
      max: 46 * MIB,
    },
    {
      progress: { phase: 'bytes', stage: 'crypto', done: 0, total: 0 },
      text: 'Sending… (Crypto & storage: 0 bytes of 0 bytes)',
      done: 1,
      max: 1,
    },
  ])('says "$text" and fills $done of $max of the bar', ({ progress, text, done, max }) => {
    expect(progressText(progress)).toEqual({ text, done, max });
  });
});
