import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves the built lab (`dist/`) as a plain static host would, under the path `base` (e.g.
 * `/courses/cnn/lab/`), with `headers` added to every answer. `folder` says, at each request,
 * which build to serve (a new version can be deployed while pages are open). Returns the lab's
 * address and a function that stops the server.
 */
export async function serveBuild(
  base = '/',
  headers: Record<string, string> = {},
  folder: () => string = () => 'dist',
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const root = folder();
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(base.length) || 'index.html');
    let file = join(root, relative);
    if (relative.startsWith('..') || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headers,
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
