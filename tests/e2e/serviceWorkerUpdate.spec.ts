import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, showFigure, test } from './fixtures.ts';
import { serveBuild } from './staticHost.ts';

// A new version deployed while a class has the lab open takes over cleanly: the service worker
// installs it without waiting for every tab to close, a page still running the old version that
// asks for a chunk the new one no longer has reloads once into the new version, and the old
// version's caches are gone.

/**
 * A second version of the build, as a change to the cost figure's code makes it: a copy of
 * `dist/` in which that figure's chunk, and every chunk that names a changed one, has a new name
 * (a content hash changes with the content), renamed in every file that names it, the service
 * worker's precache list included; and whose page says `version`.
 */
function nextVersion(version: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'rfl-next-'));
  cpSync('dist', folder, { recursive: true });
  const assets = join(folder, 'assets');
  const chunks = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.replace(/\.js$/, ''));
  const text = (chunk: string) => readFileSync(join(assets, `${chunk}.js`), 'utf8');
  const changed = new Set(chunks.filter((chunk) => chunk.startsWith('CostBody-')));
  if (changed.size !== 1) throw new Error('the build has no single CostBody chunk');
  for (let grew = true; grew; ) {
    grew = false;
    for (const chunk of chunks) {
      if (changed.has(chunk) || ![...changed].some((name) => text(chunk).includes(name))) continue;
      changed.add(chunk);
      grew = true;
    }
  }
  const rename = (content: string) =>
    [...changed].reduce((result, name) => result.replaceAll(`${name}.js`, `${name}${version}.js`), content);
  for (const chunk of chunks) {
    const file = join(assets, `${chunk}.js`);
    writeFileSync(file, rename(text(chunk)));
    if (changed.has(chunk)) renameSync(file, join(assets, `${chunk}${version}.js`));
  }
  const index = join(folder, 'index.html');
  writeFileSync(
    index,
    rename(readFileSync(index, 'utf8')).replace(
      '<head>',
      `<head><meta name="lab-version" content="${version}">`,
    ),
  );
  // The precache list names the new chunks, and gives the changed page a new revision.
  const worker = join(folder, 'sw.js');
  writeFileSync(
    worker,
    rename(readFileSync(worker, 'utf8')).replace(/(url:"index\.html",revision:")[^"]+/, `$1${version}`),
  );
  return folder;
}

test('a new version takes over an open page: one reload into it, the figures drawn, the old caches gone', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(60_000);
  let folder = 'dist';
  const next = nextVersion('v2');
  const host = await serveBuild({ folder: () => folder });
  try {
    await page.goto(host.url);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
      .toBe(true);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const oldCaches = await page.evaluate(() => caches.keys());
    const oldEntries = await page.evaluate(
      async (names) => (await caches.open(names[0])).keys().then((keys) => keys.length),
      oldCaches,
    );

    // Deployed: the open page's worker finds the new version and hands over at once.
    folder = next;
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const changed = new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve),
      );
      await registration.update();
      await changed;
    });
    // The page still runs the old version; the cost figure's old chunk is gone from the host and
    // from the new precache: the page reloads once, into the new version, and draws it. (Scrolled
    // to, not waited on: the reload opens the new page at its top.)
    await page.locator('[data-figure="cost"]').scrollIntoViewIfNeeded();
    await expect(page.locator('meta[name="lab-version"]')).toHaveAttribute('content', 'v2');
    await showFigure(page, 'cost');
    await expect(page.locator('[data-figure="cost"] math').first()).toBeAttached();
    await expect(page.locator('[data-figure-failed]')).toHaveCount(0);
    // The one expected complaint: the old chunk's 404, before the reload.
    expect(consoleErrors.filter((error) => !/404/.test(error))).toEqual([]);
    consoleErrors.length = 0;

    // One cache, the new version's, holding the new chunk and not the old.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = await (await caches.open(names[0])).keys();
      return { names, urls: keys.map((request) => new URL(request.url).pathname) };
    });
    expect(cached.names).toEqual(oldCaches);
    expect(cached.urls.length).toBe(oldEntries);
    expect(cached.urls.some((url) => /CostBody-.*v2\.js$/.test(url))).toBe(true);
    expect(cached.urls.filter((url) => /CostBody-/.test(url))).toHaveLength(1);
  } finally {
    await host.close();
    rmSync(next, { recursive: true, force: true });
  }
});
