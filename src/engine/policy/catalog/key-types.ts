/** The type IAM gives a condition key: which operator family compares it meaningfully. */
export type ConditionKeyType = 'String' | 'Numeric' | 'Bool' | 'Date' | 'IP' | 'ARN' | 'Binary';

export interface ConditionKeyInfo {
  /** As documented, e.g. `s3:x-amz-server-side-encryption`, or `s3:ExistingObjectTag/<key>` for a family. */
  name: string;
  type: ConditionKeyType;
  /** One line for hover. */
  doc: string;
  /** The actions S3 sends the key for, or `all` (global keys and S3's request-wide keys). */
  actions: 'all' | readonly string[];
  /** Several values per request (use ForAnyValue/ForAllValues). */
  multiValued?: boolean;
}

export const key = (
  name: string,
  type: ConditionKeyType,
  actions: ConditionKeyInfo['actions'],
  doc: string,
  multiValued = false,
): ConditionKeyInfo =>
  multiValued ? { name, type, doc, actions, multiValued } : { name, type, doc, actions };
