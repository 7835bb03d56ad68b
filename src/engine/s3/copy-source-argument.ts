/**
 * `x-amz-copy-source` as S3 validates it: the grammar is the one the policy context reads
 * (`policy/context/copy-source-grammar.ts`); a header S3 cannot read is 400 InvalidArgument naming it.
 */
import { type CopySource, parseCopySource } from '../policy/context/copy-source-grammar.ts';
import { err, type Result } from '../result.ts';
import { failure, type S3Failure } from './failure.ts';
import { H } from './header-bag.ts';

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

export function parseCopySourceArgument(value: string | undefined): Result<CopySource, S3Failure> {
  if (value === undefined) return err(invalidCopySource(''));
  const parsed = parseCopySource(value);
  return parsed.ok ? parsed : err(invalidCopySource(value));
}
