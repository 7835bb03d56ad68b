/**
 * The one typed port between the store and the engine. Everything that touches a world goes
 * through it: sends, lesson steps, KMS and bucket changes, client-side encryption, snapshots.
 * Worlds live on the engine's side, keyed by id; only plain data crosses (structured-clone safe),
 * so the same port is implemented in a Web Worker for the app (src/worker/worker-port.ts) and
 * in-process for tests and Node (src/worker/host.ts).
 */
import type {
  KmsKeySnapshot,
  MatrixCellSpec,
  MatrixOptions,
  MatrixRefusal,
  MatrixResult,
  ObjectData,
  Outcome,
  ParseResult,
  PolicyKind,
  PrincipalSetup,
  RequestInput,
  Result,
  Scenario,
  SessionStep,
  Setup,
  SetupProblem,
  TraceStage,
  WorldSnapshot,
} from '../engine/index.ts';

export type { WorldSnapshot };
export type KeySnapshot = KmsKeySnapshot;

export type WorldId = string;

export interface OpenWorldOptions {
  /**
   * `manual`: simulated time moves only as the world's scenario steps say (`afterMs`), as in the
   * scenario runner, even for requests sent off the script; `system` (default): the wall clock.
   */
  clock?: 'system' | 'manual';
  /**
   * The world runs this scenario's steps (a lesson, a challenge's check): its session lives next to
   * the world (runScenarioStep), on a manual clock that the steps' `afterMs` move.
   */
  scenario?: Scenario;
  /**
   * A replayable world (the user's own, so its scene survives a reload): randomness and time come
   * from this seed and each operation's `turn` (src/worker/seeded-deps.ts). Not with `manual`.
   */
  seed?: WorldSeed;
}

/** The seed and opening time of a replayable world (see src/worker/seeded-deps.ts). */
export interface WorldSeed {
  /** 32 bytes from the system CSPRNG. */
  seed: Uint8Array<ArrayBuffer>;
  /** When the world was opened (ms since the epoch): its set-up runs at this time. */
  at: number;
}

/** One operation on a seeded world: its own random stream and its time. Turn 0 is the set-up. */
export interface Turn {
  index: number;
  at: number;
}

export interface OpenedWorld {
  id: WorldId;
  snapshot: WorldSnapshot;
}

/** Where a request is, for the progress line. */
export type SendProgress =
  | { phase: 'queued' }
  | { phase: 'stage'; stage: TraceStage }
  /** Inside the crypto stage: plaintext bytes encrypted or decrypted so far, of `total`. */
  | { phase: 'bytes'; stage: TraceStage; done: number; total: number };

export interface PortSendOptions {
  onProgress?(progress: SendProgress): void;
  /** Cancels the request: it stops before S3 stores anything (or answers if it was too late). */
  signal?: AbortSignal;
  /**
   * The body is this file, read on the engine's side: the page passes only the handle, so its
   * bytes never pass through the page's main thread (a 50 MiB file would hold it up).
   */
  bodyFile?: Blob;
  /** Adds `x-amz-checksum-<alg>` for `x-amz-sdk-checksum-algorithm`, over the body as sent (see addSdkChecksum). */
  sdkChecksum?: boolean;
  /** On a seeded world: the turn this request takes (a replay passes the recorded one). */
  turn?: Turn;
  /**
   * The request as the store keeps it (kept-request.ts: its own copy of the bytes the port moves
   * away), so the scene recorder finds the store's history entries by it. The engine ignores it.
   */
  kept?: RequestInput;
}

/**
 * What a send came to. The snapshot is taken right after the request, on the engine's side; when
 * the request changed the world's configuration, `setup` is the set-up that rebuilds it now
 * (`world.exportSetup()`).
 */
export type Sent =
  | { kind: 'answered'; outcome: Outcome; snapshot: WorldSnapshot; setup?: Setup }
  | { kind: 'cancelled'; snapshot: WorldSnapshot }
  /** The world was closed (a lesson or link replaced it) before the request ran. */
  | { kind: 'closed' };

export type ClientSideWrapping =
  | { kind: 'kms'; keyId: string }
  | { kind: 'aes'; key: Uint8Array<ArrayBuffer> };

export interface ClientSideProblem {
  code: string;
  message: string;
}

export interface ClientSideCaller {
  principal: string;
  sourceIp: string;
  /** On a seeded world: the turn this call takes (a KMS wrapping key calls the world's KMS). */
  turn?: Turn;
}

