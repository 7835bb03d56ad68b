export { authorizeS3 } from './authorize-s3.ts';
export type { Authorization, AuthorizeS3Input } from './types.ts';
