import type { NetworkSpec } from '../../engine';
import { ALEXNET } from './alexnet';
import { BOOK_9_4 } from './book94';
import { MOBILENET_V1 } from './mobilenetV1';
import { RESNET50 } from './resnet50';
import { VGG16 } from './vgg16';
import { WAVENET } from './wavenet';

export { wavenetStack } from './wavenet';

/** The real and book networks a playground link can name, by preset id, in the order the picker lists them. */
export const NETWORK_PRESETS = {
  resnet50: RESNET50,
  vgg16: VGG16,
  alexnet: ALEXNET,
  'mobilenet-v1': MOBILENET_V1,
  wavenet: WAVENET,
  'book-9-4': BOOK_9_4,
} as const satisfies Record<string, NetworkSpec>;

/** A preset id. */
export type NetworkPresetId = keyof typeof NETWORK_PRESETS;

/**
 * Layers of each preset worth drawing first, by layer id: end points the published receptive-field
 * tables list, spread over the network's depth.
 */
export const PRESET_END_POINTS: Record<NetworkPresetId, readonly string[]> = {
  resnet50: ['block1/unit_3/conv3', 'block2/unit_4/conv3', 'block4/unit_3/conv3'],
  vgg16: ['pool1', 'pool3', 'pool5'],
  alexnet: ['conv1', 'conv2', 'pool5'],
  'mobilenet-v1': ['Conv2d_1_pointwise', 'Conv2d_5_pointwise', 'Conv2d_13_pointwise'],
  wavenet: ['dilation8'],
  'book-9-4': ['g'],
};
