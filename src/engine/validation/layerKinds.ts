import { MAX_AXIS_SIZE, MAX_WINDOW_VALUE } from '../limits';
import type { AxisWindow, ResolvedLayer } from '../resolved';
import type { LayerKind } from '../spec';
import { axisPadding, dilatedKernelSpan, windowOutputSize } from '../windowOutputSize';
import { checkPoolOp, readAxisValue, readChannels, readGroups, readPadding } from './fieldReaders';
import { type IssueList, layerLabel } from './issueList';

/** A layer being read: its JSON record, where it is, and what the layer below it gives it. */
export interface LayerReading {
  record: Record<string, unknown>;
  /** JSON path of the record, e.g. `layers[2]`. */
  path: string;
  /** The layer's index in the network (the input is 0). */
  layer: number;
  inputSize: number[];
  inputChannels: number;
  issues: IssueList;
}

/** What a layer's kind resolves from its record; the walk adds the index, id and record. */
export type KindResolution = Omit<ResolvedLayer, 'index' | 'id' | 'spec'>;

/** One kind of layer: the fields its record may have, and how they resolve (null after an issue). */
export interface LayerKindEntry {
  fields: readonly string[];
  resolve(reading: LayerReading): KindResolution | null;
}

const WINDOW_FIELDS = ['kind', 'id', 'kernel', 'stride', 'dilation', 'padding'];

/** Reads a sliding window's kernel, stride, dilation and padding (and tiles, or a pool's op) per axis. */
function resolveWindowLayer(
  record: Record<string, unknown>,
  kind: 'conv' | 'local' | 'tiled' | 'pool',
  inputSize: number[],
  path: string,
  layer: number,
  issues: IssueList,
): { axes: AxisWindow[]; tiles: number[] | null } | null {
  const dimensions = inputSize.length;
  if (record.kernel === undefined) {
    issues.add(
      `${path}.kernel`,
      layer,
      'missingField',
      { field: 'kernel' },
      `${layerLabel(layer)} (${kind}): kernel is required.`,
    );
    return null;
  }
  const kernel = readAxisValue(
    record.kernel,
    dimensions,
    1,
    MAX_WINDOW_VALUE,
    `${path}.kernel`,
    layer,
    'kernel',
    issues,
  );
  const defaultStride = kind === 'pool' ? (kernel ?? 1) : 1;
  const stride =
    record.stride === undefined
      ? typeof defaultStride === 'number'
        ? new Array<number>(dimensions).fill(defaultStride)
        : defaultStride
      : readAxisValue(
          record.stride,
          dimensions,
          1,
          MAX_WINDOW_VALUE,
          `${path}.stride`,
          layer,
          'stride',
          issues,
        );
  const dilation =
    record.dilation === undefined
      ? new Array<number>(dimensions).fill(1)
      : readAxisValue(
          record.dilation,
          dimensions,
          1,
          MAX_WINDOW_VALUE,
          `${path}.dilation`,
          layer,
          'dilation',
          issues,
        );
  const padding = readPadding(record.padding, dimensions, path, layer, issues);
  let tiles: number[] | null = null;
  if (kind === 'tiled') {
    if (record.tiles === undefined) {
      issues.add(
        `${path}.tiles`,
        layer,
        'missingField',
        { field: 'tiles' },
        `${layerLabel(layer)} (tiled): tiles is required.`,
      );
      return null;
    }
    tiles = readAxisValue(
      record.tiles,
      dimensions,
      1,
      MAX_WINDOW_VALUE,
      `${path}.tiles`,
      layer,
      'tiles',
      issues,
    );
    if (!tiles) return null;
  }
  if (kind === 'pool' && !checkPoolOp(record.op, path, layer, issues)) return null;
  if (!kernel || !stride || !dilation || !padding) return null;
  const axes: AxisWindow[] = [];
  for (let axis = 0; axis < dimensions; axis += 1) {
    const pad = axisPadding(padding[axis], inputSize[axis], kernel[axis], stride[axis], dilation[axis]);
    const window = {
      kernel: kernel[axis],
      stride: stride[axis],
      dilation: dilation[axis],
      padBefore: pad.padBefore,
      padAfter: pad.padAfter,
      inputSize: inputSize[axis],
    };
    const outputSize = windowOutputSize(window);
    if (outputSize === 0) {
      const span = dilatedKernelSpan(window.kernel, window.dilation);
      const padded = window.inputSize + window.padBefore + window.padAfter;
      const axisName = dimensions === 1 ? '' : axis === 0 ? 'height' : 'width';
      issues.add(
        `${path}.kernel`,
        layer,
        'windowLargerThanInput',
        { axis, axisName, span, padded, kernel: window.kernel, dilation: window.dilation },
        `${layerLabel(layer)} (${kind}): the kernel${axisName ? ` (${axisName})` : ''} spans ${span} units (kernel ${window.kernel}, dilation ${window.dilation}) but its padded input has only ${padded}.`,
      );
      return null;
    }
    axes.push({ ...window, outputSize });
  }
  return { axes, tiles: tiles ?? (kind === 'conv' ? new Array<number>(dimensions).fill(1) : null) };
}

