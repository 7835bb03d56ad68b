/**
 * One queue per world: work sent to a world runs after everything sent to it before, so two
 * requests never interleave their steps on one world's state (a failed job does not stop the next).
 */
export interface KeyedQueue {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function createQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run: (key, work) => {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(work, work);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      // The map keeps only queues with work in them.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
