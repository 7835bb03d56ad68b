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
  openScenarioSession,
  parsePolicy,
  runMatrix,
  runMatrixCell,
  type ScenarioSession,
  type Setup,
  sendUnderPolicy,
  systemDeps,
  type World,
} from '../engine/index.ts';
import type { EnginePort, PortSendOptions, Sent, WorldId } from '../state/engine-port.ts';
import { clientSideCalls } from './client-side.ts';
import { type ManualClock, manualClock, SETUP_LEAD_MS } from './manual-clock.ts';
import { createQueue } from './queue.ts';
import { scenarioCalls } from './scenario-steps.ts';
import { configurationKey, worldAfter } from './world-after.ts';

export interface HostedWorld {
  world: World;
  deps: EngineDeps;
  clock?: ManualClock;
  /** The configuration last reported (configurationKey), to tell a send that changed it. */
  configuration: string;
  /** The scenario the world runs step by step (a lesson), if any. */
  session?: ScenarioSession;
}

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
      if ('cancelled' in answer) return { kind: 'cancelled', snapshot: world.snapshot() };
      // A request of the learner's own: the scenario's later answers are no longer its script's.
      hosted.session?.leaveScript();
      return { kind: 'answered', outcome: answer, ...worldAfter(hosted) };
    });
  };

  return {
    openWorld: async (setup: Setup, open = {}) => {
      const deps = baseDeps();
      // A scenario's steps move time by their `afterMs` only, as the runner does.
      const clock = open.clock === 'manual' || open.scenario ? manualClock(deps) : undefined;
      const created = await createWorld(setup, clock?.deps ?? deps);
      if (!created.ok) return err(created.error);
      clock?.advance(SETUP_LEAD_MS);
      const id = `world-${nextId++}`;
      const world = created.value;
      worlds.set(id, {
        world,
        deps: clock?.deps ?? deps,
        ...(clock ? { clock } : {}),
        configuration: configurationKey(world.exportSetup()),
        ...(open.scenario
          ? { session: openScenarioSession(open.scenario, world, { advance: (ms) => clock?.advance(ms) }) }
          : {}),
      });
      return ok({ id, snapshot: world.snapshot() });
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
    parsePolicy: async (text, parseOptions) => parsePolicy(text, parseOptions),
    // The matrix, its cells and pins work on a copy taken in the world's turn, then run outside
    // the queue: requests sent meanwhile are not held up by them (each pauses between cells).
    matrix: async (id, matrixOptions, run = {}) => {
      const copy = await inWorld(id, null, ({ world }) => world.fork());
      const cancelled = () => run.signal?.aborted === true;
      return copy ? runMatrix(copy, matrixOptions, { pause: yieldToOthers, pauseEvery: 8, cancelled }) : null;
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
      inWorld(id, null, ({ world, session }) => {
        const put = world.putPrincipal(principal);
        if (put.ok) session?.leaveScript();
        return put.ok ? ok(world.snapshot()) : put;
      }),
    deletePrincipal: (id, arn) =>
      inWorld(id, null, ({ world, session }) => {
        world.deletePrincipal(arn);
        session?.leaveScript();
        return world.snapshot();
      }),
    addSdkChecksum,
    ...clientSideCalls(inWorld),
    ...scenarioCalls(inWorld),
  };
}
