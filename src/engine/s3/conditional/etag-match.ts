/**
 * How S3 compares an ETag a request names with the stored one: quotes are optional, even one of
 * them (MOTO-AWS test_put_object_if_match: "S3 is flexible - it will accept ETags without quotes",
 * "And ETags with one quote removed"); `If-None-Match` and `If-Match` on reads may list several.
 */
const bare = (etag: string) => etag.trim().replace(/^W\//, '').replaceAll('"', '');

export const sameEtag = (sent: string, stored: string) => bare(sent) === bare(stored);

/** `*` or a comma-separated list of ETags, any of which may match. */
export function anyEtagMatches(header: string, stored: string): boolean {
  return header.split(',').some((item) => item.trim() === '*' || sameEtag(item, stored));
}

/** The ETag as S3 repeats it in error fields: without quotes (SWIFT InvalidPart ETag field). */
export const unquoted = bare;
