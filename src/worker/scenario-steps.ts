/**
 * A scenario's step-by-step session next to its world (a lesson, a challenge's check): the engine
 * keeps which steps ran, what their answers give later placeholders, and how each answer compares
 * with its expectation (openScenarioSession); the store only shows the steps it gets back.
 */
import type { EnginePort, StepsRan, WorldId } from '../state/engine-port.ts';
import type { HostedWorld } from './host.ts';
import { worldAfter } from './world-after.ts';

type InWorld = <T, C>(
  id: WorldId,
  closed: C,
  work: (hosted: HostedWorld) => Promise<T> | T,
) => Promise<T | C>;

export function scenarioCalls(inWorld: InWorld): Pick<EnginePort, 'runScenarioStep'> {
  return {
    runScenarioStep: (id, index, options = {}) => {
      options.onProgress?.({ phase: 'queued' });
      return inWorld<StepsRan, StepsRan>(id, { kind: 'closed' }, async (hosted) => {
        const { session } = hosted;
        if (!session || index < 0 || index >= session.scenario.steps.length) return { kind: 'closed' };
        const ran = await session.runStep(index, {
          ...(options.signal ? { signal: options.signal } : {}),
          onStage: (stage) => options.onProgress?.({ phase: 'stage', stage }),
        });
        return { kind: 'ran', ...ran, offScript: session.offScript, ...worldAfter(hosted) };
      });
    },
  };
}
