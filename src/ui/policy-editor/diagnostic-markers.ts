/**
 * Engine diagnostics as Monaco marker data. Pure (Monaco is only a type here), so it is unit-tested
 * in Node and the first paint never loads Monaco for it.
 */
import type { editor } from 'monaco-editor/editor';
import type { Diagnostic, Severity } from '../../engine/index.ts';

/** Monaco's MarkerSeverity values (Hint 1, Info 2, Warning 4, Error 8), without importing Monaco. */
const SEVERITY: Record<Severity, editor.IMarkerData['severity']> = { error: 8, warning: 4, info: 2 };

/** The owner our markers are filed under, apart from the JSON language's own markers. */
export const POLICY_MARKER_OWNER = 'policy';

/**
 * One marker per diagnostic, at its 1-based range. An empty range (a missing element) would draw
 * nothing, so it is widened to one character. S3's own refusal text is appended when it differs.
 */
export function diagnosticToMarker(diagnostic: Diagnostic): editor.IMarkerData {
  const { start, end } = diagnostic.range;
  const empty = end.line < start.line || (end.line === start.line && end.column <= start.column);
  const message =
    diagnostic.s3Message && diagnostic.s3Message !== diagnostic.message
      ? `${diagnostic.message}\nS3 answers PutBucketPolicy with: ${diagnostic.s3Message}`
      : diagnostic.message;
  return {
    severity: SEVERITY[diagnostic.severity],
    message,
    code: diagnostic.code,
    source: 'S3 policy',
    startLineNumber: start.line,
    startColumn: start.column,
    endLineNumber: empty ? start.line : end.line,
    endColumn: empty ? start.column + 1 : end.column,
  };
}

export function diagnosticsToMarkers(diagnostics: readonly Diagnostic[]): editor.IMarkerData[] {
  return diagnostics.map(diagnosticToMarker);
}
