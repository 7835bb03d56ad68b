import type { StepVerdict } from '../../state/lesson-step.ts';
import type { OpenLesson } from '../../state/slices/types.ts';

const list = (steps: number[]) => steps.map((i) => i + 1).join(', ');
const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * What the lesson says when asking for a step ran other steps first: the earlier steps that had
 * not run, and, when the step (or a later one) had run already, that the lesson's world started
 * again from its set-up. One sentence for the lesson panel and presenter mode alike.
 */
export function ranFirstNotice(ranFirst: OpenLesson['ranFirst']): string {
  if (!ranFirst) return '';
  const { step, earlier, again } = ranFirst;
  const answers = `step ${step + 1} answers as the lesson says.`;
  const ran =
    earlier.length === 0 ? '' : `${earlier.length > 1 ? 'steps' : 'step'} ${list(earlier)} ran first, so `;
  if (!again) return capitalized(`${ran}${answers}`);
  const restarted = 'The lesson started again from its set-up';
  return ran ? `${restarted}: ${ran}${answers}` : `${restarted}, so ${answers}`;
}

/** Why an answer off the lesson's script differs, and the way back to the lesson's answers. */
export const OFF_SCRIPT =
  'this step ran in a world you changed (a request, policy or key of your own). Restart the lesson for its answers.';

/**
 * What the lesson panel and presenter mode say, before the differing fields, about a step whose
 * answer is not the lesson's (`stepVerdict`). Only a gap in the simulator is called a difference
 * from real S3: an unsolved challenge and a world the learner changed are said as what they are.
 */
export const VERDICT_LEAD: Record<StepVerdict['kind'], string> = {
  simulator:
    'This answer differs from what real S3 answers here (the simulator has a gap, please report it):',
  challenge: 'Not yet the answer the challenge asks for:',
  'off-script': `Not the lesson’s answer: ${OFF_SCRIPT}`,
};
