/**
 * JSON paths as the scenario format names them in errors: `scenarios[3].steps[0].request.operation`,
 * with bracket-quoted members when a name is not a plain identifier
 * (`expect.headers["x-amz-server-side-encryption"]`). The root is the empty string.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function memberPath(parent: string, name: string): string {
  if (!IDENTIFIER.test(name)) return `${parent}[${JSON.stringify(name)}]`;
  return parent === '' ? name : `${parent}.${name}`;
}

export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}
