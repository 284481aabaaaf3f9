import { max } from 'd3-array';
import {
  MAX_AXIS_SIZE,
  MAX_CHANNELS,
  MAX_LAYER_UNITS,
  MAX_LAYERS,
  MAX_NETWORK_UNITS,
  MAX_WINDOW_VALUE,
} from './limits';
import { type AxisWindow, markResolved, type ResolvedLayer, type ResolvedNetwork } from './resolved';
import type { AxisPaddingSpec, LayerSpec } from './spec';
import type { SpecIssue, SpecIssueCode } from './specIssue';
import { axisPadding, dilatedKernelSpan, windowOutputSize } from './windowOutputSize';

/** The result of validating a spec: the resolved network, or every problem found. */
export type ValidationResult = { ok: true; network: ResolvedNetwork } | { ok: false; issues: SpecIssue[] };

const WINDOW_FIELDS = ['kind', 'id', 'kernel', 'stride', 'dilation', 'padding'];
const KNOWN_FIELDS: Record<LayerSpec['kind'], string[]> = {
  conv: [...WINDOW_FIELDS, 'channels', 'groups'],
  local: [...WINDOW_FIELDS, 'channels'],
  tiled: [...WINDOW_FIELDS, 'tiles', 'channels'],
  pool: [...WINDOW_FIELDS, 'op'],
  dense: ['kind', 'id', 'units', 'channels'],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects issues while walking a spec. */
class IssueList {
  readonly issues: SpecIssue[] = [];
  add(path: string, layer: number | null, code: SpecIssueCode, values: SpecIssue['values'], message: string) {
    this.issues.push({ path, layer, code, values, message });
  }
}

function layerLabel(layer: number): string {
  return layer === 0 ? 'Input' : `Layer ${layer}`;
}

/**
 * Reads an integer-per-axis field. Returns one integer per axis, or null after recording an issue.
 */
function readAxisValue(
  value: unknown,
  dimensions: number,
  minimum: number,
  maximum: number,
  path: string,
  layer: number,
  field: string,
  issues: IssueList,
): number[] | null {
  const values = typeof value === 'number' ? new Array<number>(dimensions).fill(value) : value;
  if (!Array.isArray(values)) {
    issues.add(
      path,
      layer,
      'notAnInteger',
      { field },
      `${layerLabel(layer)}: ${field} must be an integer or one integer per axis.`,
    );
    return null;
  }
  if (values.length !== dimensions) {
    issues.add(
      path,
      layer,
      'wrongAxisCount',
      { field, expected: dimensions, actual: values.length },
      `${layerLabel(layer)}: ${field} has ${values.length} values but the network has ${dimensions} axis(es).`,
    );
    return null;
  }
  for (const item of values) {
    if (typeof item !== 'number' || !Number.isInteger(item)) {
      issues.add(
        path,
        layer,
        'notAnInteger',
        { field },
        `${layerLabel(layer)}: ${field} must be a whole number, got ${JSON.stringify(item)}.`,
      );
      return null;
    }
    if (item < minimum || item > maximum) {
      issues.add(
        path,
        layer,
        'outOfRange',
        { field, value: item, minimum, maximum },
        `${layerLabel(layer)}: ${field} ${item} is outside ${minimum}…${maximum}.`,
      );
      return null;
    }
  }
  return values as number[];
}

function readChannels(value: unknown, path: string, layer: number, issues: IssueList): number | null {
  if (value === undefined) return 1;
  const read = readAxisValue(value, 1, 1, MAX_CHANNELS, path, layer, 'channels', issues);
  return read ? read[0] : null;
}

function checkUnknownFields(
  record: Record<string, unknown>,
  known: string[],
  path: string,
  layer: number | null,
  issues: IssueList,
) {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      issues.add(
        path ? `${path}.${key}` : key,
        layer,
        'unknownField',
        { field: key },
        `${layer === null ? 'Spec' : layerLabel(layer)}: unknown field "${key}".`,
      );
    }
  }
}

