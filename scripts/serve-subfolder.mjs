// Serves dist/ under a subfolder (/training/s3-playground/), as a static host would, so the e2e
// tests prove the relative-path build works away from the site root. Under /strict-styles/ the same
// files come with a Content-Security-Policy header whose style-src lacks 'unsafe-inline', a host
// stricter than the README asks for (e2e/subfolder.spec.ts). Loopback only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const PREFIX = '/training/s3-playground/';
const STRICT_PREFIX = '/strict-styles/';
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; worker-src 'self'; connect-src 'self'";
const root = join(import.meta.dirname, '..', 'dist');
const port = Number(process.env.SUBFOLDER_PORT ?? 4174);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.png': 'image/png',
};

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const strict = path.startsWith(STRICT_PREFIX);
  const prefix = strict ? STRICT_PREFIX : PREFIX;
  if (!path.startsWith(prefix)) {
    res.writeHead(404).end('Not under the subfolder');
    return;
  }
  const relative = normalize(path.slice(prefix.length) || 'index.html');
  const file = join(root, relative);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    ...(strict ? { 'content-security-policy': STRICT_CSP } : {}),
  });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}${PREFIX}`));
