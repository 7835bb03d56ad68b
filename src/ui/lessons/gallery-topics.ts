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

type Searchable = Pick<Lesson, 'id' | 'title' | 'description' | 'tags'>;

/** The query's words, a plural's "s" dropped ("keys" finds "key" and "keys"; not "access"). */
const wordsOf = (query: string) =>
  query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );

/** `word` appears in `text` at the start of one of its words. */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[a-z0-9]/.test(text.charAt(at - 1))) return true;
  }
  return false;
}

/**
 * How well one query word names a lesson, 0 when it appears nowhere: a trainer searching in front
 * of the room types what the lesson is called, so the title counts most, then its tags and topic,
 * then its id; the description only makes it a match.
 */
function wordScore(lesson: Searchable, word: string): number {
  const title = lesson.title.toLowerCase();
  if (startsAWord(title, word)) return 8;
  if (title.includes(word)) return 6;
  const tags = [...lesson.tags, topicOf(lesson)].map((t) => t.toLowerCase());
  if (tags.some((t) => t === word)) return 5;
  if (tags.some((t) => t.includes(word))) return 4;
  if (lesson.id.toLowerCase().includes(word)) return 3;
  return lesson.description.toLowerCase().includes(word) ? 1 : 0;
}

/**
 * The lessons every word of the query appears in (title, description, tags, topic or id, any
 * case), best named first; equal scores keep the gallery's order.
 */
export function searchLessons<T extends Searchable>(lessons: readonly T[], query: string): T[] {
  const words = wordsOf(query);
  if (words.length === 0) return [...lessons];
  const scored: { lesson: T; score: number; at: number }[] = [];
  lessons.forEach((lesson, at) => {
    const scores = words.map((word) => wordScore(lesson, word));
    if (scores.every((s) => s > 0)) scored.push({ lesson, score: scores.reduce((a, b) => a + b, 0), at });
  });
  return scored.sort((a, b) => b.score - a.score || a.at - b.at).map((s) => s.lesson);
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
