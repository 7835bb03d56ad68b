/**
 * Where a request comes from when it does not come from the internet: a gateway VPC endpoint for
 * S3. The endpoint id is `vpce-` and 8 or 17 hex digits (the older and the current length of EC2
 * resource ids), the VPC id `vpc-` and the same; both lower case, as the VPC API returns them
 * (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html shows `vpce-1a2b3c4d`).
 * This is the one place the format is checked: world.send, the scenario format, the request builder.
 */
import { err, ok, type Result } from '../result.ts';

export interface VpcEndpoint {
  /** `aws:SourceVpce`, e.g. `vpce-1a2b3c4d`. */
  id: string;
  /** `aws:SourceVpc`, e.g. `vpc-111bbb22`; absent: the request context has no aws:SourceVpc. */
  vpcId?: string;
}

const HEX_ID = (prefix: string) => new RegExp(`^${prefix}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`);
const VPCE_ID = HEX_ID('vpce');
const VPC_ID = HEX_ID('vpc');

export interface VpcEndpointProblem {
  /** Which part is wrong: the endpoint id or the VPC id. */
  field: 'id' | 'vpcId';
  message: string;
}

export const vpceIdProblem = (id: string): string | undefined =>
  VPCE_ID.test(id)
    ? undefined
    : `"${id}" is not a VPC endpoint id: "vpce-" and 8 or 17 lower-case hex digits, e.g. vpce-1a2b3c4d.`;

export const vpcIdProblem = (id: string): string | undefined =>
  VPC_ID.test(id)
    ? undefined
    : `"${id}" is not a VPC id: "vpc-" and 8 or 17 lower-case hex digits, e.g. vpc-111bbb22.`;

/** Checks a request's `vpcEndpoint` as anyone writes it: `{ "id": "vpce-…", "vpcId"?: "vpc-…" }`. */
export function checkVpcEndpoint(value: unknown): Result<VpcEndpoint, VpcEndpointProblem> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return err({ field: 'id', message: 'A VPC endpoint must be an object with an "id" (vpce-…).' });
  const { id, vpcId, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined)
    return err({ field: 'id', message: `A VPC endpoint has only "id" and "vpcId", not "${extra}".` });
  if (typeof id !== 'string')
    return err({ field: 'id', message: 'A VPC endpoint needs an "id" (text, vpce-…).' });
  const idProblem = vpceIdProblem(id);
  if (idProblem) return err({ field: 'id', message: idProblem });
  if (vpcId === undefined) return ok({ id });
  if (typeof vpcId !== 'string') return err({ field: 'vpcId', message: 'The "vpcId" must be text (vpc-…).' });
  const vpcProblem = vpcIdProblem(vpcId);
  if (vpcProblem) return err({ field: 'vpcId', message: vpcProblem });
  return ok({ id, vpcId });
}
