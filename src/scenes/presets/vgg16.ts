import type { LayerSpec, NetworkSpec } from '../../engine';

/**
 * VGG-16 (Simonyan & Zisserman 2015, configuration D) as TF-Slim defines it, `vgg_16` at 224 × 224
 * (tensorflow/models, research/slim/nets/vgg.py): five blocks of 3 × 3 'SAME' convolutions, each
 * followed by a 2 × 2 stride-2 'VALID' max-pool, then fc6 (7 × 7 'VALID' convolution), fc7 and fc8
 * (1 × 1 convolutions).
 */
const BLOCKS: [convolutions: number, channels: number][] = [
  [2, 64],
  [2, 128],
  [3, 256],
  [3, 512],
  [3, 512],
];

const layers: LayerSpec[] = [];
BLOCKS.forEach(([convolutions, channels], block) => {
  for (let index = 1; index <= convolutions; index += 1) {
    layers.push({ id: `conv${block + 1}_${index}`, kind: 'conv', kernel: 3, padding: 'same', channels });
  }
  layers.push({ id: `pool${block + 1}`, kind: 'pool', op: 'max', kernel: 2, stride: 2, padding: 'valid' });
});
layers.push(
  { id: 'fc6', kind: 'conv', kernel: 7, padding: 'valid', channels: 4096 },
  { id: 'fc7', kind: 'conv', kernel: 1, channels: 4096 },
  { id: 'fc8', kind: 'conv', kernel: 1, channels: 1000 },
);

/** TF-Slim vgg_16 on a 224 × 224 RGB image, classifier included. */
export const VGG16: NetworkSpec = { input: { size: [224, 224], channels: 3 }, layers };
