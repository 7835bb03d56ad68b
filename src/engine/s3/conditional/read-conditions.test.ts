/**
 * The order S3 evaluates conditional reads in (API GetObject, "If-Match ... If-Unmodified-Since"
 * and "If-None-Match ... If-Modified-Since" paragraphs; RFC 7232 §6).
 */
import { describe, expect, it } from 'vitest';
import { headerBag } from '../header-bag.ts';
import { evaluateReadConditions } from './read-conditions.ts';

const stored = { etag: '"abc"', lastModifiedMs: Date.UTC(2026, 0, 1, 12, 0, 0) };
const BEFORE = 'Thu, 01 Jan 2026 11:00:00 GMT';
const AFTER = 'Thu, 01 Jan 2026 13:00:00 GMT';
const SAME = 'Thu, 01 Jan 2026 12:00:00 GMT';

describe('evaluateReadConditions', () => {
  it.each<{ name: string; headers: Record<string, string>; outcome: string }>([
    { name: 'If-Match with the ETag proceeds', headers: { 'if-match': '"abc"' }, outcome: 'proceed' },
    { name: 'If-Match without quotes still matches', headers: { 'if-match': 'abc' }, outcome: 'proceed' },
    {
      name: 'If-Match with another ETag is 412',
      headers: { 'if-match': '"zzz"' },
      outcome: 'precondition-failed',
    },
    {
      name: 'If-Match true wins over a false If-Unmodified-Since (200, as the API page says)',
      headers: { 'if-match': '"abc"', 'if-unmodified-since': BEFORE },
      outcome: 'proceed',
    },
    {
      name: 'If-Unmodified-Since before Last-Modified is 412',
      headers: { 'if-unmodified-since': BEFORE },
      outcome: 'precondition-failed',
    },
    {
      name: 'If-None-Match with the ETag is 304',
      headers: { 'if-none-match': '"abc"' },
      outcome: 'not-modified',
    },
    {
      name: 'If-None-Match false wins over a true If-Modified-Since (304, as the API page says)',
      headers: { 'if-none-match': '"abc"', 'if-modified-since': BEFORE },
      outcome: 'not-modified',
    },
    {
      name: 'If-Modified-Since at Last-Modified is 304',
      headers: { 'if-modified-since': SAME },
      outcome: 'not-modified',
    },
    {
      name: 'If-Modified-Since before Last-Modified proceeds',
      headers: { 'if-modified-since': BEFORE },
      outcome: 'proceed',
    },
    {
      name: 'a 412 comes before a 304 when both fail',
      headers: { 'if-match': '"zzz"', 'if-none-match': '"abc"' },
      outcome: 'precondition-failed',
    },
    {
      name: 'a date S3 cannot read is ignored',
      headers: { 'if-modified-since': 'yesterday' },
      outcome: 'proceed',
    },
    {
      name: 'If-Unmodified-Since after Last-Modified proceeds',
      headers: { 'if-unmodified-since': AFTER },
      outcome: 'proceed',
    },
  ])('$name', ({ headers, outcome }) => {
    expect(evaluateReadConditions(headerBag(headers), stored).outcome).toBe(outcome);
  });
});
