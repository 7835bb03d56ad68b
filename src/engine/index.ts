/**
 * The engine's public surface. `src/state`, `src/ui` and `src/cli` import the engine only from here.
 */

export { bodyToBytes } from './body.ts';
export type {
  ClientSideError,
  ClientSideMetadata,
  ClientSideObject,
  ClientWrapping,
  EnvelopeV2Key,
} from './client-side/index.ts';
export {
  CEK_ALG,
  CEK_ALG_CONTEXT_KEY,
  decryptClientSide,
  ENVELOPE_V2_KEYS,
  encryptClientSide,
  readEnvelope,
} from './client-side/index.ts';
export type { SealedBytes } from './crypto/aes-gcm.ts';
export { fromBase64, fromHex, toBase64, toHex } from './crypto/bytes.ts';
export { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm } from './crypto/checksum-algorithms.ts';
export { checksumDigest } from './crypto/checksums.ts';
export {
  type ChunkedBytes,
  chunksOf,
  copyOfData,
  isObjectData,
  leadingBytes,
  type ObjectData,
} from './crypto/chunked-bytes.ts';
export { md5Base64, md5Bytes } from './crypto/md5.ts';
export * from './deps.ts';
export { DIFFERENCES, type DifferenceId, type DifferenceNote } from './differences/catalog.ts';
export { setupKeyOfCreateKey } from './kms/create-key-input.ts';
export type {
  CreateKeyInput,
  KeyManager,
  Kms,
  KmsCaller,
  KmsCryptoAction,
  KmsError,
  KmsErrorCode,
  KmsKeyInfo,
  KmsKeyMetadata,
  KmsKeySnapshot,
} from './kms/types.ts';
export { formatBytes, MAX_AUDIT_EVENTS, MAX_REQUEST_BODY_BYTES, MIB } from './limits.ts';
export * from './matrix/index.ts';
export { BUCKET_KEY_WINDOW_MS } from './modes/index.ts';
export type {
  BucketKeySnapshot,
  KmsWrappedKey,
  ModeError,
  ModeName,
  StoredCiphertext,
  StoredKeyMaterial,
} from './modes/types.ts';
export {
  checkVpcEndpoint,
  type VpcEndpoint,
  type VpcEndpointProblem,
} from './network/vpc-endpoint.ts';
export type { Authorization, AuthorizeS3Input } from './policy/authorize/index.ts';
export { authorizeS3 } from './policy/authorize/index.ts';
export { DENY_UNENCRYPTED_AND_HTTP } from './policy/bench/cases.ts';
export type { BenchReport, BenchResult } from './policy/bench/run-bench.ts';
export { runBenchmarks } from './policy/bench/run-bench.ts';
export type {
  ActionResourceKind,
  ConditionKeyInfo,
  ConditionKeyType,
  OperatorFamily,
  OperatorInfo,
  OperatorValueType,
  ParsedOperator,
  S3ActionInfo,
} from './policy/catalog/index.ts';
export {
  allOperatorSpellings,
  CONDITION_KEYS,
  closestName,
  conditionKeyNames,
  findConditionKey,
  findS3Action,
  keyAppliesToAction,
  OPERATOR_CATALOG,
  parseOperatorName,
  S3_ACTIONS,
  s3ActionsMatching,
} from './policy/catalog/index.ts';
export type { CopySource, CopySourceError, S3ContextInput } from './policy/context/index.ts';
export {
  buildCopySourceContext,
  buildS3RequestContext,
  iamActionFor,
  parseCopySource,
  parsePrincipal,
  resourceArnFor,
} from './policy/context/index.ts';
export type {
  ConditionTrace,
  ContextKey,
  Decision,
  ElementTrace,
  EvaluateOptions,
  EvaluationKind,
  PolicyEvaluation,
  PrincipalMatchKind,
  PrincipalTrace,
  PrincipalType,
  RequestContext,
  RequestPrincipal,
  StatementTrace,
} from './policy/evaluate/index.ts';
export { evaluatePolicy } from './policy/evaluate/index.ts';
export type { ConditionOperator } from './policy/operators/index.ts';
export { CONDITION_OPERATORS, findOperator } from './policy/operators/index.ts';
export type { PolicyCheckOptions, PolicyKind } from './policy/parse/index.ts';
export { parsePolicy } from './policy/parse/index.ts';
export type { PublicPolicyStatus } from './policy/public/index.ts';
export { isPublicPolicy } from './policy/public/index.ts';
export type * from './policy/types.ts';
export type { NamedAccount, NamedInPolicy } from './policy/validate/named-accounts.ts';
export { namedInPolicy, namedInPolicyText } from './policy/validate/named-accounts.ts';
export type { MalformedPolicyError } from './policy/validate/put-check.ts';
export { checkPolicyForPut } from './policy/validate/put-check.ts';
export * from './result.ts';
export { wentThrough } from './s3/answer-status.ts';
export { H as HEADER_NAMES } from './s3/header-bag.ts';
export { addSdkChecksum } from './s3/integrity/sdk-checksum.ts';
export type { BodyKind, OperationInfo, OperationScope, SseHeaderUse } from './s3/operation-catalog.ts';
export {
  isOperation,
  OPERATION_CATALOG,
  operationInfo,
  refusedSseHeader,
  WRITE_ONLY_SSE_HEADERS,
} from './s3/operation-catalog.ts';
export {
  type InputTemplateContext,
  inputTemplate,
  KEY_ID_PLACEHOLDER,
  startingHeaders,
} from './s3/operation-input.ts';
export { MIN_PART_SIZE } from './s3/operations/complete-parts.ts';
export * from './scenario/index.ts';
export { answerValues, type PlaceholderValues, substituteDeep } from './scenario/placeholders.ts';
export type { StageData, StageStep, StepOutcome } from './trace/index.ts';
export { decidedByOf, findStep, isStage } from './trace/index.ts';
export type * from './trace/stage-data.ts';
export * from './types.ts';
export type { World } from './world/create-world.ts';
export { createWorld } from './world/create-world.ts';
export { principalExistsAmong } from './world/principal-exists.ts';
export { SETUP_DEFAULTS } from './world/setup-defaults.ts';
export type {
  BucketSnapshot,
  SegmentSnapshot,
  UploadSnapshot,
  VersionSnapshot,
  WorldSnapshot,
} from './world/snapshot.ts';
