import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT } from './request-draft.ts';
import { packJson } from './share-codec.ts';
import { type Baseline, toDto, type Workspace } from './share-dto.ts';
import { decodeShareLink, readStart, shareHash } from './share-link.ts';

const baseline: Baseline = { policyText: '{"Version":"2012-10-17"}', setup: { bucket: 'test-bucket' } };
const baselineOf = () => baseline;
const defaults: Workspace = { policyText: baseline.policyText, setup: baseline.setup, draft: DEFAULT_DRAFT };
const sseCKey = 'x-amz-server-side-encryption-customer-key';

const edited: Workspace = {
  policyText: '{"Version":"2012-10-17","Statement":[]}',
  setup: {
    bucket: 'test-bucket',
    versioning: 'Enabled',
    kmsKeys: [{ id: '1234abcd-12ab-34cd-56ef-1234567890ab', alias: 'alias/demo' }],
  },
  draft: {
    ...DEFAULT_DRAFT,
    operation: 'GetObject',
    https: false,
    headers: [
      { name: 'x-amz-server-side-encryption-customer-algorithm', value: 'AES256' },
      { name: sseCKey, value: 'c2VjcmV0LWtleS1ieXRlcy0zMi1ieXRlcy1sb25nISE=' },
    ],
    clientSide: { enabled: true, wrapping: 'aes', kmsKeyId: '', aesKey: 'd3JhcHBpbmcta2V5' },
    vpcEndpoint: { id: 'vpce-1a2b3c4d', vpcId: 'vpc-111bbb22' },
  },
};

const payloadOf = (hash: string) => hash.replace(/^#s=/, '');
const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

describe('share links', () => {
  it('holds only the version when nothing differs from the defaults', () => {
    expect(toDto(defaults, baseline, false)).toEqual({ v: 1 });
  });

  it('round-trips an edited workspace, keys included when asked', () => {
    const decoded = decodeShareLink(payloadOf(shareHash(edited, baseline, true)), baselineOf);
    expect(decoded).toEqual({ ok: true, value: edited });
  });

  it('leaves SSE-C keys and client-side wrapping keys out unless "include keys" is ticked', () => {
    const decoded = decodeShareLink(payloadOf(shareHash(edited, baseline, false)), baselineOf);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.draft.headers.find((h) => h.name === sseCKey)?.value).toBe('');
    expect(decoded.value.draft.clientSide.aesKey).toBe('');
    expect(decoded.value.draft.operation).toBe('GetObject');
  });

  // Issue 9: a link that drops the key drops its MD5 too, and says the key must be entered again.
  it.each([
    { name: 'the object key', key: sseCKey },
    { name: 'the copy-source key', key: 'x-amz-copy-source-server-side-encryption-customer-key' },
  ])("drops $name's MD5 with it and says the key must be entered again", ({ key }) => {
    const md5 = `${key}-md5`;
    const withDigest: Workspace = {
      ...edited,
      draft: {
        ...edited.draft,
        headers: [
          { name: key, value: 'c2VjcmV0LWtleS1ieXRlcy0zMi1ieXRlcy1sb25nISE=' },
          { name: md5, value: 'bWQ1LW9mLXRoZS1rZXk=' },
        ],
      },
    };
    const hash = shareHash(withDigest, baseline, false);
    const decoded = decodeShareLink(payloadOf(hash), baselineOf);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.draft.headers).toEqual([
      { name: key, value: '' },
      { name: md5, value: '' },
    ]);
    expect(readStart(hash, null, baselineOf).note).toMatch(/SSE-C key was left out.*enter the key again/);
    const kept = shareHash(withDigest, baseline, true);
    expect(readStart(kept, null, baselineOf).note).toBeUndefined();
  });

  const badLinks: { name: string; payload: string; message: RegExp }[] = [
    { name: 'text that is not base64url', payload: 'not a link!', message: /not base64url/ },
    { name: 'bytes that do not inflate', payload: 'AAAAAAAA', message: /does not decompress/ },
    {
      name: 'deflated text that is not JSON',
      payload: base64url(deflateSync(strToU8('{oops'))),
      message: /not JSON/,
    },
    { name: 'a link from a newer version', payload: packJson({ v: 2 }), message: /newer version/ },
    { name: 'a DTO without a version', payload: packJson({ policy: 'x' }), message: /no version/ },
    {
      name: 'an unknown top-level field',
      payload: packJson({ v: 1, script: 'x' }),
      message: /unknown field "script"/,
    },
    {
      name: 'a policy that is not text',
      payload: packJson({ v: 1, policy: 42 }),
      message: /"policy" must be text/,
    },
    {
      name: 'an operation S3 does not have',
      payload: packJson({ v: 1, request: { operation: 'Hack' } }),
      message: /not one S3 has/,
    },
    {
      name: 'an unknown request field',
      payload: packJson({ v: 1, request: { evil: true } }),
      message: /unknown request field "evil"/,
    },
    {
      name: 'a VPC endpoint that is not an object of text',
      payload: packJson({ v: 1, request: { vpcEndpoint: 'vpce-1a2b3c4d' } }),
      message: /"vpcEndpoint" must have a text id and vpcId/,
    },
    {
      name: 'headers that are not a list',
      payload: packJson({ v: 1, request: { headers: {} } }),
      message: /must be a list/,
    },
    {
      name: 'an invalid set-up account',
      payload: packJson({ v: 1, setup: { account: 'abc' } }),
      message: /set-up is not valid/,
    },
    {
      name: 'a lesson id with odd characters',
      payload: packJson({ v: 1, lesson: '../x' }),
      message: /lesson id/,
    },
  ];

  it.each(badLinks)('reports $name as a clear error, never a crash', ({ payload, message }) => {
    const decoded = decodeShareLink(payload, baselineOf);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error).toMatch(/^This share link cannot be opened: /);
      expect(decoded.error).toMatch(message);
    }
  });
});

