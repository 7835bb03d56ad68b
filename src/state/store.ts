import { createStore } from 'zustand/vanilla';

/** The playground's state. Actions call one engine function and set the result. */
export interface PlaygroundState {
  policyText: string;
  setPolicyText(text: string): void;
}

export const DEFAULT_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::test-bucket", "arn:aws:s3:::test-bucket/*"],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    }
  ]
}
`;

export function createPlaygroundStore(initial: Partial<Pick<PlaygroundState, 'policyText'>> = {}) {
  return createStore<PlaygroundState>()((set) => ({
    policyText: initial.policyText ?? DEFAULT_POLICY,
    setPolicyText: (policyText) => set({ policyText }),
  }));
}

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;
