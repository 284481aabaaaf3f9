/**
 * The Content-Security-Policy the built lab runs under: its own scripts, styles, workers and
 * photos only; images also from data: and blob: URLs (exports, the user's own image); nothing
 * inline, no eval, no plugins. The build writes it into index.html as a `<meta http-equiv>`; a
 * host may send the same as a header (README, "Deploy"). The dev server injects inline scripts
 * for hot reload, so it runs without it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');
