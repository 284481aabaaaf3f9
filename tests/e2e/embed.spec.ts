import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { traceReceptiveField } from '../../src/engine/index.ts';
import { sceneById } from '../../src/figures/index.ts';
import { type DeepStackSettings, deepStackSpec } from '../../src/scenes/index.ts';
import { expect, markedKeys, test } from './fixtures.ts';

/**
 * Serves `html` as a course page on another origin, as GitBook, HonKit or an LMS would: its own
 * server on a loopback port, reached as `localhost` while the lab is on 127.0.0.1. (A page that
 * Playwright fakes with a route has no address, and Chromium's local-network protection then
 * blocks the lab's frame.) Returns the page's address and a function that stops the server.
 */
async function serveCoursePage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/week-9.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Opens the lab on `query`, opens the Embed dialog of `figure` and returns the snippet it offers. */
async function snippetFor(page: Page, query: string, figure: string): Promise<string> {
  await page.goto(`./${query}`);
  await expect(page.locator(`[data-figure="${figure}"] [data-figure-body] > *`).first()).toBeVisible();
  await page.locator(`[data-figure="${figure}"] [data-action="embed"]`).click();
  const snippet = page.locator(`[data-figure="${figure}"] [data-embed-snippet]`);
  await expect(snippet).toBeVisible();
  return snippet.inputValue();
}

test('a course page embeds two figures from copied snippets; each shows its state, sizes itself and works', async ({
  page,
}) => {
  const sparseSnippet = await snippetFor(page, '?sparse.sel=0:2', 'sparse');
  const deepSnippet = await snippetFor(page, '?deep.pool=1&deep.sel=4:3', 'deep');
  expect(sparseSnippet).toContain('embed=sparse');
  expect(deepSnippet).toContain('deep.pool=1');
  const html = readFileSync(new URL('./fixtures/coursePage.html', import.meta.url), 'utf8')
    .replace('<!-- FIRST FIGURE -->', sparseSnippet)
    .replace('<!-- SECOND FIGURE -->', deepSnippet);
  const course = await serveCoursePage(html);
  test.info().attach('course page', { body: html, contentType: 'text/html' });
  await page.goto(course.url);

  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  const sparse = page.frameLocator('iframe >> nth=0');
  const deep = page.frameLocator('iframe >> nth=1');
  // Each frame shows exactly its own figure, in the state the snippet was made in.
  await expect(sparse.locator('[data-figure]')).toHaveCount(1);
  await expect(
    sparse.locator('[data-figure="sparse"] svg[data-panel="conv"] [data-selected]'),
  ).toHaveAttribute('data-unit', '0:2');
  await expect(deep.locator('[data-figure]')).toHaveCount(1);
  await expect(deep.locator('input[data-setting="pool"]')).toBeChecked();
  const deepParams = { ...(sceneById('deep')?.defaults as unknown as DeepStackSettings), pool: true };
  const expected = markedKeys(traceReceptiveField(deepStackSpec(deepParams), 4, 3), '4:3');
  await expect
    .poll(() =>
      deep
        .locator('svg[data-panel="stack"] [data-field="receptive"]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit'))),
    )
    .toEqual(expected);

  // The figures told the page their heights: no frame needs a scrollbar. (Chromium pauses layout
  // observers in frames scrolled out of sight, so each frame is brought into view first.)
  for (const index of [0, 1]) {
    const frame = frames.nth(index);
    await frame.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const outer = await frame.evaluate((element) => element.getBoundingClientRect().height);
        const content = await (await frame.elementHandle())?.contentFrame();
        const inner = await content?.evaluate(() => document.documentElement.scrollHeight);
        return inner !== undefined && outer >= inner - 1;
      })
      .toBe(true);
  }

  // The embedded figure works, and links back to the full lab with the same state.
  await sparse.locator('svg[data-panel="conv"] [data-unit="1:0"]').click();
  await expect(sparse.locator('[data-live]')).toContainText('s₁ sees x₁, x₂');
  const link = sparse.locator('a', { hasText: 'Open the full lab' });
  await expect(link).toHaveAttribute('href', /sparse\.sel=1:0/);
  await expect(link).not.toHaveAttribute('href', /embed=/);
  await course.close();
});