function checkUnitCount(size: number[], path: string, layer: number, issues: IssueList): boolean {
  const largest = max(size) ?? 0;
  if (largest > MAX_AXIS_SIZE) {
    issues.add(
      path,
      layer,
      'tooManyUnits',
      { units: largest, maximum: MAX_AXIS_SIZE },
      `${layerLabel(layer)} would be ${largest} units long on one axis; the lab handles at most ${MAX_AXIS_SIZE}.`,
    );
    return false;
  }
  const units = size.reduce((product, extent) => product * extent, 1);
  if (units > MAX_LAYER_UNITS) {
    issues.add(
      path,
      layer,
      'tooManyUnits',
      { units, maximum: MAX_LAYER_UNITS },
      `${layerLabel(layer)} would have ${units} units; the lab handles at most ${MAX_LAYER_UNITS} per layer.`,
    );
    return false;
  }
  return true;
}

/**
 * Reads a layer's padding: 'valid' (the default), 'same', one integer for every side, or one entry
 * per axis, each an integer or [before, after]. Returns one entry per axis, or null after an issue.
 */
function readPadding(
  value: unknown,
  dimensions: number,
  path: string,
  layer: number,
  issues: IssueList,
): ('valid' | 'same' | AxisPaddingSpec)[] | null {
  const raw = value === undefined ? 'valid' : value;
  if (raw === 'valid' || raw === 'same') return new Array(dimensions).fill(raw);
  if (typeof raw === 'string') {
    issues.add(
      `${path}.padding`,
      layer,
      'invalidPadding',
      { value: raw },
      `${layerLabel(layer)}: padding must be "valid", "same" or a non-negative integer, got "${raw}".`,
    );
    return null;
  }
  const entries = typeof raw === 'number' ? new Array<unknown>(dimensions).fill(raw) : raw;
  if (!Array.isArray(entries) || entries.length !== dimensions) {
    return readAxisValue(raw, dimensions, 0, MAX_WINDOW_VALUE, `${path}.padding`, layer, 'padding', issues);
  }
  const padding: AxisPaddingSpec[] = [];
  for (let axis = 0; axis < dimensions; axis += 1) {
    const entry = entries[axis];
    // An axis entry is a number (both sides) or a pair [before, after].
    const sides = Array.isArray(entry) ? entry : [entry];
    if (Array.isArray(entry) && entry.length !== 2) {
      issues.add(
        `${path}.padding`,
        layer,
        'wrongAxisCount',
        { field: 'padding', expected: 2, actual: entry.length },
        `${layerLabel(layer)}: padding of axis ${axis} must be a number or [before, after], got ${entry.length} values.`,
      );
      return null;
    }
    const read = readAxisValue(
      sides,
      sides.length,
      0,
      MAX_WINDOW_VALUE,
      `${path}.padding`,
      layer,
      'padding',
      issues,
    );
    if (!read) return null;
    padding.push(read.length === 2 ? [read[0], read[1]] : read[0]);
  }
  return padding;
}

/** Reads a convolution's channel groups and checks that they divide both channel counts; null after an issue. */
function readGroups(
  value: unknown,
  inputChannels: number,
  outputChannels: number,
  path: string,
  layer: number,
  issues: IssueList,
): number | null {
  if (value === undefined) return 1;
  const read = readAxisValue(value, 1, 1, MAX_CHANNELS, `${path}.groups`, layer, 'groups', issues);
  if (!read) return null;
  const [groups] = read;
  if (inputChannels % groups !== 0 || outputChannels % groups !== 0) {
    issues.add(
      `${path}.groups`,
      layer,
      'groupsMismatch',
      { groups, inputChannels, outputChannels },
      `${layerLabel(layer)}: ${groups} groups must divide both the ${inputChannels} input and the ${outputChannels} output channels.`,
    );
    return null;
  }
  return groups;
}

/** Largest length of a layer id. */
const MAX_ID_LENGTH = 64;

