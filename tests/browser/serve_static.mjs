// serve_static.mjs — a tiny static file server for the built page (tests and scripts/serve.sh).
//
// Serves one directory on 127.0.0.1 only, with correct MIME types (application/wasm matters:
// WebAssembly streaming and our CSP expect it), no caching, and no access outside the root
// (path traversal is rejected). Dependency-free (node:http).
//
// Library:  const server = await serveStatic('build/web'); server.url; await server.close();
//           serveStatic(dir, { respond }): respond(urlPath, file, res) may answer a request itself
//           (return true), e.g. a test's stalling download; otherwise the file is served.
// CLI:      node tests/browser/serve_static.mjs <dir> [port]      (port 0 = any free port)
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export async function serveStatic(rootDir, { host = '127.0.0.1', port = 0, log = false,
                                              respond = null } = {}) {
  const root = path.resolve(rootDir);
  const server = createServer(async (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
      const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      let file = path.resolve(root, '.' + urlPath);
      if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden');
      let info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info || !info.isFile()) {
        if (log) console.log(`404 ${urlPath}`);
        return send(404, 'not found');
      }
      if (respond && respond(urlPath, file, res, info)) return;
      const type = MIME_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (log) console.log(`200 ${urlPath}`);
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch (err) {
      send(500, String(err));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  return {
    port: actualPort,
    url: `http://${host}:${actualPort}/`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

// CLI entry point.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  const port = Number(process.argv[3] ?? 8080);
  if (!dir) {
    console.error('usage: node serve_static.mjs <dir> [port]');
    process.exit(2);
  }
  const server = await serveStatic(dir, { port, log: true });
  console.log(`Serving ${path.resolve(dir)} at ${server.url}  (Ctrl+C to stop)`);
  process.on('SIGINT', () => server.close().then(() => process.exit(0)));
  process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
}
