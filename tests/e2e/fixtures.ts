import { test as base, expect, type Page } from '@playwright/test';

/** Reads which units of a panel of a figure are drawn as selected or in the field: `"<layer>:<index>"` keys. */
export async function highlighted(page: Page, panel: string, figure = 'sparse') {
  const graph = page.locator(`[data-figure="${figure}"] svg[data-panel="${panel}"]`);
  const keys = (selector: string) =>
    graph.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit') ?? ''));
  return {
    selected: await keys('[data-selected]'),
    receptive: await keys('[data-field="receptive"]'),
    influence: await keys('[data-field="influence"]'),
  };
}

/** The units a mask marks, as `"<layer>:<index>"` keys, leaving out the selected unit. */
export function markedKeys(masks: Uint8Array[], selectedKey: string): string[] {
  const keys: string[] = [];
  masks.forEach((mask, layer) => {
    mask.forEach((value, index) => {
      if (value && `${layer}:${index}` !== selectedKey) keys.push(`${layer}:${index}`);
    });
  });
  return keys;
}

/**
 * Scrolls the section of `figure` into view, so that its drawing (fetched and mounted only as its
 * section nears the viewport) arrives, and waits until it has.
 */
export async function showFigure(page: Page, figure: string): Promise<void> {
  const section = page.locator(`[data-figure="${figure}"]`);
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('.figure__placeholder')).toHaveCount(0);
}

/** Playwright's test, failing any test during which the page logs an error or throws. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
