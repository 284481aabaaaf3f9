import type { AxisWindow, ResolvedNetwork } from './resolved';
import { resolveNetwork } from './resolveNetwork';
import type { UnitPosition } from './spec';
import { NetworkSpecError } from './specIssue';
import { unitIndex } from './unitIndex';

/** One mask per layer (index 0 = the input), row-major over that layer's extent: 1 = in the set. */
export type LayerMasks = Uint8Array[];

/*
 * Every sliding-window layer connects output (o₁, o₂) to input (i₁, i₂) exactly when o₁ reaches i₁
 * on axis 1 and o₂ reaches i₂ on axis 2, and a dense layer connects everything. The image of a
 * Cartesian product of sets under such a relation is again a Cartesian product, so the exact field
 * of one unit is a product of per-axis sets at every layer. We trace those sets (O(n·k) per axis)
 * and expand them to full masks only at the end.
 */

function axisInputsOf(axis: AxisWindow, outputs: Uint8Array): Uint8Array {
  const inputs = new Uint8Array(axis.inputSize);
  for (let output = 0; output < axis.outputSize; output += 1) {
    if (!outputs[output]) continue;
    const start = output * axis.stride - axis.padBefore;
    for (let tap = 0; tap < axis.kernel; tap += 1) {
      const input = start + tap * axis.dilation;
      if (input >= 0 && input < axis.inputSize) inputs[input] = 1;
    }
  }
  return inputs;
}

function axisOutputsOf(axis: AxisWindow, inputs: Uint8Array): Uint8Array {
  const outputs = new Uint8Array(axis.outputSize);
  for (let output = 0; output < axis.outputSize; output += 1) {
    const start = output * axis.stride - axis.padBefore;
    for (let tap = 0; tap < axis.kernel; tap += 1) {
      const input = start + tap * axis.dilation;
      if (input >= 0 && input < axis.inputSize && inputs[input]) {
        outputs[output] = 1;
        break;
      }
    }
  }
  return outputs;
}

function expand(axisSets: Uint8Array[]): Uint8Array {
  if (axisSets.length === 1) return axisSets[0];
  const [rows, cols] = axisSets;
  const mask = new Uint8Array(rows.length * cols.length);
  for (let row = 0; row < rows.length; row += 1) {
    if (!rows[row]) continue;
    const offset = row * cols.length;
    for (let col = 0; col < cols.length; col += 1) mask[offset + col] = cols[col];
  }
  return mask;
}

function anyMarked(axisSets: Uint8Array[]): boolean {
  return axisSets.every((set) => set.some((value) => value === 1));
}

function checkLayerIndex(network: ResolvedNetwork, layer: number): void {
  if (!Number.isInteger(layer) || layer < 0 || layer >= network.sizes.length) {
    throw new NetworkSpecError([
      {
        path: 'layer',
        layer: null,
        code: 'invalidUnit',
        values: { layer: String(layer), count: network.sizes.length },
        message: `The network has layers 0…${network.sizes.length - 1}; ${layer} is not one of them.`,
      },
    ]);
  }
}

function singleUnitSets(network: ResolvedNetwork, layer: number, unit: UnitPosition): Uint8Array[] {
  const size = network.sizes[layer];
  const index = unitIndex(size, unit, layer);
  const position = size.length === 1 ? [index] : [Math.floor(index / size[1]), index % size[1]];
  return size.map((extent, axis) => {
    const set = new Uint8Array(extent);
    set[position[axis]] = 1;
    return set;
  });
}

function emptyMasks(network: ResolvedNetwork): LayerMasks {
  return network.sizes.map((size) => new Uint8Array(size.reduce((a, b) => a * b, 1)));
}

/** Per-axis sets of the units below `layer` that reach the sets given for `layer`, written into `masks`. */
function traceDown(network: ResolvedNetwork, layer: number, start: Uint8Array[], masks: LayerMasks): void {
  let sets = start;
  for (let below = layer - 1; below >= 0; below -= 1) {
    const resolved = network.layers[below];
    const inputSize = network.sizes[below];
    if (resolved.axes === null) {
      const reached = anyMarked(sets);
      sets = inputSize.map((extent) => new Uint8Array(extent).fill(reached ? 1 : 0));
    } else {
      const axes = resolved.axes;
      sets = sets.map((set, axis) => axisInputsOf(axes[axis], set));
    }
    masks[below] = expand(sets);
  }
}

