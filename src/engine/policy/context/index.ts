export { buildCopySourceContext, buildS3RequestContext, type S3ContextInput } from './build-s3-context.ts';
export { type CopySource, type CopySourceError, parseCopySource } from './copy-source.ts';
export { iamActionFor, resourceArnFor } from './iam-action.ts';
export { parsePrincipal } from './principal.ts';
export type { ContextKey, PrincipalType, RequestContext, RequestPrincipal } from './types.ts';
