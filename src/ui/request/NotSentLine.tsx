import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';

const selectDraftError = (s: PlaygroundState) => s.draftError;
const selectOperation = (s: PlaygroundState) => s.draft.operation;

/** Where a field's own message is shown; the Send bar points there instead of repeating it. */
function fieldName(field: string, operation: string): string | undefined {
  if (field === 'body') return `the ${operation} input`;
  if (field === 'key') return 'the object key';
  if (field.startsWith('auth-')) return 'the signature settings';
  return undefined;
}

/**
 * In the sticky Send bar: why the last Send did not go out, next to the button that was clicked
 * (the stale answer has been cleared, so nothing else there speaks for it).
 */
export function NotSentLine() {
  const draftError = usePlayground(selectDraftError);
  const operation = usePlayground(selectOperation);
  if (!draftError) return null;
  const field = fieldName(draftError.field, operation);
  return (
    <p role="alert" className="basis-full text-sm text-red-700 dark:text-red-400">
      {field ? `Not sent: fix ${field} (the message is at the field).` : `Not sent: ${draftError.message}`}
    </p>
  );
}