/** Per-axis sets of the units above `layer` that the sets given for `layer` reach, written into `masks`. */
function traceUp(network: ResolvedNetwork, layer: number, start: Uint8Array[], masks: LayerMasks): void {
  let sets = start;
  for (let above = layer + 1; above < network.sizes.length; above += 1) {
    const resolved = network.layers[above - 1];
    if (resolved.axes === null) {
      const reached = anyMarked(sets);
      sets = resolved.size.map((extent) => new Uint8Array(extent).fill(reached ? 1 : 0));
    } else {
      const axes = resolved.axes;
      sets = sets.map((set, axis) => axisOutputsOf(axes[axis], set));
    }
    masks[above] = expand(sets);
  }
}

/**
 * The exact receptive field of one unit: for every layer (index 0 = the input), a row-major mask of
 * the units that can influence `unit` of layer `layer` (index in 1D, `[row, col]` in 2D) through the
 * network's connections. Layers above `layer` are all zero; layer `layer` marks the unit itself.
 * `spec` may be a network already resolved.
 */
export function traceReceptiveField(spec: unknown, layer: number, unit: UnitPosition): LayerMasks {
  const network = resolveNetwork(spec);
  checkLayerIndex(network, layer);
  const masks = emptyMasks(network);
  const sets = singleUnitSets(network, layer, unit);
  masks[layer] = expand(sets);
  traceDown(network, layer, sets, masks);
  return masks;
}

/**
 * The exact influence of one unit: for every layer (index 0 = the input), a row-major mask of the
 * units that `unit` of layer `layer` can reach through the network's connections. Layers below
 * `layer` are all zero; layer `layer` marks the unit itself. `spec` may be a network already resolved.
 */
export function traceInfluence(spec: unknown, layer: number, unit: UnitPosition): LayerMasks {
  const network = resolveNetwork(spec);
  checkLayerIndex(network, layer);
  const masks = emptyMasks(network);
  const sets = singleUnitSets(network, layer, unit);
  masks[layer] = expand(sets);
  traceUp(network, layer, sets, masks);
  return masks;
}

/**
 * Both directions at once, as a figure shows them: masks below layer `layer` hold the unit's
 * receptive field, masks above it its influence, and layer `layer` marks the unit itself.
 */
export function traceField(spec: unknown, layer: number, unit: UnitPosition): LayerMasks {
  const network = resolveNetwork(spec);
  checkLayerIndex(network, layer);
  const masks = emptyMasks(network);
  const sets = singleUnitSets(network, layer, unit);
  masks[layer] = expand(sets);
  traceDown(network, layer, sets, masks);
  traceUp(network, layer, sets, masks);
  return masks;
}

/**
 * For every layer (index 0 = the input), the fraction of input units in the exact receptive field
 * of that layer's centre unit (row and column ⌊n/2⌋): 1 once the centre unit sees the whole input.
 * Dilation holes and border cuts keep it below 1 even where the analytic field r exceeds the input.
 */
export function centreCoverage(spec: unknown): number[] {
  const network = resolveNetwork(spec);
  return network.sizes.map((size, layer) => {
    const centre = size.length === 1 ? Math.floor(size[0] / 2) : size.map((extent) => Math.floor(extent / 2));
    let sets = singleUnitSets(network, layer, centre);
    for (let below = layer - 1; below >= 0; below -= 1) {
      const resolved = network.layers[below];
      if (resolved.axes === null) {
        // A dense layer reads all of its input, which the layers below may still read only in part.
        const reached = anyMarked(sets);
        sets = network.sizes[below].map((extent) => new Uint8Array(extent).fill(reached ? 1 : 0));
      } else {
        const axes = resolved.axes;
        sets = sets.map((set, axis) => axisInputsOf(axes[axis], set));
      }
    }
    // The field is a product of per-axis sets, so its share of the input is a product of shares.
    return sets.reduce(
      (share, set) => share * (set.reduce((total, value) => total + value, 0) / set.length),
      1,
    );
  });
}
