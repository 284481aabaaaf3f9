import type { AxisWindow, ResolvedNetwork } from './resolved';
import { resolveNetwork } from './resolveNetwork';
import type { UnitPosition } from './spec';
import { NetworkSpecError } from './specIssue';
import { unitIndex, unitPosition } from './unitIndex';

/** One mask per layer (index 0 = the input), row-major over that layer's extent: 1 = in the set. */
export type LayerMasks = Uint8Array[];

/*
 * Every sliding-window layer connects output (o₁, o₂) to input (i₁, i₂) exactly when o₁ reaches i₁
 * on axis 1 and o₂ reaches i₂ on axis 2, and a dense layer connects everything. The image of a
 * Cartesian product of sets under such a relation is again a Cartesian product, so the exact field
 * of one unit is a product of per-axis sets at every layer. We trace those sets (O(n·k) per axis)
 * and expand them to full masks only at the end.
 */

/**
 * Zeroed per-axis sets cut from one buffer sized for a whole trace (every layer's extent on every
 * axis, twice): allocating a typed array per set cost more than the trace itself.
 */
class SetArena {
  private readonly buffer: Uint8Array;
  private used = 0;
  constructor(network: ResolvedNetwork) {
    const extents = network.sizes.reduce((total, size) => total + size.reduce((a, b) => a + b, 0), 0);
    this.buffer = new Uint8Array(2 * extents);
  }
  /** A zeroed set of `length` units. */
  take(length: number): Uint8Array {
    const set = this.buffer.subarray(this.used, this.used + length);
    this.used += length;
    return set;
  }
}

// The hot loops read the window's numbers into locals first: read as properties inside the loop
// they made a trace through ResNet-50 seven times slower (measured in npm run bench).

function axisInputsOf(axis: AxisWindow, outputs: Uint8Array, arena: SetArena): Uint8Array {
  const { kernel, stride, dilation, padBefore, inputSize, outputSize } = axis;
  const inputs = arena.take(inputSize);
  for (let output = 0; output < outputSize; output += 1) {
    if (!outputs[output]) continue;
    const start = output * stride - padBefore;
    for (let tap = 0; tap < kernel; tap += 1) {
      const input = start + tap * dilation;
      if (input >= 0 && input < inputSize) inputs[input] = 1;
    }
  }
  return inputs;
}

function axisOutputsOf(axis: AxisWindow, inputs: Uint8Array, arena: SetArena): Uint8Array {
  const { kernel, stride, dilation, padBefore, inputSize, outputSize } = axis;
  const outputs = arena.take(outputSize);
  for (let output = 0; output < outputSize; output += 1) {
    const start = output * stride - padBefore;
    for (let tap = 0; tap < kernel; tap += 1) {
      const input = start + tap * dilation;
      if (input >= 0 && input < inputSize && inputs[input]) {
        outputs[output] = 1;
        break;
      }
    }
  }
  return outputs;
}

