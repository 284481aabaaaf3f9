import { SCENES } from '../../src/figures';
import { expect, test } from './fixtures.ts';

// Nothing moves under the reader as the lab loads (cumulative layout shift 0): on a phone, the
// whole page and every embedded figure, with the processor slowed as Lighthouse slows it and the
// engine's worker arriving late, so the page is painted before the engine's first answers.

const PAGES = [
  { name: 'the whole lab', query: '' },
  ...SCENES.map((scene) => ({ name: `?embed=${scene.id}`, query: `?embed=${scene.id}` })),
];

test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });

for (const { name, query } of PAGES) {
  test(`${name} loads on a phone without a layout shift`, async ({ page, context }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.route('**/*.worker-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          const moved = (entry.sources ?? []).map(
            (source) =>
              `${(source.node as Element | undefined)?.className ?? source.node?.nodeName}: ${Math.round(source.previousRect.top)} → ${Math.round(source.currentRect.top)}`,
          );
          shifts.push(`${entry.value.toFixed(4)} (${moved.join('; ')})`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`./${query}`);
    await expect(page.locator('[data-figure] :is(svg, canvas, table)').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
  });
}
