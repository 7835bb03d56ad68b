/**
 * The gallery's grouping and search. A lesson's topic is its first tag (the lesson files put the
 * topic first); challenges form a group of their own.
 */
import type { Lesson } from '../../scenarios/index.ts';

const TOPIC_NAMES: Record<string, string> = {
  'default-encryption': 'Default encryption and SSE-S3',
  'sse-s3': 'Default encryption and SSE-S3',
  policy: 'Bucket policies',
  transport: 'Bucket policies',
  'sse-kms': 'SSE-KMS and KMS',
  'bucket-key': 'SSE-KMS and KMS',
  dsse: 'DSSE-KMS',
  'sse-c': 'SSE-C',
  'client-side': 'Client-side encryption',
  copy: 'Changing encryption',
  challenge: 'Challenges',
};

export function topicOf(lesson: Pick<Lesson, 'tags'>): string {
  const first = lesson.tags[0];
  if (lesson.tags.includes('challenge')) return 'Challenges';
  if (first === undefined) return 'Other';
  return TOPIC_NAMES[first] ?? first.charAt(0).toUpperCase() + first.slice(1);
}

/** Every word of the query appears in the title, description, tags or topic (any case). */
export function matchesSearch(lesson: Lesson, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [lesson.title, lesson.description, lesson.id, topicOf(lesson), ...lesson.tags]
    .join(' ')
    .toLowerCase();
  return words.every((word) => text.includes(word));
}

/** Topics in the order their first lesson appears, each with its lessons in gallery order. */
export function groupByTopic(lessons: readonly Lesson[]): { topic: string; lessons: Lesson[] }[] {
  const groups = new Map<string, Lesson[]>();
  for (const lesson of lessons) {
    const topic = topicOf(lesson);
    groups.set(topic, [...(groups.get(topic) ?? []), lesson]);
  }
  return [...groups].map(([topic, list]) => ({ topic, lessons: list }));
}