test('growing the figure inside the frame grows the frame', async ({ page }) => {
  const snippet = await snippetFor(page, '', 'deep');
  const course = await serveCoursePage(`<!doctype html><title>Course</title><body>${snippet}</body>`);
  await page.goto(course.url);
  const frame = page.locator('iframe');
  const deep = page.frameLocator('iframe');
  await expect(deep.locator('svg[data-panel="stack"]')).toBeVisible();
  // First the frame settles from the snippet's starting height to the figure's own height.
  const contentHeight = async () =>
    (await (await frame.elementHandle())?.contentFrame())?.evaluate(() =>
      Math.ceil(document.querySelector('.embed-root')?.getBoundingClientRect().bottom ?? 0),
    );
  await expect
    .poll(async () =>
      Math.abs(
        (await frame.evaluate((element) => element.getBoundingClientRect().height)) -
          ((await contentHeight()) ?? 0),
      ),
    )
    .toBeLessThan(2);
  const before = await frame.evaluate((element) => element.getBoundingClientRect().height);
  await deep.locator('input[data-setting="depth"]').fill('5');
  await expect
    .poll(() => frame.evaluate((element) => element.getBoundingClientRect().height))
    .toBeGreaterThan(before + 50);
  await course.close();
});

test.describe('a teacher whose browser is in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('shares a link and a snippet that carry the language, so a student with an English browser reads the same figure', async ({
    page,
    browser,
  }) => {
    const snippet = await snippetFor(page, '?deep.pool=1', 'deep');
    // The link was opened without a language: the address bar now names the page's.
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    const src = /src="([^"]+)"/.exec(snippet)?.[1].replaceAll('&amp;', '&') ?? '';
    expect(new URL(src).searchParams.get('lang')).toBe('zh');
    expect(snippet).toContain('title="感受野实验室');
    const student = await browser.newPage({ locale: 'en-US' });
    await student.goto(src);
    await expect(student.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(student.locator('[data-embed="deep"] h1')).toContainText('层');
    await student.close();
  });
});

test('an embed in a light course page stays light when the reader’s system is dark, unless the author chooses otherwise', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const snippet = await snippetFor(page, '', 'sparse');
  expect(snippet).toContain('theme=light');
  const course = await serveCoursePage(
    `<!doctype html><title>Course</title><body style="background:#fff">${snippet}</body>`,
  );
  await page.goto(course.url);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('svg[data-panel="conv"]')).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await frame.locator('html').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  await course.close();
  // The dialog offers the others: as the reader's system is set, or dark.
  await page.goto('./');
  await page.locator('[data-figure="sparse"] [data-action="embed"]').click();
  await page.locator('[data-figure="sparse"] [data-setting="embedTheme"]').selectOption('auto');
  const auto = await page.locator('[data-figure="sparse"] [data-embed-snippet]').inputValue();
  expect(auto).toContain('theme=auto');
  const src = /src="([^"]+)"/.exec(auto)?.[1].replaceAll('&amp;', '&') ?? '';
  await page.goto(src);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the embedded deep figure keeps the note on why its bars and its sentence differ', async ({ page }) => {
  await page.goto('./?embed=deep&deep.sel=3:0');
  // The top unit at the border: the bar gives r = 31 while its exact field is cut to the 13 inputs.
  await expect(page.locator('[data-embed="deep"] [data-live]')).toContainText('13');
  await expect(page.locator('[data-embed="deep"] .note')).toBeVisible();
  await expect(page.locator('[data-embed="deep"] .note')).toContainText('a border can cut short');
});

test('a Markdown snippet, which cannot size its frame, gets the embedded figure’s own height at that width', async ({
  page,
}) => {
  await page.goto('./');
  const width = await page.locator('[data-figure="sparse"]').evaluate((element) => element.clientWidth);
  await page.locator('[data-figure="sparse"] [data-action="embed"]').click();
  await page.locator('[data-figure="sparse"] [data-setting="embedFormat"]').selectOption('markdown');
  const snippet = page.locator('[data-figure="sparse"] [data-embed-snippet]');
  const heightOf = async () => Number(/height="(\d+)"/.exec(await snippet.inputValue())?.[1]);
  const sectionHeight = await page
    .locator('[data-figure="sparse"]')
    .evaluate((element) => element.getBoundingClientRect().height);
  // The embed is more compact than the section: the snippet's height is measured, not guessed,
  // and settles once the embedded figure has drawn.
  await expect
    .poll(async () => {
      const first = await heightOf();
      await page.waitForTimeout(500);
      return first === (await heightOf()) && first < Math.ceil(sectionHeight) - 20;
    })
    .toBe(true);
  const markdown = await snippet.inputValue();
  expect(markdown).not.toContain('<script');
  const course = await serveCoursePage(
    `<!doctype html><title>Notes</title><body style="margin:0"><div style="width:${width}px">${markdown}</div></body>`,
  );
  await page.goto(course.url);
  const frame = page.locator('iframe');
  await expect(page.frameLocator('iframe').locator('svg[data-panel="conv"]')).toBeVisible();
  const inner = await (await frame.elementHandle())
    ?.contentFrame()
    .then((content) =>
      content?.evaluate(() =>
        Math.ceil(document.querySelector('.embed-root')?.getBoundingClientRect().bottom ?? 0),
      ),
    );
  const outer = await frame.evaluate((element) => element.getBoundingClientRect().height);
  // No scrollbar, and no blank band under the figure.
  expect(Math.abs(outer - (inner ?? 0))).toBeLessThanOrEqual(4);
  await course.close();
});

