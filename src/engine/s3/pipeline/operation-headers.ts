/**
 * Headers and query parameters one operation needs (MODEL): a part number for parts, the list of
 * attributes for GetObjectAttributes, a metadata directive S3 knows for CopyObject.
 */
import { S3Errors } from '../errors.ts';
import { failure, type S3Failure } from '../failure.ts';
import { H } from '../header-bag.ts';
import { type Exchange, touches } from './exchange.ts';

/** Parts are numbered 1 to 10000 (MODEL UploadPart PartNumber). */
export const isPartNumber = (text: string) =>
  /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 10000;

/** A 400 found while validating headers, with the header at fault and the trace's words. */
export interface HeaderProblem {
  failure: S3Failure;
  header: string;
  title: string;
  /** Why S3 refused the header, and what to send instead. */
  why: string;
  remedy: string;
  /** The value as sent, when there is one. */
  sent?: string;
}

export function checkOperationHeaders(x: Exchange): HeaderProblem | undefined {
  const { operation, query } = x.request;
  if (x.traits.addsPart) {
    const partNumber = query.partNumber ?? '';
    if (!isPartNumber(partNumber))
      return invalidPartNumber(partNumber, 'Give partNumber in the query as a whole number from 1 to 10000.');
  }
  if (x.traits.readsObject && query.partNumber !== undefined) {
    touches(x, 'part-number-check-order');
    const problem = partReadProblem(x, query.partNumber);
    if (problem) return problem;
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
      why: 'GetObjectAttributes returns only the attributes you ask for, and the request names none.',
      remedy: 'Send x-amz-object-attributes, for example "ETag,ObjectSize".',
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
      why: `x-amz-metadata-directive is "${directive}", which S3 does not know.`,
      remedy: 'Send COPY (the default) or REPLACE.',
    };
  }
  return undefined;
}

/**
 * A part read: `partNumber` with a `Range` header is refused whatever the part number (it "trumps
 * bad partNumber"), then the number must be 1 to 10000 (openstack/swift test/s3api/test_mpu.py
 * `test_get_object_partNumber_and_range`, `test_part_number_non_mpu`, run against AWS; LocalStack
 * tests/aws/services/s3/test_s3.snapshot.json `test_get_object_part`).
 */
function partReadProblem(x: Exchange, partNumber: string): HeaderProblem | undefined {
  const range = x.headers.get(H.range);
  if (range !== undefined) {
    return {
      failure: failure(
        400,
        'InvalidRequest',
        'Cannot specify both Range header and partNumber query parameter',
      ),
      header: H.range,
      title: 'Range together with partNumber',
      why: 'A part read already names its bytes (the part), so S3 refuses a Range header beside partNumber.',
      remedy: 'Send either partNumber or a Range header, not both.',
      sent: range,
    };
  }
  if (isPartNumber(partNumber)) return undefined;
  return invalidPartNumber(
    partNumber,
    'Give partNumber as a whole number from 1 to 10000, or leave it out to read the whole object.',
  );
}

function invalidPartNumber(partNumber: string, remedy: string): HeaderProblem {
  return {
    failure: S3Errors.partNumberOutOfRange(partNumber),
    header: 'partNumber',
    title: 'Invalid part number',
    why: `partNumber is "${partNumber}", but parts are numbered 1 to 10000.`,
    remedy,
    sent: partNumber,
  };
}
