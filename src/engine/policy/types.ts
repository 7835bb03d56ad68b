/**
 * The bucket-policy language as plain data: a parsed policy keeps a source range for every
 * element, so the editor can underline the exact value and the trace can point at the statement
 * that decided.
 */

/** 1-based line and column, 0-based offset into the text (UTF-16 code units, like Monaco). */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem in a policy. `code` is stable (tests and the UI key on it). For errors S3 reports on
 * PutBucketPolicy, `s3Message` is S3's exact `MalformedPolicy` message.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  range: Range;
  s3Message?: string;
}

export interface Located<T> {
  value: T;
  range: Range;
}

export type Effect = 'Allow' | 'Deny';

/** `"Principal": "*"` is `{ kind: 'wildcard' }`; otherwise the map form with each value located. */
export type PrincipalSpec =
  | { kind: 'wildcard'; range: Range }
  | { kind: 'map'; entries: Record<string, Located<string>[]>; range: Range };

/** One operator/key/values triple of a Condition block, e.g. `ForAnyValue:StringNotEqualsIfExists`. */
export interface ConditionEntry {
  /** The operator as written, e.g. `ForAllValues:StringLikeIfExists`. */
  operator: Located<string>;
  /** Without the set prefix and the IfExists suffix, e.g. `StringLike`. */
  baseOperator: string;
  setOperator?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
  key: Located<string>;
  values: Located<string>[];
}

export interface Statement {
  /** Position in the Statement array (0-based); a single statement object is index 0. */
  index: number;
  sid?: Located<string>;
  effect: Located<Effect>;
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  action?: Located<string>[];
  notAction?: Located<string>[];
  resource?: Located<string>[];
  notResource?: Located<string>[];
  conditions: ConditionEntry[];
  range: Range;
}

export interface Policy {
  version?: Located<string>;
  id?: Located<string>;
  statements: Statement[];
  range: Range;
}

export interface ParseResult {
  /** Absent only when the text is not a JSON object at all. */
  policy?: Policy;
  diagnostics: Diagnostic[];
}
