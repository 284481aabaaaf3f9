import type { AxisValue, LayerKind, LayerSpec, NetworkSpec } from '../../engine';

/**
 * Edits of a network spec as the layer editor makes them: each returns a new spec and leaves the
 * old one untouched. Layer positions are indices into `spec.layers` (network layer = position + 1).
 * The result may be an impossible network: the engine says why, and the figure keeps the last
 * possible one until the user fixes it.
 */

/** A layer as a plain record, for reading and writing fields of any kind. */
type LayerRecord = Record<string, unknown>;

function withLayers(spec: NetworkSpec, layers: readonly unknown[]): NetworkSpec {
  return { ...spec, layers: layers as LayerSpec[] };
}

/** A per-axis value as one number per axis (`dimensions` of them); null when it is not numbers. */
export function axisNumbers(value: unknown, dimensions: number): number[] | null {
  if (typeof value === 'number') return new Array<number>(dimensions).fill(value);
  if (
    Array.isArray(value) &&
    value.length === dimensions &&
    value.every((item) => typeof item === 'number')
  ) {
    return [...value];
  }
  return null;
}

/** Per-axis numbers written as briefly as the spec allows: one number when every axis agrees. */
export function compactAxisValue(values: readonly number[]): AxisValue {
  return values.every((value) => value === values[0]) ? values[0] : [...values];
}

/** Sets (or, with `undefined`, removes) one field of the layer at `position`. */
export function setLayerField(
  spec: NetworkSpec,
  position: number,
  field: string,
  value: unknown,
): NetworkSpec {
  return withLayers(
    spec,
    spec.layers.map((layer, index) => {
      if (index !== position) return layer;
      const record: LayerRecord = { ...layer };
      if (value === undefined) delete record[field];
      else record[field] = value;
      return record;
    }),
  );
}

/** A new layer of a kind, with the geometry it needs, in a network of `dimensions` axes. */
export function newLayer(kind: LayerKind, dimensions: number): LayerSpec {
  switch (kind) {
    case 'conv':
      return { kind, kernel: 3, padding: 'same' };
    case 'local':
      return { kind, kernel: 3, padding: 'same' };
    case 'tiled':
      return { kind, kernel: 3, padding: 'same', tiles: 2 };
    case 'pool':
      return { kind, op: 'max', kernel: 2, stride: 2 };
    case 'dense':
      return { kind, units: dimensions === 2 ? [1, 1] : 1 };
  }
}

/** Fields each kind may carry besides `kind` and `id`. */
const FIELDS: Record<LayerKind, readonly string[]> = {
  conv: ['kernel', 'stride', 'dilation', 'padding', 'channels', 'groups'],
  local: ['kernel', 'stride', 'dilation', 'padding', 'channels'],
  tiled: ['kernel', 'stride', 'dilation', 'padding', 'tiles', 'channels'],
  pool: ['kernel', 'stride', 'dilation', 'padding', 'op', 'global'],
  dense: ['units', 'channels'],
};

/**
 * Turns the layer at `position` into another kind, keeping its name and every field the new kind
 * shares with the old (a convolution's geometry stays when it becomes pooling), and filling in what
 * the new kind needs.
 */
export function changeKind(
  spec: NetworkSpec,
  position: number,
  kind: LayerKind,
  dimensions: number,
): NetworkSpec {
  const old = spec.layers[position] as unknown as LayerRecord;
  const fresh = newLayer(kind, dimensions) as unknown as LayerRecord;
  const next: LayerRecord = { kind };
  if (old.id !== undefined) next.id = old.id;
  for (const field of FIELDS[kind]) {
    if (old[field] !== undefined) next[field] = old[field];
    else if (fresh[field] !== undefined) next[field] = fresh[field];
  }
  return withLayers(
    spec,
    spec.layers.map((layer, index) => (index === position ? next : layer)),
  );
}

/**
 * Makes the pooling layer at `position` global (one window over its whole input: its kernel,
 * stride, dilation and padding go) or gives it a window of its own again (a new pool's).
 */
export function setGlobalPool(spec: NetworkSpec, position: number, global: boolean): NetworkSpec {
  const old = spec.layers[position] as unknown as LayerRecord;
  const next: LayerRecord = global
    ? { kind: 'pool', op: old.op, global: true }
    : { ...(newLayer('pool', 1) as unknown as LayerRecord), op: old.op };
  if (old.id !== undefined) next.id = old.id;
  return withLayers(
    spec,
    spec.layers.map((layer, index) => (index === position ? next : layer)),
  );
}

/** Inserts a layer after `position` (−1: first). */
export function insertLayer(spec: NetworkSpec, position: number, layer: LayerSpec): NetworkSpec {
  const layers = [...spec.layers];
  layers.splice(position + 1, 0, layer);
  return withLayers(spec, layers);
}

/** Removes the layer at `position`. */
export function removeLayer(spec: NetworkSpec, position: number): NetworkSpec {
  return withLayers(
    spec,
    spec.layers.filter((_, index) => index !== position),
  );
}

/** A name not yet used by any layer: `base`, else `base_2`, `base_3` … */
function freshId(spec: NetworkSpec, base: string): string {
  const used = new Set(spec.layers.map((layer) => layer.id));
  if (!used.has(base)) return base;
  let suffix = 2;
  while (used.has(`${base}_${suffix}`)) suffix += 1;
  return `${base}_${suffix}`;
}

/** Copies the layer at `position` just after it; a named layer's copy gets a name of its own. */
export function duplicateLayer(spec: NetworkSpec, position: number): NetworkSpec {
  const layer = spec.layers[position];
  const copy = layer.id === undefined ? { ...layer } : { ...layer, id: freshId(spec, layer.id) };
  return insertLayer(spec, position, copy);
}

/** Moves the layer at `position` by `offset` places (−1 toward the input, +1 toward the output), within bounds. */
export function moveLayer(spec: NetworkSpec, position: number, offset: -1 | 1): NetworkSpec {
  const target = position + offset;
  if (target < 0 || target >= spec.layers.length) return spec;
  const layers = [...spec.layers];
  [layers[position], layers[target]] = [layers[target], layers[position]];
  return withLayers(spec, layers);
}

/** Sets the input's extent: `[height, width]` in 2D, one number in 1D. */
export function setInputSize(spec: NetworkSpec, size: readonly number[]): NetworkSpec {
  return { ...spec, input: { ...spec.input, size: size.length === 1 ? size[0] : [...size] } };
}
