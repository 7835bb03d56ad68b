import type { Diagnostic, Range, Severity } from '../types.ts';
import type { LineIndex } from './line-index.ts';
import type { Rank } from './s3-order.ts';

/** A diagnostic with its place in S3's reporting order. */
export interface RankedDiagnostic {
  diagnostic: Diagnostic;
  rank: Rank;
}

export interface ProblemInput {
  severity: Severity;
  code: string;
  message: string;
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
  rank: Rank;
  s3Message?: string;
}

/** Collects every problem found while parsing and checking a policy. */
export class ProblemSink {
  readonly items: RankedDiagnostic[] = [];

  constructor(readonly lines: LineIndex) {}

  add(input: ProblemInput): void {
    const range = this.lines.range(input.start, input.end);
    this.addAt(input, range);
  }

  addAt(input: Omit<ProblemInput, 'start' | 'end'>, range: Range): void {
    const diagnostic: Diagnostic = {
      severity: input.severity,
      code: input.code,
      message: input.message,
      range,
    };
    if (input.s3Message !== undefined) diagnostic.s3Message = input.s3Message;
    this.items.push({ diagnostic, rank: input.rank });
  }
}
