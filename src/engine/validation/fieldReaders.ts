import { max } from 'd3-array';
import { MAX_AXIS_SIZE, MAX_CHANNELS, MAX_LAYER_UNITS, MAX_WINDOW_VALUE } from '../limits';
import type { AxisPaddingSpec } from '../spec';
import { type IssueList, layerLabel } from './issueList';

// Readers of one field each: they check a value read from JSON and return it resolved, or record
// an issue naming the layer and the field and return null.

/**
 * Reads an integer-per-axis field. Returns one integer per axis, or null after recording an issue.
 */
export function readAxisValue(
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

/** Reads a channel count (default 1); null after recording an issue. */
export function readChannels(value: unknown, path: string, layer: number, issues: IssueList): number | null {
  if (value === undefined) return 1;
  const read = readAxisValue(value, 1, 1, MAX_CHANNELS, path, layer, 'channels', issues);
  return read ? read[0] : null;
}

/** Records every field of `record` that is not in `known`. */
export function checkUnknownFields(
  record: Record<string, unknown>,
  known: readonly string[],
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

/** Checks a layer's extent against the lab's limits per axis and per layer; false after recording an issue. */
export function checkUnitCount(size: number[], path: string, layer: number, issues: IssueList): boolean {
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
export function readPadding(
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
export function readGroups(
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
export function readId(
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

/** Checks a pool's op, max or avg, for a pool over a window or a global one; false after recording an issue. */
export function checkPoolOp(op: unknown, path: string, layer: number, issues: IssueList): boolean {
  if (op === 'max' || op === 'avg') return true;
  issues.add(
    `${path}.op`,
    layer,
    'invalidOp',
    { value: String(op) },
    `${layerLabel(layer)} (pool): op must be "max" or "avg", got ${JSON.stringify(op)}.`,
  );
  return false;
}
