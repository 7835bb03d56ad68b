import type { JsonNode } from './json-node.ts';
import type { ProblemSink } from './problem-sink.ts';
import { Phase } from './s3-order.ts';

/**
 * Warns about a name that appears twice in one object. Only the last one counts (as with
 * `JSON.parse`), which silently drops the first: two "StringEquals" blocks in one Condition, for
 * instance, keep only the second.
 */
export function reportDuplicateKeys(node: JsonNode, sink: ProblemSink): void {
  const stack: JsonNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) break;
    if (current.kind === 'array') stack.push(...current.items);
    if (current.kind !== 'object') continue;
    const seen = new Set<string>();
    for (let i = current.members.length - 1; i >= 0; i--) {
      const member = current.members[i];
      if (!member) continue;
      stack.push(member.value);
      if (!seen.has(member.key)) {
        seen.add(member.key);
        continue;
      }
      sink.add({
        severity: 'warning',
        code: 'duplicate-key',
        message: `"${member.key}" appears again later in this object: only the last one counts, so this one is ignored`,
        start: member.keyStart,
        end: member.keyEnd,
        rank: [Phase.Advice],
      });
    }
  }
}
