/**
 * `peakRssMiB64`: how far the resident set grows over a PUT then a GET of a 64 MiB SSE-KMS object.
 * Run as a child process (bench.ts starts the bundle's rss-bench.mjs, or this file under tsx) so that nothing
 * else the benchmark did is in its memory. The figure is the peak (getrusage's maxRSS) minus the
 * resident set after the world is built and collected: what the request itself costs, the 64 MiB
 * body included. Prints one JSON object.
 */
import { benchWorld, sendOk } from './platform-bench.ts';

const MIB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const KMS_HEADERS = {
  'x-amz-server-side-encryption': 'aws:kms',
  'x-amz-server-side-encryption-aws-kms-key-id': '1234abcd-12ab-34cd-56ef-1234567890ab',
};

const w = await benchWorld();
await sendOk(w, { operation: 'PutObject', key: 'warm-up', headers: KMS_HEADERS, body: 'x' });
await sendOk(w, { operation: 'GetObject', key: 'warm-up' });
gc();
const baseline = process.memoryUsage().rss;
const peakBefore = process.resourceUsage().maxRSS * 1024;
/**
 * The body, as the worker would receive it (a transferred buffer), lives only for the PUT. It is
 * made inside a function: a block in this module's top level would not free it, since the
 * suspended top-level `await` keeps the block's variables on its stack (a heap snapshot shows the
 * body retained by a stack root), which would count it again during the GET.
 */
async function putBig(): Promise<void> {
  const body = new Uint8Array(64 * MIB).fill(7);
  await sendOk(w, { operation: 'PutObject', key: 'big', headers: KMS_HEADERS, body });
}
await putBig();
gc();
const outcome = await w.send({ operation: 'GetObject', key: 'big' });
if (outcome.response.status !== 200) throw new Error(`GetObject answered ${outcome.response.status}`);
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({
    peakRssMiB64: (peak - Math.max(baseline, 0)) / MIB,
    baselineRssMiB: baseline / MIB,
    peakRssAbsoluteMiB: peak / MIB,
    peakBeforeMiB: peakBefore / MIB,
  })}\n`,
);