describe('where the page starts from', () => {
  const link = shareHash(edited, baseline, true);
  const saved = JSON.stringify(toDto({ ...defaults, policyText: 'saved text' }, baseline, false));
  const cases: { name: string; hash: string; saved: string | null; kind: string; problem?: RegExp }[] = [
    { name: 'a share link wins over saved work', hash: link, saved, kind: 'link' },
    { name: 'a lesson link opens over saved work', hash: '#lesson=https-only-policy', saved, kind: 'saved' },
    { name: 'saved work is used without a link', hash: '', saved, kind: 'saved' },
    { name: 'the defaults are used with nothing saved', hash: '', saved: null, kind: 'default' },
    {
      name: 'a broken link falls back to saved work and says so',
      hash: '#s=%%%',
      saved,
      kind: 'saved',
      problem: /cannot be opened/,
    },
    {
      name: 'unreadable saved work falls back to the defaults',
      hash: '',
      saved: '{not json',
      kind: 'default',
      problem: /could not be read/,
    },
    {
      name: 'saved work from a newer version is not used',
      hash: '',
      saved: '{"v":9}',
      kind: 'default',
      problem: /newer version/,
    },
  ];
  it('saved work wins over the address it was saved at (a reload that outran the address update)', () => {
    expect(readStart(link, saved, baselineOf, [link]).start.kind).toBe('saved');
    expect(readStart(link, saved, baselineOf, ['#s=other', link]).start.kind).toBe('saved');
    expect(readStart(link, saved, baselineOf, ['#s=older']).start.kind).toBe('link');
  });

  it.each(cases)('$name', ({ hash, saved: stored, kind, problem }) => {
    const start = readStart(hash, stored, baselineOf);
    expect(start.start.kind).toBe(kind);
    if (problem) expect(start.problem).toMatch(problem);
    else expect(start.problem).toBeUndefined();
  });
});
