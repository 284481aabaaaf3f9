import type { LayerSpec, NetworkSpec } from '../../engine';

/**
 * AlexNet as TF-Slim defines it, `alexnet_v2` at 224 × 224 (tensorflow/models,
 * research/slim/nets/alexnet.py): the network whose receptive field Araujo et al. (Distill 2019)
 * and google-research/receptive_field tabulate. Slim's conv2d pads 'SAME' and max_pool2d 'VALID'
 * unless told otherwise; fc6–fc8 are convolutions (fc6 5 × 5 'VALID' on the 5 × 5 map).
 */
const layers: LayerSpec[] = [
  { id: 'conv1', kind: 'conv', kernel: 11, stride: 4, padding: 'valid', channels: 64 },
  { id: 'pool1', kind: 'pool', op: 'max', kernel: 3, stride: 2, padding: 'valid' },
  { id: 'conv2', kind: 'conv', kernel: 5, padding: 'same', channels: 192 },
  { id: 'pool2', kind: 'pool', op: 'max', kernel: 3, stride: 2, padding: 'valid' },
  { id: 'conv3', kind: 'conv', kernel: 3, padding: 'same', channels: 384 },
  { id: 'conv4', kind: 'conv', kernel: 3, padding: 'same', channels: 384 },
  { id: 'conv5', kind: 'conv', kernel: 3, padding: 'same', channels: 256 },
  { id: 'pool5', kind: 'pool', op: 'max', kernel: 3, stride: 2, padding: 'valid' },
  { id: 'fc6', kind: 'conv', kernel: 5, padding: 'valid', channels: 4096 },
  { id: 'fc7', kind: 'conv', kernel: 1, channels: 4096 },
  { id: 'fc8', kind: 'conv', kernel: 1, channels: 1000 },
];

/** TF-Slim alexnet_v2 on a 224 × 224 RGB image, classifier included. */
export const ALEXNET: NetworkSpec = { input: { size: [224, 224], channels: 3 }, layers };
