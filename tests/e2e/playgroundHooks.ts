import type { Page } from '@playwright/test';
import { analyzeNetwork, type NetworkSpec, traceField } from '../../src/engine/index.ts';

/** What one drawn grid says about the traced set on its layer, read from its test hooks. */
export interface GridHook {
  layer: number;
  count: number;
  /** `top,left,bottom,right`, or '' for an empty set. */
  box: string;
}

/** Every drawn grid of the playground, in layer order. */
export async function readGrids(page: Page, root = '[data-figure="playground"]'): Promise<GridHook[]> {
  return page.locator(`${root} [data-layer-grid]`).evaluateAll((elements) =>
    elements.map((element) => ({
      layer: Number(element.getAttribute('data-layer-grid')),
      count: Number(element.getAttribute('data-field-count')),
      box: element.getAttribute('data-field-box') ?? '',
    })),
  );
}

/**
 * What the grids of `layers` must say for the unit `index` of layer `layer`, by the engine's exact
 * trace: the number of marked units and their bounding box, found here by scanning each mask.
 */
export function expectedGrids(spec: NetworkSpec, layer: number, index: number, layers: number[]): GridHook[] {
  const sizes = analyzeNetwork(spec).map((item) => item.size);
  const size = sizes[layer];
  const unit = size.length === 2 ? [Math.floor(index / size[1]), index % size[1]] : index;
  const masks = traceField(spec, layer, unit);
  return layers.map((drawn) => {
    const cols = sizes[drawn].length === 2 ? sizes[drawn][1] : sizes[drawn][0];
    const rows: number[] = [];
    const columns: number[] = [];
    masks[drawn].forEach((value, position) => {
      if (!value) return;
      rows.push(Math.floor(position / cols));
      columns.push(position % cols);
    });
    const box =
      rows.length === 0
        ? ''
        : [Math.min(...rows), Math.min(...columns), Math.max(...rows), Math.max(...columns)].join(',');
    return { layer: drawn, count: rows.length, box };
  });
}

/**
 * The page coordinates of the centre of cell (row, col) of layer `layer`'s grid while the view is
 * fitted: the unit sits on its receptive field's centre u·S − P + (r − 1)/2 in input units (input
 * pixel i spans i − ½ … i + ½), and the canvas shows the world given by its `data-world` hook.
 */
export async function cellOnPage(
  page: Page,
  spec: NetworkSpec,
  layer: number,
  row: number,
  col: number,
  root = '[data-figure="playground"]',
): Promise<{ x: number; y: number }> {
  const geometry = analyzeNetwork(spec)[layer];
  const centre = (unit: number, axis: number) =>
    unit * geometry.effectiveStride[axis] -
    geometry.effectivePadding[axis] +
    (geometry.receptiveField[axis] - 1) / 2;
  const grid = page.locator(`${root} [data-layer-grid="${layer}"] .grid-canvas`);
  const canvas = grid.locator('canvas');
  // Wait until the canvas and the world it shows have stopped changing (a new network re-lays out the
  // grids and the lines above them, and refits each grid's world): three equal readings in a row.
  const read = async () => ({
    box: await canvas.boundingBox(),
    world: await grid.getAttribute('data-world'),
  });
  let last = await read();
  let steady = 0;
  for (let attempt = 0; attempt < 60 && steady < 2; attempt += 1) {
    await page.waitForTimeout(50);
    const next = await read();
    steady = JSON.stringify(next) === JSON.stringify(last) ? steady + 1 : 0;
    last = next;
  }
  const { box, world } = last;
  if (!box || !world) throw new Error(`grid ${layer} is not on the page`);
  const [worldX, worldY, worldWidth, worldHeight] = world.split(',').map(Number);
  return {
    x: box.x + ((centre(col, 1) - worldX) / worldWidth) * box.width,
    y: box.y + ((centre(row, 0) - worldY) / worldHeight) * box.height,
  };
}

/** A reproducible source of integers (a linear congruential generator). */
export function seeded(seed: number): (minimum: number, maximum: number) => number {
  let state = seed;
  return (minimum, maximum) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return minimum + (state % (maximum - minimum + 1));
  };
}

/**
 * A random 2D network of 2–6 layers on a (possibly non-square) input: convolutions with random
 * kernels, strides, dilations and paddings (valid, explicit, asymmetric or 'same'), pooling,
 * locally connected and tiled layers. A layer that would not fit its input gets 'same' padding,
 * which always fits.
 */
export function randomNetwork(seed: number): NetworkSpec {
  const next = seeded(seed);
  const spec: NetworkSpec = { input: { size: [next(12, 40), next(12, 40)] }, layers: [] };
  const count = next(2, 6);
  for (let layer = 0; layer < count; layer += 1) {
    const kind = (['conv', 'conv', 'pool', 'local', 'tiled'] as const)[next(0, 4)];
    const choice = next(0, 3);
    const padding =
      choice === 0
        ? ('valid' as const)
        : choice === 1
          ? ('same' as const)
          : choice === 2
            ? next(0, 2)
            : ([[next(0, 2), next(0, 2)], next(0, 1)] as const);
    const geometry = {
      kernel: [next(1, 4), next(1, 4)],
      stride: [next(1, 2), next(1, 2)],
      dilation: [next(1, 2), next(1, 2)],
      padding,
    };
    const build = (chosen: typeof geometry) =>
      kind === 'pool'
        ? { kind, op: 'max' as const, ...chosen }
        : kind === 'tiled'
          ? { kind, ...chosen, tiles: [next(1, 3), next(1, 3)] }
          : { kind, ...chosen };
    spec.layers.push(build(geometry));
    try {
      analyzeNetwork(spec);
    } catch {
      spec.layers[layer] = build({ ...geometry, padding: 'same' });
    }
  }
  return spec;
}

/** Opens layer `layer`'s fields in the network editor, as a user does by clicking its summary. */
export async function openLayer(page: Page, layer: number): Promise<void> {
  const details = page.locator(`[data-editor-layer="${layer}"]`);
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator('> summary').click();
  }
}
