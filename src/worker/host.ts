/**
 * The engine side of the store's port: worlds kept by id, each with its own queue and clock.
 * Pure (no DOM): the Web Worker exposes it (engine.worker.ts), tests and Node use it in-process.
 */
import {
  addSdkChecksum,
  createWorld,
  type EngineDeps,
  err,
  ok,
  parsePolicy,
  runMatrix,
  runMatrixCell,
  type Setup,
  sendUnderPolicy,
  substituteRequest,
  systemDeps,
  type World,
} from '../engine/index.ts';
import type { EnginePort, PortSendOptions, Sent, WorldId } from '../state/engine-port.ts';
import { clientSideCalls } from './client-side.ts';
import { type ManualClock, manualClock, SETUP_LEAD_MS } from './manual-clock.ts';
import { createQueue } from './queue.ts';

export interface HostedWorld {
  world: World;
  deps: EngineDeps;
  clock?: ManualClock;
  /** The configuration last reported (configurationKey), to tell a send that changed it. */
  configuration: string;
}

/** The exported set-up without its declared objects (data, and never changed by a request). */
const configurationKey = (setup: Setup) =>
  JSON.stringify({
    ...setup,
    objects: undefined,
    otherBuckets: setup.otherBuckets?.map((bucket) => ({ ...bucket, objects: undefined })),
  });

export interface EngineHostOptions {
  /** Clock and randomness for each new world (tests pass deterministic ones). */
  deps?: () => EngineDeps;
}

/** Lets other work (a request to the same engine) run between matrix cells. */
const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createEngineHost(options: EngineHostOptions = {}): EnginePort {
  const baseDeps = options.deps ?? systemDeps;
  const worlds = new Map<WorldId, HostedWorld>();
  const queue = createQueue();
  let nextId = 1;

  /** Runs `work` after everything sent to the world before it; `closed` when the world is gone. */
  const inWorld = <T, C>(id: WorldId, closed: C, work: (hosted: HostedWorld) => Promise<T> | T) =>
    queue.run(id, async () => {
      const hosted = worlds.get(id);
      return hosted ? await work(hosted) : closed;
    });

  const send = (id: WorldId, request: Parameters<EnginePort['send']>[1], opts: PortSendOptions = {}) => {
    opts.onProgress?.({ phase: 'queued' });
    return inWorld<Sent, Sent>(id, { kind: 'closed' }, async (hosted) => {
      const { world } = hosted;
      const body = opts.bodyFile ? new Uint8Array(await opts.bodyFile.arrayBuffer()) : request.body;
      const withBody = body === undefined ? request : { ...request, body };
      const sending = opts.sdkChecksum ? await addSdkChecksum(withBody) : withBody;
      const answer = await world.send(sending, {
        ...(opts.signal ? { signal: opts.signal } : {}),
        onStage: (stage) => opts.onProgress?.({ phase: 'stage', stage }),
      });
      const snapshot = world.snapshot();
      if ('cancelled' in answer) return { kind: 'cancelled', snapshot };
      const setup = world.exportSetup();
      const configuration = configurationKey(setup);
      if (configuration === hosted.configuration) return { kind: 'answered', outcome: answer, snapshot };
      hosted.configuration = configuration;
      return { kind: 'answered', outcome: answer, snapshot, setup };
    });
  };

  return {
    openWorld: async (setup: Setup, open = {}) => {
      const deps = baseDeps();
      const clock = open.clock === 'manual' ? manualClock(deps) : undefined;
      const created = await createWorld(setup, clock?.deps ?? deps);
      if (!created.ok) return err(created.error);
      clock?.advance(SETUP_LEAD_MS);
      const id = `world-${nextId++}`;
      worlds.set(id, {
        world: created.value,
        deps: clock?.deps ?? deps,
        ...(clock ? { clock } : {}),
        configuration: configurationKey(created.value.exportSetup()),
      });
      return ok({ id, snapshot: created.value.snapshot() });
    },
    // Queued, so requests sent before the close still get their answer.
    closeWorld: (id) =>
      inWorld(id, undefined, () => {
        worlds.delete(id);
      }),
    send,
    snapshot: (id) => inWorld(id, null, ({ world }) => world.snapshot()),
    exportSetup: (id) => inWorld(id, null, ({ world }) => world.exportSetup()),
    advanceClock: (id, ms) => inWorld(id, undefined, ({ clock }) => clock?.advance(ms)),
    releaseClock: (id) => inWorld(id, undefined, ({ clock }) => clock?.release()),
    fillPlaceholders: (id, request, values) =>
      inWorld(id, { request, problems: ['The world was closed.'] }, ({ world }) => {
        const problems: string[] = [];
        const filled = substituteRequest(
          request,
          {
            ...values,
            awsManagedKeyArn: () => world.awsManagedKeyArn(),
            keyArn: (keyId) => world.keyArn(keyId),
          },
          problems,
        );
        return { request: filled, problems };
      }),
    parsePolicy: async (text, parseOptions) => parsePolicy(text, parseOptions),
    // The matrix, its cells and pins work on a copy taken in the world's turn, then run outside
    // the queue: requests sent meanwhile are not held up by them (each pauses between cells).
    matrix: async (id, matrixOptions) => {
      const copy = await inWorld(id, null, ({ world }) => world.fork());
      return copy ? runMatrix(copy, matrixOptions, { pause: yieldToOthers, pauseEvery: 8 }) : null;
    },
    matrixCell: async (id, matrixOptions, spec) => {
      const copy = await inWorld(id, null, ({ world }) => world.fork());
      return copy ? runMatrixCell(copy, matrixOptions, spec) : null;
    },
    sendUnderPolicy: async (id, policy, requests) => {
      const copy = await inWorld(id, null, ({ world }) => world.fork());
      return copy ? sendUnderPolicy(copy, policy, requests) : null;
    },
    putPrincipal: (id, principal) =>
      inWorld(id, null, ({ world }) => {
        const put = world.putPrincipal(principal);
        return put.ok ? ok(world.snapshot()) : put;
      }),
    deletePrincipal: (id, arn) =>
      inWorld(id, null, ({ world }) => {
        world.deletePrincipal(arn);
        return world.snapshot();
      }),
    addSdkChecksum,
    ...clientSideCalls(inWorld),
  };
}
