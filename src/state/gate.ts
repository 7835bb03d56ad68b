/**
 * The one gate every request to the world goes through (Send, lesson steps, reads of a version,
 * the KMS and bucket panels, the Apply buttons), and the generation token of world swaps.
 *
 * - A request waits for a world swap in progress (a lesson or a link loading), then runs against
 *   the world that swap produced, never the one it replaced.
 * - A request whose world was swapped while it ran is told so (`current()` turns false), so its
 *   answer is not shown as the new world's.
 * - `running` is true while any request is in the gate, and false again whatever happens inside:
 *   a `finally` releases it; a throw is reported to the host and the request answers null.
 */
import type { WorldId } from './engine-port.ts';

export interface GateContext {
  worldId: WorldId;
  /** False once another world replaced the one this request started on. */
  current(): boolean;
  /** Aborted by `cancel()` (the Send bar's Cancel button). */
  signal: AbortSignal;
}

export interface Gate {
  run<T>(work: (context: GateContext) => Promise<T>): Promise<T | null>;
  /** Replaces the world: `load` gets a check that says whether a later swap has overtaken it. */
  swap(load: (isCurrent: () => boolean) => Promise<void>): Promise<void>;
  cancel(): void;
}

export interface GateHost {
  worldId(): WorldId | null;
  setRunning(running: boolean): void;
  /** A throw inside a request (a bug, or a worker that died): said, not thrown at the page. */
  failed(error: unknown): void;
}

export function createGate(host: GateHost): Gate {
  let generation = 0;
  let loading: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  const controllers = new Set<AbortController>();

  /** Waits until no swap is in progress, including swaps started while waiting. */
  const settled = async () => {
    let seen: Promise<unknown>;
    do {
      seen = loading;
      await seen;
    } while (seen !== loading);
  };

  return {
    async run(work) {
      await settled();
      const worldId = host.worldId();
      if (worldId === null) return null;
      const mine = generation;
      const controller = new AbortController();
      controllers.add(controller);
      inFlight += 1;
      host.setRunning(true);
      try {
        return await work({ worldId, current: () => mine === generation, signal: controller.signal });
      } catch (error) {
        host.failed(error);
        return null;
      } finally {
        controllers.delete(controller);
        inFlight -= 1;
        host.setRunning(inFlight > 0);
      }
    },
    async swap(load) {
      generation += 1;
      const mine = generation;
      let finished = () => {};
      // Set before `load` starts, so a request made right after waits for it (load itself must not
      // wait for a request: that would wait for itself).
      loading = new Promise<void>((resolve) => {
        finished = resolve;
      });
      try {
        await load(() => mine === generation);
      } finally {
        finished();
      }
    },
    cancel() {
      for (const controller of controllers) controller.abort();
    },
  };
}
