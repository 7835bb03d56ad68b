/** `npm run scenarios -- --matrix ...`: arguments, the grid, the diff with --against, and refusals. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMatrixArgs } from './matrix-args.ts';
import { matrixCommand, policyText } from './matrix-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'matrix-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const HTTPS_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyHttp',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: 'arn:aws:s3:::test-bucket/*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});

describe('parseMatrixArgs', () => {
  it.each([
    [['--matrix'], /needs --policy/],
    [['--matrix', '--policy'], /--policy needs a value/],
    [
      ['--matrix', '--policy', 'p.json', '--format', 'xml'],
      /--format must be one of text, md, csv, json, not xml/,
    ],
    [['--matrix', '--policy', 'p.json', '--colour'], /unknown argument --colour/],
  ])('refuses %j with a message saying what is wrong', (argv, message) => {
    const parsed = parseMatrixArgs(argv);
    expect(!parsed.ok && parsed.error).toMatch(message);
  });

  it('reads every option', () => {
    const parsed = parseMatrixArgs([
      '--matrix',
      '--policy',
      'p',
      '--setup',
      's',
      '--against',
      'o',
      '--format',
      'csv',
      '--principals',
    ]);
    expect(parsed.ok && parsed.value).toEqual({
      policy: 'p',
      setup: 's',
      against: 'o',
      format: 'csv',
      principals: true,
    });
  });
});

describe('matrixCommand', () => {
  it('prints the JSON grid with one cell per operation, encryption and transport', async () => {
    const printed = await matrixCommand({
      policy: file('p.json', HTTPS_ONLY),
      format: 'json',
      principals: false,
    });
    expect(printed.code).toBe(0);
    const { cells, changed } = JSON.parse(printed.stdout);
    expect(changed).toEqual([]);
    expect(cells).toHaveLength(6 * 6 * 2);
    expect(cells).toContainEqual({
      operation: 'PutObject',
      encryption: 'SSE-S3',
      transport: 'HTTP',
      principal: 'arn:aws:iam::111122223333:root',
      status: 403,
      code: 'AccessDenied',
      stage: 'authorization',
      statementSid: 'DenyHttp',
    });
  });

  it('prints what a policy changes against an older one, with the summary', async () => {
    const printed = await matrixCommand({
      policy: file('new.json', HTTPS_ONLY),
      against: file('old.json', ''),
      format: 'text',
      principals: false,
    });
    expect(printed.stdout).toMatch(
      /This change denies \d+ requests that are allowed today and allows none that are denied/,
    );
    expect(printed.stdout).toContain('200 → 403 AccessDenied');
  });

  it('takes a customer key column from the set-up and the policy as get-bucket-policy prints it', async () => {
    const setup = file(
      'setup.json',
      JSON.stringify({ kmsKeys: [{ id: '1234abcd-12ab-34cd-56ef-1234567890ab', alias: 'alias/app' }] }),
    );
    const printed = await matrixCommand({
      policy: file('cli.json', JSON.stringify({ Policy: HTTPS_ONLY })),
      setup,
      format: 'csv',
      principals: false,
    });
    expect(printed.stdout.split('\n')[0]).toContain('SSE-KMS:app HTTPS');
  });

  it.each([
    [
      'a policy S3 refuses, at the line and column where the JSON breaks',
      { policy: 'bad.json' },
      /bad\.json:1:\d+: S3 refuses this policy: MalformedPolicy: This policy contains invalid Json \(.+\)/,
    ],
    [
      'get-bucket-policy output S3 refuses, at the line and column inside its Policy string',
      { policy: 'bad-cli.json' },
      /bad-cli\.json: S3 refuses this policy: MalformedPolicy: .*\(its "Policy" string, line 2, column \d+: /,
    ],
    [
      'a set-up with an unknown field',
      { setup: 'bad-setup.json' },
      /bad-setup\.json:1:\d+: colour: unknown field/,
    ],
    ['a file that does not exist', { policy: '/nonexistent/p.json' }, /cannot read/],
  ])('stops with exit 2 on %s', async (_, over, message) => {
    file('bad.json', '{"Statement": [');
    file('bad-cli.json', JSON.stringify({ Policy: '{\n  "Version": "2012-10-17",, "Statement": []}' }));
    file('bad-setup.json', '{"colour": "red"}');
    const printed = await matrixCommand({
      policy: file('ok.json', HTTPS_ONLY),
      format: 'text',
      principals: false,
      ...Object.fromEntries(Object.entries(over).map(([k, v]) => [k, v.startsWith('/') ? v : join(dir, v)])),
    });
    expect(printed.code).toBe(2);
    expect(printed.stderr).toMatch(message);
  });

  it('unwraps the Policy string of get-bucket-policy output and leaves other text alone', () => {
    expect(policyText('{"Policy": "{\\"Version\\":\\"2012-10-17\\"}"}')).toBe('{"Version":"2012-10-17"}');
    expect(policyText('{"Version": "2012-10-17"}')).toBe('{"Version": "2012-10-17"}');
  });
});
