/**
 * A bucket policy pasted from a real account, made to run here as it does there: its bucket ARNs
 * name this bucket (policy-bucket.ts); when every principal and KMS key it names is in one other
 * account, that account becomes the bucket owner's here, so its roles are in the bucket's own
 * account and the bucket policy's Allow is enough, as in the real account (IAM User Guide,
 * "Cross-account policy evaluation logic": across accounts the caller's identity policy must
 * allow too); the IAM users and roles it names are declared, since S3 refuses a policy naming
 * one that does not exist ("Invalid principal in policy"). The app's paste and the matrix CLI
 * both call this, and both show `changes`.
 */
import { type NamedAccount, namedInPolicyText, type PrincipalSetup, type Setup } from '../../engine/index.ts';
import { DEFAULT_ACCOUNT, DEFAULT_BUCKET } from '../request-draft.ts';
import { list, policyBucketLines, retargetBucket } from './policy-bucket.ts';

export interface PolicyAdoption {
  /** The policy with its bucket ARNs naming this bucket. */
  policyText: string;
  /** The set-up with the adopted account and the declared principals. */
  setup: Setup;
  /** The account the bucket owner had, when it changed. */
  accountBefore?: string;
  /** Users and roles newly declared (no identity policy). */
  declared: string[];
  /** One line per change, then what stays cross-account. */
  changes: string[];
}

export interface AdoptOptions {
  /** The set-up names its account on purpose (a --setup file): keep it, say what is cross-account. */
  keepAccount?: boolean;
  /** How to make another account the owner where the caller can (the CLI's --setup). */
  ownerHint?: (account: string) => string;
}

export function adoptPastedPolicy(pasted: string, setup: Setup, options: AdoptOptions = {}): PolicyAdoption {
  const bucket = setup.bucket ?? DEFAULT_BUCKET;
  const retargeted = retargetBucket(pasted, bucket);
  const changes = policyBucketLines(retargeted, bucket);
  const named = namedInPolicyText(retargeted.policyText);
  const before = setup.account ?? DEFAULT_ACCOUNT;
  const [only] = named.accounts;
  const adopt = !options.keepAccount && named.accounts.length === 1 && only && only.account !== before;
  const owner = adopt ? only.account : before;
  const next: Setup = { ...setup, account: owner };
  if (adopt) {
    changes.push(...accountLines(setup, before, owner, only));
    const moved = defaultKeyMoved(setup, before, owner);
    if (moved) {
      next.bucketEncryption = moved.bucketEncryption;
      changes.push(moved.line);
    }
  }
  const known = new Set((setup.principals ?? []).map((p) => p.arn));
  const declared = named.usersAndRoles.filter((arn) => !known.has(arn));
  if (declared.length > 0) {
    next.principals = [...(setup.principals ?? []), ...declared.map((arn): PrincipalSetup => ({ arn }))];
    changes.push(
      `Principals: declared ${list(declared)} (no identity policy), as S3 refuses a policy naming a user or role that does not exist ("Invalid principal in policy").`,
    );
  }
  const cross = named.accounts.filter((a) => a.account !== owner);
  // Which account owns the real bucket is a guess only when the owner here is not named at all.
  const ownerNamed = named.accounts.some((a) => a.account === owner);
  if (cross.length > 0) {
    const accounts = cross.map((a) => a.account);
    const hint = !ownerNamed && options.ownerHint && accounts[0] ? ` ${options.ownerHint(accounts[0])}` : '';
    changes.push(`${crossAccountLine(accounts, owner)}${hint}`);
  }
  return {
    policyText: retargeted.policyText,
    setup: next,
    ...(adopt ? { accountBefore: before } : {}),
    declared,
    changes,
  };
}

function accountLines(setup: Setup, before: string, owner: string, named: NamedAccount) {
  const { principals, kmsKeys: keys, conditionKeys } = named;
  const what = [
    ...(principals.length > 0 ? [`principal${principals.length > 1 ? 's' : ''} ${list(principals)}`] : []),
    ...(keys.length > 0 ? [`KMS key${keys.length > 1 ? 's' : ''} ${list(keys)}`] : []),
    ...(conditionKeys.length > 0
      ? [`condition${conditionKeys.length > 1 ? 's' : ''} on ${list(conditionKeys)}`]
      : []),
  ];
  const lines = [
    `Bucket owner account: ${before} → ${owner}, the only account it names (${list(what)}), so its principals are in the bucket's own account, as in the real one: there the bucket policy's Allow is enough.`,
  ];
  const left = (setup.principals ?? []).filter((p) => p.arn.includes(`::${before}:`)).map((p) => p.arn);
  if (left.length > 0)
    lines.push(`${list(left)} stay${left.length > 1 ? '' : 's'} in account ${before}: now another account.`);
  const movedKeys = (setup.kmsKeys ?? []).filter((k) => k.account === undefined).map((k) => k.alias ?? k.id);
  if (movedKeys.length > 0)
    lines.push(
      `The playground's KMS keys (${list(movedKeys)}) move with the bucket: their ARNs now name ${owner}.`,
    );
  return lines;
}

/**
 * The bucket's default encryption written with a full ARN of one of the playground's own keys
 * (`arn:aws:kms:<region>:<old owner>:key/<id>` or `:alias/<name>`): the key moves with the bucket
 * (accountLines), so the ARN must name the new owner, or the default would point at a key that is
 * no longer there. An id or alias without an ARN needs nothing: it resolves in the owner's account.
 */
function defaultKeyMoved(setup: Setup, before: string, owner: string) {
  const own = (setup.kmsKeys ?? []).filter((k) => k.account === undefined);
  const ownKey = (arn: string) => {
    const match = /^arn:aws[\w-]*:kms:[^:]*:(\d{12}):(key\/.+|alias\/.+)$/.exec(arn);
    if (!match || match[1] !== before) return false;
    const ref = match[2] ?? '';
    return own.some((k) => ref === `key/${k.id}` || (k.alias !== undefined && ref === k.alias));
  };
  const rules = setup.bucketEncryption?.Rules ?? [];
  const moved: string[] = [];
  const Rules = rules.map((rule) => {
    const sse = rule.ApplyServerSideEncryptionByDefault;
    const arn = sse?.KMSMasterKeyID;
    if (!sse || arn === undefined || !ownKey(arn)) return rule;
    const now = arn.replace(`:${before}:`, `:${owner}:`);
    moved.push(`${arn} → ${now}`);
    return { ...rule, ApplyServerSideEncryptionByDefault: { ...sse, KMSMasterKeyID: now } };
  });
  if (moved.length === 0) return undefined;
  return {
    bucketEncryption: { ...setup.bucketEncryption, Rules },
    line: `Default encryption: its KMS key moves with the bucket, so the key ARN it names follows (${list(moved)}).`,
  };
}

function crossAccountLine(accounts: string[], owner: string): string {
  const some = accounts.length > 1;
  return `Cross-account here: ${some ? 'accounts' : 'account'} ${list(accounts)} ${some ? 'are' : 'is'} not the bucket owner's (${owner}), so S3 lets ${some ? 'their' : 'its'} principals in only when their own identity policy allows the request too (give them one under Principals).`;
}
