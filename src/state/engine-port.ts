/**
 * What the store needs from the engine. The store takes a port so that unit tests can pass a
 * small fake world; the app passes the real engine (real-engine.ts).
 */
import type {
  EngineDeps,
  KmsKeySnapshot,
  MatrixCellSpec,
  MatrixOptions,
  MatrixRefusal,
  MatrixResult,
  MatrixRunControl,
  Outcome,
  ParseResult,
  RequestInput,
  Result,
  Setup,
  SetupProblem,
  World,
  WorldSnapshot,
} from '../engine/index.ts';

export type { World, WorldSnapshot };
export type KeySnapshot = KmsKeySnapshot;

export type ClientSideWrapping =
  | { kind: 'kms'; keyArn: string }
  | { kind: 'aes'; key: Uint8Array<ArrayBuffer> };

export interface ClientSideEncrypted {
  body: Uint8Array<ArrayBuffer>;
  metadata: Record<string, string>;
}

export interface ClientSideProblem {
  code: string;
  message: string;
}

export interface EnginePort {
  createWorld(setup: Setup, deps?: EngineDeps): Promise<Result<World, SetupProblem[]>>;
  parsePolicy(text: string, options?: { bucket?: string; account?: string }): ParseResult;
  /** Client-side (S3 Encryption Client v2) helpers; the port binds a KMS wrapping key to the world's KMS. */
  encryptClientSide(
    world: World,
    input: {
      plaintext: Uint8Array<ArrayBuffer>;
      wrapping: ClientSideWrapping;
      principal: string;
      sourceIp: string;
    },
  ): Promise<Result<ClientSideEncrypted, ClientSideProblem>>;
  decryptClientSide(
    world: World,
    input: {
      body: Uint8Array;
      metadata: Record<string, string>;
      wrapping: ClientSideWrapping;
      principal: string;
      sourceIp: string;
    },
  ): Promise<Result<Uint8Array<ArrayBuffer>, ClientSideProblem>>;
  /** The request matrix over a world (each cell in its own fork); the world itself is untouched. */
  runMatrix(
    world: World,
    options: MatrixOptions,
    control?: MatrixRunControl,
  ): Promise<Result<MatrixResult, MatrixRefusal>>;
  /** One matrix cell again, with its request and its full outcome (for the builder and the trace). */
  runMatrixCell(
    world: World,
    options: MatrixOptions,
    spec: MatrixCellSpec,
  ): Promise<Result<{ request: RequestInput; outcome: Outcome }, MatrixRefusal>>;
  /** Requests as they would be answered under another bucket policy, each in its own fork of the world. */
  sendUnderPolicy(
    world: World,
    policy: string | undefined,
    requests: readonly RequestInput[],
  ): Promise<Result<Outcome[], MatrixRefusal>>;
}
