import { MAX_AXIS_SIZE, MAX_LAYERS, MAX_NETWORK_UNITS } from './limits';
import { markResolved, type ResolvedLayer, type ResolvedNetwork } from './resolved';
import type { LayerSpec } from './spec';
import type { SpecIssue } from './specIssue';
import {
  checkUnitCount,
  checkUnknownFields,
  readAxisValue,
  readChannels,
  readId,
} from './validation/fieldReaders';
import { IssueList, isRecord, layerLabel } from './validation/issueList';
import { LAYER_KINDS } from './validation/layerKinds';

// The walk over a spec: the input, then each layer in order, read by its kind's entry
// (validation/layerKinds.ts) from fields read one at a time (validation/fieldReaders.ts).

/** The result of validating a spec: the resolved network, or every problem found. */
export type ValidationResult = { ok: true; network: ResolvedNetwork } | { ok: false; issues: SpecIssue[] };

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
    if (typeof kind !== 'string' || !Object.hasOwn(LAYER_KINDS, kind)) {
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
    checkUnknownFields(record, LAYER_KINDS[layerKind].fields, path, layer, issues);
    const id = readId(record.id, ids, path, layer, issues);
    if (id === null) break;
    const resolution = LAYER_KINDS[layerKind].resolve({
      record,
      path,
      layer,
      inputSize: previousSize,
      inputChannels: previousChannels,
      issues,
    });
    if (!resolution) break;
    const resolved: ResolvedLayer = {
      ...resolution,
      index: layer,
      id: id ?? null,
      spec: record as unknown as LayerSpec,
    };
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
