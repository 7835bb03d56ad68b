/**
 * What one operation adds to the shared stages: stage 6 (`choose`: find what is stored and decide
 * the encryption) and stage 8 (`apply`: encrypt or decrypt, store, and set the answer). Each
 * records its own trace step, since only it knows what happened.
 */
import type { Exchange, StageVerdict } from './exchange.ts';

export interface OperationHandler {
  choose?(x: Exchange): StageVerdict | Promise<StageVerdict>;
  apply(x: Exchange): StageVerdict | Promise<StageVerdict>;
}
