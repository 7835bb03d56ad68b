/** The user's world draws its randomness per turn from a secret seed (seeded-deps.ts). */
import { describe, expect, it } from 'vitest';
import { createEngineHost } from './host.ts';
import { seededDeps } from './seeded-deps.ts';

const seed = (fill: number) => new Uint8Array(32).fill(fill);
const live = { now: () => 42, randomBytes: (n: number) => new Uint8Array(n).fill(7) };

describe('seeded deps', () => {
  it('draws the same bytes for the same seed and turn, whatever was drawn before', () => {
    const a = seededDeps(seed(1), live);
    const b = seededDeps(seed(1), live);
    a.begin({ index: 3, at: 10 });
    a.randomBytes(5);
    const fromA = a.randomBytes(40);
    b.begin({ index: 2, at: 10 });
    b.randomBytes(100);
    b.begin({ index: 3, at: 10 });
    b.randomBytes(5);
    expect(b.randomBytes(40)).toEqual(fromA);
  });

  it.each([
    { name: 'another turn', other: { seed: 1, index: 4 } },
    { name: 'another seed', other: { seed: 2, index: 3 } },
  ])('draws other bytes for $name', ({ other }) => {
    const a = seededDeps(seed(1), live);
    const b = seededDeps(seed(other.seed), live);
    a.begin({ index: 3, at: 0 });
    b.begin({ index: other.index, at: 0 });
    expect(b.randomBytes(32)).not.toEqual(a.randomBytes(32));
  });

  it('stands the clock still within a turn and uses the live clock and randomness between turns', () => {
    const deps = seededDeps(seed(1), live);
    expect(deps.now()).toBe(42);
    expect(deps.randomBytes(3)).toEqual(new Uint8Array([7, 7, 7]));
    deps.begin({ index: 1, at: 1000 });
    expect(deps.now()).toBe(1000);
    expect(deps.randomBytes(3)).not.toEqual(new Uint8Array([7, 7, 7]));
    deps.end();
    expect(deps.now()).toBe(42);
  });
});

describe('a seeded world on the host', () => {
  const open = async () => {
    const host = createEngineHost();
    const opened = await host.openWorld({}, { seed: { seed: seed(9), at: Date.UTC(2026, 0, 1) } });
    if (!opened.ok) throw new Error('set-up refused');
    return { host, id: opened.value.id };
  };
  const uploadId = async (host: Awaited<ReturnType<typeof open>>['host'], id: string, index: number) => {
    const sent = await host.send(
      id,
      { operation: 'CreateMultipartUpload', key: 'k' },
      { turn: { index, at: 5 } },
    );
    return sent.kind === 'answered' ? sent.outcome.response.body : undefined;
  };

  it('gives the same UploadId for the same turn in two worlds, and a matrix in between takes nothing from it', async () => {
    const one = await open();
    const two = await open();
    await one.host.matrix(one.id, { policy: '' });
    await two.host.send(
      two.id,
      { operation: 'PutObject', key: 'other', body: 'x' },
      { turn: { index: 1, at: 5 } },
    );
    expect(await uploadId(one.host, one.id, 2)).toEqual(await uploadId(two.host, two.id, 2));
    expect(await uploadId(one.host, one.id, 3)).not.toEqual(await uploadId(two.host, two.id, 4));
  });
});
