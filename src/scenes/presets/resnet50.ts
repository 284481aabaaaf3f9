import type { LayerSpec, NetworkSpec } from '../../engine';

/**
 * The main path of ResNet-50 as TF-Slim defines it, `resnet_v1_50` at 224 × 224 (tensorflow/models,
 * research/slim/nets/resnet_v1.py and resnet_utils.py). conv1 is `conv2d_same` 7 × 7 stride 2, which
 * pads explicitly (3 on each side) and then convolves 'VALID'; pool1 is 3 × 3 stride 2 'SAME' (the
 * arg scope's padding). Each bottleneck unit is 1 × 1 → 3 × 3 → 1 × 1, the 3 × 3 carrying the unit's
 * stride through `conv2d_same` ('SAME' at stride 1, explicit padding 1 at stride 2). Blocks of 3, 4,
 * 6 and 3 units; the last unit of blocks 1–3 has stride 2, block 4 stride 1. Then a global average
 * pool (`global_pool=True`: `reduce_mean` over the spatial axes, 1 × 1 at any input size) and the
 * 1 × 1 logits. The shortcuts (identity, or a strided 1 × 1 projection) never widen a
 * receptive field, so this chain has the network's fields; they come with branching networks.
 */
const layers: LayerSpec[] = [
  { id: 'conv1', kind: 'conv', kernel: 7, stride: 2, padding: 3, channels: 64 },
  { id: 'pool1', kind: 'pool', op: 'max', kernel: 3, stride: 2, padding: 'same' },
];
const BLOCKS: [units: number, depth: number, lastStride: number][] = [
  [3, 64, 2],
  [4, 128, 2],
  [6, 256, 2],
  [3, 512, 1],
];
BLOCKS.forEach(([units, depth, lastStride], block) => {
  for (let unit = 1; unit <= units; unit += 1) {
    const stride = unit === units ? lastStride : 1;
    const name = `block${block + 1}/unit_${unit}`;
    layers.push(
      { id: `${name}/conv1`, kind: 'conv', kernel: 1, channels: depth },
      {
        id: `${name}/conv2`,
        kind: 'conv',
        kernel: 3,
        stride,
        padding: stride === 1 ? 'same' : 1,
        channels: depth,
      },
      { id: `${name}/conv3`, kind: 'conv', kernel: 1, channels: depth * 4 },
    );
  }
});
layers.push(
  // Global average pooling (reduce_mean over the 7 × 7 map).
  { id: 'pool5', kind: 'pool', op: 'avg', global: true },
  { id: 'logits', kind: 'conv', kernel: 1, channels: 1000 },
);

/** The main path of TF-Slim resnet_v1_50 on a 224 × 224 RGB image. */
export const RESNET50: NetworkSpec = { input: { size: [224, 224], channels: 3 }, layers };
