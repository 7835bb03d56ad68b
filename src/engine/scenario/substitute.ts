/** Placeholders replaced in a step's request before it is sent, and in its expectation after. */
import { escapeRegExp, type PlaceholderValues, substitute, substituteDeep } from './placeholders.ts';
import type { Expect, HeaderExpectation, ScenarioRequest } from './types.ts';

export function substituteRequest(
  request: ScenarioRequest,
  values: PlaceholderValues,
  problems: string[],
): ScenarioRequest {
  return substituteDeep(request, (text) => substitute(text, values, problems));
}

/** In `{"matches": ...}` patterns a placeholder stands for its value literally, so it is escaped. */
export function substituteExpect(expect: Expect, values: PlaceholderValues, problems: string[]): Expect {
  const replace = (text: string) => substitute(text, values, problems);
  const { headers, ...rest } = expect;
  const result = substituteDeep(rest, replace) as Expect;
  if (headers !== undefined) {
    const replaced: Record<string, HeaderExpectation> = {};
    for (const [name, value] of Object.entries(headers)) {
      replaced[name] =
        typeof value === 'string'
          ? replace(value)
          : { matches: substitute(value.matches, values, problems, escapeRegExp) };
    }
    result.headers = replaced;
  }
  return result;
}
