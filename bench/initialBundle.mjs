// The JavaScript a first visit loads before anything else: the entry script of dist/index.html and
// every module it preloads, each gzipped as a static host serves it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes and gzip bytes of each initial script of a build in `dist`, and their totals. */
export function measureInitialBundle(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]);
  const scripts = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const gzipBytes = scripts.reduce((total, script) => total + script.gzipBytes, 0);
  return {
    scripts,
    bytes: scripts.reduce((total, script) => total + script.bytes, 0),
    gzipBytes,
    gzipKB: Math.round(gzipBytes / 100) / 10,
    budgetGzipKB: 120,
  };
}
