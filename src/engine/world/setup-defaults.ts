/** What a set-up means when it leaves a field out (docs/scenario-format.md, "Setup"). */
export const SETUP_DEFAULTS = {
  account: '111122223333',
  region: 'us-east-1',
  bucket: 'test-bucket',
  /** The account's shared KMS cryptographic-operation quota in a Region. */
  kmsRequestsPerSecond: 5500,
} as const;
