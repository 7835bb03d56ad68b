/** PutBucketVersioning: `{"Status":"Enabled"|"Suspended"}`; existing versions are kept. */

import { isJsonObject } from '../../json.ts';
import { S3Errors } from '../errors.ts';
import type { BucketHandler } from '../pipeline/handler.ts';
import { inputJson } from './bucket-input.ts';

export const putBucketVersioning: BucketHandler = {
  apply(x, record) {
    const input = inputJson(x);
    const status = isJsonObject(input) ? input.Status : undefined;
    if (status !== 'Enabled' && status !== 'Suspended') {
      return record.fail(
        S3Errors.malformedXml(),
        'Invalid versioning status',
        `The versioning status is ${JSON.stringify(status ?? null)}, which S3 does not know.`,
        'Send Status Enabled or Suspended (a bucket cannot go back to never versioned).',
      );
    }
    x.bucket!.versioning = status;
    record.step(
      'pass',
      `Versioning ${status}`,
      status === 'Enabled'
        ? 'Each write now adds a version with its own id.'
        : 'New writes replace the null version; older versions stay.',
    );
    x.answer = { status: 200, headers: {} };
    return undefined;
  },
};
