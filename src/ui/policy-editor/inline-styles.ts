/**
 * Monaco colours its tokens and places its parts through `<style>` elements it writes. Under a
 * Content-Security-Policy whose style-src lacks 'unsafe-inline' it does not fail, it shows broken
 * (no colours, misplaced line numbers, hundreds of console errors), so the policy editors keep to
 * their plain textarea instead, without fetching Monaco, and say why. A `<style>` the policy blocks gets no stylesheet (its
 * `sheet` stays null), which a probe reads before Monaco is fetched: the probe costs one console
 * report on such a host instead of hundreds.
 */

export const INLINE_STYLES_BLOCKED_STATUS =
  "This site's Content-Security-Policy blocks inline styles, which the code editor needs (style-src 'unsafe-inline', see the README's Hosting part); this plain editor keeps your policy.";

let allowed: boolean | undefined;

export function inlineStylesAllowed(doc: Document = document): boolean {
  if (allowed !== undefined) return allowed;
  const probe = doc.createElement('style');
  probe.textContent = ':root{}';
  doc.head.append(probe);
  allowed = probe.sheet !== null;
  probe.remove();
  return allowed;
}
