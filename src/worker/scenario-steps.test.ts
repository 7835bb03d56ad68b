/**
 * A scenario's session next to its world on the engine's side of the port: lesson steps run there,
 * a request of the learner's own takes the world off the script, and a step that changes the
 * bucket brings the set-up that rebuilds it (world.exportSetup()).
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps, type Scenario } from '../engine/index.ts';
import type { StepsRan } from '../state/engine-port.ts';
import { createEngineHost } from './host.ts';

const scenario: Scenario = {
  id: 'versioned-put',
  title: 'A versioned PUT',
  steps: [
    { request: { operation: 'PutBucketVersioning', body: { Status: 'Enabled' } }, expect: { status: 200 } },
    { request: { operation: 'PutObject', key: 'k', body: 'one' }, expect: { status: 200 } },
    {
      request: { operation: 'GetObject', key: 'k', query: { versionId: '{{versionId:1}}' } },
      expect: { status: 200, body: 'one' },
    },
  ],
};

async function opened(withScenario = true) {
  const host = createEngineHost({ deps: () => deterministicDeps(4) });
  const world = await host.openWorld({}, withScenario ? { scenario } : {});
  if (!world.ok) throw new Error(JSON.stringify(world.error));
  return { host, id: world.value.id };
}

const ranOf = (ran: StepsRan) => {
  if (ran.kind !== 'ran') throw new Error('the world was closed');
  return ran;
};

describe('runScenarioStep', () => {
  it('runs the earlier steps first, fills {{versionId:1}} from step 2’s answer, and compares each', async () => {
    const { host, id } = await opened();
    const ran = ranOf(await host.runScenarioStep(id, 2));
    expect(ran.steps.map((s) => [s.index, s.status, s.compared, s.mismatches])).toEqual([
      [0, 200, true, []],
      [1, 200, true, []],
      [2, 200, true, []],
    ]);
    expect(ran.steps[2]?.request.query?.versionId).toBe(ran.steps[1]?.headers['x-amz-version-id']);
  });

  it('brings the set-up only with the step that changed the configuration', async () => {
    const { host, id } = await opened();
    expect(ranOf(await host.runScenarioStep(id, 0)).setup?.versioning).toBe('Enabled');
    expect(ranOf(await host.runScenarioStep(id, 1)).setup).toBeUndefined();
  });

  it.each([
    {
      name: 'a request of the learner’s own',
      meddle: async (host: ReturnType<typeof createEngineHost>, id: string) => {
        await host.send(id, { operation: 'DeleteObject', key: 'k' });
      },
    },
    {
      name: 'a principal added by the learner',
      meddle: async (host: ReturnType<typeof createEngineHost>, id: string) => {
        await host.putPrincipal(id, { arn: 'arn:aws:iam::111122223333:user/alice' });
      },
    },
  ])('after $name the answers are no longer compared', async ({ meddle }) => {
    const { host, id } = await opened();
    await host.runScenarioStep(id, 1);
    await meddle(host, id);
    const ran = ranOf(await host.runScenarioStep(id, 2));
    expect(ran.offScript).toBe(true);
    expect(ran.steps.map((s) => s.compared)).toEqual([false]);
  });

  it('answers closed for a world without a scenario, a step it does not have, or a closed world', async () => {
    const plain = await opened(false);
    expect(await plain.host.runScenarioStep(plain.id, 0)).toEqual({ kind: 'closed' });
    const { host, id } = await opened();
    expect(await host.runScenarioStep(id, 3)).toEqual({ kind: 'closed' });
    await host.closeWorld(id);
    expect(await host.runScenarioStep(id, 0)).toEqual({ kind: 'closed' });
  });
});
