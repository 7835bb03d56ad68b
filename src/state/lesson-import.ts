/**
 * "Open file" and a file dropped on the page (issue 8): a scenario file opens as a lesson. A file
 * that is not one gets one message naming the JSON path and what is wrong; nothing else changes.
 */
import { parseScenarioFile, type Scenario } from '../engine/index.ts';

export type ReadLesson = { ok: true; scenario: Scenario; more: number } | { ok: false; message: string };

export function readLessonFile(name: string, text: string): ReadLesson {
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.error;
    const where = first?.path ? `at ${first.path}` : 'as a whole';
    const line = first?.position ? ` (line ${first.position.line})` : '';
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    return {
      ok: false,
      message: `“${name}” is not a lesson file: ${where}${line}, ${first?.message ?? 'it cannot be read'}${more}.`,
    };
  }
  const [scenario, ...others] = parsed.value;
  if (!scenario) return { ok: false, message: `“${name}” holds no scenario.` };
  return { ok: true, scenario, more: others.length };
}
