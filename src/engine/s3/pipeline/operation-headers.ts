/**
 * Headers and query parameters one operation needs (MODEL): a part number for parts, the list of
 * attributes for GetObjectAttributes, a metadata directive S3 knows for CopyObject.
 */
import { failure } from '../failure.ts';
import { H } from '../header-bag.ts';
import type { Exchange } from './exchange.ts';

interface Problem {
  failure: ReturnType<typeof failure>;
  header: string;
  title: string;
  detail: string;
}

export function checkOperationHeaders(x: Exchange): Problem | undefined {
  const { operation, query } = x.request;
  if (operation === 'UploadPart' || operation === 'UploadPartCopy') {
    const partNumber = query.partNumber ?? '';
    if (!/^\d+$/.test(partNumber) || Number(partNumber) < 1 || Number(partNumber) > 10000) {
      return {
        failure: failure(
          400,
          'InvalidArgument',
          'Part number must be an integer between 1 and 10000, inclusive',
          {
            ArgumentName: 'partNumber',
            ArgumentValue: partNumber,
          },
        ),
        header: 'partNumber',
        title: 'Invalid part number',
        detail: 'Parts are numbered 1 to 10000: give partNumber in the query.',
      };
    }
  }
  if (operation === 'GetObjectAttributes' && !x.headers.get(H.objectAttributes)) {
    return {
      failure: failure(
        400,
        'InvalidArgument',
        'The x-amz-object-attributes header specifying the attributes to be retrieved is either missing or empty',
        { ArgumentName: H.objectAttributes },
      ),
      header: H.objectAttributes,
      title: 'No attributes requested',
      detail: 'GetObjectAttributes needs x-amz-object-attributes, e.g. "ETag,ObjectSize".',
    };
  }
  const directive = x.headers.get(H.metadataDirective);
  if (
    operation === 'CopyObject' &&
    directive !== undefined &&
    directive !== 'COPY' &&
    directive !== 'REPLACE'
  ) {
    return {
      failure: failure(400, 'InvalidArgument', 'Unknown metadata directive.', {
        ArgumentName: H.metadataDirective,
        ArgumentValue: directive,
      }),
      header: H.metadataDirective,
      title: 'Unknown metadata directive',
      detail: 'x-amz-metadata-directive is COPY (the default) or REPLACE.',
    };
  }
  return undefined;
}
