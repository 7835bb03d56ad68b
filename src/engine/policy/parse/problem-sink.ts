import type { Diagnostic, Range, Severity } from '../types.ts';
import type { LineIndex } from './line-index.ts';
import type { Rank } from './s3-order.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A diagnostic with its place in S3's reporting order. */
export interface RankedDiagnostic {
  diagnostic: Diagnostic;
  rank: Rank;
}

interface ProblemFields {
  code: string;
  message: string;
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  rank: Rank;
}

/**
 * A problem is either a refusal, with S3's `MalformedPolicy` message, or advice about a policy S3
 * stores as written (a value that never matches, a key S3 never sends). The severity follows from
 * which it is, in `severityOf`, never from the caller: something S3 accepts is never an error.
 */
export type ProblemInput = ProblemFields &
  ({ s3Message: string; severity?: never } | { severity: Exclude<Severity, 'error'>; s3Message?: never });

/** The one rule: an error is what S3 refuses (it has S3's message); anything S3 stores is advice. */
export const severityOf = (input: Pick<ProblemInput, 'severity' | 's3Message'>): Severity =>
  input.s3Message !== undefined ? 'error' : (input.severity ?? 'warning');

/** Collects every problem found while parsing and checking a policy. */
export class ProblemSink {
  readonly items: RankedDiagnostic[] = [];

  constructor(readonly lines: LineIndex) {}

  add(input: ProblemInput): void {
    const range = this.lines.range(input.start, input.end);
    this.addAt(input, range);
  }

  addAt(input: DistributiveOmit<ProblemInput, 'start' | 'end'>, range: Range): void {
    const diagnostic: Diagnostic = {
      severity: severityOf(input),
      code: input.code,
      message: input.message,
      range,
    };
    if (input.s3Message !== undefined) diagnostic.s3Message = input.s3Message;
    this.items.push({ diagnostic, rank: input.rank });
  }
}
