// The static server of the Node-driven benchmarks (bench/*/node.mjs): the repository's files over
// http://127.0.0.1 on a free port, as tachometer serves the pages of the others. `missing` (a file
// name under dist/cdn/) answers 404 for it: a page whose CDN lacks that file, or that went offline
// before it loaded (bench/memory --missing).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES = { '.html': 'text/html', '.json': 'application/json' };

/** Resolves to { server, origin } once listening; `server.close()` when done. */
export function serve({ missing } = {}) {
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    if (missing && request.url.startsWith(`/dist/cdn/${missing}`)) return void response.writeHead(404).end();
    const file = path.join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    let body;
    try {
      body = readFileSync(file);
    } catch {
      return void response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'text/javascript' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
