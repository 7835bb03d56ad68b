/**
 * Whole requests through the engine: PutObject then GetObject of 1 KiB for each encryption mode,
 * and the throughput of a 1 MiB SSE-KMS upload. These time the pipeline, the KMS simulator and the
 * real AES-256-GCM together. Rounds run for a fixed time on the given clock; the best round counts.
 */
import { createWorld, type RequestInput, systemDeps } from '../engine/index.ts';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const SSE_C_KEY = 'pO3upElrwuEXSoFwCfnZPdSsmt/xWeFa0N9KgDijwVs=';
const SSE_C_HEADERS = {
  'x-amz-server-side-encryption-customer-algorithm': 'AES256',
  'x-amz-server-side-encryption-customer-key': SSE_C_KEY,
  'x-amz-server-side-encryption-customer-key-MD5': 'DWygnHRtgiJ77HCm+1rvHw==',
};

interface RequestCase {
  name: string;
  write: Record<string, string>;
  read: Record<string, string>;
  bytes: number;
}

const KIB = 1024;
const CASES: RequestCase[] = [
  { name: 'requests/sse-s3-put-get-1KiB', write: {}, read: {}, bytes: KIB },
  {
    name: 'requests/sse-kms-put-get-1KiB',
    write: {
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-aws-kms-key-id': KEY_ID,
    },
    read: {},
    bytes: KIB,
  },
  {
    name: 'requests/sse-kms-bucket-key-put-get-1KiB',
    write: {
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-aws-kms-key-id': KEY_ID,
      'x-amz-server-side-encryption-bucket-key-enabled': 'true',
    },
    read: {},
    bytes: KIB,
  },
  {
    name: 'requests/dsse-kms-put-get-1KiB',
    write: {
      'x-amz-server-side-encryption': 'aws:kms:dsse',
      'x-amz-server-side-encryption-aws-kms-key-id': KEY_ID,
    },
    read: {},
    bytes: KIB,
  },
  { name: 'requests/sse-c-put-get-1KiB', write: SSE_C_HEADERS, read: SSE_C_HEADERS, bytes: KIB },
];

export interface RequestBenchResult {
  name: string;
  description: string;
  opsPerSec: number;
  iterations: number;
}

async function world() {
  const created = await createWorld(
    {
      kmsKeys: [{ id: KEY_ID }],
      // A quota no benchmark reaches: the figure is the engine's speed, not the simulated quota.
      kmsRequestsPerSecond: 1e9,
      bucketEncryption: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
            BlockedEncryptionTypes: { EncryptionType: ['NONE'] },
          },
        ],
      },
    },
    systemDeps(),
  );
  if (!created.ok) throw new Error(`benchmark set-up refused: ${created.error[0]?.message}`);
  return created.value;
}

export async function timeRounds(
  run: () => Promise<void> | void,
  clock: () => number,
  rounds = 3,
  roundMs = 400,
) {
  let best = 0;
  let total = 0;
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = clock();
    while (clock() - start < roundMs) {
      await run();
      n++;
    }
    total += n;
    best = Math.max(best, (n / (clock() - start)) * 1000);
  }
  return { best, total };
}

async function expectOk(w: Awaited<ReturnType<typeof world>>, request: RequestInput) {
  const outcome = await w.send(request);
  if (outcome.response.status !== 200) {
    throw new Error(
      `${request.operation} answered ${outcome.response.status} ${outcome.response.error?.code}`,
    );
  }
}

export async function runRequestBenchmarks(clock: () => number): Promise<RequestBenchResult[]> {
  const results: RequestBenchResult[] = [];
  for (const c of CASES) {
    const w = await world();
    const body = { base64: Buffer.alloc(c.bytes, 7).toString('base64') };
    let i = 0;
    const { best, total } = await timeRounds(async () => {
      const key = `bench/${i++}`;
      await expectOk(w, { operation: 'PutObject', key, headers: c.write, body });
      await expectOk(w, { operation: 'GetObject', key, headers: c.read });
    }, clock);
    results.push({
      name: c.name,
      description: 'PutObject then GetObject of 1 KiB',
      opsPerSec: best,
      iterations: total,
    });
  }
  const w = await world();
  const mib = { base64: Buffer.alloc(1024 * KIB, 7).toString('base64') };
  const write = CASES[1]?.write ?? {};
  let j = 0;
  const { best, total } = await timeRounds(
    () => expectOk(w, { operation: 'PutObject', key: `big/${j++}`, headers: write, body: mib }),
    clock,
  );
  results.push({
    name: 'requests/sse-kms-put-1MiB',
    description: 'PutObject of 1 MiB with SSE-KMS (MiB per second = this rate)',
    opsPerSec: best,
    iterations: total,
  });
  return results;
}
