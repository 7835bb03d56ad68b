/**
 * The rules a trace must follow to teach (DESIGN.md "The request pipeline"; the product issue: each
 * stage pass/fail/skip with a one-line title, a detail a learner understands, the data that
 * decided; for each failure why and what would change it). `traceProblems` returns every broken
 * rule as a sentence, so a test can show all of them at once.
 */
import { isJsonObject, toJsonValue } from '../../json.ts';
import type { JsonObject, JsonValue, Outcome, S3Request, TraceStep } from '../../types.ts';
import { TRACE_STAGES } from '../../types.ts';
import { isOperation, operationInfo } from '../operation-catalog.ts';

/** Writes that encrypt data (the catalog's `encryptsData`): their crypto step must show the whole key chain. */
export const encryptsData = (operation: string) =>
  isOperation(operation) && operationInfo(operation).encryptsData;
const MODES = new Set(['SSE-S3', 'SSE-KMS', 'DSSE-KMS', 'SSE-C']);
const SSE_APPLIED = new Set(['SSE_S3', 'Default_SSE_S3', 'SSE_KMS', 'Default_SSE_KMS', 'SSE_C']);

type Request = Pick<S3Request, 'operation' | 'headers'>;

const str = (value: JsonValue | undefined) => (typeof value === 'string' ? value : undefined);
const strings = (value: JsonValue | undefined) =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
const hexOf = (value: JsonValue | undefined, bytes: number) =>
  typeof value === 'string' && new RegExp(`^[0-9a-f]{${bytes * 2}}$`).test(value);
const normalised = (text: string) => text.trim().replace(/\.$/, '');

function header(request: Request, name: string): string | undefined {
  const found = Object.entries(request.headers).find(([k]) => k.toLowerCase() === name);
  return found?.[1];
}

/** The one failing step that decided (the response step only repeats the status). */
export const decidingFailure = (trace: TraceStep[]) =>
  trace.filter((step) => step.outcome === 'fail' && step.stage !== 'response');

function shapeProblems(trace: TraceStep[]): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const step of trace) {
    const rank = TRACE_STAGES.indexOf(step.stage);
    if (rank < last) problems.push(`stage ${step.stage} comes after a later stage`);
    last = Math.max(last, rank);
    if (!step.title.trim() || /\n/.test(step.title)) problems.push(`title "${step.title}" is not one line`);
    if (!step.detail.trim()) problems.push(`step ${step.stage} has no detail`);
  }
  if (decidingFailure(trace).length > 1) problems.push('more than one failing stage');
  return problems;
}

function failureProblems(outcome: Outcome): string[] {
  const failing = decidingFailure(outcome.trace);
  if (failing.length !== 1) return [`a ${outcome.response.status} answer needs exactly one failing stage`];
  const step = failing[0] as TraceStep;
  const remedy = str(step.data?.remedy);
  if (!remedy?.trim()) return [`failing step "${step.title}" has no data.remedy`];
  const problems: string[] = [];
  if (!step.detail.endsWith(remedy)) problems.push(`"${step.title}": detail does not end with the remedy`);
  const why = step.detail.slice(0, step.detail.length - remedy.length).trim();
  const message = outcome.response.error?.message ?? '';
  if (!why) problems.push(`"${step.title}": no sentence says why`);
  if (message && normalised(why) === normalised(message))
    problems.push(`"${step.title}": the why only repeats S3's message`);
  if (message?.includes(normalised(remedy)))
    problems.push(`"${step.title}": the remedy is copied from S3's message`);
  if (step.data?.status !== outcome.response.status)
    problems.push(`"${step.title}": data.status is not the answer's status`);
  return problems;
}

