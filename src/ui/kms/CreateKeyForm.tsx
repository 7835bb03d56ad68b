import { useRef, useState } from 'react';
import { wentThrough } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { buttonClass, inputClass } from '../common/PanelBoundary.tsx';

const selectCommand = (s: PlaygroundState) => s.kmsCommand;

/** kms:CreateKey with an optional alias (KMS picks the key id). */
export function CreateKeyForm() {
  const command = usePlayground(selectCommand);
  const [alias, setAlias] = useState('');
  // One key per click: a double click sent two CreateKey calls (two keys, or an AlreadyExists
  // under the one made). The ref stops the second click even before React re-renders.
  const creating = useRef(false);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (creating.current) return;
        creating.current = true;
        setBusy(true);
        void command('kms:CreateKey', alias.trim() === '' ? {} : { Alias: alias.trim() })
          .then((outcome) => {
            if (outcome && wentThrough(outcome.response.status)) setAlias('');
          })
          .finally(() => {
            creating.current = false;
            setBusy(false);
          });
      }}
    >
      <Field label="New key alias (optional)" htmlFor="kms-new-alias">
        <input
          id="kms-new-alias"
          className={inputClass}
          placeholder="alias/my-key"
          value={alias}
          onChange={(e) => setAlias(e.target.value)}
        />
      </Field>
      <button type="submit" className={buttonClass} disabled={busy}>
        Create key
      </button>
    </form>
  );
}
