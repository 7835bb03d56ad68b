/** The playground state: four slices combined into one store (zustand slices pattern). */
import type {
  Diagnostic,
  Mismatch,
  Outcome,
  RequestInput,
  Scenario,
  Setup,
  SetupProblem,
} from '../../engine/index.ts';
import type { BucketForm } from '../bucket-form.ts';
import type { ChallengeGrade } from '../challenge.ts';
import type { EncryptionChoice } from '../encryption-choice.ts';
import type { OpenWorldOptions, SendProgress, WorldId, WorldSnapshot } from '../engine-port.ts';
import type { BodyFile, HeaderRow, RequestDraft } from '../request-draft.ts';
import type { SessionEntry } from '../session.ts';
import type { WorkspaceStash } from '../workspace-stash.ts';
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
  /** Where each parsed statement is (`startOffset` places a cursor in the plain editor). */
  policyStatementLines: { startLine: number; endLine: number; startOffset: number }[];
  /** Resolves once the engine has diagnosed this text (a later text's answer wins). */
  setPolicyText(text: string): Promise<void>;
  /** Diagnoses the editor's text again (the declared principals changed). */
  diagnosePolicy(): Promise<void>;
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
  loadWorld(setup: Setup, options?: OpenWorldOptions & { keep?: WorldId | null }): Promise<void>;
  /** Puts a workspace put aside back (closing a lesson), world included; the lesson's world is closed. */
  restoreWorkspace(stash: Partial<PlaygroundState>): void;
  /** A `kms:*` operation through the world, so KMS's answer (or refusal) shows. */
  kmsCommand(operation: RequestInput['operation'], body: Record<string, unknown>): Promise<Outcome | null>;
  kmsLast: { request: RequestInput; outcome: Outcome } | null;
  /** The set-up the world was built from, and every request sent to it since ("Save as lesson"). */
  sessionStart: Setup;
  session: SessionEntry[];
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
  /** The builder's draft (and file) the request was sent from, to load it back as it was. */
  origin?: { draft: RequestDraft; bodyFile: BodyFile | null };
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
  /** Puts a request of the history back into the builder, with its answer on screen. */
  loadHistoryEntry(entry: RunEntry): void;
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
  /** Presenter mode: a projector layout, the current step and its answer filling the screen. */
  presenter: boolean;
  setPresenter(on: boolean): void;
  /** The "Start here" panel: shown on a first visit, reopened from Help. */
  startHere: boolean;
  /** It has been dismissed once in this browser, so it does not come back by itself. */
  startHereSeen: boolean;
  setStartHere(open: boolean): void;
  setTheme(theme: 'light' | 'dark'): void;
  setLargeText(on: boolean): void;
  setRightTab(tab: RightTab): void;
  setIncludeKeys(on: boolean): void;
  setLoadNotice(notice: UiSlice['loadNotice']): void;
  /** Storage is blocked or stopped working: said once, apart from the load notice. */
  storageNotice: string | null;
  setStorageNotice(notice: string | null): void;
  /**
   * A share link opened beside the user's saved work (which differs from it): the link's work is
   * shown and not saved, until the user keeps it ("in place of") or goes back to their own.
   */
  besideSaved: boolean;
  setBesideSaved(on: boolean): void;
}

/** A scenario file a lesson was opened from: its name (for messages) and its text. */
export interface LessonFile {
  name: string;
  text: string;
}

export interface OpenLesson {
  scenario: Scenario;
  /** The answer of each step run so far, by step index (what the engine's session ran). */
  runs: (Outcome | undefined)[];
  /** The request each step sent (its placeholders filled in), by step index: shown with its answer. */
  sent: (RequestInput | undefined)[];
  /** A step that could not be sent (a placeholder without a value yet). */
  problem?: { step: number; message: string };
  /** This opening of the lesson: an answer for an earlier opening (or another lesson) is dropped. */
  token: object;
  /** The step on screen (0-based); the address reads `step=current+1`. */
  current: number;
  /** The last step run (-1 before the first). */
  lastRan: number;
  /** Per step: it ran in order in an untouched world, so the engine compared its answer with the lesson's. */
  compared: boolean[];
  /** Per compared step: how its answer differs from what the lesson says real S3 answers. */
  mismatches: (Mismatch[] | undefined)[];
  /** The learner changed the lesson's world (a request, a policy, a key): answers are no longer compared. */
  offScript: boolean;
  /** Steps that ran first, so that `step` answers as the lesson promises (said on screen). */
  ranFirst?: {
    step: number;
    earlier: number[];
    /** The step ran again: the lesson's world was built again from its set-up first. */
    again?: true;
  };
  /** A shipped lesson (in the gallery) or one opened from a file. */
  origin: 'shipped' | 'file';
  /** A lesson from a file: the file as read, so a reload can open it again (kept-file-lesson.ts). */
  file?: LessonFile;
  /** In a challenge: hints shown so far, the grade of the last "Check", and whether one is running. */
  hints: number;
  grade?: ChallengeGrade;
  checking?: boolean;
}

export interface Deck {
  ids: string[];
  title?: string;
}

export interface LessonSlice {
  lesson: OpenLesson | null;
  /** The user's own workspace, put aside while a lesson is open (workspace-stash.ts). */
  stash: WorkspaceStash | null;
  /** The deck the open lesson belongs to, if it was opened from a deck link. */
  deck: Deck | null;
  /** The lessons gallery, and a one-line message when a link named no lesson it knows. */
  /** `wanted`: it has been opened once, so its chunk (with the catalog) is loaded and stays. */
  gallery: { open: boolean; message?: string; wanted?: boolean };
  openGallery(message?: string): void;
  closeGallery(): void;
  /**
   * Opens a lesson in a world of its own; `step` (0-based) runs it and the steps before it, which
   * says they "ran first" unless `revisit` (the learner ran them before: going back a lesson).
   */
  openLesson(
    scenario: Scenario,
    options?: { step?: number; file?: LessonFile; revisit?: boolean },
  ): Promise<void>;
  /** Back to the user's own workspace, exactly as it was. */
  closeLesson(): void;
  /** A fresh world from the lesson's set-up, no step run. */
  restartLesson(): Promise<void>;
  /** Runs the step, first running the earlier steps that have not run yet. */
  runLessonStep(index: number): Promise<void>;
  /** Shows the step; runs it (and the ones before) when it has not run yet. */
  goToStep(index: number): Promise<void>;
  setDeck(deck: Deck | null): void;
  /** A challenge: runs every step against the learner's policy or bucket encryption and grades each. */
  checkChallenge(): Promise<void>;
  showHint(): void;
  /** Opens a scenario file as a lesson; a file that is not one is a notice naming the JSON path. */
  openLessonFile(name: string, text: string): Promise<void>;
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
