import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, focusRing } from '../common/PanelBoundary.tsx';
import { S3Answer } from '../common/S3Answer.tsx';

const selectVersioning = (s: PlaygroundState) => s.bucketForm.versioning;
const selectSetForm = (s: PlaygroundState) => s.setBucketForm;
const selectApply = (s: PlaygroundState) => s.applyBucket;
const selectAnswer = (s: PlaygroundState) => s.bucketApply.versioning.outcome;
const selectApplied = (s: PlaygroundState) => s.setup.versioning;

/** PutBucketVersioning: a bucket never returns to "never enabled", only to Suspended. */
export function VersioningFields() {
  const versioning = usePlayground(selectVersioning);
  const setForm = usePlayground(selectSetForm);
  const apply = usePlayground(selectApply);
  const answer = usePlayground(selectAnswer);
  const applied = usePlayground(selectApplied);
  return (
    <fieldset className="flex flex-col gap-2 rounded border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">Versioning</legend>
      <p className="text-xs text-slate-600 dark:text-slate-400">Bucket now: {applied ?? 'never enabled'}</p>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {(['Enabled', 'Suspended'] as const).map((status) => (
          <label key={status} className="flex items-center gap-1">
            <input
              type="radio"
              name="bucket-versioning"
              className={focusRing}
              checked={versioning === status}
              onChange={() => setForm({ versioning: status })}
            />
            {status}
          </label>
        ))}
        <button
          type="button"
          className={buttonClass}
          disabled={versioning === 'Never enabled'}
          onClick={() => void apply('versioning')}
        >
          Apply versioning
        </button>
      </div>
      <S3Answer outcome={answer} label="PutBucketVersioning" />
    </fieldset>
  );
}
