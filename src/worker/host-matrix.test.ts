/** The engine host's matrix: a signal stops it between cells (issue 9, a running matrix can be cancelled). */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../engine/index.ts';
import { createEngineHost } from './host.ts';

async function hostWithWorld() {
  const host = createEngineHost({ deps: () => deterministicDeps(3) });
  const opened = await host.openWorld({});
  if (!opened.ok) throw new Error('no world');
  return { host, id: opened.value.id };
}

describe('the host runs the matrix', () => {
  it('to the end without a signal', async () => {
    const { host, id } = await hostWithWorld();
    const result = await host.matrix(id, {});
    expect(result?.ok && result.value.cells.length).toBeGreaterThan(0);
  });

  it('answers Cancelled when the signal is aborted while it runs', async () => {
    const { host, id } = await hostWithWorld();
    const controller = new AbortController();
    const running = host.matrix(id, {}, { signal: controller.signal });
    // The host yields between cells (every 8): abort at the first pause.
    setTimeout(() => controller.abort(), 0);
    expect(await running).toEqual({ ok: false, error: expect.objectContaining({ code: 'Cancelled' }) });
  });
});
