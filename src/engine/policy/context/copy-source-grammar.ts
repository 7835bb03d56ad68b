import { err, ok, type Result } from '../../result.ts';

/**
 * `x-amz-copy-source`: `bucket/key` or `/bucket/key`, the key URL-encoded, optionally followed by
 * `?versionId=...`. https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html
 */
export interface CopySource {
  bucket: string;
  key: string;
  versionId?: string;
}

export type CopySourceError = { code: 'InvalidCopySource'; message: string };

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function parseCopySource(header: string): Result<CopySource, CopySourceError> {
  const [path = '', queryText] = header.split('?', 2);
  const trimmed = path.startsWith('/') ? path.slice(1) : path;
  const slash = trimmed.indexOf('/');
  const key = slash > 0 ? decode(trimmed.slice(slash + 1)) : undefined;
  if (slash <= 0 || !key) {
    return err({
      code: 'InvalidCopySource',
      message: 'Copy Source must mention the source bucket and key: sourcebucket/sourcekey',
    });
  }
  const source: CopySource = { bucket: trimmed.slice(0, slash), key };
  const versionId = queryText === undefined ? undefined : new URLSearchParams(queryText).get('versionId');
  if (versionId) source.versionId = versionId;
  return ok(source);
}
