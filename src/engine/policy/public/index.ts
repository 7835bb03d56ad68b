export { isPublicPolicy, type PublicPolicyStatus } from './is-public-policy.ts';
