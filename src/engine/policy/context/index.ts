export { iamActionFor, resourceArnFor } from '../../s3/operation-catalog.ts';
export { buildCopySourceContext, buildS3RequestContext, type S3ContextInput } from './build-s3-context.ts';
export { type CopySource, type CopySourceError, parseCopySource } from './copy-source-grammar.ts';
export { parsePrincipal } from './principal.ts';
export type { ContextKey, PrincipalType, RequestContext, RequestPrincipal } from './types.ts';
