import { isWindowLayer, type LayerSpec } from '../../engine';
import type { Translate } from '../../i18n';
import { axisNumbers } from './networkEdits';

/** An extent per axis as text: one number when every axis agrees, else `h × w`. */
export function formatExtent(values: readonly number[]): string {
  return values.every((value) => value === values[0]) ? String(values[0]) : values.join(' × ');
}

/** A kernel's extent as `k` (1D) or `kh×kw` (2D). */
function kernelText(value: unknown, dimensions: number): string {
  return (axisNumbers(value, dimensions) ?? []).join('×');
}

/**
 * What a layer is, in words and numbers: "conv 3×3, stride 2", "depthwise conv 3×3", "max pool
 * 3×3, stride 2", "global average pool", "dense"; pooling's stride defaults to its kernel, as the
 * engine reads it.
 */
export function describeLayerKind(t: Translate, layer: LayerSpec, dimensions: number): string {
  if (layer.kind === 'dense') return t('playground.kind.dense');
  if (!isWindowLayer(layer))
    return t(layer.op === 'avg' ? 'playground.kind.globalAvgPool' : 'playground.kind.globalMaxPool');
  const kernel = kernelText(layer.kernel, dimensions);
  let text: string;
  if (layer.kind === 'conv') {
    const depthwise = layer.groups !== undefined && layer.groups > 1 && layer.groups === layer.channels;
    text = t(depthwise ? 'playground.kind.depthwise' : 'playground.kind.conv', { kernel });
  } else if (layer.kind === 'pool') {
    text = t(layer.op === 'avg' ? 'playground.kind.avgPool' : 'playground.kind.maxPool', { kernel });
  } else {
    text = t(layer.kind === 'local' ? 'playground.kind.local' : 'playground.kind.tiled', { kernel });
  }
  const stride = axisNumbers(layer.stride ?? (layer.kind === 'pool' ? layer.kernel : 1), dimensions) ?? [];
  if (stride.some((value) => value !== 1))
    text += t('playground.kind.stride', { stride: formatExtent(stride) });
  const dilation = axisNumbers(layer.dilation ?? 1, dimensions) ?? [];
  if (dilation.some((value) => value !== 1)) {
    text += t('playground.kind.dilation', { dilation: formatExtent(dilation) });
  }
  return text;
}

/** A layer's name: its id from the spec, else what it is. */
export function layerName(t: Translate, layer: LayerSpec, dimensions: number): string {
  return layer.id ?? describeLayerKind(t, layer, dimensions);
}
