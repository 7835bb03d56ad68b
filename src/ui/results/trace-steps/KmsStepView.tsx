import type { JsonObject } from '../../../engine/index.ts';
import { Chip } from '../common/Chip.tsx';
import { asBoolean, asObject, asString, asStrings } from '../format/json-data.ts';
import type { StepViewProps } from './types.ts';

function ContextList({ context }: { context: JsonObject | undefined }) {
  if (!context || Object.keys(context).length === 0) return null;
  return (
    <dl className="ml-3 grid grid-cols-[max-content_1fr] gap-x-2 text-xs" aria-label="Encryption context">
      {Object.entries(context).map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-mono text-slate-500 dark:text-slate-400">{key}</dt>
          <dd className="font-mono break-all">{asString(value) ?? JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Call({ name, call }: { name: string; call: JsonObject | undefined }) {
  if (!call) return null;
  const requested = asString(call.requested);
  const keyArn = asString(call.keyArn);
  const object = asString(call.object);
  return (
    <li className="text-xs">
      <span className="font-semibold">{name}</span> with{' '}
      <code className="font-mono break-all">{keyArn ?? '(no key)'}</code>
      {requested && requested !== keyArn ? <span> (the request named {requested})</span> : null}
      {asBoolean(call.bucketKey) ? <Chip>bucket key: context is the bucket ARN</Chip> : null}
      {object ? <span> for {object}</span> : null}
      <ContextList context={asObject(call.encryptionContext)} />
    </li>
  );
}

/** The KMS calls S3 made on the requester's behalf, with key and encryption context; or KMS's refusal. */
export function KmsStepView({ step }: StepViewProps) {
  const data = step.data ?? {};
  const calls = asStrings(data.kmsCalls) ?? [];
  const errorCode = asString(data.kmsErrorCode);
  return (
    <div className="flex flex-col gap-1">
      <ul className="flex flex-col gap-1">
        <Call name="GenerateDataKey" call={asObject(data.generateDataKey)} />
        <Call name="Decrypt (stored object's data key)" call={asObject(data.decrypt)} />
        <Call name="Decrypt (upload's data key)" call={asObject(data.uploadDecrypt)} />
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