/** A sliding-window kind: its window, and its channels (a pool keeps those below) and groups. */
function windowKind(kind: 'conv' | 'local' | 'tiled' | 'pool', fields: readonly string[]): LayerKindEntry {
  return {
    fields: [...WINDOW_FIELDS, ...fields],
    resolve: ({ record, path, layer, inputSize, inputChannels, issues }) => {
      const window = resolveWindowLayer(record, kind, inputSize, path, layer, issues);
      const outputChannels =
        kind === 'pool' ? inputChannels : readChannels(record.channels, `${path}.channels`, layer, issues);
      const groups =
        outputChannels === null
          ? null
          : readGroups(record.groups, inputChannels, outputChannels, path, layer, issues);
      if (!window || outputChannels === null || groups === null) return null;
      return {
        kind,
        inputSize,
        size: window.axes.map((axis) => axis.outputSize),
        inputChannels,
        channels: outputChannels,
        groups,
        axes: window.axes,
        tiles: window.tiles,
      };
    },
  };
}

/** A dense layer: its units per axis (a 2D network's are [height, width]) and channels. */
const DENSE: LayerKindEntry = {
  fields: ['kind', 'id', 'units', 'channels'],
  resolve: ({ record, path, layer, inputSize, inputChannels, issues }) => {
    const dimensions = inputSize.length;
    if (record.units === undefined) {
      issues.add(
        `${path}.units`,
        layer,
        'missingField',
        { field: 'units' },
        `${layerLabel(layer)} (dense): units is required.`,
      );
      return null;
    }
    if (dimensions === 2 && typeof record.units === 'number') {
      issues.add(
        `${path}.units`,
        layer,
        'wrongAxisCount',
        { field: 'units', expected: 2, actual: 1 },
        `${layerLabel(layer)} (dense): in a 2D network units must be [height, width].`,
      );
      return null;
    }
    const units = readAxisValue(
      record.units,
      dimensions,
      1,
      MAX_AXIS_SIZE,
      `${path}.units`,
      layer,
      'units',
      issues,
    );
    const outputChannels = readChannels(record.channels, `${path}.channels`, layer, issues);
    if (!units || outputChannels === null) return null;
    return {
      kind: 'dense',
      inputSize,
      size: units,
      inputChannels,
      channels: outputChannels,
      groups: 1,
      axes: null,
      tiles: null,
    };
  },
};

/** The window fields a global pool does without: its window is its whole input. */
const GLOBAL_POOL_FREE = ['kernel', 'stride', 'dilation', 'padding'] as const;

/**
 * A pooling layer: over a window of its own, or (`global: true`) over its whole input, whatever its
 * size, as a window of the input's extent that moves by as much: one unit per axis.
 */
function poolKind(): LayerKindEntry {
  const windowPool = windowKind('pool', ['op']);
  return {
    fields: [...windowPool.fields, 'global'],
    resolve: (reading) => {
      const { record, path, layer, inputSize, inputChannels, issues } = reading;
      if (record.global !== undefined && typeof record.global !== 'boolean') {
        issues.add(
          `${path}.global`,
          layer,
          'notABoolean',
          { field: 'global', value: String(record.global) },
          `${layerLabel(layer)} (pool): global must be true or false, got ${JSON.stringify(record.global)}.`,
        );
        return null;
      }
      if (record.global !== true) return windowPool.resolve(reading);
      const set = GLOBAL_POOL_FREE.filter((field) => record[field] !== undefined);
      for (const field of set)
        issues.add(
          `${path}.${field}`,
          layer,
          'globalPoolWindow',
          { field },
          `${layerLabel(layer)} (pool): a global pool covers its whole input; it takes no ${field}.`,
        );
      if (set.length > 0) return null;
      if (!checkPoolOp(record.op, path, layer, issues)) return null;
      const axes: AxisWindow[] = inputSize.map((extent) => ({
        kernel: extent,
        stride: extent,
        dilation: 1,
        padBefore: 0,
        padAfter: 0,
        inputSize: extent,
        outputSize: 1,
      }));
      return {
        kind: 'pool',
        inputSize,
        size: axes.map(() => 1),
        inputChannels,
        channels: inputChannels,
        groups: 1,
        axes,
        tiles: null,
      };
    },
  };
}

/** Every kind of layer the lab reads, one entry each. */
export const LAYER_KINDS: Record<LayerKind, LayerKindEntry> = {
  conv: windowKind('conv', ['channels', 'groups']),
  local: windowKind('local', ['channels']),
  tiled: windowKind('tiled', ['tiles', 'channels']),
  pool: poolKind(),
  dense: DENSE,
};
