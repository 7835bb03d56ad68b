import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { inputClass } from '../common/PanelBoundary.tsx';

const selectKeys = (s: PlaygroundState) => s.snapshot?.kmsKeys;

/**
 * The world's KMS keys by ARN; empty means no key named, which S3 reads as the AWS managed key
 * aws/s3. A client (client-side encryption) cannot use aws/s3, so it passes its own `emptyLabel`.
 */
export function KmsKeySelect({
  id,
  label,
  value,
  onChange,
  emptyLabel = 'aws/s3 (AWS managed key)',
  disabled = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  emptyLabel?: string;
  /** Shown but not used (the field keeps its place, so the buttons under it do not move). */
  disabled?: boolean;
}) {
  const keys = usePlayground(selectKeys) ?? [];
  const customer = keys.filter((k) => k.manager === 'CUSTOMER');
  const known = value === '' || keys.some((k) => k.arn === value);
  return (
    <Field label={label} htmlFor={id}>
      <select
        id={id}
        className={inputClass}
        value={value}
        // A narrow column cuts a key id short; the pointer shows it whole.
        title={value === '' ? emptyLabel : value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{emptyLabel}</option>
        {customer.map((k) => (
          <option key={k.arn} value={k.arn}>
            {k.alias ?? k.keyId} ({k.state})
          </option>
        ))}
        {known ? null : <option value={value}>{value} (typed)</option>}
      </select>
    </Field>
  );
}
