import type { JsonValue, KmsCallData } from '../../../engine/index.ts';
import { Chip } from '../common/Chip.tsx';
import type { StepViewProps } from './types.ts';

function ContextList({ context }: { context: JsonValue | undefined }) {
  if (typeof context !== 'object' || context === null || Array.isArray(context)) return null;
  if (Object.keys(context).length === 0) return null;
  return (
    <dl className="ml-3 grid grid-cols-[max-content_1fr] gap-x-2 text-xs" aria-label="Encryption context">
      {Object.entries(context).map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-mono text-slate-500 dark:text-slate-400">{key}</dt>
          <dd className="font-mono break-all">{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Call({ name, call }: { name: string; call: KmsCallData | undefined }) {
  if (!call) return null;
  const { requested, keyArn, object } = call;
  return (
    <li className="text-xs">
      <span className="font-semibold">{name}</span> with{' '}
      <code className="font-mono break-all">{keyArn || '(no key)'}</code>
      {requested && requested !== keyArn ? <span> (the request named {requested})</span> : null}
      {call.bucketKey ? <Chip>bucket key: context is the bucket ARN</Chip> : null}
      {object ? <span> for {object}</span> : null}
      <ContextList context={call.encryptionContext} />
    </li>
  );
}

/** The KMS calls S3 made on the requester's behalf, with key and encryption context; or KMS's refusal. */
export function KmsStepView({ step }: StepViewProps<'kms'>) {
  const data = step.data ?? {};
  const calls = data.kmsCalls ?? [];
  const errorCode = data.kmsErrorCode;
  return (
    <div className="flex flex-col gap-1">
      <ul className="flex flex-col gap-1">
        <Call name="GenerateDataKey" call={data.generateDataKey} />
        <Call name="Decrypt (stored object's data key)" call={data.decrypt} />
        <Call name="Decrypt (upload's data key)" call={data.uploadDecrypt} />
      </ul>
      {calls.length > 0 || errorCode ? (
        <p className="flex flex-wrap gap-1 text-xs">
          KMS events:{' '}
          {calls.map((name, index) => (
            <Chip key={`${name}-${index.toString()}`}>{name}</Chip>
          ))}
          {errorCode ? <Chip tone="bad">KMS said {errorCode}</Chip> : null}
        </p>
      ) : null}
    </div>
  );
}
