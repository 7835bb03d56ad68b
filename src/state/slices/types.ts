/** The playground state: four slices combined into one store (zustand slices pattern). */
import type { Diagnostic, Outcome, RequestInput, Scenario, Setup, SetupProblem } from '../../engine/index.ts';
import type { BucketForm } from '../bucket-form.ts';
import type { EncryptionChoice } from '../encryption-choice.ts';
import type { OpenWorldOptions, SendProgress, WorldId, WorldSnapshot } from '../engine-port.ts';
import type { BodyFile, HeaderRow, RequestDraft } from '../request-draft.ts';
import type { EditorSlice } from './editor.ts';
import type { MatrixSlice } from './matrix.ts';
import type { PasteSlice } from './paste.ts';
import type { PinsSlice } from './pins.ts';
import type { PrincipalsSlice } from './principals.ts';

export interface ApplyState {
  state: 'idle' | 'applied' | 'refused';
  outcome?: Outcome;
}

export type BucketApplyKind = 'encryption' | 'publicAccessBlock' | 'versioning';

export interface WorkspaceSlice {
  policyText: string;
  policyDiagnostics: Diagnostic[];
  /** The lines of each statement of the editor's text (for highlighting the deciding one). */
  policyStatementLines: { startLine: number; endLine: number }[];
  /** Resolves once the engine has diagnosed this text (a later text's answer wins). */
  setPolicyText(text: string): Promise<void>;
  applyPolicy(): Promise<void>;
  /** Applies the editor's policy if the bucket holds another one (see policy-pending.ts). */
  syncPolicy(): Promise<{ request: RequestInput; outcome: Outcome } | null>;
  policyApply: ApplyState;
  /** The set-up that rebuilds the world's configuration (updated when S3 accepts a change). */
  setup: Setup;
  bucketForm: BucketForm;
  setBucketForm(patch: Partial<BucketForm>): void;
  bucketApply: Record<BucketApplyKind, ApplyState>;
  applyBucket(kind: BucketApplyKind): Promise<void>;
  /** The world on the engine's side of the port (see engine-port.ts); null until one is built. */
  worldId: WorldId | null;
  worldStatus: 'loading' | 'ready' | 'failed';
  worldProblems: SetupProblem[];
  snapshot: WorldSnapshot | null;
  /** Builds a fresh world from a set-up (the bucket/KMS settings, a lesson's, or a link's). */
  loadWorld(setup: Setup, options?: OpenWorldOptions): Promise<void>;
  /** A `kms:*` operation through the world, so KMS's answer (or refusal) shows. */
  kmsCommand(operation: RequestInput['operation'], body: Record<string, unknown>): Promise<Outcome | null>;
  kmsLast: { request: RequestInput; outcome: Outcome } | null;
}

export interface RequestSlice {
  draft: RequestDraft;
  bodyFile: BodyFile | null;
  setDraft(patch: Partial<RequestDraft>): void;
  setHeaders(headers: HeaderRow[]): void;
  setEncryption(choice: EncryptionChoice): void;
  setBodyFile(file: BodyFile | null): void;
}

export interface RunEntry {
  request: RequestInput;
  outcome: Outcome;
  at: number;
}

export interface ClientSideResult {
  direction: 'encrypted' | 'decrypted';
  /** Decrypted text (or a note that it is binary) after GetObject; absent on failure. */
  plaintext?: string;
  error?: string;
}

/** Where the request in flight is: reading the chosen file, waiting its turn, or in a stage. */
export type RunProgress = { phase: 'reading'; name: string } | SendProgress;

export interface RunSlice {
  lastRun: { request: RequestInput; outcome: Outcome } | null;
  history: RunEntry[];
  /** A request is in the gate (see gate.ts); never left true after it ends, however it ends. */
  running: boolean;
  progress: RunProgress | null;
  /** Stops the requests in flight: each stops before S3 stores anything, or answers if too late. */
  cancelSend(): void;
  /** Said after a request that got no answer (cancelled, or its world was replaced). */
  runNotice: string | null;
  /** Why the draft could not be sent (a body that is not JSON, a client-side failure). */
  draftError: { field: string; message: string } | null;
  clientSideResult: ClientSideResult | null;
  send(): Promise<void>;
  /** Null when no answer came: no world, cancelled, or the world was replaced meanwhile. */
  sendRaw(request: RequestInput): Promise<Outcome | null>;
}

/** The right column's tabs; S3's answer and its trace share one, so both are on screen together. */
export type RightTab = 'answer' | 'objects' | 'audit';

export interface UiSlice {
  theme: 'light' | 'dark';
  largeText: boolean;
  rightTab: RightTab;
  /** Keys (SSE-C, client-side) go into storage and links only when this is ticked. */
  includeKeys: boolean;
  /** A problem with the link or stored workspace the page was opened with. */
  loadNotice: { kind: 'error' | 'info'; message: string } | null;
  setTheme(theme: 'light' | 'dark'): void;
  setLargeText(on: boolean): void;
  setRightTab(tab: RightTab): void;
  setIncludeKeys(on: boolean): void;
  setLoadNotice(notice: UiSlice['loadNotice']): void;
  /** Storage is blocked or stopped working: said once, apart from the load notice. */
  storageNotice: string | null;
  setStorageNotice(notice: string | null): void;
}

export interface OpenLesson {
  scenario: Scenario;
  /** The answer of each step run so far, by step index. */
  runs: (Outcome | undefined)[];
  /** `x-amz-version-id` of each step, for `{{versionId:N}}`. */
  versionIds: (string | undefined)[];
  /** UploadId and ETag each step returned, for `{{uploadId:N}}` and `{{etag:N}}`. */
  uploadIds?: (string | undefined)[];
  etags?: (string | undefined)[];
  uploadId?: string;
  /** A step that could not be sent (a placeholder without a value yet). */
  problem?: { step: number; message: string };
}

export interface LessonSlice {
  lesson: OpenLesson | null;
  openLesson(scenario: Scenario): Promise<void>;
  closeLesson(): void;
  runLessonStep(index: number): Promise<void>;
}

export type PlaygroundState = WorkspaceSlice &
  RequestSlice &
  RunSlice &
  UiSlice &
  LessonSlice &
  MatrixSlice &
  PasteSlice &
  PinsSlice &
  EditorSlice &
  PrincipalsSlice;
