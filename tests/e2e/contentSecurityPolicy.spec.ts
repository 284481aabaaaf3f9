import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../deploy/contentSecurityPolicy.ts';
import { SCENES } from '../../src/figures/index.ts';
import { expect, test } from './fixtures.ts';
import { serveBuild } from './staticHost.ts';

// The built lab under its strict Content-Security-Policy, sent as a header as a host would: every
// figure drawn, used and exported with no violation (none reported to the page, none logged).

/** Records every Content-Security-Policy violation the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test('the whole lab runs, draws, exports and embeds under its Content-Security-Policy with no violation', async ({
  page,
}) => {
  test.slow();
  const host = await serveBuild({ headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } });
  const violations = await watchViolations(page);
  await page.goto(host.url);
  // The built page carries the policy itself too.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CONTENT_SECURITY_POLICY,
  );
  for (const scene of SCENES) {
    const figure = page.locator(`[data-figure="${scene.id}"]`);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('[data-figure-body] :is(svg, canvas, table)').first()).toBeVisible();
    // Each figure exported both ways: computed styles copied onto the file's elements.
    for (const format of ['svg', 'png']) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        figure.locator(`[data-action="export-${format}"]`).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    }
  }
  // The cost figure's formulas are typeset (MathML made at build time) under the policy.
  await expect(page.locator('[data-figure="cost"] math').first()).toBeAttached();
  // Clicking units, opening the embed dialog.
  await page.locator('[data-figure="sparse"] [data-unit="1:2"]').first().click();
  await page.locator('[data-figure="deep"] [data-action="embed"]').click();
  await expect(page.locator('[data-figure="deep"] [data-embed-snippet]')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await violations()).toEqual([]);
  // Embedded figures, the edge figure's photo and worker among them.
  for (const figure of ['edges', 'playground', 'cost']) {
    await page.goto(`${host.url}?embed=${figure}`);
    await expect(
      page.locator(`[data-embed="${figure}"] [data-figure-body] :is(svg, canvas, table)`).first(),
    ).toBeVisible();
    expect(await violations(), figure).toEqual([]);
  }
  await host.close();
});
