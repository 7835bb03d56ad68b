/**
 * Before the pins' file is saved, it is run as CI will run it: serialized, read back by the
 * scenario parser, and run step by step in a world of its own on the engine's side of the port
 * (closed afterwards). A pin whose "holds" in the app and PASS in the file disagree is named, with
 * what the file's step got, so nobody commits a file that fails where the app says it holds.
 */
import { parseScenarioFile, type Scenario, serializeScenarioFile } from '../engine/index.ts';
import type { EnginePort } from './engine-port.ts';
import { type Pin, type PinDifference, pinLabel } from './pins.ts';
import type { PinsExport } from './pins-export.ts';

export interface PinExportProblem {
  /** The pin's place in the list, and its label then. */
  pin: number;
  label: string;
  /** What the app says: true when the pin holds. */
  holds: boolean;
  /** What the file's step got instead, or why it did not run. */
  got: string;
}

export interface PinsExportReport {
  /** The file's text, as saved. */
  text: string;
  /** Pins whose answer in the file is not the app's. */
  problems: PinExportProblem[];
  /** Requests of the session left out because they carry an SSE-C key ("Include keys" is off). */
  skippedWithKeys: number;
  /** The first set-up step (a request of the session) that answered otherwise in the file. */
  setupDiffers?: string;
}

const problemsText = (problems: { path: string; message: string }[]) =>
  problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');

/**
 * `results`: the app's last check, per pin (empty: holds; null: cannot be sent). Pins not checked
 * yet or not sendable are not compared.
 */
export async function checkPinsExport(
  port: EnginePort,
  pins: readonly Pin[],
  exported: PinsExport,
  results: readonly (PinDifference[] | null | undefined)[],
): Promise<PinsExportReport> {
  const text = serializeScenarioFile([exported.scenario]);
  const skippedWithKeys = exported.skippedWithKeys;
  const compared = exported.pinSteps.flatMap((step, pin) => {
    const result = results[pin];
    const of = pins[pin];
    return step === null || result === undefined || result === null || !of
      ? []
      : [{ pin, label: pinLabel(of), step, holds: result.length === 0 }];
  });
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) {
    const got = `the file does not read back: ${problemsText(parsed.error)}`;
    return {
      text,
      skippedWithKeys,
      problems: compared.map(({ pin, label, holds }) => ({ pin, label, holds, got })),
    };
  }
  const scenario = parsed.value[0] as Scenario;
  const opened = await port.openWorld(scenario.setup ?? {}, { scenario });
  if (!opened.ok) {
    const got = `its set-up is broken: ${problemsText(opened.error)}`;
    const problems = compared
      .filter((c) => c.holds)
      .map(({ pin, label }) => ({ pin, label, holds: true, got }));
    return { text, skippedWithKeys, problems };
  }
  try {
    const last = scenario.steps.length - 1;
    const ran = last >= 0 ? await port.runScenarioStep(opened.value.id, last) : { kind: 'closed' as const };
    const steps = ran.kind === 'ran' ? ran.steps : [];
    const byIndex = new Map(steps.map((s) => [s.index, s]));
    const problems = compared.flatMap(({ pin, label, step, holds }) => {
      const run = byIndex.get(step);
      const passed = run?.passed ?? false;
      if (passed === holds) return [];
      const got = run
        ? passed
          ? `the file's step ${step} passes`
          : `step ${step}: ${run.mismatches.map((m) => m.line).join('; ')}`
        : `step ${step} did not run (an earlier step could not be sent)`;
      return [{ pin, label, holds, got }];
    });
    const pinStepSet = new Set(exported.pinSteps);
    const setupRun = steps.find((s) => !pinStepSet.has(s.index) && !s.passed);
    return {
      text,
      skippedWithKeys,
      problems,
      ...(setupRun
        ? { setupDiffers: `step ${setupRun.index}: ${setupRun.mismatches.map((m) => m.line).join('; ')}` }
        : {}),
    };
  } finally {
    void port.closeWorld(opened.value.id);
  }
}
