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
  principalExistsAmong,
  runMatrix,
  runMatrixCell,
  type ScenarioSession,
  type Setup,
  sendUnderPolicy,
  systemDeps,
  type World,
} from '../engine/index.ts';
import type { EnginePort, PortSendOptions, Sent, Turn, WorldId } from '../state/engine-port.ts';
import { clientSideCalls } from './client-side.ts';
import { type ManualClock, manualClock, SETUP_LEAD_MS } from './manual-clock.ts';
import { createQueue } from './queue.ts';
import { scenarioCalls } from './scenario-steps.ts';
import { type SeededDeps, seededDeps } from './seeded-deps.ts';
import { configurationKey, worldAfter } from './world-after.ts';

export interface HostedWorld {
  world: World;
  deps: EngineDeps;
  clock?: ManualClock;
  /** The configuration last reported (configurationKey), to tell a send that changed it. */
  configuration: string;
  /** The scenario the world runs step by step (a lesson), if any. */
  session?: ScenarioSession;
  /** A replayable world's randomness and clock, set per turn (seeded-deps.ts). */
  seeded?: SeededDeps;
  /** The last turn taken, for an operation that comes without one. */
  lastTurn: number;
}

/**
 * Runs one operation in its turn on a seeded world (others run it as it is). An operation sent
 * without a turn takes the next one, at the present time.
 */
export async function inTurn<T>(hosted: HostedWorld, turn: Turn | undefined, work: () => Promise<T>) {
  const seeded = hosted.seeded;
  if (!seeded) return work();
  const taken = turn ?? { index: hosted.lastTurn + 1, at: Date.now() };
  hosted.lastTurn = Math.max(hosted.lastTurn, taken.index);
  seeded.begin(taken);
  try {
    return await work();
  } finally {
    seeded.end();
  }
}

/**
 * A copy for the matrix or a what-if runs outside the turns: on a seeded world it draws from the
 * system CSPRNG, so it never takes bytes from the replayable stream.
 */
const forkOf = ({ world, seeded }: HostedWorld) =>
  seeded ? world.fork({ now: seeded.now, randomBytes: systemDeps().randomBytes }) : world.fork();

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
      const answer = await inTurn(hosted, opts.turn, () =>
        world.send(sending, {
          ...(opts.signal ? { signal: opts.signal } : {}),
          onStage: (stage) => opts.onProgress?.({ phase: 'stage', stage }),
          onBytes: (done, total) => opts.onProgress?.({ phase: 'bytes', stage: 'crypto', done, total }),
        }),
      );
      if ('cancelled' in answer) return { kind: 'cancelled', snapshot: world.snapshot() };
      // A request of the learner's own: the scenario's later answers are no longer its script's.
      hosted.session?.leaveScript();
      return { kind: 'answered', outcome: answer, ...worldAfter(hosted) };
    });
  };

  return {
    openWorld: async (setup: Setup, open = {}) => {
      const base = baseDeps();
      // A seeded world replays: its set-up is turn 0 (a scenario's or a manual clock is a lesson's,
      // never seeded).
      const manual = open.clock === 'manual' || open.scenario !== undefined;
      const seeded = open.seed && !manual ? seededDeps(open.seed.seed, base) : undefined;
      const deps = seeded ?? base;
      // A scenario's steps move time by their `afterMs` only, as the runner does.
      const clock = manual ? manualClock(deps) : undefined;
      seeded?.begin({ index: 0, at: open.seed?.at ?? base.now() });
      const created = await createWorld(setup, clock?.deps ?? deps).finally(() => seeded?.end());
      if (!created.ok) return err(created.error);
      clock?.advance(SETUP_LEAD_MS);
      const id = `world-${nextId++}`;
      const world = created.value;
      worlds.set(id, {
        world,
        deps: clock?.deps ?? deps,
        lastTurn: 0,
        ...(clock ? { clock } : {}),
        ...(seeded ? { seeded } : {}),
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
    parsePolicy: async (text, { knownPrincipals, ...parseOptions } = {}) =>
      parsePolicy(text, {
        ...parseOptions,
        ...(knownPrincipals ? { principalExists: principalExistsAmong(new Set(knownPrincipals)) } : {}),
      }),
    // The matrix, its cells and pins work on a copy taken in the world's turn, then run outside
    // the queue: requests sent meanwhile are not held up by them (each pauses between cells).
    matrix: async (id, matrixOptions, run = {}) => {
      const copy = await inWorld(id, null, forkOf);
      const cancelled = () => run.signal?.aborted === true;
      return copy ? runMatrix(copy, matrixOptions, { pause: yieldToOthers, pauseEvery: 8, cancelled }) : null;
    },
    matrixCell: async (id, matrixOptions, spec) => {
      const copy = await inWorld(id, null, forkOf);
      return copy ? runMatrixCell(copy, matrixOptions, spec) : null;
    },
    sendUnderPolicy: async (id, policy, requests) => {
      const copy = await inWorld(id, null, forkOf);
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
