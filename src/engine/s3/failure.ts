/**
 * An S3 error as the pipeline carries it until the response stage writes it out: status, code,
 * message and the other children of `<Error>` (ArgumentName, BucketName, Key, ...).
 */
import type { JsonObject, S3Error, TraceStep } from '../types.ts';

export interface S3Failure extends S3Error {
  status: number;
  /** Response headers that come with the error (x-amz-delete-marker on a deleted key, ...). */
  headers?: Record<string, string>;
  /** What decided, for the trace only (never sent): e.g. the KMS key-policy evaluation. */
  traceData?: JsonObject;
}

export function failure(
  status: number,
  code: string,
  message: string,
  fields: Record<string, string> = {},
): S3Failure {
  return { status, code, message, fields };
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** The error body exactly as S3 writes it: XML declaration, then one line of `<Error>`. */
export function errorXml(error: S3Error, requestId: string, hostId: string): string {
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const fields = Object.entries(error.fields).map(([name, value]) => element(name, value));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error>',
    element('Code', error.code),
    element('Message', error.message),
    ...fields,
    element('RequestId', requestId),
    element('HostId', hostId),
    '</Error>',
  ].join('');
}

/**
 * The trace step of an exception: the engine answers 500 InternalError instead of throwing, and
 * says that this is a simulator bug, not S3 behaviour.
 */
export function simulatorBugStep(error: unknown): TraceStep {
  const text = error instanceof Error ? error.message : String(error);
  return {
    stage: 'response',
    outcome: 'fail',
    title: 'Simulator bug',
    detail: `The simulator threw an exception (${text}). This is a bug in the simulator, not S3 behaviour.`,
  };
}
