/**
 * The shape of a request as `world.send` takes it from anyone (a user's JSON, a scenario file, the
 * store): every field has the type the pipeline expects, and the body is within the simulator's
 * limit (body-shape.ts). Checked before anything is allocated or decided.
 */
import { type BodyRefusal, checkBody } from '../body-shape.ts';
import { checkVpcEndpoint } from '../network/vpc-endpoint.ts';
import { err, ok, type Result } from '../result.ts';
import { AUTH_TYPES, type RequestInput } from '../types.ts';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

const invalid = (message: string): Result<never, BodyRefusal> => err({ code: 'InvalidRequest', message });

const TEXT_FIELDS = ['bucket', 'key', 'tlsVersion', 'principal', 'sourceIp'] as const;
const SIGNATURES = ['SigV4', 'SigV2', 'anonymous'];

function checkTextMap(value: unknown, name: string): BodyRefusal | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value))
    return { code: 'InvalidRequest', message: `"${name}" must be an object of text values.` };
  for (const [key, v] of Object.entries(value))
    if (typeof v !== 'string')
      return {
        code: 'InvalidRequest',
        message: `${name} "${key}" must be text, not ${v === null ? 'null' : typeof v}.`,
      };
  return undefined;
}

export function checkRequestShape(input: unknown): Result<RequestInput, BodyRefusal> {
  if (!isPlainObject(input))
    return invalid(
      `A request must be an object with an "operation", not ${input === null ? 'null' : typeof input}.`,
    );
  if (typeof input.operation !== 'string') return invalid('A request needs an "operation" (text).');
  for (const field of TEXT_FIELDS)
    if (input[field] !== undefined && typeof input[field] !== 'string')
      return invalid(`The request's "${field}" must be text.`);
  if (input.https !== undefined && typeof input.https !== 'boolean')
    return invalid('The request\'s "https" must be true or false.');
  if (input.signature !== undefined && !SIGNATURES.includes(input.signature as string))
    return invalid(`The request's "signature" must be one of ${SIGNATURES.join(', ')}.`);
  if (input.authType !== undefined && !AUTH_TYPES.includes(input.authType as (typeof AUTH_TYPES)[number]))
    return invalid(`The request's "authType" must be one of ${AUTH_TYPES.join(', ')}.`);
  for (const field of ['expiresSeconds', 'signatureAgeMs'] as const)
    if (input[field] !== undefined && (typeof input[field] !== 'number' || !Number.isFinite(input[field])))
      return invalid(`The request's "${field}" must be a number.`);
  if (input.postPolicy !== undefined && !isPlainObject(input.postPolicy))
    return invalid('The request\'s "postPolicy" must be an object.');
  if (input.vpcEndpoint !== undefined) {
    const endpoint = checkVpcEndpoint(input.vpcEndpoint);
    if (!endpoint.ok) return invalid(`The request's "vpcEndpoint": ${endpoint.error.message}`);
  }
  const maps = checkTextMap(input.headers, 'headers') ?? checkTextMap(input.query, 'query');
  if (maps) return err(maps);
  const body = checkBody(input.body);
  if (!body.ok) return err(body.error);
  return ok(input as unknown as RequestInput);
}
