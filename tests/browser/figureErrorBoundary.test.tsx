import { act } from 'react';
import { expect, test } from 'vitest';
import { LabStoreContext } from '../../src/state';
import { FigureErrorBoundary } from '../../src/views/FigureErrorBoundary';
import { createDefaultStore } from './defaultStore';
import { createStrictRoot } from './strictRoot';

// React's act() flushes the render and its effects before the next line, and says so only where
// the environment declares it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Whether the drawing below throws, as a figure's drawing might on bad data. */
const drawing = { broken: true };

function Drawing() {
  if (drawing.broken) throw new Error('ImageData size mismatch');
  return <p data-drawing="">drawn</p>;
}

test('a figure that throws shows its error in place, the page around it stays, and it can draw again', async () => {
  const store = createDefaultStore();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createStrictRoot(container);
  await act(async () =>
    root.render(
      <LabStoreContext.Provider value={store}>
        <p data-other-figure="">another figure</p>
        <FigureErrorBoundary>
          <Drawing />
        </FigureErrorBoundary>
      </LabStoreContext.Provider>,
    ),
  );
  try {
    const failed = container.querySelector('[data-figure-failed]');
    expect(failed?.textContent).toContain('ImageData size mismatch');
    expect(failed?.getAttribute('role')).toBe('alert');
    expect(container.querySelector('[data-other-figure]')).not.toBeNull();
    drawing.broken = false;
    const retry = failed?.querySelector('button');
    if (!retry) throw new Error('no way to draw the figure again');
    await act(async () => retry.click());
    expect(container.querySelector('[data-figure-failed]')).toBeNull();
    expect(container.querySelector('[data-drawing]')?.textContent).toBe('drawn');
  } finally {
    root.unmount();
    container.remove();
  }
});
