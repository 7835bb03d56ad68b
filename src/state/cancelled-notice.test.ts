import { describe, expect, it } from 'vitest';
import type { Operation } from '../engine/index.ts';
import { CANCELLED_NOTICE, CANCELLED_READ_NOTICE, cancelledNotice } from './send-through.ts';

describe('the notice of a cancelled request', () => {
  it.each<{ operation: Operation; notice: string }>([
    { operation: 'PutObject', notice: CANCELLED_NOTICE },
    { operation: 'UploadPart', notice: CANCELLED_NOTICE },
    { operation: 'CopyObject', notice: CANCELLED_NOTICE },
    { operation: 'GetObject', notice: CANCELLED_READ_NOTICE },
    { operation: 'HeadObject', notice: CANCELLED_READ_NOTICE },
  ])('for $operation says what did not happen', ({ operation, notice }) => {
    expect(cancelledNotice({ operation, key: 'k' })).toBe(notice);
  });
});
