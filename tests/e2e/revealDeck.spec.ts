import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

// A reveal.js deck (npm `reveal.js`, as a teacher's slides load it) with the lab's reveal.js
// snippet, copied from the Embed dialog, as its second slide: the figure works inside the slide,
// sizes itself, and is still there, state and all, after the deck moves on and comes back.

/** Serves `deck` at /deck.html and reveal.js's own files under /reveal/, on another origin than the lab. */
async function serveDeck(deck: string): Promise<{ url: string; close: () => Promise<void> }> {
  const dist = join('node_modules', 'reveal.js', 'dist');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/deck.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(deck);
      return;
    }
    const file = path.startsWith('/reveal/') ? path.slice('/reveal/'.length) : '';
    if (!/^[\w./-]+$/.test(file) || file.includes('..')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
      response.writeHead(200, { 'content-type': type }).end(readFileSync(join(dist, file)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/deck.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('a figure embedded as a reveal.js slide works, sizes itself and survives slide changes', async ({
  page,
}) => {
  await page.goto('./?deep.sel=3:6');
  await page.locator('[data-figure="deep"]').scrollIntoViewIfNeeded();
  await page.locator('[data-figure="deep"] [data-action="embed"]').click();
  await page.locator('[data-figure="deep"] [data-setting="embedFormat"]').selectOption('reveal');
  const snippet = await page.locator('[data-figure="deep"] [data-embed-snippet]').inputValue();
  const [slide, listener] = snippet.split('<!-- once per deck, before </body>: -->');
  expect(slide).toMatch(/^<section>/);
  const deck = `<!doctype html><html><head><meta charset="utf-8"><title>Week 9</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css"></head>
<body><div class="reveal"><div class="slides">
<section><h2>Why convolution?</h2></section>
${slide}
<section><h2>Questions</h2></section>
</div></div>
<script type="module">import Reveal from '/reveal/reveal.mjs'; window.deck = new Reveal({ hash: true, width: 1200, height: 1300, margin: 0, minScale: 1, maxScale: 1 }); window.deck.initialize();</script>
${listener}
</body></html>`;
  const host = await serveDeck(deck);
  await page.goto(host.url);
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  const next = () => page.evaluate(() => (window as unknown as { deck: { next(): void } }).deck.next());
  const previous = () => page.evaluate(() => (window as unknown as { deck: { prev(): void } }).deck.prev());
  await next();
  const frame = page.frameLocator('.slides iframe');
  // The figure, in the state it was embedded in.
  await expect(frame.locator('[data-embed="deep"] svg[data-panel="stack"] [data-selected]')).toHaveAttribute(
    'data-unit',
    '3:6',
  );
  // It works inside the slide, by keyboard as a presenter would (in this headless deck, synthetic
  // clicks landed beside the units they aimed at).
  await frame.locator('svg[data-panel="stack"] [data-unit="3:0"]').focus();
  await page.keyboard.press('Enter');
  await expect(frame.locator('[data-live]')).toContainText('f₁ sees');
  // It sized itself: the frame is as tall as the figure (to a pixel), not the snippet's guess (the
  // slides, 1,300 px tall, have room for it).
  const iframe = page.locator('.slides iframe');
  await expect
    .poll(async () => {
      const outer = await iframe.evaluate((element) =>
        Number.parseFloat((element as HTMLElement).style.height),
      );
      const inner = await (await iframe.elementHandle())
        ?.contentFrame()
        .then((content) =>
          content?.evaluate(() =>
            Math.ceil(document.querySelector('.embed-root')?.getBoundingClientRect().bottom ?? 0),
          ),
        );
      return Math.abs(outer - (inner ?? 0));
    })
    .toBeLessThan(2);
  // On and back: the slide still holds the working figure, with the reader's selection.
  await next();
  await previous();
  await expect(iframe).toBeVisible();
  await expect(frame.locator('[data-live]')).toContainText('f₁ sees');
  await frame.locator('svg[data-panel="stack"] [data-unit="2:3"]').focus();
  await page.keyboard.press('Enter');
  await expect(frame.locator('[data-live]')).toContainText('g₄ sees');
  await host.close();
});

test('in a deck whose slides are shorter than the figure, the frame stays within its slide and the figure scrolls in it', async ({
  page,
}) => {
  await page.goto('./');
  await page.locator('[data-figure="deep"]').scrollIntoViewIfNeeded();
  await page.locator('[data-figure="deep"] [data-action="embed"]').click();
  await page.locator('[data-figure="deep"] [data-setting="embedFormat"]').selectOption('reveal');
  const snippet = await page.locator('[data-figure="deep"] [data-embed-snippet]').inputValue();
  const [slide, listener] = snippet.split('<!-- once per deck, before </body>: -->');
  // reveal.js's default slide size, 960 × 700: the deep figure at this width is taller than 700 px.
  const deck = `<!doctype html><html><head><meta charset="utf-8"><title>Week 9</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css"></head>
<body><div class="reveal"><div class="slides">${slide}</div></div>
<script type="module">import Reveal from '/reveal/reveal.mjs'; window.deck = new Reveal({ width: 960, height: 700, margin: 0, minScale: 1, maxScale: 1 }); window.deck.initialize();</script>
${listener}
</body></html>`;
  const host = await serveDeck(deck);
  await page.setViewportSize({ width: 960, height: 700 });
  await page.goto(host.url);
  await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
  const frame = page.frameLocator('.slides iframe');
  await expect(frame.locator('[data-embed="deep"] svg[data-panel="stack"]')).toBeVisible();
  const iframe = page.locator('.slides iframe');
  // The figure is taller than the slide; its frame is exactly the slide's height, not taller.
  const figureHeight = await frame
    .locator('.embed-root')
    .evaluate((element) => Math.ceil(element.getBoundingClientRect().bottom));
  expect(figureHeight).toBeGreaterThan(700);
  await expect.poll(() => iframe.evaluate((element) => (element as HTMLElement).style.height)).toBe('700px');
  // …and the reader can scroll the figure within it, to its link to the full lab at the bottom.
  await frame.locator('.embed-footer a').scrollIntoViewIfNeeded();
  await expect(frame.locator('.embed-footer a')).toBeInViewport();
  await host.close();
});
