/**
 * What one operation adds to the shared stages: stage 6 (`choose`: find what is stored and decide
 * the encryption) and stage 8 (`apply`: encrypt or decrypt, store, and set the answer). Each
 * records its own trace step, since only it knows what happened, through the recorder the runner
 * hands it: stage 8 is `crypto` for object operations and `bucket` for bucket-level ones.
 */
import type { Exchange, StageVerdict } from './exchange.ts';
import type { StageRecorder } from './recorder.ts';

export type ChoiceRecorder = StageRecorder<'encryption-choice'>;
export type CryptoRecorder = StageRecorder<'crypto'>;
export type BucketRecorder = StageRecorder<'bucket'>;

export interface OperationHandler<Apply extends 'crypto' | 'bucket' = 'crypto'> {
  choose?(x: Exchange, record: ChoiceRecorder): StageVerdict | Promise<StageVerdict>;
  apply(x: Exchange, record: StageRecorder<Apply>): StageVerdict | Promise<StageVerdict>;
}

/** A bucket-level operation: it acts on the bucket's configuration, so stage 8 is `bucket`. */
export type BucketHandler = OperationHandler<'bucket'>;
