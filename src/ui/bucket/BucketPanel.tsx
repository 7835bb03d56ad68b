import { encryptionConfiguration } from '../../state/bucket-form.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { CodeBlock } from '../common/CodeBlock.tsx';
import { BlockPublicAccessFields } from './BlockPublicAccessFields.tsx';
import { DefaultEncryptionFields } from './DefaultEncryptionFields.tsx';
import { VersioningFields } from './VersioningFields.tsx';

const selectForm = (s: PlaygroundState) => s.bucketForm;
const selectBucket = (s: PlaygroundState) => s.setup.bucket ?? 'test-bucket';

/** The bucket's configuration; each "Apply" sends the bucket-level operation and shows S3's answer. */
export function BucketPanel() {
  const form = usePlayground(selectForm);
  const bucket = usePlayground(selectBucket);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm">
        Bucket <span className="font-mono">{bucket}</span>
      </p>
      <DefaultEncryptionFields />
      <CodeBlock
        label="aws s3api put-bucket-encryption --server-side-encryption-configuration"
        code={JSON.stringify(encryptionConfiguration(form), null, 2)}
      />
      <VersioningFields />
      <BlockPublicAccessFields />
      <CodeBlock
        label="aws s3api put-public-access-block --public-access-block-configuration"
        code={JSON.stringify(form.publicAccessBlock, null, 2)}
      />
    </div>
  );
}
