import { describe, expect, test } from 'vitest';
import {
  analyzeNetwork,
  countNetwork,
  type NetworkSpec,
  traceReceptiveField,
  validateNetwork,
} from '../../src/engine';
import { NETWORK_PRESETS, PRESET_END_POINTS, suggestedLayers, wavenetStack } from '../../src/scenes';

/** [receptive field, effective stride, effective padding] of one end point, the same on both axes. */
type Published = [r: number, stride: number, padding: number];

/** The geometry of a preset's layers named by id, as [r, S, P] per axis. */
function endPoints(spec: NetworkSpec, published: Record<string, Published>) {
  const geometry = analyzeNetwork(spec);
  const actual = Object.fromEntries(
    Object.keys(published).map((id) => {
      const layer = spec.layers.findIndex((item) => item.id === id) + 1;
      expect(layer, id).toBeGreaterThan(0);
      const { receptiveField, effectiveStride, effectivePadding } = geometry[layer];
      return [id, [receptiveField, effectiveStride, effectivePadding]];
    }),
  );
  const expected = Object.fromEntries(
    Object.entries(published).map(([id, values]) => [id, values.map((value) => [value, value])]),
  );
  expect(actual).toEqual(expected);
  return geometry;
}

// The published rows: google-research/receptive_field, receptive_field/RECEPTIVE_FIELD_TABLE.md
// (commit f12ae8e7, rows at resolution 224), whose last row per network is also the table of
// Araujo, Norris & Sim, "Computing Receptive Fields of Convolutional Neural Networks", Distill 2019.
describe('every real-network preset has the published receptive fields', () => {
  test('AlexNet (alexnet_v2): conv1 11/4/0 … pool5 195/32/64, and 224 → 54 → 26 → 12 → 5 → 1', () => {
    const geometry = endPoints(NETWORK_PRESETS.alexnet, {
      conv1: [11, 4, 0],
      pool1: [19, 8, 0],
      conv2: [51, 8, 16],
      conv3: [99, 16, 32],
      conv4: [131, 16, 48],
      conv5: [163, 16, 64],
      pool5: [195, 32, 64],
    });
    // floor((224 − 11)/4) + 1 = 54, floor((54 − 3)/2) + 1 = 26, 'same' keeps 26, then 12, 12 … 5;
    // fc6 is a 5 × 5 'valid' convolution on the 5 × 5 map: 1 × 1.
    expect(geometry.map((layer) => layer.size[0])).toEqual([224, 54, 26, 26, 12, 12, 12, 12, 5, 1, 1, 1]);
  });

  test('VGG-16 (vgg_16): conv1_1 3/1/1 … pool5 212/32/90', () => {
    endPoints(NETWORK_PRESETS.vgg16, {
      conv1_1: [3, 1, 1],
      pool1: [6, 2, 2],
      conv2_1: [10, 2, 4],
      pool2: [16, 4, 6],
      conv3_1: [24, 4, 10],
      conv3_2: [32, 4, 14],
      pool3: [44, 8, 18],
      conv4_1: [60, 8, 26],
      conv4_2: [76, 8, 34],
      pool4: [100, 16, 42],
      conv5_1: [132, 16, 58],
      conv5_2: [164, 16, 74],
      pool5: [212, 32, 90],
    });
  });

  test('ResNet-50 main path (resnet_v1_50): blocks 35/8/15, 99/16/47, 291/32/143, 483/32/239', () => {
    const geometry = endPoints(NETWORK_PRESETS.resnet50, {
      'block1/unit_3/conv3': [35, 8, 15],
      'block2/unit_4/conv3': [99, 16, 47],
      'block3/unit_6/conv3': [291, 32, 143],
      'block4/unit_3/conv3': [483, 32, 239],
    });
    // conv1, pool1, 16 bottleneck units of 3 convolutions, the global pool and the logits.
    expect(geometry).toHaveLength(1 + 2 + 16 * 3 + 2);
  });

  test('MobileNet v1 (mobilenet_v1, 1.0 × 224): Conv2d_0 3/2/0 … Conv2d_13_pointwise 315/32/126', () => {
    endPoints(NETWORK_PRESETS['mobilenet-v1'], {
      Conv2d_0: [3, 2, 0],
      Conv2d_1_pointwise: [7, 2, 2],
      Conv2d_2_pointwise: [11, 4, 2],
      Conv2d_3_pointwise: [19, 4, 6],
      Conv2d_4_pointwise: [27, 8, 6],
      Conv2d_5_pointwise: [43, 8, 14],
      Conv2d_6_pointwise: [59, 16, 14],
      Conv2d_7_pointwise: [91, 16, 30],
      Conv2d_8_pointwise: [123, 16, 46],
      Conv2d_9_pointwise: [155, 16, 62],
      Conv2d_10_pointwise: [187, 16, 78],
      Conv2d_11_pointwise: [219, 16, 94],
      Conv2d_12_pointwise: [251, 32, 94],
      Conv2d_13_pointwise: [315, 32, 126],
    });
  });

  test('WaveNet’s fig. 3 stack (dilations 1, 2, 4, 8, kernel 2) sees 16 inputs; a block up to 512 sees 1,024', () => {
    // van den Oord et al. 2016, §2.1: r = 1 + (2 − 1)·(1 + 2 + 4 + 8) = 16; "Each 1, 2, 4, …, 512
    // block has receptive field of size 1024".
    const figure = analyzeNetwork(NETWORK_PRESETS.wavenet);
    expect(figure.map((layer) => layer.receptiveField[0])).toEqual([1, 2, 4, 8, 16]);
    // Causal padding keeps every layer as long as the input.
    expect(figure.map((layer) => layer.size[0])).toEqual([16, 16, 16, 16, 16]);
    const block = analyzeNetwork(wavenetStack(10, 2048));
    expect(block[10].receptiveField).toEqual([1024]);
    // Causal: the last output sees the last 16 inputs and nothing after its own position.
    const top = traceReceptiveField(NETWORK_PRESETS.wavenet, 4, 15)[0];
    expect(Array.from(top)).toEqual(new Array(16).fill(1));
    const early = traceReceptiveField(NETWORK_PRESETS.wavenet, 4, 3)[0];
    expect(
      Array.from(early)
        .map((value, position) => (value ? position : -1))
        .filter((value) => value >= 0),
    ).toEqual([0, 1, 2, 3]);
  });

  test('the book’s fig. 9.4: g₃ sees all five inputs through h₂ … h₄', () => {
    const masks = traceReceptiveField(NETWORK_PRESETS['book-9-4'], 2, 2);
    expect(Array.from(masks[0])).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from(masks[1])).toEqual([0, 1, 1, 1, 0]);
  });
});

