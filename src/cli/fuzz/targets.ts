/**
 * The five fuzz targets of issue 12. Each takes one generated value and runs it through the
 * playground's real code. A target throws `FuzzFailure` for an answer that is wrong without a
 * throw (a 500, a broken invariant); any other exception is the code under test throwing.
 */
import fc from 'fast-check';
import {
  createWorld,
  deterministicDeps,
  type Outcome,
  parsePolicy,
  parseScenarioFile,
  type RequestInput,
  runScenario,
  type Setup,
  type World,
} from '../../engine/index.ts';
import { baselineFor } from '../../state/baseline.ts';
import { rescueSaved } from '../../state/saved-rescue.ts';
import { packJson } from '../../state/share-codec.ts';
import { fromDto, toDto } from '../../state/share-dto.ts';
import { readStart } from '../../state/share-link.ts';
import {
  KEY_ID,
  mutated,
  policyText,
  request,
  savedText,
  scenarioText,
  workspaceDto,
} from './arbitraries.ts';

export class FuzzFailure extends Error {
  constructor(
    readonly kind: '500' | 'invariant',
    message: string,
  ) {
    super(message);
  }
}

export interface Target<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  run(value: T): Promise<void>;
}

const check500 = (outcome: Outcome, what: string) => {
  if (outcome.response.status >= 500 && outcome.response.error?.code === 'InternalError')
    throw new FuzzFailure(
      '500',
      `${what}: ${outcome.trace.at(-1)?.detail ?? outcome.response.error.message}`,
    );
};

/** Worlds are reused for a while (building one costs more than a request) and then replaced. */
function worldPool(setups: Setup[], every: number) {
  let world: World | undefined;
  let uses = 0;
  let turn = 0;
  return async (): Promise<World> => {
    if (!world || uses++ >= every) {
      const created = await createWorld(setups[turn++ % setups.length]!, deterministicDeps(turn));
      if (!created.ok) throw new Error(`fuzz set-up refused: ${created.error[0]?.message}`);
      world = created.value;
      uses = 0;
    }
    return world;
  };
}

const SETUPS: Setup[] = [
  { kmsKeys: [{ id: KEY_ID, alias: 'alias/demo' }] },
  {
    versioning: 'Enabled',
    kmsKeys: [{ id: KEY_ID }],
    bucketEncryption: {
      Rules: [
        {
          ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY_ID },
          BucketKeyEnabled: true,
        },
      ],
    },
  },
  {
    publicAccessBlock: {
      BlockPublicAcls: false,
      IgnorePublicAcls: false,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: false,
    },
    objects: [{ key: 'a.txt', body: 'hello' }],
  },
];

export function engineRequests(): Target<RequestInput[]> {
  const world = worldPool(SETUPS, 200);
  return {
    name: 'engine requests',
    arbitrary: fc.array(request as fc.Arbitrary<RequestInput>, { minLength: 1, maxLength: 3 }),
    async run(requests) {
      const w = await world();
      for (const input of requests)
        check500(await w.send(input), `send ${JSON.stringify(input)?.slice(0, 300)}`);
    },
  };
}

export function policies(): Target<string> {
  const world = worldPool([SETUPS[2]!], 500);
  return {
    name: 'policy text',
    arbitrary: policyText,
    async run(text) {
      parsePolicy(text, { kind: 'identity' });
      const parsed = parsePolicy(text, { bucket: 'test-bucket', account: '111122223333' });
      // A policy the editor accepts goes to the bucket, and requests are judged by it.
      if (!parsed.policy || parsed.diagnostics.some((d) => d.severity === 'error')) return;
      const w = await world();
      check500(await w.send({ operation: 'PutBucketPolicy', body: text }), 'PutBucketPolicy');
      for (const probe of [
        { operation: 'GetObject', key: 'a.txt' },
        {
          operation: 'PutObject',
          key: 'b.txt',
          https: false,
          body: 'x',
          principal: 'arn:aws:iam::444455556666:root',
        },
      ] as RequestInput[])
        check500(await w.send(probe), `${probe.operation} under ${text.slice(0, 200)}`);
      check500(await w.send({ operation: 'DeleteBucketPolicy' }), 'DeleteBucketPolicy');
    },
  };
}

const baselineOf = () => baselineFor(undefined);

/** A workspace that was read back must be one the app can write and read again unchanged. */
function roundTrips(workspace: Parameters<typeof toDto>[0], where: string) {
  const again = fromDto(JSON.parse(JSON.stringify(toDto(workspace, baselineOf(), true))), baselineOf);
  if (!again.ok)
    throw new FuzzFailure('invariant', `${where}: a workspace read back does not read again: ${again.error}`);
}

export function shareLinks(): Target<string> {
  const packed = fc.anything({ maxDepth: 2 }).map((v) => packJson(v));
  const valid = workspaceDto.map((d) => packJson(d));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
  return {
    name: 'share links',
    arbitrary: fc.oneof(
      { weight: 3, arbitrary: valid },
      { weight: 3, arbitrary: mutated(valid) },
      { weight: 1, arbitrary: packed },
      { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 80 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 80 }).map((s) => `lesson=${s}`) },
    ),
    async run(payload) {
      const hash = payload.startsWith('lesson=') ? `#${payload}` : `#s=${payload}`;
      const { start } = readStart(hash, null, baselineOf);
      if (start.kind === 'link') roundTrips(start.workspace, 'link');
    },
  };
}

export function savedState(): Target<string> {
  return {
    name: 'saved state',
    arbitrary: savedText,
    async run(text) {
      const rescue = rescueSaved(text, baselineOf);
      if (rescue.workspace) roundTrips(rescue.workspace, 'saved state');
      readStart('', text, baselineOf);
    },
  };
}

export function scenarioFiles(): Target<{ text: string; run: boolean }> {
  return {
    name: 'scenario files',
    // One file in 50 that reads is also run (a run builds a world for each scenario).
    arbitrary: fc.record({ text: scenarioText, run: fc.nat(49).map((n) => n === 0) }),
    async run({ text, run }) {
      const parsed = parseScenarioFile(text);
      if (!parsed.ok || !run) return;
      for (const scenario of parsed.value) {
        const result = await runScenario(scenario, { seed: 7 });
        for (const step of result.steps)
          if (step.outcome) check500(step.outcome, `scenario ${scenario.id} step ${step.index}`);
      }
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: each target has its own value type; the runner is generic.
export const TARGETS: (() => Target<any>)[] = [
  engineRequests,
  policies,
  shareLinks,
  savedState,
  scenarioFiles,
];
