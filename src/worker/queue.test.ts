import { describe, expect, it } from 'vitest';
import { createQueue } from './queue.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** A job that logs its start and end, waiting `waits` timer ticks in between. */
const logged = (log: string[]) => (name: string, waits: number) => async () => {
  log.push(`start ${name}`);
  for (let i = 0; i < waits; i++) await tick();
  log.push(`end ${name}`);
  return name;
};

describe('the per-world queue', () => {
  it('runs work for one world in the order it was sent, never two at once', async () => {
    const queue = createQueue();
    const log: string[] = [];
    const job = logged(log);
    const results = await Promise.all([queue.run('w', job('a', 3)), queue.run('w', job('b', 0))]);
    expect(results).toEqual(['a', 'b']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('lets different worlds run side by side', async () => {
    const queue = createQueue();
    const log: string[] = [];
    const job = logged(log);
    await Promise.all([queue.run('lesson', job('a', 3)), queue.run('workspace', job('b', 0))]);
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
  });

  it('goes on with the next job after one that throws', async () => {
    const queue = createQueue();
    const failed = queue.run('w', async () => {
      throw new Error('bug');
    });
    const next = queue.run('w', async () => 'next');
    await expect(failed).rejects.toThrow('bug');
    await expect(next).resolves.toBe('next');
  });
});
