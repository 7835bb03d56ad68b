/** `status`, `errorCode`, `errorMessage` and `errorFields` (docs/scenario-format.md, "Expect"). */
import type { S3Response } from '../../types.ts';
import type { Expect, Mismatch } from '../types.ts';
import { mismatch, show } from './mismatch.ts';

export function matchStatusAndError(expect: Expect, response: S3Response): Mismatch[] {
  const found: Mismatch[] = [];
  if (expect.status !== undefined && expect.status !== response.status) {
    const status = mismatch('status', String(expect.status), String(response.status));
    // An error the step did not expect is named on the status line: "got 400" alone sends the
    // reader to the trace to learn why. (An expected errorCode gets a line of its own below.)
    const error = response.error;
    const why = error && expect.errorCode === undefined ? ` (${error.code}: ${error.message})` : '';
    found.push({ ...status, line: `${status.line}${why}` });
  }
  const error = response.error;
  if (expect.errorCode !== undefined && expect.errorCode !== error?.code) {
    found.push(
      mismatch('errorCode', show(expect.errorCode), error === undefined ? 'no error' : show(error.code)),
    );
  }
  if (expect.errorMessage !== undefined && expect.errorMessage !== error?.message) {
    found.push(
      mismatch(
        'errorMessage',
        show(expect.errorMessage),
        error === undefined ? 'no error' : show(error.message),
      ),
    );
  }
  for (const [name, value] of Object.entries(expect.errorFields ?? {})) {
    const actual = error?.fields[name];
    if (actual !== value) found.push(mismatch(`errorFields.${name}`, show(value), show(actual)));
  }
  return found;
}
