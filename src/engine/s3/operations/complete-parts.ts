/**
 * The part list of CompleteMultipartUpload, checked as S3 checks it (in this order, LS
 * complete_multipart_upload and SWIFT test_object_checksums.py, both recorded against AWS):
 * 1. no body at all: 400 InvalidRequest "You must specify at least one part";
 *    a body whose part list is empty or whose parts lack PartNumber or ETag: 400 MalformedXML
 *    (ceph/s3-tests test_multipart_upload_empty; issue 13);
 * 2. a part checksum that is not base64 of its digest, or two checksums on one part: 400
 *    InvalidArgument naming every checksum of that part;
 * 3. part numbers not ascending: 400 InvalidPartOrder;
 * 4. each part: not uploaded, or another ETag (quotes optional): 400 InvalidPart with the
 *    UploadId, PartNumber and the ETag as sent; for an upload with a checksum algorithm a listed
 *    checksum must be of that algorithm and equal to the stored one, and a COMPOSITE upload needs
 *    it on every part (a FULL_OBJECT upload combines the stored ones: LS
 *    S3Multipart.complete_multipart);
 * 5. every part but the last at least 5 MiB: 400 EntityTooSmall (LS
 *    test_multipart_complete_multipart_too_small; UG "Amazon S3 multipart upload limits").
 */
import { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm } from '../../crypto/checksum-algorithms.ts';
import { isJsonObject } from '../../json.ts';
import type { JsonObject, JsonValue } from '../../types.ts';
import type { MultipartUpload, UploadedPart } from '../../world/types.ts';
import { sameEtag, unquoted } from '../conditional/etag-match.ts';
import { S3Errors } from '../errors.ts';
import type { S3Failure } from '../failure.ts';
import { decodeChecksum } from '../integrity/checksum-value.ts';
import { WireErrors } from '../wire-errors.ts';

export const MIN_PART_SIZE = 5 * 1024 * 1024;

export interface ListedPart {
  partNumber: number;
  etag: string;
  checksums: { algorithm: ChecksumAlgorithm; value: string }[];
}

/** A refusal with the sentence the trace shows. */
export interface PartsProblem {
  failure: S3Failure;
  why: string;
  remedy: string;
}

const ETAG_REMEDY =
  'List each part with the PartNumber and the ETag that its UploadPart answered (ListParts shows them).';

/** Step 1 and 2: the list as the request body gives it. */
export function readListedParts(body: Uint8Array | JsonObject | undefined): ListedPart[] | PartsProblem {
  if (body === undefined || body instanceof Uint8Array) {
    return {
      failure: WireErrors.noPartsListed(),
      why: 'The request has no body: S3 completes exactly the parts the request lists, never "all uploaded parts".',
      remedy: ETAG_REMEDY,
    };
  }
  const listed = body.Parts as JsonValue | undefined;
  if (!Array.isArray(listed) || listed.length === 0) return malformed('The body lists no parts.');
  const parts: ListedPart[] = [];
  for (const [index, entry] of listed.entries()) {
    if (!isJsonObject(entry)) return malformed(`Part ${index + 1} of the list is not an object.`);
    const { PartNumber: number, ETag: etag } = entry;
    if (typeof number !== 'number' || !Number.isInteger(number))
      return malformed(`Part ${index + 1} of the list has no PartNumber.`);
    if (typeof etag !== 'string' || etag.trim() === '')
      return malformed(`Part ${number} is listed without the ETag that UploadPart returned.`);
    const checksums = CHECKSUM_ALGORITHMS.flatMap((algorithm) => {
      const value = entry[`Checksum${algorithm}`];
      return typeof value === 'string' ? [{ algorithm, value }] : [];
    });
    const invalid = checksums.length > 1 || checksums.some((c) => !decodeChecksum(c.algorithm, c.value));
    if (invalid) {
      return {
        failure: WireErrors.completeInvalidPartChecksum(
          checksums.map((c) => `${c.algorithm}:${c.value};`).join(''),
        ),
        why: `Part ${number} carries ${checksums.length > 1 ? 'several checksums' : 'a checksum that is not the base64 of its digest'}.`,
        remedy: 'Give each part at most one checksum, exactly as its UploadPart answered it.',
      };
    }
    parts.push({ partNumber: number, etag, checksums });
  }
  return parts;
}

