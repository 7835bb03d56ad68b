/** Issue 12: the set-up objects' total size is checked before any of them is built. */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../deps.ts';
import { MAX_SETUP_OBJECT_BYTES } from '../limits.ts';
import { createWorld } from './create-world.ts';

describe('the total size of set-up objects', () => {
  it('refuses the object that passes the limit, by its path, and keeps the ones before it', async () => {
    const created = await createWorld(
      {
        objects: [
          { key: 'small.txt', body: 'fits' },
          // 215 bytes of link that froze the tab for minutes (issue 12).
          { key: 'huge.bin', body: { repeat: 'x', times: 104_857_600 } },
          { key: 'also-small.txt', body: 'fits too' },
        ],
      },
      deterministicDeps(),
    );
    expect(created.ok).toBe(false);
    if (created.ok) return;
    expect(created.error).toEqual([
      {
        path: 'objects[1]',
        message: expect.stringContaining(
          `huge.bin (100 MiB) would take the set-up's objects past the simulator's limit of 16 MiB`,
        ),
      },
    ]);
  });

  it('takes objects up to the limit', async () => {
    const half = MAX_SETUP_OBJECT_BYTES / 2;
    const created = await createWorld(
      {
        objects: [
          { key: 'a', body: { repeat: 'a', times: half } },
          { key: 'b', body: { repeat: 'b', times: half } },
        ],
      },
      deterministicDeps(),
    );
    expect(created.ok).toBe(true);
    // 16 MiB encrypted and hashed at set-up: room for a loaded machine (this is no speed check).
  }, 60_000);
});
