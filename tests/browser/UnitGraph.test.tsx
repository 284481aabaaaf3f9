import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { LayerConnections } from '../../src/engine';
import type { Selection } from '../../src/state';
import { type GraphField, UnitGraph } from '../../src/views/UnitGraph';
import { createStrictRoot } from './strictRoot';

// A width-2 convolution written out by hand: s₁ ← x₁, x₂ and s₂ ← x₂, x₃.
const connections: LayerConnections[] = [
  {
    inputs: Int32Array.of(0, 1, 1, 2),
    outputs: Int32Array.of(0, 0, 1, 1),
    taps: Int32Array.of(0, 1, 0, 1),
    kernelOfOutput: Int32Array.of(0, 0),
  },
];
const rows = [
  { letter: 'x', positions: [0, 1, 2] },
  { letter: 's', positions: [0.5, 1.5] },
];

let container: HTMLDivElement;
let root: Root;
let selections: (Selection | null)[];

function render(selection: Selection | null, field: GraphField | null) {
  flushSync(() =>
    root.render(
      <UnitGraph
        panelId="test"
        label="test graph"
        rows={rows}
        connections={connections}
        field={field}
        selection={selection}
        focus={selection}
        onSelect={(next) => selections.push(next)}
        describeUnit={(layer, index, state) => `${layer}:${index} ${state}`}
      />,
    ),
  );
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createStrictRoot(container);
  selections = [];
});

afterEach(() => {
  flushSync(() => root.unmount());
  container.remove();
});

test('exactly one unit is a tab stop, and arrow keys move focus along and across layers', async () => {
  render(null, null);
  const tabStops = container.querySelectorAll('[data-unit][tabindex="0"]');
  expect([...tabStops].map((node) => node.getAttribute('data-unit'))).toEqual(['0:0']);
  (tabStops[0] as SVGGElement).focus();
  await userEvent.keyboard('{ArrowRight}{ArrowRight}');
  expect(document.activeElement?.getAttribute('data-unit')).toBe('0:2');
  await userEvent.keyboard('{ArrowRight}');
  expect(document.activeElement?.getAttribute('data-unit')).toBe('0:2');
  await userEvent.keyboard('{ArrowUp}');
  // x₃ sits at 2; the nearest output is s₂ at 1.5.
  expect(document.activeElement?.getAttribute('data-unit')).toBe('1:1');
  await userEvent.keyboard('{Home}');
  expect(document.activeElement?.getAttribute('data-unit')).toBe('1:0');
});

test('Enter and Space select the focused unit and Escape clears the selection', async () => {
  render(null, null);
  (container.querySelector('[data-unit="0:0"]') as SVGGElement).focus();
  await userEvent.keyboard('{ArrowRight}{Enter}');
  await userEvent.keyboard('{ArrowUp} ');
  await userEvent.keyboard('{Escape}');
  expect(selections).toEqual([{ layer: 0, index: 1 }, { layer: 1, index: 0 }, null]);
});

test('a click selects, and the drawn state follows the field: selected, in the field, faded', async () => {
  render(null, null);
  await userEvent.click(container.querySelector('[data-unit="1:1"]') as Element);
  expect(selections).toEqual([{ layer: 1, index: 1 }]);
  render(
    { layer: 1, index: 1 },
    { focus: { layer: 1, index: 1 }, masks: [Uint8Array.of(0, 1, 1), Uint8Array.of(0, 1)] },
  );
  const state = (key: string) => {
    const node = container.querySelector(`[data-unit="${key}"]`) as Element;
    return [
      node.getAttribute('data-field'),
      node.hasAttribute('data-selected'),
      node.getAttribute('aria-pressed'),
    ];
  };
  expect(state('1:1')).toEqual([null, true, 'true']);
  expect(state('0:1')).toEqual(['receptive', false, 'false']);
  expect(state('0:2')).toEqual(['receptive', false, 'false']);
  expect(state('0:0')).toEqual([null, false, 'false']);
  expect(container.querySelector('[data-unit="0:0"]')?.getAttribute('aria-label')).toBe('0:0 faded');
  // Strong edges: the two that feed s₂ from x₂ and x₃.
  const strong = container.querySelector('.edges--strong path')?.getAttribute('d') ?? '';
  expect(strong.match(/M/g)?.length).toBe(2);
});
