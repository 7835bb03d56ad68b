import type { PublicAccessBlockConfiguration } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, focusRing } from '../common/PanelBoundary.tsx';
import { S3Answer } from '../common/S3Answer.tsx';

const selectBlock = (s: PlaygroundState) => s.bucketForm.publicAccessBlock;
const selectSetForm = (s: PlaygroundState) => s.setBucketForm;
const selectApply = (s: PlaygroundState) => s.applyBucket;
const selectAnswer = (s: PlaygroundState) => s.bucketApply.publicAccessBlock.outcome;

const SETTINGS: (keyof PublicAccessBlockConfiguration)[] = [
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets',
];

/** Block Public Access (all four on for buckets created since April 2023): PutPublicAccessBlock. */
export function BlockPublicAccessFields() {
  const block = usePlayground(selectBlock);
  const setForm = usePlayground(selectSetForm);
  const apply = usePlayground(selectApply);
  const answer = usePlayground(selectAnswer);
  return (
    <fieldset className="flex flex-col gap-1 rounded border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">Block Public Access</legend>
      {SETTINGS.map((name) => (
        <label key={name} className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className={focusRing}
            checked={block[name]}
            onChange={(e) => setForm({ publicAccessBlock: { ...block, [name]: e.target.checked } })}
          />
          {name}
        </label>
      ))}
      <div>
        <button type="button" className={buttonClass} onClick={() => void apply('publicAccessBlock')}>
          Apply Block Public Access
        </button>
      </div>
      <S3Answer outcome={answer} label="PutPublicAccessBlock" />
    </fieldset>
  );
}
