import { parsePolicy } from '../../parse/index.ts';
import type { Diagnostic } from '../../types.ts';

/** Test helper: the diagnostics with this code for a policy of test-bucket. */
export const diagnosticsCoded = (text: string, code: string): Diagnostic[] =>
  parsePolicy(text, { bucket: 'test-bucket' }).diagnostics.filter((d) => d.code === code);

/** Test helper: the text each diagnostic with this code marks, in order. */
export const textMarked = (text: string, code: string): string[] =>
  diagnosticsCoded(text, code).map((d) => text.slice(d.range.start.offset, d.range.end.offset));