test('the embed dialog dims the page behind it, in a light page and in a dark one', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await page.locator('[data-figure="sparse"] [data-action="embed"]').click();
    const dialog = page.locator('[data-figure="sparse"] [data-embed-dialog]');
    await expect(dialog).toBeVisible();
    // The backdrop's colour as rgba: a black veil at least half opaque.
    const veil = await dialog.evaluate((element) => getComputedStyle(element, '::backdrop').backgroundColor);
    const [red, green, blue, alpha] = (veil.match(/[\d.]+/g) ?? []).map(Number);
    expect([red, green, blue], veil).toEqual([0, 0, 0]);
    expect(alpha, `${colorScheme}: ${veil}`).toBeGreaterThanOrEqual(0.5);
  }
});

test('an embed scrolled past while it loads still gets its full height', async ({ page }) => {
  const snippet = await snippetFor(page, '?deep.sel=3:6', 'deep');
  const course = await serveCoursePage(
    `<!doctype html><title>Course</title><body><p>Read this first.</p><div style="height:2500px"></div>${snippet}<div style="height:6000px"></div><p id="end">End.</p></body>`,
  );
  // A slow phone: the figure is still arriving well after the reader has scrolled on.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.goto(course.url);
  // The reader scrolls past the figure, which starts loading as it goes by, to the end of the notes.
  await page.locator('iframe').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('end')?.scrollIntoView());
  const frame = page.locator('iframe');
  const content = async () =>
    (await (await frame.elementHandle())?.contentFrame())?.evaluate(() =>
      Math.ceil(document.querySelector('.embed-root')?.getBoundingClientRect().bottom ?? 0),
    );
  // Without scrolling back: the frame is as tall as the figure in it.
  await expect
    .poll(async () => {
      const inner = await content();
      const outer = await frame.evaluate((element) => element.getBoundingClientRect().height);
      return inner !== undefined && inner > 700 && Math.abs(outer - inner) <= 1;
    })
    .toBe(true);
  await expect(page.locator('#end')).toBeInViewport();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await course.close();
});

/** Longest wait for the Embed dialog's measurement: its frame may try four times to draw its verdict. */
const MEASURING_MS = 45_000;

/**
 * Opens the deep figure's Embed dialog, picks Markdown for a column of `column` px (asking `askFirst`
 * first, if given) and returns the snippet with the height the dialog measured for it.
 */
async function markdownForColumn(page: Page, column: number, askFirst?: string) {
  await page.goto('./');
  const figure = '[data-figure="deep"]';
  await page.locator(figure).scrollIntoViewIfNeeded();
  await page.locator(`${figure} [data-action="embed"]`).click();
  await page.locator(`${figure} [data-setting="embedFormat"]`).selectOption('markdown');
  if (askFirst) await page.locator(`${figure} [data-setting="embedAskFirst"]`).selectOption(askFirst);
  const field = page.locator(`${figure} [data-setting="embedColumn"]`);
  await field.fill(String(column));
  await field.press('Enter');
  // The dialog measures the embed at that width, and says so. It counts a height only once its
  // hidden frame has drawn the figure (and answered and checked its question, when it asks first),
  // which a machine running other tests at once can take a while to do.
  const status = page.locator(`${figure} [data-column-height]`);
  await expect(status).not.toHaveAttribute('data-column-height', '', { timeout: MEASURING_MS });
  return { status, markdown: () => page.locator(`${figure} [data-embed-snippet]`).inputValue() };
}

/** A course page with the snippet in a column of `column` px. */
function courseColumn(column: number, markdown: string) {
  return serveCoursePage(
    `<!doctype html><title>Notes</title><body style="margin:0"><main style="width:${column}px">${markdown}</main></body>`,
  );
}

