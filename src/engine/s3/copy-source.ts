/**
 * `x-amz-copy-source`: `bucket/key` or `/bucket/key`, the key URL-encoded, optionally followed by
 * `?versionId=` (MODEL CopyObject `CopySource`).
 */
import { err, ok, type Result } from '../result.ts';
import { failure, type S3Failure } from './failure.ts';
import { H } from './header-bag.ts';

export interface CopySourceRef {
  bucket: string;
  key: string;
  versionId?: string;
}

const invalidCopySource = (value: string) =>
  failure(
    400,
    'InvalidArgument',
    'Copy Source must mention the source bucket and key: sourcebucket/sourcekey',
    {
      ArgumentName: H.copySource,
      ArgumentValue: value,
    },
  );

export function parseCopySource(value: string | undefined): Result<CopySourceRef, S3Failure> {
  if (value === undefined) return err(invalidCopySource(''));
  const [path = '', query] = splitOnce(value.startsWith('/') ? value.slice(1) : value, '?');
  const [bucket = '', encodedKey = ''] = splitOnce(path, '/');
  const key = safeDecode(encodedKey);
  if (!bucket || !key) return err(invalidCopySource(value));
  if (query === undefined) return ok({ bucket, key });
  const versionId = new URLSearchParams(query).get('versionId');
  return versionId ? ok({ bucket, key, versionId }) : ok({ bucket, key });
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