/** Writes the product of per-axis sets into a layer's (zeroed) mask: each marked row is a copy of the column set. */
function expandInto(mask: Uint8Array, axisSets: Uint8Array[]): void {
  if (axisSets.length === 1) {
    mask.set(axisSets[0]);
    return;
  }
  const [rows, cols] = axisSets;
  const width = cols.length;
  if (cols.indexOf(0) < 0) {
    // Every column marked: each run of marked rows is one contiguous block of the mask.
    let row = 0;
    while (row < rows.length) {
      if (!rows[row]) {
        row += 1;
        continue;
      }
      const first = row;
      while (row < rows.length && rows[row]) row += 1;
      mask.fill(1, first * width, row * width);
    }
    return;
  }
  for (let row = 0; row < rows.length; row += 1) {
    if (rows[row]) mask.set(cols, row * width);
  }
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

function singleUnitSets(
  network: ResolvedNetwork,
  layer: number,
  unit: UnitPosition,
  arena: SetArena,
): Uint8Array[] {
  const size = network.sizes[layer];
  const index = unitIndex(size, unit, layer);
  const position = unitPosition(size, index);
  return size.map((extent, axis) => {
    const set = arena.take(extent);
    set[position[axis]] = 1;
    return set;
  });
}

/**
 * Zeroed masks for every layer, all views of one buffer: one allocation per trace rather than one
 * per layer (which dominated the time of a trace through a deep network), and one transfer.
 */
function emptyMasks(network: ResolvedNetwork): LayerMasks {
  const units = network.sizes.map((size) => size.reduce((a, b) => a * b, 1));
  const buffer = new ArrayBuffer(units.reduce((a, b) => a + b, 0));
  let offset = 0;
  return units.map((count) => {
    const mask = new Uint8Array(buffer, offset, count);
    offset += count;
    return mask;
  });
}

/** The per-axis sets of layer `below` that reach the sets given for the layer above it. */
function stepDown(
  network: ResolvedNetwork,
  below: number,
  sets: Uint8Array[],
  arena: SetArena,
): Uint8Array[] {
  const { axes } = network.layers[below];
  if (axes === null) {
    // A dense layer: every unit below reaches the set, if it holds any unit at all.
    const reached = anyMarked(sets);
    return network.sizes[below].map((extent) => arena.take(extent).fill(reached ? 1 : 0));
  }
  return sets.map((set, axis) => axisInputsOf(axes[axis], set, arena));
}

/** The per-axis sets of layer `above` that the sets given for the layer below it reach. */
function stepUp(network: ResolvedNetwork, above: number, sets: Uint8Array[], arena: SetArena): Uint8Array[] {
  const { axes, size } = network.layers[above - 1];
  if (axes === null) {
    const reached = anyMarked(sets);
    return size.map((extent) => arena.take(extent).fill(reached ? 1 : 0));
  }
  return sets.map((set, axis) => axisOutputsOf(axes[axis], set, arena));
}

/** Traces one unit down to the input, up to the top layer, or both, into fresh masks. */
function traceUnit(
  spec: unknown,
  layer: number,
  unit: UnitPosition,
  directions: { down: boolean; up: boolean },
): LayerMasks {
  const network = resolveNetwork(spec);
  checkLayerIndex(network, layer);
  const masks = emptyMasks(network);
  const arena = new SetArena(network);
  const start = singleUnitSets(network, layer, unit, arena);
  expandInto(masks[layer], start);
  if (directions.down) {
    let sets = start;
    for (let below = layer - 1; below >= 0; below -= 1) {
      sets = stepDown(network, below, sets, arena);
      expandInto(masks[below], sets);
    }
  }
  if (directions.up) {
    let sets = start;
    for (let above = layer + 1; above < network.sizes.length; above += 1) {
      sets = stepUp(network, above, sets, arena);
      expandInto(masks[above], sets);
    }
  }
  return masks;
}

/**
 * The exact receptive field of one unit: for every layer (index 0 = the input), a row-major mask of
 * the units that can influence `unit` of layer `layer` (index in 1D, `[row, col]` in 2D) through the
 * network's connections. Layers above `layer` are all zero; layer `layer` marks the unit itself.
 * `spec` may be a network already resolved.
 */
export function traceReceptiveField(spec: unknown, layer: number, unit: UnitPosition): LayerMasks {
  return traceUnit(spec, layer, unit, { down: true, up: false });
}

/**
 * The exact influence of one unit: for every layer (index 0 = the input), a row-major mask of the
 * units that `unit` of layer `layer` can reach through the network's connections. Layers below
 * `layer` are all zero; layer `layer` marks the unit itself. `spec` may be a network already resolved.
 */
export function traceInfluence(spec: unknown, layer: number, unit: UnitPosition): LayerMasks {
  return traceUnit(spec, layer, unit, { down: false, up: true });
}

/**
 * Both directions at once, as a figure shows them: masks below layer `layer` hold the unit's
 * receptive field, masks above it its influence, and layer `layer` marks the unit itself.
 */
export function traceField(spec: unknown, layer: number, unit: UnitPosition): LayerMasks {
  return traceUnit(spec, layer, unit, { down: true, up: true });
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
    const arena = new SetArena(network);
    let sets = singleUnitSets(network, layer, centre, arena);
    for (let below = layer - 1; below >= 0; below -= 1) sets = stepDown(network, below, sets, arena);
    // The field is a product of per-axis sets, so its share of the input is a product of shares.
    return sets.reduce(
      (share, set) => share * (set.reduce((total, value) => total + value, 0) / set.length),
      1,
    );
  });
}
