/**
 * The request as the store keeps it (last run, history, the session "Save as lesson" and the pins
 * file replay). The port moves a byte body to the engine's worker, which leaves the page's bytes
 * detached (empty), so the store keeps its own: bytes that are one short text repeated (generated
 * bytes, scenario-bytes.ts) as `{"repeat", "times"}`, other bodies up to KEEP_BYTES as a copy.
 * Larger bodies are not kept (a file from disk goes as its handle and has none here anyway): a
 * lesson or pins file then cannot rebuild them, and the pins export says so.
 */
import type { RequestInput } from '../engine/index.ts';
import { scenarioBytes } from './scenario-bytes.ts';

/** Typed text and sealed client-side bodies are far smaller; 200 session entries stay small. */
export const KEEP_BYTES = 256 * 1024;

export function keptRequest(request: RequestInput): RequestInput {
  const { body } = request;
  if (!(body instanceof Uint8Array)) return request;
  if (body.length <= KEEP_BYTES) return { ...request, body: body.slice() };
  const compact = scenarioBytes(body);
  return 'repeat' in compact ? { ...request, body: compact } : request;
}
