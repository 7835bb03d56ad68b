/**
 * The built page's Content-Security-Policy (issue 12), as a `<meta>` tag added at build time only:
 * the dev server injects inline scripts (React refresh) that a strict policy would block.
 * Everything the app loads is its own: scripts, Monaco's workers and the engine worker, styles
 * (Monaco writes `<style>` elements, hence 'unsafe-inline' for styles only), and data: fonts and
 * images. No 'unsafe-eval'. `frame-ancestors` only works as an HTTP header (a meta tag ignores
 * it), so the README's hosting section gives the header form with it.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
