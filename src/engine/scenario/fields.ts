/**
 * The members of each object of the scenario format, in the order docs/scenario-format.md lists
 * them. The validator refuses any other member; the exporter writes them in this order. Each list
 * is checked against its type, so a renamed field cannot drift between the two.
 */
import type {
  EncryptionConfiguration,
  EncryptionRule,
  KmsKeySetup,
  ObjectSetup,
  OtherBucketSetup,
  PrincipalSetup,
  PublicAccessBlockConfiguration,
  Setup,
} from '../types.ts';
import type { Expect, Scenario, ScenarioRequest, Step } from './types.ts';

type Fields<T> = readonly (keyof T & string)[];

export const SCENARIO_FIELDS = [
  'id',
  'title',
  'description',
  'source',
  'tags',
  'setup',
  'steps',
] as const satisfies Fields<Scenario>;

export const SETUP_FIELDS = [
  'account',
  'region',
  'bucket',
  'bucketEncryption',
  'versioning',
  'publicAccessBlock',
  'policy',
  'kmsKeys',
  'kmsRequestsPerSecond',
  'objects',
  'principals',
  'otherBuckets',
] as const satisfies Fields<Setup>;

export const ENCRYPTION_CONFIGURATION_FIELDS = ['Rules'] as const satisfies Fields<EncryptionConfiguration>;

export const ENCRYPTION_RULE_FIELDS = [
  'ApplyServerSideEncryptionByDefault',
  'BucketKeyEnabled',
  'BlockedEncryptionTypes',
] as const satisfies Fields<EncryptionRule>;

export const BY_DEFAULT_FIELDS = ['SSEAlgorithm', 'KMSMasterKeyID'] as const satisfies Fields<
  NonNullable<EncryptionRule['ApplyServerSideEncryptionByDefault']>
>;

export const PUBLIC_ACCESS_BLOCK_FIELDS = [
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets',
] as const satisfies Fields<PublicAccessBlockConfiguration>;

export const KMS_KEY_FIELDS = [
  'id',
  'alias',
  'region',
  'account',
  'state',
  'policy',
] as const satisfies Fields<KmsKeySetup>;

export const OBJECT_FIELDS = ['key', 'body', 'headers'] as const satisfies Fields<ObjectSetup>;

export const PRINCIPAL_FIELDS = ['arn', 'policy'] as const satisfies Fields<PrincipalSetup>;

export const OTHER_BUCKET_FIELDS = [
  'name',
  'account',
  'bucketEncryption',
  'versioning',
  'policy',
  'objects',
] as const satisfies Fields<OtherBucketSetup>;

export const STEP_FIELDS = ['request', 'expect', 'explain', 'afterMs'] as const satisfies Fields<Step>;

export const REQUEST_FIELDS = [
  'operation',
  'bucket',
  'key',
  'https',
  'tlsVersion',
  'signature',
  'principal',
  'sourceIp',
  'vpcEndpoint',
  'headers',
  'query',
  'body',
  'authType',
  'expiresSeconds',
  'signatureAgeMs',
  'postPolicy',
  'sourceArn',
  'sourceAccount',
] as const satisfies Fields<ScenarioRequest>;

export const EXPECT_FIELDS = [
  'status',
  'errorCode',
  'errorMessage',
  'errorFields',
  'headers',
  'headersAbsent',
  'body',
] as const satisfies Fields<Expect>;