function malformed(why: string): PartsProblem {
  return { failure: S3Errors.malformedXml(), why, remedy: ETAG_REMEDY };
}

/** Steps 3 to 5: the listed parts against the uploaded ones. */
export function matchListedParts(
  upload: MultipartUpload,
  listed: ListedPart[],
): UploadedPart[] | PartsProblem {
  const order = listed.findIndex((part, i) => i > 0 && part.partNumber <= (listed[i - 1]?.partNumber ?? 0));
  if (order > 0) {
    return {
      failure: WireErrors.invalidPartOrder(upload.uploadId),
      why: `Part ${listed[order]?.partNumber} is listed after part ${listed[order - 1]?.partNumber}; S3 needs ascending part numbers.`,
      remedy: 'List the parts in ascending part-number order.',
    };
  }
  const parts: UploadedPart[] = [];
  for (const entry of listed) {
    const part = upload.parts.get(entry.partNumber);
    const problem = partProblem(upload, entry, part);
    if (problem) return problem;
    if (part) parts.push(part);
  }
  const small = parts.slice(0, -1).find((part) => part.size < MIN_PART_SIZE);
  if (small) {
    return {
      failure: WireErrors.entityTooSmall(small.size, MIN_PART_SIZE, small.partNumber, unquoted(small.etag)),
      why: `Part ${small.partNumber} holds ${small.size} bytes; every part but the last must be at least 5 MiB (${MIN_PART_SIZE} bytes).`,
      remedy: 'Upload that part again with at least 5 MiB, or make it the last part.',
    };
  }
  return parts;
}

function partProblem(
  upload: MultipartUpload,
  entry: ListedPart,
  part: UploadedPart | undefined,
): PartsProblem | undefined {
  const invalidPart = (why: string): PartsProblem => ({
    failure: WireErrors.invalidPart(upload.uploadId, entry.partNumber, unquoted(entry.etag)),
    why,
    remedy: ETAG_REMEDY,
  });
  if (!part) {
    const uploaded = [...upload.parts.keys()].sort((a, b) => a - b);
    return invalidPart(
      `The request lists part ${entry.partNumber}, but the upload has ${uploaded.length === 0 ? 'no parts' : `parts ${uploaded.join(', ')}`}.`,
    );
  }
  if (!sameEtag(entry.etag, part.etag))
    return invalidPart(
      `Part ${entry.partNumber} is listed with ETag ${entry.etag}, but its UploadPart answered ${part.etag}.`,
    );
  const expected = upload.checksumAlgorithm;
  const sent = entry.checksums[0];
  if (expected && !sent && upload.checksumType !== 'FULL_OBJECT') {
    return {
      failure: WireErrors.completeMissingPartChecksum(expected, entry.partNumber),
      why: `The upload was created with x-amz-checksum-algorithm ${expected}, so every listed part needs its Checksum${expected}.`,
      remedy: `Add Checksum${expected} to part ${entry.partNumber}, as its UploadPart answered it.`,
    };
  }
  if (!sent) return undefined;
  if (expected && sent.algorithm !== expected) {
    return {
      failure: WireErrors.completePartChecksumMismatch(sent.algorithm, entry.partNumber),
      why: `Part ${entry.partNumber} is listed with a ${sent.algorithm} checksum, but S3 kept only the ${expected} checksum of the upload's parts.`,
      remedy: `Give part ${entry.partNumber} its Checksum${expected}.`,
    };
  }
  if (part.checksum?.algorithm !== sent.algorithm || part.checksum.value !== sent.value)
    return invalidPart(
      `Part ${entry.partNumber} is listed with a ${sent.algorithm} checksum that is not the one S3 stored for it.`,
    );
  return undefined;
}
