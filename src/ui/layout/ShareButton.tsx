import { loadCodec } from '../../state/codec-loader.ts';
import { usePlaygroundStore } from '../../state/context.tsx';
import { workspaceOf } from '../../state/persistence.ts';
import { shareHash } from '../../state/share-link.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { useBaseline } from './baseline.ts';

/** Copies a link to this workspace (`#s=`; keys only when "Include keys" is ticked). */
export function ShareButton() {
  const store = usePlaygroundStore();
  const baseline = useBaseline();
  const link = async () => {
    await loadCodec();
    const state = store.getState();
    const hash = shareHash(workspaceOf(state, state.lesson?.scenario.id), baseline(), state.includeKeys);
    return `${location.href.split('#')[0]}${hash}`;
  };
  return <CopyButton label="Copy share link" text={link} />;
}
