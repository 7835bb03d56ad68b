/**
 * The world as the store keeps it after a request: its snapshot and, when the request changed its
 * configuration, the set-up that rebuilds it (world.exportSetup(), the one source of the set-up).
 */
import type { Setup, WorldSnapshot } from '../engine/index.ts';
import type { HostedWorld } from './host.ts';

/** The exported set-up without its declared objects (data, and never changed by a request). */
export const configurationKey = (setup: Setup) =>
  JSON.stringify({
    ...setup,
    objects: undefined,
    otherBuckets: setup.otherBuckets?.map((bucket) => ({ ...bucket, objects: undefined })),
  });

export function worldAfter(hosted: HostedWorld): { snapshot: WorldSnapshot; setup?: Setup } {
  const snapshot = hosted.world.snapshot();
  const setup = hosted.world.exportSetup();
  const configuration = configurationKey(setup);
  if (configuration === hosted.configuration) return { snapshot };
  hosted.configuration = configuration;
  return { snapshot, setup };
}
