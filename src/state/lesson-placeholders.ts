/**
 * "Save as lesson" writes what S3 generated as placeholders (docs/scenario-format.md, "Request"):
 * an upload id, a version id or an ETag returned by one step and sent again by a later one is
 * `{{uploadId:N}}`, `{{versionId:N}}` or `{{etag:N}}`, so the saved lesson passes `npm run
 * scenarios`, where the world generates other ids.
 */
import { answerValues, type Outcome, type RequestInput, substituteDeep } from '../engine/index.ts';

/** A value S3 generated, and the placeholder that names it in a later step. */
interface Generated {
  literal: string;
  placeholder: string;
}

export interface PlaceholderWriter {
  /** The request with every value an earlier step generated written as its placeholder. */
  write(request: RequestInput): RequestInput;
  /** Records what the answer of scenario step `step` generated. */
  learn(step: number, request: RequestInput, outcome: Outcome): void;
}

/** The ETag as S3 sends it, quoted; parts of a Complete may also carry it unquoted. */
const etagForms = (etag: string) => [etag, etag.replace(/^"(.*)"$/, '$1')];

export function placeholderWriter(): PlaceholderWriter {
  // Longest first, so an ETag's quoted form is replaced before its bare hex.
  let known: Generated[] = [];
  const add = (literal: string | undefined, placeholder: string) => {
    if (!literal || literal === 'null' || known.some((g) => g.literal === literal)) return;
    known = [...known, { literal, placeholder }].sort((a, b) => b.literal.length - a.literal.length);
  };
  const replace = (text: string) =>
    known.reduce((written, g) => written.split(g.literal).join(g.placeholder), text);
  return {
    write: (request) => {
      const { body, ...rest } = request;
      const written = substituteDeep(rest, replace);
      return body === undefined ? written : { ...written, body: substituteDeep(body, replace) };
    },
    learn: (step, request, outcome) => {
      const { etag, uploadId } = answerValues(request.operation, outcome.response);
      add(uploadId, `{{uploadId:${step}}}`);
      add(outcome.response.headers['x-amz-version-id'], `{{versionId:${step}}}`);
      if (etag) for (const form of etagForms(etag)) add(form, `{{etag:${step}}}`);
    },
  };
}
