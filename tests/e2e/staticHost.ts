import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
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

/** A host's page for a missing file: a 404 with a page of its own, as real hosts send. */
function notFound(response: ServerResponse): void {
  response
    .writeHead(404, { 'content-type': TYPES['.html'] })
    .end(
      '<!doctype html><title>Not found</title><link rel="icon" href="data:,"><p id="not-found">Not found</p>',
    );
}

/** How a test host serves the build. */
export interface HostOptions {
  /** The lab's path on the host, e.g. `/courses/cnn/lab/`; `/` by default. */
  base?: string;
  /** Headers added to every answer. */
  headers?: Record<string, string>;
  /** Which build to serve, asked at each request (a new version can be deployed while pages are open). */
  folder?: () => string;
  /** The host's own pages beside the lab (a course's), by path, as HTML; they win over the build's files. */
  pages?: Record<string, string>;
}

/**
 * Serves the built lab (`dist/`) as a plain static host would, with the options above; anything
 * else is a 404. Returns the lab's address and a function that stops the server.
 */
export async function serveBuild(
  options: HostOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const { base = '/', headers = {}, folder = () => 'dist', pages = {} } = options;
  const server = createServer((request, response) => {
    const root = folder();
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (Object.hasOwn(pages, path)) {
      response.writeHead(200, { 'content-type': TYPES['.html'], ...headers }).end(pages[path]);
      return;
    }
    if (!path.startsWith(base)) {
      notFound(response);
      return;
    }
    const relative = normalize(path.slice(base.length) || 'index.html');
    let file = join(root, relative);
    if (relative.startsWith('..') || !existsSync(file)) {
      notFound(response);
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
