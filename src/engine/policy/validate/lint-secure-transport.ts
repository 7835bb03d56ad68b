import { Phase } from '../parse/s3-order.ts';
import type { StatementCheck } from './check-context.ts';

/**
 * `Deny … "Bool": {"aws:SecureTransport": "true"}` reads like "require TLS" but does the
 * opposite: aws:SecureTransport is true for every HTTPS request, so the Deny refuses HTTPS and
 * lets plain HTTP through. S3 stores the policy without a word. The HTTPS-only policy AWS
 * documents denies on "false" (AWS re:Post, "What S3 bucket policy should I use to comply with the
 * AWS Config rule s3-bucket-ssl-requests-only?"). A JSON `true` reads as "true" (build-values.ts).
 */
export const lintSecureTransport: StatementCheck = (ctx, statement, conditions) => {
  if (statement.effect.value !== 'Deny') return;
  for (const { entry, key } of conditions) {
    // Bool and BoolIfExists alike: S3 sends aws:SecureTransport with every request.
    if (key?.name !== 'aws:SecureTransport' || entry.baseOperator !== 'Bool' || entry.setOperator) continue;
    for (const value of entry.values) {
      if (value.value.toLowerCase() !== 'true') continue;
      ctx.sink.addAt(
        {
          severity: 'warning',
          code: 'deny-secure-transport-true',
          message:
            'aws:SecureTransport is true for every HTTPS request, so this Deny refuses HTTPS and lets plain HTTP through: the opposite of an HTTPS-only policy. S3 accepts it as written. To refuse plain HTTP, deny when it is false: "Bool": {"aws:SecureTransport": "false"}',
          rank: [Phase.Advice],
        },
        value.range,
      );
    }
  }
};