/** The page's only frame shows its whole document: there is nothing to scroll inside it. */
async function expectNothingToScroll(page: Page) {
  const content = await (await page.locator('iframe').elementHandle())?.contentFrame();
  await expect
    .poll(() =>
      content?.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight),
    )
    .toBe(true);
  return content;
}

for (const column of [660, 900]) {
  test(`a Markdown page with a ${column} px column: the snippet made for that column shows the whole figure, no scrollbar`, async ({
    page,
  }) => {
    const { status, markdown: snippet } = await markdownForColumn(page, column);
    const measured = Number(await status.getAttribute('data-column-height'));
    const markdown = await snippet();
    expect(markdown).toContain(`height="${measured}"`);
    const course = await courseColumn(column, markdown);
    await page.goto(course.url);
    const frame = page.locator('iframe');
    await expect(page.frameLocator('iframe').locator('svg[data-panel="stack"]')).toBeVisible();
    // The whole figure is in the frame: nothing to scroll inside it, and its last row is shown.
    const content = await expectNothingToScroll(page);
    const outer = await frame.evaluate((element) => element.getBoundingClientRect().height);
    const inner = await content?.evaluate(() =>
      Math.ceil(document.querySelector('.embed-root')?.getBoundingClientRect().bottom ?? 0),
    );
    expect(outer - (inner ?? 0)).toBeGreaterThanOrEqual(0);
    expect(outer - (inner ?? 0)).toBeLessThanOrEqual(4);
    await course.close();
  });
}

test('a measuring frame that reloads (into a new version, a chunk having failed) is measured again, verdict and all', async ({
  page,
}) => {
  test.setTimeout(30_000 + 2 * MEASURING_MS);
  const column = 900;
  const { status, markdown: snippet } = await markdownForColumn(page, column, 'field');
  const measuring = page.frames().find((frame) => frame.url().includes('deep.ask=field'));
  if (!measuring) throw new Error('the dialog has no measuring frame that asks');
  await measuring.evaluate(() => {
    document.documentElement.dataset.beforeReload = '';
    location.reload();
  });
  await expect(page.frameLocator('iframe').locator('html[data-before-reload]')).toHaveCount(0);
  // The reloaded frame is answered and checked again; its height is the one the snippet keeps.
  await expect(page.frameLocator('iframe').locator('[data-question-result="checked"]')).toBeAttached({
    timeout: MEASURING_MS,
  });
  const frameHeight = () =>
    measuring.evaluate(() =>
      Math.ceil(document.querySelector('.embed-root')?.getBoundingClientRect().bottom ?? 0),
    );
  // A fixed-height frame is given 3 px beyond its figure's height.
  await expect
    .poll(async () => Number(await status.getAttribute('data-column-height')) - (await frameHeight()))
    .toBe(3);
  const course = await courseColumn(column, await snippet());
  await page.goto(course.url);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-action="check"]').click();
  await expect(frame.locator('[data-question-result="checked"]')).toBeVisible();
  await expectNothingToScroll(page);
  await course.close();
});

for (const kind of ['field', 'size'] as const) {
  test(`a Markdown snippet that asks first (${kind}) leaves room for the verdict: nothing is cut off after Check`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + MEASURING_MS);
    const column = 900;
    const { status, markdown: snippet } = await markdownForColumn(page, column, kind);
    // The height settles once the measuring frame has shown its verdict.
    let measured = 0;
    await expect
      .poll(
        async () => {
          const now = Number(await status.getAttribute('data-column-height'));
          const settled = now === measured;
          measured = now;
          return settled;
        },
        { intervals: [500] },
      )
      .toBe(true);
    const markdown = await snippet();
    expect(markdown).toContain(`height="${measured}"`);
    const course = await courseColumn(column, markdown);
    await page.goto(course.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-action="check"]')).toBeVisible();
    // The student answers (r, then S and P, for a size) and checks until the whole verdict is shown.
    for (let step = 0; step < 2 && (await frame.locator('[data-action="check"]').count()) > 0; step += 1) {
      if (kind === 'size')
        for (const input of await frame.locator('[data-answer]:enabled').all()) await input.fill('3');
      await frame.locator('[data-action="check"]').click();
      await expect(frame.locator('[data-question-result="checked"]')).toBeVisible();
    }
    await expectNothingToScroll(page);
    await course.close();
  });
}
