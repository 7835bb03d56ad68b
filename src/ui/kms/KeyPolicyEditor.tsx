import { useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { KeySnapshot } from '../../state/engine-port.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { inputClass, smallButtonClass } from '../common/PanelBoundary.tsx';

const selectCommand = (s: PlaygroundState) => s.kmsCommand;

/** The key policy as JSON; saving sends kms:PutKeyPolicy, so KMS's refusal of a bad policy shows. */
export function KeyPolicyEditor({ keyInfo }: { keyInfo: KeySnapshot }) {
  const command = usePlayground(selectCommand);
  const [text, setText] = useState(() => JSON.stringify(keyInfo.policy, null, 2));
  const id = `key-policy-${keyInfo.keyId}`;
  const editable = keyInfo.manager === 'CUSTOMER';
  return (
    <div className="mt-2 flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium">
        Key policy {keyInfo.policyIsDefault ? '(the default key policy)' : ''}
      </label>
      <textarea
        id={id}
        rows={8}
        spellCheck={false}
        readOnly={!editable}
        className={`${inputClass} font-mono text-xs`}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {editable ? (
        <div>
          <button
            type="button"
            className={smallButtonClass}
            onClick={() => void command('kms:PutKeyPolicy', { KeyId: keyInfo.keyId, Policy: text })}
          >
            Save key policy
          </button>
        </div>
      ) : (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          AWS managed keys' policies cannot be changed.
        </p>
      )}
    </div>
  );
}
