/** The bucket and KMS key the snippets name: the world's bucket and its first customer managed key. */
import type { Setup } from '../../engine/index.ts';
import type { KeySnapshot } from '../../state/engine-port.ts';
import { DEFAULT_ACCOUNT, DEFAULT_BUCKET } from '../../state/request-draft.ts';
import type { SnippetTarget } from './policy-snippets.ts';

const DEFAULT_REGION = 'us-east-1';

export function snippetTargetOf(setup: Setup, keys: readonly KeySnapshot[] | undefined): SnippetTarget {
  const customerKey = keys?.find((key) => key.manager === 'CUSTOMER');
  return {
    bucket: setup.bucket ?? DEFAULT_BUCKET,
    kmsKeyArn:
      customerKey?.arn ??
      `arn:aws:kms:${setup.region ?? DEFAULT_REGION}:${setup.account ?? DEFAULT_ACCOUNT}:key/<key-id>`,
  };
}
