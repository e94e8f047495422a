// `npm start` serves the repository (the demo and the built dist/) on localhost and prints the demo's URL.
// Every page is served under the strict Content-Security-Policy the README promises, so the demo proves it too.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { STRICT_CSP } from './csp.mjs';

const ROOT = resolve('.');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  if (!path.startsWith(ROOT) || path.includes(`${ROOT}/node_modules`) || path.includes('/.git')) {
    response.writeHead(403).end('forbidden');
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Content-Security-Policy': STRICT_CSP,
    'Cache-Control': 'no-store',
  });
  createReadStream(path).pipe(response);
});

function listen(port, triesLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 0) listen(port + 1, triesLeft - 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`\nwallet-help demo: http://localhost:${port}/demo/\n(Ctrl+C to stop)`);
  });
}

listen(Number(process.env.PORT ?? 8000), 20);
