// Serves dist/ under a subfolder (/training/s3-playground/), as a static host would, so the e2e
// tests prove the relative-path build works away from the site root. Loopback only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const PREFIX = '/training/s3-playground/';
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
  if (!path.startsWith(PREFIX)) {
    res.writeHead(404).end('Not under the subfolder');
    return;
  }
  const relative = normalize(path.slice(PREFIX.length) || 'index.html');
  const file = join(root, relative);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://127.0.0.1:${port}${PREFIX}`));