export interface ClientSideSealed {
  body: Uint8Array<ArrayBuffer>;
  metadata: Record<string, string>;
}

/**
 * What running a scenario step came to: every step that ran (the earlier ones not run yet first),
 * whether the world has left the scenario's script, and the world after them.
 */
export type StepsRan =
  | {
      kind: 'ran';
      steps: SessionStep[];
      /** The step asked for did not run: an earlier one could not be sent, or it was cancelled. */
      stopped?: 'unsent' | 'cancelled';
      /** Something other than the scenario's steps changed the world: answers are not compared. */
      offScript: boolean;
      snapshot: WorldSnapshot;
      setup?: Setup;
    }
  /** The world was closed (or runs no scenario) before the step ran. */
  | { kind: 'closed' };

export interface EnginePort {
  openWorld(setup: Setup, options?: OpenWorldOptions): Promise<Result<OpenedWorld, SetupProblem[]>>;
  closeWorld(id: WorldId): Promise<void>;
  /** Requests to one world run one after another, in the order they were sent. */
  send(id: WorldId, request: RequestInput, options?: PortSendOptions): Promise<Sent>;
  snapshot(id: WorldId): Promise<WorldSnapshot | null>;
  /** The set-up that rebuilds the world's configuration as it is now (null: the world is gone). */
  exportSetup(id: WorldId): Promise<Setup | null>;
  /** Runs step `index` of the world's scenario, after its earlier steps not run yet (in order). */
  runScenarioStep(
    id: WorldId,
    index: number,
    options?: Pick<PortSendOptions, 'onProgress' | 'signal'>,
  ): Promise<StepsRan>;
  /**
   * A policy's diagnostics. `knownPrincipals`: the users and roles the world declares; with it, a
   * user or role ARN not among them is the error S3's PutBucketPolicy refuses (principal-exists.ts).
   */
  parsePolicy(
    text: string,
    options?: { bucket?: string; account?: string; kind?: PolicyKind; knownPrincipals?: readonly string[] },
  ): Promise<ParseResult>;
  /** As the CLI does for `--checksum-algorithm`: the request with the checksum of its body added. */
  addSdkChecksum(request: RequestInput): Promise<RequestInput>;
  /** S3 Encryption Client v2: a KMS wrapping key is the world's (the client calls KMS itself). */
  encryptClientSide(
    id: WorldId,
    input: { plaintext: Uint8Array<ArrayBuffer>; wrapping: ClientSideWrapping } & ClientSideCaller,
  ): Promise<Result<ClientSideSealed, ClientSideProblem>>;
  decryptClientSide(
    id: WorldId,
    input: {
      /** A Blob is read in the worker: a large body goes over without a copy on the page's thread. */
      body: ObjectData | Blob;
      metadata: Record<string, string>;
      wrapping: ClientSideWrapping;
    } & ClientSideCaller,
  ): Promise<Result<Uint8Array<ArrayBuffer>, ClientSideProblem>>;
  /**
   * The request matrix over a copy of the world as it is now (each cell in its own fork): the
   * world is untouched and requests sent meanwhile are not held up by it. An aborted `signal`
   * stops the run between cells; it then answers the refusal `Cancelled`.
   */
  matrix(
    id: WorldId,
    options: MatrixOptions,
    run?: { signal?: AbortSignal },
  ): Promise<Result<MatrixResult, MatrixRefusal> | null>;
  /** One matrix cell again, with its request and its full outcome (for the builder and the trace). */
  matrixCell(
    id: WorldId,
    options: MatrixOptions,
    spec: MatrixCellSpec,
  ): Promise<Result<{ request: RequestInput; outcome: Outcome }, MatrixRefusal> | null>;
  /** Requests as they would be answered under another bucket policy, each in its own copy of the world. */
  sendUnderPolicy(
    id: WorldId,
    policy: string | undefined,
    requests: RequestInput[],
  ): Promise<Result<Outcome[], MatrixRefusal> | null>;
  /** Adds or replaces an IAM user or role with its identity policy (null: the world is gone). */
  putPrincipal(id: WorldId, principal: PrincipalSetup): Promise<Result<WorldSnapshot, SetupProblem[]> | null>;
  deletePrincipal(id: WorldId, arn: string): Promise<WorldSnapshot | null>;
}