/** Reads a layer's optional id: a short name, unique in the network; null after recording an issue. */
function readId(
  value: unknown,
  seen: Set<string>,
  path: string,
  layer: number,
  issues: IssueList,
): string | null | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value !== 'string' ||
    value.length > MAX_ID_LENGTH ||
    !/^[A-Za-z0-9_./-]+$/.test(value) ||
    value === 'input'
  ) {
    issues.add(
      `${path}.id`,
      layer,
      'invalidId',
      { value: String(value).slice(0, MAX_ID_LENGTH), maximum: MAX_ID_LENGTH },
      `${layerLabel(layer)}: id must be up to ${MAX_ID_LENGTH} letters, digits or _ . / -, and not "input".`,
    );
    return null;
  }
  if (seen.has(value)) {
    issues.add(
      `${path}.id`,
      layer,
      'duplicateId',
      { value },
      `${layerLabel(layer)}: the id "${value}" is already used by an earlier layer.`,
    );
    return null;
  }
  seen.add(value);
  return value;
}

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
  if (kind === 'pool' && record.op !== 'max' && record.op !== 'avg') {
    issues.add(
      `${path}.op`,
      layer,
      'invalidOp',
      { value: String(record.op) },
      `${layerLabel(layer)} (pool): op must be "max" or "avg", got ${JSON.stringify(record.op)}.`,
    );
    return null;
  }
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

/**
 * Checks a spec of unknown origin (URL, file, user edit) and resolves every default. Never throws:
 * every problem comes back as a {@link SpecIssue} naming the layer, the field and why.
 */
