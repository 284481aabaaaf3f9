import type { LayerSpec, NetworkSpec } from '../../engine';

/**
 * MobileNet v1 (Howard et al. 2017), 1.0 × 224, as TF-Slim defines it (tensorflow/models,
 * research/slim/nets/mobilenet_v1.py, `MOBILENETV1_CONV_DEFS`): a 3 × 3 stride-2 convolution, then
 * thirteen depthwise-separable layers, each a 3 × 3 depthwise convolution (one filter per channel:
 * groups = channels) carrying the stride and a 1 × 1 pointwise convolution; every layer pads 'SAME'.
 * Then a 7 × 7 average pool and 1 × 1 logits.
 */
const SEPARABLE: [stride: number, depth: number][] = [
  [1, 64],
  [2, 128],
  [1, 128],
  [2, 256],
  [1, 256],
  [2, 512],
  [1, 512],
  [1, 512],
  [1, 512],
  [1, 512],
  [1, 512],
  [2, 1024],
  [1, 1024],
];

const layers: LayerSpec[] = [
  { id: 'Conv2d_0', kind: 'conv', kernel: 3, stride: 2, padding: 'same', channels: 32 },
];
let channels = 32;
SEPARABLE.forEach(([stride, depth], index) => {
  layers.push(
    {
      id: `Conv2d_${index + 1}_depthwise`,
      kind: 'conv',
      kernel: 3,
      stride,
      padding: 'same',
      channels,
      groups: channels,
    },
    { id: `Conv2d_${index + 1}_pointwise`, kind: 'conv', kernel: 1, padding: 'same', channels: depth },
  );
  channels = depth;
});
layers.push(
  { id: 'AvgPool_1a', kind: 'pool', op: 'avg', kernel: 7, stride: 2, padding: 'valid' },
  { id: 'Conv2d_1c_1x1', kind: 'conv', kernel: 1, channels: 1000 },
);

/** TF-Slim mobilenet_v1 (depth multiplier 1.0) on a 224 × 224 RGB image. */
export const MOBILENET_V1: NetworkSpec = { input: { size: [224, 224], channels: 3 }, layers };
