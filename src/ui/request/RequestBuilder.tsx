import { usePlayground, usePlaygroundStore } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { draftToRequest } from '../../state/to-request.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { primaryButtonClass } from '../common/PanelBoundary.tsx';
import { AuthFields } from './AuthFields.tsx';
import { awsCliCommand } from './aws-cli.ts';
import { BodyInput } from './BodyInput.tsx';
import { ChecksumPicker } from './ChecksumPicker.tsx';
import { curlCommand } from './curl.ts';
import { EncryptionPicker } from './EncryptionPicker.tsx';
import { HeadersEditor } from './HeadersEditor.tsx';
import { keyExportWarning } from './key-export-warning.ts';
import { NotSentLine } from './NotSentLine.tsx';
import { SentStatus } from './SentStatus.tsx';
import { ServiceSourceFields } from './ServiceSourceFields.tsx';
import { TargetFields } from './TargetFields.tsx';
import { TransportFields } from './TransportFields.tsx';
import { VpcEndpointFields } from './VpcEndpointFields.tsx';

const selectSend = (s: PlaygroundState) => s.send;
const selectRunning = (s: PlaygroundState) => s.running;
const selectReady = (s: PlaygroundState) => s.worldStatus === 'ready';
const selectRegion = (s: PlaygroundState) => s.setup.region ?? 'us-east-1';

/** Builds one S3 request and sends it through the simulated S3. */
export function RequestBuilder() {
  const store = usePlaygroundStore();
  const send = usePlayground(selectSend);
  const running = usePlayground(selectRunning);
  const ready = usePlayground(selectReady);
  const region = usePlayground(selectRegion);
  const exported = (format: typeof awsCliCommand) => () => {
    const { draft, bodyFile } = store.getState();
    const built = draftToRequest(draft);
    return built.ok ? format(built.value, region, bodyFile?.name) : `# ${built.error.message}`;
  };
  const keyWarning = () => keyExportWarning(store.getState().draft.headers);
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <TargetFields />
      <TransportFields />
      <VpcEndpointFields />
      <ServiceSourceFields />
      <AuthFields />
      <EncryptionPicker />
      <ChecksumPicker />
      <HeadersEditor />
      <BodyInput />
      {/* Stays in view while the column scrolls, so "Send request" is one click away on a laptop. */}
      <fieldset
        aria-label="Send"
        className="sticky bottom-0 min-w-0 -mx-3 -mb-3 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
      >
        <button type="submit" className={primaryButtonClass} disabled={running || !ready}>
          Send request
        </button>
        <CopyButton label="Copy as AWS CLI" text={exported(awsCliCommand)} warning={keyWarning} />
        <CopyButton label="Copy as curl" text={exported(curlCommand)} warning={keyWarning} />
        <SentStatus />
        {/* In the sticky bar, so the reason a send did nothing is next to the button, not below the fold. */}
        <NotSentLine />
      </fieldset>
    </form>
  );
}
