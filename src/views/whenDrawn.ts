/** What a figure shows while its code or its first results are on their way. */
export const NOT_YET_DRAWN = '.figure__placeholder, [data-panel-pending], .figure__loading';

/**
 * Resolves once `root` shows none of {@link NOT_YET_DRAWN} (or after `patience` ms), and then two
 * frames, so what arrived has been painted: with true when it was drawn, false when time ran out.
 */
export async function whenDrawn(root: ParentNode, patience = 5000): Promise<boolean> {
  const deadline = performance.now() + patience;
  while (root.querySelector(NOT_YET_DRAWN) && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return !root.querySelector(NOT_YET_DRAWN);
}