describe('preset costs match the published counts', () => {
  test('VGG-16 has 138,357,544 parameters, 14,714,688 of them in its convolutions before fc6', () => {
    // Keras applications VGG16 summary (include_top=True: 138,357,544; include_top=False:
    // 14,714,688); by hand: conv 1,792 + 36,928 + 73,856 + 147,584 + 295,168 + 2·590,080 +
    // 1,180,160 + 5·2,359,808 = 14,714,688; fc 102,764,544 + 16,781,312 + 4,097,000.
    const counts = countNetwork(NETWORK_PRESETS.vgg16);
    const fc6 = NETWORK_PRESETS.vgg16.layers.findIndex((layer) => layer.id === 'fc6') + 1;
    const convolutional = counts.layers
      .slice(0, fc6)
      .reduce((total, layer) => total + layer.asBuilt.parameters, 0);
    expect([convolutional, counts.total.asBuilt.parameters]).toEqual([14_714_688, 138_357_544]);
  });

  test('MobileNet v1 has the paper’s 4.2 M weights and 569 M multiply-adds', () => {
    // Howard et al. 2017, Table 1 and Table 6 (1.0 MobileNet-224: 569 million mult-adds, 4.2
    // million parameters). The TF-Slim source documents the body: 3,185,088 weights and
    // 567,716,352 multiply-adds (mobilenet_v1.py docstring); the 1024 × 1000 classifier adds
    // 1,024,000 of each. Depthwise layers have groups = channels, so 3·3 weights per channel.
    const counts = countNetwork(NETWORK_PRESETS['mobilenet-v1']);
    expect(counts.total.asBuilt.weights).toBe(3_185_088 + 1_024_000);
    const spec = NETWORK_PRESETS['mobilenet-v1'];
    const convolutionMultiplyAdds = spec.layers.reduce(
      (total, layer, position) =>
        total + (layer.kind === 'conv' ? counts.layers[position + 1].asBuilt.multiplyAdds : 0),
      0,
    );
    expect(convolutionMultiplyAdds).toBe(567_716_352 + 1_024_000);
    expect(Math.round(convolutionMultiplyAdds / 1e6)).toBe(569);
    expect(Math.round(counts.total.asBuilt.weights / 1e5) / 10).toBe(4.2);
  });
});

describe('presets as the playground uses them', () => {
  test.each(Object.entries(NETWORK_PRESETS))(
    '%s is a valid network whose layer ids are unique',
    (_, spec) => {
      expect(validateNetwork(spec).ok).toBe(true);
      const ids = spec.layers.flatMap((layer) => (layer.id ? [layer.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
    },
  );

  test.each(Object.entries(PRESET_END_POINTS))(
    '%s: the layers drawn first are its named end points',
    (id, names) => {
      const spec = NETWORK_PRESETS[id as keyof typeof NETWORK_PRESETS];
      expect(suggestedLayers(spec).map((layer) => spec.layers[layer - 1].id)).toEqual(names);
    },
  );

  test('a network of the user’s own gets the last layer at each resolution, spread over its depth', () => {
    const own: NetworkSpec = {
      input: { size: [64, 64] },
      layers: [
        { kind: 'conv', kernel: 3, padding: 'same' },
        { kind: 'pool', op: 'max', kernel: 2 },
        { kind: 'conv', kernel: 3, padding: 'same' },
        { kind: 'pool', op: 'max', kernel: 2 },
        { kind: 'conv', kernel: 3, padding: 'same' },
        { kind: 'pool', op: 'max', kernel: 2 },
        { kind: 'conv', kernel: 3, padding: 'same' },
      ],
    };
    // Resolutions change after layers 1, 3 and 5 (64 → 32 → 16 → 8) and the network ends at 7:
    // four candidates, three drawn, spread: the first, one in the middle, the last.
    expect(suggestedLayers(own)).toEqual([1, 5, 7]);
  });
});
