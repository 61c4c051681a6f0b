// A small static server for the demo, the end-to-end fixtures and the benchmark.
// `node scripts/serve.mjs [path]` serves the project root on 127.0.0.1 (PORT, default 8000).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` read-only. `pages(path)` may answer a path itself with `{ html, headers }` (the
 * end-to-end suite's page variants, some with a CSP header). Resolves with the server and its
 * base URL once it listens; port 0 picks a free port.
 */
export function serve({ root = ROOT, port = 0, pages = () => undefined } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Browsers ask for one unprompted; a 404 would show as a console error on every page.
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    const page = pages(url.pathname);
    if (page) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...page.headers });
      return void response.end(page.html);
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void response.writeHead(403).end();
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const page = process.argv[2] ?? '';
  const { url } = await serve({ port: Number(process.env.PORT ?? 8000) });
  console.log(`Serving the project. Open ${url}/${page}${page ? '/' : ''}  (Ctrl+C stops)`);
}
