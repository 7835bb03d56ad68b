import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../../engine/index.ts';
import { stepSummary } from './step-summary.ts';

const cases: { name: string; request: RequestInput; title: string; details: string[] }[] = [
  {
    name: 'a bare request is its operation and key',
    request: { operation: 'GetObject', key: 'photo.jpg' },
    title: 'GetObject photo.jpg',
    details: [],
  },
  {
    name: 'plain HTTP is said in the title',
    request: { operation: 'PutObject', key: 'a.txt', https: false },
    title: 'PutObject a.txt over HTTP',
    details: [],
  },
  {
    name: 'headers are listed, long values cut',
    request: {
      operation: 'GetObject',
      key: 'photo.jpg',
      headers: {
        'x-amz-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-server-side-encryption-customer-key': 'MTIzNDU2Nzg5MGFiY2RlZjEyMzQ1Njc4OTBhYmNkZWY=',
      },
    },
    title: 'GetObject photo.jpg',
    details: [
      'x-amz-server-side-encryption-customer-algorithm: AES256',
      'x-amz-server-side-encryption-customer-key: MTIzNDU2Nzg5MGFiY2RlZjEyMzQ…',
    ],
  },
  {
    name: 'the principal comes first, by its last ARN part',
    request: {
      operation: 'UploadPart',
      key: 'video.mp4',
      principal: 'arn:aws:iam::111122223333:role/uploader',
      headers: { 'x-amz-server-side-encryption': 'aws:kms' },
    },
    title: 'UploadPart video.mp4',
    details: ['as role/uploader', 'x-amz-server-side-encryption: aws:kms'],
  },
  {
    name: 'a bucket-level operation has no key',
    request: { operation: 'PutBucketPolicy' },
    title: 'PutBucketPolicy',
    details: [],
  },
];

describe('stepSummary', () => {
  it.each(cases)('$name', ({ request, title, details }) => {
    expect(stepSummary(request)).toEqual({ title, details });
  });
});