function chainProblems(data: JsonObject, title: string): string[] {
  const problems: string[] = [];
  const mode = str(data.mode) ?? '';
  if (!MODES.has(mode)) problems.push(`"${title}": data.mode is ${mode || 'missing'}`);
  if (data.ivBytes !== 12) problems.push(`"${title}": ivBytes is not 12`);
  if (data.tagBytes !== 16) problems.push(`"${title}": tagBytes is not 16`);
  const ivs = strings(data.ivHex) ?? [];
  const tags = strings(data.tagHex) ?? [];
  if (ivs.length === 0 || !ivs.every((iv) => hexOf(iv, 12)))
    problems.push(`"${title}": ivHex is not 12-byte hex`);
  if (tags.length === 0 || !tags.every((tag) => hexOf(tag, 16)))
    problems.push(`"${title}": tagHex is not 16-byte hex`);
  const ciphertext = isJsonObject(data.ciphertext) ? data.ciphertext : undefined;
  if (typeof ciphertext?.length !== 'number' || typeof ciphertext.firstBytesHex !== 'string')
    problems.push(`"${title}": no ciphertext first bytes and length`);
  if (mode === 'SSE-C') {
    if (data.dataKey !== undefined) problems.push(`"${title}": SSE-C must not describe a data key`);
    if (!isJsonObject(data.customerKey) || data.customerKey.used !== true)
      problems.push(`"${title}": SSE-C must say the customer key was used`);
    return problems;
  }
  if (!isJsonObject(data.dataKey)) problems.push(`"${title}": no data key origin`);
  const wrapped = Array.isArray(data.wrappedKeys) ? data.wrappedKeys : [];
  const complete = wrapped.every(
    (w) =>
      isJsonObject(w) && typeof w.firstBytesHex === 'string' && typeof w.length === 'number' && w.length > 0,
  );
  if (wrapped.length === 0 || !complete) problems.push(`"${title}": no wrapped key bytes and length`);
  if (mode.includes('KMS')) {
    if (!/^arn:aws:kms:/.test(str(data.keyArn) ?? '')) problems.push(`"${title}": no KMS key ARN`);
    const context = isJsonObject(data.encryptionContext) ? data.encryptionContext : {};
    if (typeof context['aws:s3:arn'] !== 'string') problems.push(`"${title}": no encryption context`);
  }
  return problems;
}

function successProblems(request: Request, outcome: Outcome): string[] {
  const problems: string[] = [];
  const crypto = outcome.trace.find((step) => step.stage === 'crypto');
  const choice = outcome.trace.find((step) => step.stage === 'encryption-choice');
  if (encryptsData(request.operation)) {
    if (crypto?.outcome !== 'pass') problems.push('a successful write has no passing crypto step');
    else {
      // The rules read the step as plain JSON, as it crosses a worker or a file.
      const data = toJsonValue(crypto.data ?? {});
      problems.push(...chainProblems(isJsonObject(data) ? data : {}, crypto.title));
    }
  }
  if (operationInfo(request.operation).choosesEncryption) {
    const applied = str(choice?.data?.sseApplied) ?? '';
    if (!SSE_APPLIED.has(applied)) problems.push(`encryption choice has SSEApplied ${applied || 'missing'}`);
    if (!str(choice?.data?.chosenBy))
      problems.push('encryption choice does not say which header or default chose');
    const named =
      header(request, 'x-amz-server-side-encryption') !== undefined ||
      header(request, 'x-amz-server-side-encryption-customer-key') !== undefined;
    if (named === applied.startsWith('Default_'))
      problems.push(`SSEApplied ${applied} does not match the request's headers`);
  }
  if (request.operation === 'GetObject' && crypto?.outcome === 'pass') {
    const data = crypto.data ?? {};
    if (!str(data.openedWith)) problems.push('a read does not say which key opened the object');
    if (data.mode === 'SSE-C' && data.hmacMatch !== true)
      problems.push('an SSE-C read does not show the HMAC match');
    if (String(data.mode).includes('KMS') && typeof data.kmsDecryptCalls !== 'number')
      problems.push('a KMS read does not count its Decrypt calls');
  }
  return problems;
}

/** Every rule the trace of one answered request breaks (empty when it teaches as it should). */
export function traceProblems(request: Request, outcome: Outcome): string[] {
  const problems = shapeProblems(outcome.trace);
  const secret = header(request, 'x-amz-server-side-encryption-customer-key');
  if (secret && JSON.stringify(outcome.trace).includes(secret))
    problems.push('the trace shows the SSE-C key');
  // Status 0 is no HTTP answer at all (a refused TLS handshake): a failure too.
  const { status } = outcome.response;
  if (status === 0 || status >= 300) problems.push(...failureProblems(outcome));
  else if (decidingFailure(outcome.trace).length > 0)
    problems.push('a successful answer has a failing stage');
  else problems.push(...successProblems(request, outcome));
  return problems;
}
