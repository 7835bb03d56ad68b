/**
 * CloudTrail-shaped records of KMS calls. Field shapes follow the KMS Developer Guide examples
 * (ct-generatedatakey.html: requestParameters { keyId, keySpec: "AES_256", encryptionContext };
 * ct-decrypt.html: { encryptionContext, encryptionAlgorithm: "SYMMETRIC_DEFAULT" }, resources
 * with the key ARN). When S3 calls on a requester's behalf, userIdentity is the requester with
 * `invokedBy: "s3.amazonaws.com"` and sourceIPAddress is the service name, as CloudTrail records
 * calls an AWS service makes for you (CloudTrail userIdentity and record-contents reference).
 * Key-management calls are CloudTrail management events with the caller's identity and address.
 */
import { isoSeconds } from '../iso-seconds.ts';
import type { AuditEvent, JsonObject } from '../types.ts';
import { cloudTrailIdentityType, principalOf } from './principal.ts';
import type { KmsCaller, KmsCryptoAction, KmsError } from './types.ts';

export interface AuditFacts {
  action: KmsCryptoAction;
  nowMs: number;
  region: string;
  principalArn: string;
  sourceIp: string;
  viaS3: boolean;
  /** The key id as the caller named it (GenerateDataKey), and the resolved key ARN when known. */
  requestedKeyId?: string;
  keyArn?: string;
  encryptionContext: Record<string, string>;
  error?: KmsError;
}

function identityOf(principalArn: string, viaS3: boolean): AuditEvent['userIdentity'] {
  const principal = principalOf(principalArn);
  const anonymous = principal.type === 'Anonymous';
  const userIdentity: AuditEvent['userIdentity'] = {
    type: cloudTrailIdentityType(principal.type),
    arn: anonymous ? '' : principal.arn,
    accountId: anonymous ? 'anonymous' : principal.account,
  };
  if (viaS3) userIdentity.invokedBy = 's3.amazonaws.com';
  return userIdentity;
}

export function auditEvent(facts: AuditFacts): AuditEvent {
  const encryptionContext: JsonObject = { ...facts.encryptionContext };
  const requestParameters: JsonObject =
    facts.action === 'GenerateDataKey'
      ? { keyId: facts.requestedKeyId ?? facts.keyArn ?? '', encryptionContext, keySpec: 'AES_256' }
      : { encryptionContext, encryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
  const event: AuditEvent = {
    eventTime: isoSeconds(facts.nowMs),
    eventSource: 'kms.amazonaws.com',
    eventName: facts.action,
    awsRegion: facts.region,
    sourceIPAddress: facts.viaS3 ? 's3.amazonaws.com' : facts.sourceIp,
    userIdentity: identityOf(facts.principalArn, facts.viaS3),
    requestParameters,
    responseElements: null,
  };
  if (facts.keyArn) event.resources = [{ ARN: facts.keyArn, type: 'AWS::KMS::Key' }];
  if (facts.error) {
    event.errorCode = facts.error.code;
    event.errorMessage = facts.error.message;
  }
  return event;
}

/** A key-management call (CreateKey, DisableKey, ...), made directly by `caller`. */
export interface ManagementFacts {
  eventName: string;
  nowMs: number;
  region: string;
  caller: KmsCaller;
  keyArn?: string;
  requestParameters: JsonObject;
  responseElements?: JsonObject;
  error?: KmsError;
}

export function managementEvent(facts: ManagementFacts): AuditEvent {
  const event: AuditEvent = {
    eventTime: isoSeconds(facts.nowMs),
    eventSource: 'kms.amazonaws.com',
    eventName: facts.eventName,
    awsRegion: facts.region,
    sourceIPAddress: facts.caller.sourceIp,
    userIdentity: identityOf(facts.caller.principalArn, false),
    requestParameters: facts.requestParameters,
    responseElements: facts.error ? null : (facts.responseElements ?? null),
  };
  if (facts.keyArn) event.resources = [{ ARN: facts.keyArn, type: 'AWS::KMS::Key' }];
  if (facts.error) {
    event.errorCode = facts.error.code;
    event.errorMessage = facts.error.message;
  }
  return event;
}
