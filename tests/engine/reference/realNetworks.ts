/**
 * Real architectures written as plain NetworkSpec stacks, with the exact layer geometry of the
 * TF-Slim models that Araujo, Norris & Sim measured ("Computing Receptive Fields of Convolutional
 * Neural Networks", Distill 2019, doi:10.23915/distill.00021; per-end-point numbers in
 * github.com/google-research/receptive_field, receptive_field/RECEPTIVE_FIELD_TABLE.md).
 */
import type { LayerSpec, NetworkSpec } from '../../../src/engine';

/** A network and the layer index (input = 0) of each published end-point. */
export interface RealNetwork {
  spec: NetworkSpec;
  endPoints: Record<string, number>;
}

/** Index that the next pushed layer will get (input = 0, layers[i] = i + 1). */
function nextIndex(layers: LayerSpec[]): number {
  return layers.length + 1;
}

/**
 * TF-Slim alexnet_v2 at 224×224: conv1 11×11/4 VALID, pool1 3×3/2 VALID, conv2 5×5 SAME,
 * pool2 3×3/2, conv3–conv5 3×3 SAME, pool5 3×3/2 (slim/nets/alexnet.py).
 */
export function alexNetV2(): RealNetwork {
  const layers: LayerSpec[] = [];
  const endPoints: Record<string, number> = {};
  const add = (name: string, layer: LayerSpec) => {
    endPoints[name] = nextIndex(layers);
    layers.push(layer);
  };
  add('conv1', { kind: 'conv', kernel: 11, stride: 4, padding: 'valid', channels: 64 });
  add('pool1', { kind: 'pool', op: 'max', kernel: 3, stride: 2, padding: 'valid' });
  add('conv2', { kind: 'conv', kernel: 5, padding: 'same', channels: 192 });
  add('pool2', { kind: 'pool', op: 'max', kernel: 3, stride: 2, padding: 'valid' });
  add('conv3', { kind: 'conv', kernel: 3, padding: 'same', channels: 384 });
  add('conv4', { kind: 'conv', kernel: 3, padding: 'same', channels: 384 });
  add('conv5', { kind: 'conv', kernel: 3, padding: 'same', channels: 256 });
  add('pool5', { kind: 'pool', op: 'max', kernel: 3, stride: 2, padding: 'valid' });
  return { spec: { input: { size: [224, 224], channels: 3 }, layers }, endPoints };
}

/**
 * TF-Slim vgg_16 at 224×224 (Simonyan & Zisserman 2015, configuration D): 3×3 SAME convolutions,
 * 2×2/2 VALID max pooling; optionally the three fully connected layers (4096, 4096, 1000).
 */
export function vgg16(options: { withClassifier?: boolean } = {}): RealNetwork {
  const layers: LayerSpec[] = [];
  const endPoints: Record<string, number> = {};
  const blocks: [number, number][] = [
    [2, 64],
    [2, 128],
    [3, 256],
    [3, 512],
    [3, 512],
  ];
  blocks.forEach(([convolutions, channels], block) => {
    for (let index = 1; index <= convolutions; index += 1) {
      endPoints[`conv${block + 1}_${index}`] = nextIndex(layers);
      layers.push({ kind: 'conv', kernel: 3, padding: 'same', channels });
    }
    endPoints[`pool${block + 1}`] = nextIndex(layers);
    layers.push({ kind: 'pool', op: 'max', kernel: 2, stride: 2, padding: 'valid' });
  });
  if (options.withClassifier) {
    layers.push({ kind: 'dense', units: [1, 1], channels: 4096 });
    layers.push({ kind: 'dense', units: [1, 1], channels: 4096 });
    layers.push({ kind: 'dense', units: [1, 1], channels: 1000 });
  }
  return { spec: { input: { size: [224, 224], channels: 3 }, layers }, endPoints };
}

/**
 * The main path of TF-Slim resnet_v1_50 at 224×224 (slim/nets/resnet_v1.py and resnet_utils.py):
 * conv1 = conv2d_same 7×7/2 (explicit padding 3), pool1 3×3/2 SAME, then bottleneck units
 * 1×1 → 3×3 → 1×1 where the 3×3 carries the unit's stride (conv2d_same: SAME at stride 1,
 * explicit padding 1 at stride 2). Blocks of 3, 4, 6, 3 units; the last unit of blocks 1–3 has
 * stride 2, block 4 stride 1. Shortcuts (1×1 or subsampling) never widen a field, so the main path
 * has the network's receptive field.
 */
export function resNet50MainPath(): RealNetwork {
  const layers: LayerSpec[] = [];
  const endPoints: Record<string, number> = {};
  layers.push({ kind: 'conv', kernel: 7, stride: 2, padding: 3, channels: 64 });
  endPoints.conv1 = layers.length;
  layers.push({ kind: 'pool', op: 'max', kernel: 3, stride: 2, padding: 'same' });
  endPoints.pool1 = layers.length;
  const blocks: [number, number, number][] = [
    [3, 64, 2],
    [4, 128, 2],
    [6, 256, 2],
    [3, 512, 1],
  ];
  blocks.forEach(([units, depth, lastStride], block) => {
    for (let unit = 1; unit <= units; unit += 1) {
      const stride = unit === units ? lastStride : 1;
      layers.push({ kind: 'conv', kernel: 1, channels: depth });
      layers.push({ kind: 'conv', kernel: 3, stride, padding: stride === 1 ? 'same' : 1, channels: depth });
      layers.push({ kind: 'conv', kernel: 1, channels: depth * 4 });
    }
    endPoints[`block${block + 1}`] = layers.length;
  });
  return { spec: { input: { size: [224, 224], channels: 3 }, layers }, endPoints };
}
