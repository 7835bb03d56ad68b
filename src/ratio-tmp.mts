import { benchWorld, sendOk } from './cli/platform-bench.ts';
import { timeRounds } from './cli/request-bench.ts';
const H = { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': '1234abcd-12ab-34cd-56ef-1234567890ab' };
const clock = process.argv.includes('--wall') ? () => performance.now() : () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
if (process.argv.includes('--dirty')) { const { runRequestBenchmarks } = await import('./cli/request-bench.ts'); await runRequestBenchmarks(clock); }
const w = await benchWorld();
const body = new Uint8Array(1 << 20).fill(7);
let i = 0;
const put = () => sendOk(w, { operation: 'PutObject', key: `big/${i++ % 64}`, headers: H, body });
const subtle = crypto.subtle;
const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
const data = new Uint8Array(1 << 20).fill(7);
const raw = async () => { await subtle.encrypt({ name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)) }, key, data); };
let p = 0, r = 0;
for (let k = 0; k < 7; k++) { p = Math.max(p, (await timeRounds(put, clock, 1)).best); r = Math.max(r, (await timeRounds(raw, clock, 1)).best); }
console.log(JSON.stringify({ put: +p.toFixed(0), raw: +r.toFixed(0), ratio: +(p / r).toFixed(2) }));
