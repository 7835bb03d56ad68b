/**
 * Query parameters S3 needs for an operation (the engine's catalog: `requiredQuery`) that the
 * request does not give. The exports write a placeholder for each, with a comment saying what to
 * fill in, instead of a command that cannot work: the AWS CLI refuses `upload-part` without
 * `--upload-id` and `--part-number` (both required in its reference), and S3 refuses the request
 * (400 InvalidArgument for a missing partNumber, as Send shows; 404 NoSuchUpload for an upload id
 * it does not know).
 */
import { operationInfo, type RequestInput } from '../../engine/index.ts';

/** What to fill in for each query parameter S3 may need. */
const FILL_IN: Record<string, string> = {
  uploadId: '<UploadId from create-multipart-upload>',
  partNumber: '<part number, 1 to 10000>',
  versionId: '<VersionId>',
};

export interface MissingQuery {
  /** The placeholders to write, by query parameter. */
  placeholders: Record<string, string>;
  /** The comment line above the command; null when nothing is missing. */
  note: string | null;
}

export function missingQuery(request: RequestInput, optionOf: (name: string) => string): MissingQuery {
  const given = request.query ?? {};
  const missing = operationInfo(request.operation).requiredQuery.filter(
    (name) => (given[name] ?? '').trim() === '',
  );
  if (missing.length === 0) return { placeholders: {}, note: null };
  const placeholders = Object.fromEntries(missing.map((name) => [name, FILL_IN[name] ?? `<${name}>`]));
  const names = missing.map(optionOf).join(' and ');
  return {
    placeholders,
    note: `# ${request.operation} needs ${names}, which the request builder does not give yet: fill in the placeholder${missing.length === 1 ? '' : 's'} (sent without, S3 refuses the request).`,
  };
}
