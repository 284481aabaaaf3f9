import { type ReactNode, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * A React root whose every render runs inside `<StrictMode>`, as the lab's own page does: an effect
 * that is not safe to run twice fails the test that draws it.
 */
export function createStrictRoot(container: Element): Root {
  const root = createRoot(container);
  return {
    render: (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>),
    unmount: () => root.unmount(),
  };
}