export function validateNetwork(spec: unknown): ValidationResult {
  const issues = new IssueList();
  if (!isRecord(spec)) {
    issues.add('', null, 'notAnObject', {}, 'The network spec must be an object with "input" and "layers".');
    return { ok: false, issues: issues.issues };
  }
  checkUnknownFields(spec, ['input', 'layers'], '', null, issues);
  if (!isRecord(spec.input)) {
    issues.add(
      'input',
      0,
      'missingField',
      { field: 'input' },
      'The spec needs an "input" object with a size.',
    );
    return { ok: false, issues: issues.issues };
  }
  checkUnknownFields(spec.input, ['size', 'channels'], 'input', 0, issues);
  const rawSize = spec.input.size;
  if (rawSize === undefined) {
    issues.add(
      'input.size',
      0,
      'missingField',
      { field: 'size' },
      'Input: size is required: a number (1D) or [height, width] (2D).',
    );
    return { ok: false, issues: issues.issues };
  }
  const dimensions = Array.isArray(rawSize) ? rawSize.length : 1;
  if (dimensions !== 1 && dimensions !== 2) {
    issues.add(
      'input.size',
      0,
      'wrongAxisCount',
      { field: 'size', expected: 2, actual: dimensions },
      'Input: size must be a number (1D) or [height, width] (2D).',
    );
    return { ok: false, issues: issues.issues };
  }
  const inputSize = readAxisValue(rawSize, dimensions, 1, MAX_AXIS_SIZE, 'input.size', 0, 'size', issues);
  const inputChannels = readChannels(spec.input.channels, 'input.channels', 0, issues);
  if (!inputSize || inputChannels === null || !checkUnitCount(inputSize, 'input.size', 0, issues)) {
    return { ok: false, issues: issues.issues };
  }
  if (!Array.isArray(spec.layers)) {
    issues.add(
      'layers',
      null,
      'missingField',
      { field: 'layers' },
      'The spec needs a "layers" array (it may be empty).',
    );
    return { ok: false, issues: issues.issues };
  }
  if (spec.layers.length > MAX_LAYERS) {
    issues.add(
      'layers',
      null,
      'tooManyLayers',
      { count: spec.layers.length, maximum: MAX_LAYERS },
      `The network has ${spec.layers.length} layers; the lab handles at most ${MAX_LAYERS}.`,
    );
    return { ok: false, issues: issues.issues };
  }
  const ids = new Set<string>();
  let totalUnits = inputSize.reduce((product, extent) => product * extent, 1);
  const sizes: number[][] = [inputSize];
  const channels: number[] = [inputChannels];
  const layers: ResolvedLayer[] = [];
  for (let position = 0; position < spec.layers.length; position += 1) {
    const layer = position + 1;
    const path = `layers[${position}]`;
    const record = spec.layers[position];
    const previousSize = sizes[position];
    const previousChannels = channels[position];
    if (!isRecord(record)) {
      issues.add(path, layer, 'notAnObject', {}, `${layerLabel(layer)} must be an object with a "kind".`);
      break;
    }
    const kind = record.kind;
    if (typeof kind !== 'string' || !Object.hasOwn(KNOWN_FIELDS, kind)) {
      issues.add(
        `${path}.kind`,
        layer,
        'unknownKind',
        { kind: String(kind) },
        `${layerLabel(layer)}: unknown kind ${JSON.stringify(kind)}; expected conv, local, tiled, pool or dense.`,
      );
      break;
    }
    const layerKind = kind as LayerSpec['kind'];
    checkUnknownFields(record, KNOWN_FIELDS[layerKind], path, layer, issues);
    const id = readId(record.id, ids, path, layer, issues);
    if (id === null) break;
    let resolved: ResolvedLayer | null = null;
    if (layerKind === 'dense') {
      if (record.units === undefined) {
        issues.add(
          `${path}.units`,
          layer,
          'missingField',
          { field: 'units' },
          `${layerLabel(layer)} (dense): units is required.`,
        );
        break;
      }
      if (dimensions === 2 && typeof record.units === 'number') {
        issues.add(
          `${path}.units`,
          layer,
          'wrongAxisCount',
          { field: 'units', expected: 2, actual: 1 },
          `${layerLabel(layer)} (dense): in a 2D network units must be [height, width].`,
        );
        break;
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
      if (!units || outputChannels === null) break;
      resolved = {
        index: layer,
        id: id ?? null,
        kind: 'dense',
        spec: record as unknown as LayerSpec,
        inputSize: previousSize,
        size: units,
        inputChannels: previousChannels,
        channels: outputChannels,
        groups: 1,
        axes: null,
        tiles: null,
      };
    } else {
      const window = resolveWindowLayer(record, layerKind, previousSize, path, layer, issues);
      const outputChannels =
        layerKind === 'pool'
          ? previousChannels
          : readChannels(record.channels, `${path}.channels`, layer, issues);
      const groups =
        outputChannels === null
          ? null
          : readGroups(record.groups, previousChannels, outputChannels, path, layer, issues);
      if (!window || outputChannels === null || groups === null) break;
      resolved = {
        index: layer,
        id: id ?? null,
        kind: layerKind,
        spec: record as unknown as LayerSpec,
        inputSize: previousSize,
        size: window.axes.map((axis) => axis.outputSize),
        inputChannels: previousChannels,
        channels: outputChannels,
        groups,
        axes: window.axes,
        tiles: window.tiles,
      };
    }
    if (!checkUnitCount(resolved.size, path, layer, issues)) break;
    totalUnits += resolved.size.reduce((product, extent) => product * extent, 1);
    if (totalUnits > MAX_NETWORK_UNITS) {
      issues.add(
        path,
        layer,
        'networkTooLarge',
        { units: totalUnits, maximum: MAX_NETWORK_UNITS },
        `${layerLabel(layer)} brings the network to ${totalUnits} units in all; the lab handles at most ${MAX_NETWORK_UNITS}.`,
      );
      break;
    }
    layers.push(resolved);
    sizes.push(resolved.size);
    channels.push(resolved.channels);
  }
  if (issues.issues.length > 0) return { ok: false, issues: issues.issues };
  return { ok: true, network: markResolved({ dimensions: dimensions as 1 | 2, sizes, channels, layers }) };
}
