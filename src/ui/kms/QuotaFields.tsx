import { useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { buttonClass, inputClass } from '../common/PanelBoundary.tsx';

const selectSetup = (s: PlaygroundState) => s.setup;
const selectLoad = (s: PlaygroundState) => s.loadWorld;

/** The shared KMS request quota is an account setting, not an API call: changing it rebuilds the world. */
export function QuotaFields() {
  const setup = usePlayground(selectSetup);
  const loadWorld = usePlayground(selectLoad);
  const current = setup.kmsRequestsPerSecond ?? 5500;
  const [value, setValue] = useState(String(current));
  const parsed = Number(value);
  const valid = Number.isInteger(parsed) && parsed > 0;
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) void loadWorld({ ...setup, kmsRequestsPerSecond: parsed });
      }}
    >
      <Field
        label="KMS requests per second (quota)"
        htmlFor="kms-quota"
        error={valid ? undefined : 'A whole number of requests per second, 1 or more.'}
      >
        <input
          id="kms-quota"
          inputMode="numeric"
          className={inputClass}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </Field>
      <button type="submit" className={buttonClass} disabled={!valid || parsed === current}>
        Set quota (resets objects)
      </button>
    </form>
  );
}
