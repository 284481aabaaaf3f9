import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// A reveal.js deck (npm `reveal.js`, as a teacher's slides load it) with the lab's reveal.js
// snippet, copied from the Embed dialog, as its second slide: the figure shows as a slide, scaled
// to its 16:9 frame with no scrollbar, works inside the slide, and is still there, state and all,
// after the deck moves on and comes back; at 960 × 540 and at 1920 × 1080.

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

/** The reveal.js snippet the Embed dialog gives for a figure of the page opened at `query`. */
async function revealSnippet(page: Page, figure: string, query: string): Promise<string> {
  await page.goto(`./${query}`);
  await page.locator(`[data-figure="${figure}"]`).scrollIntoViewIfNeeded();
  await page.locator(`[data-figure="${figure}"] [data-action="embed"]`).click();
  await page.locator(`[data-figure="${figure}"] [data-setting="embedFormat"]`).selectOption('reveal');
  return page.locator(`[data-figure="${figure}"] [data-embed-snippet]`).inputValue();
}

for (const [width, height] of [
  [960, 540],
  [1920, 1080],
] as const) {
  test(`a figure pasted as a ${width} × ${height} reveal.js slide fills its 16:9 frame without a scrollbar, works and survives slide changes`, async ({
    page,
  }) => {
    const slide = await revealSnippet(page, 'deep', '?deep.sel=3:6');
    expect(slide).toMatch(/^<section>/);
    expect(slide).toContain('view=figure');
    expect(slide).not.toContain('<script');
    const deck = `<!doctype html><html><head><meta charset="utf-8"><title>Week 9</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css"></head>
<body><div class="reveal"><div class="slides">
<section><h2>Why convolution?</h2></section>
${slide}
<section><h2>Questions</h2></section>
</div></div>
<script type="module">import Reveal from '/reveal/reveal.mjs'; window.deck = new Reveal({ hash: true, width: ${width}, height: ${height}, margin: 0, minScale: 1, maxScale: 1 }); window.deck.initialize();</script>
</body></html>`;
    const host = await serveDeck(deck);
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await page.waitForFunction(() =>
      (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady(),
    );
    const next = () => page.evaluate(() => (window as unknown as { deck: { next(): void } }).deck.next());
    const previous = () => page.evaluate(() => (window as unknown as { deck: { prev(): void } }).deck.prev());
    await next();
    const frame = page.frameLocator('.slides iframe');
    const iframe = page.locator('.slides iframe');
    // The figure, in the state it was embedded in, as a slide: no caption, no tools.
    await expect(
      frame.locator('[data-embed="deep"] svg[data-panel="stack"] [data-selected]'),
    ).toHaveAttribute('data-unit', '3:6');
    await expect(frame.locator('.caption, .toolbar')).toHaveCount(0);
    // The frame is as wide as the slide's content and 16:9.
    const box = await iframe.boundingBox();
    const slideWidth = await page
      .locator('.slides section.present')
      .evaluate((section) => section.getBoundingClientRect().width);
    expect(box?.width ?? 0).toBeGreaterThan(width * 0.9);
    expect(Math.abs((box?.width ?? 0) - slideWidth)).toBeLessThanOrEqual(1);
    expect(Math.abs((box?.height ?? 0) - ((box?.width ?? 0) * 9) / 16)).toBeLessThanOrEqual(1);
    // The figure fits it: nothing to scroll, and its drawing and legend are inside the frame.
    await expect
      .poll(() =>
        frame.locator('html').evaluate((html) => ({
          scrolls: html.scrollHeight > html.clientHeight + 1 || html.scrollWidth > html.clientWidth + 1,
          bottom: Math.ceil(document.querySelector('.legend')?.getBoundingClientRect().bottom ?? 9999),
          room: html.clientHeight,
        })),
      )
      .toMatchObject({ scrolls: false });
    const fitted = await frame.locator('html').evaluate((html) => ({
      bottom: Math.ceil(document.querySelector('.legend')?.getBoundingClientRect().bottom ?? 9999),
      room: html.clientHeight,
    }));
    expect(fitted.bottom).toBeLessThanOrEqual(fitted.room);
    // It works inside the slide, by keyboard as a presenter would.
    await frame.locator('svg[data-panel="stack"] [data-unit="3:0"]').focus();
    await page.keyboard.press('Enter');
    await expect(frame.locator('[data-live]')).toContainText('f₁ sees');
    // On and back: the slide still holds the working figure, with the reader's selection.
    await next();
    await previous();
    await expect(iframe).toBeVisible();
    await expect(frame.locator('[data-live]')).toContainText('f₁ sees');
    await host.close();
  });
}
