import { describe, expect, test } from 'vitest';
import '../../src/views/playground/messages';
import { analyzeNetwork, type NetworkSpec, traceField } from '../../src/engine';
import { translate } from '../../src/i18n';
import { cellAt, cellRect, gridExtent, gridLayout, worldOf } from '../../src/views/grid/gridLayout';
import { FITTED, maxZoom, zoomAbout } from '../../src/views/grid/sharedZoom';
import { describeFocus } from '../../src/views/playground/describeFocus';
import { describeLayerKind, formatExtent } from '../../src/views/playground/describeLayer';
import { growthMarkers } from '../../src/views/playground/growthMarkers';

const t = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) =>
  translate('en', key, values);

describe('grid layout', () => {
  // A 3 × 3 'valid' convolution with stride 2 on 9 × 11: r = 3, S = 2, P = 0, so unit u is centred
  // on input 2u + 1 and its cell spans 2u … 2u + 2 (input pixel i spans i − ½ … i + ½).
  const spec: NetworkSpec = { input: { size: [9, 11] }, layers: [{ kind: 'conv', kernel: 3, stride: 2 }] };
  const geometry = analyzeNetwork(spec);

  test('cells sit on their units’ receptive-field centres, one effective stride apart', () => {
    const layout = gridLayout(geometry, 1);
    expect(layout.rows).toEqual({ count: 4, first: 1, step: 2 });
    expect(layout.cols).toEqual({ count: 5, first: 1, step: 2 });
    expect(cellRect(layout, 5 + 2)).toEqual({ x: 4, y: 2, width: 2, height: 2 });
    expect(gridExtent(layout)).toEqual({ x: 0, y: 0, width: 10, height: 8 });
  });

  test('a point belongs to the cell around it; outside every cell it belongs to none', () => {
    const layout = gridLayout(geometry, 1);
    for (let index = 0; index < 20; index += 1) {
      const rect = cellRect(layout, index);
      expect(cellAt(layout, rect.x + rect.width / 2, rect.y + rect.height / 2)).toBe(index);
      expect(cellAt(layout, rect.x + 0.01, rect.y + rect.height - 0.01)).toBe(index);
    }
    expect(cellAt(layout, -0.5, 3)).toBeNull();
    expect(cellAt(layout, 10.5, 3)).toBeNull();
  });

  test('the input is one pixel per cell; the world adds a sixteenth of the larger side around it', () => {
    expect(gridLayout(geometry, 0).cols).toEqual({ count: 11, first: 0, step: 1 });
    expect(worldOf([224, 320])).toEqual({ x: -20.5, y: -20.5, width: 360, height: 264 });
  });

  test('a 1D layer is one row, a strip a sixth of the input long', () => {
    const oneD = analyzeNetwork({ input: { size: 36 }, layers: [{ kind: 'conv', kernel: 3 }] });
    expect(gridLayout(oneD, 1).rows).toEqual({ count: 1, first: 2.5, step: 6 });
    // The strip's cell spans −½ … 5½ like a unit's cell around its centre 2½, so the world's top is −½.
    expect(worldOf([36])).toEqual({ x: -2.75, y: -0.5, width: 40.5, height: 6 });
  });
});

describe('shared zoom', () => {
  test('zooms about the centre, never below the fitted view or past the largest magnification', () => {
    const largest = maxZoom({ width: 240 });
    expect(largest).toBe(30);
    expect(zoomAbout(FITTED, 2, 1, largest)).toEqual({ k: 2, x: -0.5, y: -0.5 });
    expect(zoomAbout({ k: 2, x: -0.5, y: -0.5 }, 0.25, 1, largest)).toEqual(FITTED);
    expect(zoomAbout(FITTED, 1000, 1, largest).k).toBe(30);
  });

  test('zooms out below the whole picture only as far as it is allowed, and then centres it', () => {
    expect(zoomAbout(FITTED, 0.5, 1, 10)).toEqual(FITTED);
    // A field twice the picture's size: down to ½, the picture in the middle of the canvas.
    expect(zoomAbout(FITTED, 0.25, 0.5, 10, undefined, 0.5)).toEqual({ k: 0.5, x: 0.25, y: 0.125 });
  });

  test('keeps the picture covering the canvas when zooming out near an edge', () => {
    // Magnified 4 × and panned to the far right (x = 1 − 4 = −3): zooming out to 2 × keeps the right edge.
    expect(zoomAbout({ k: 4, x: -3, y: 0 }, 0.5, 0.5, 10)).toEqual({ k: 2, x: -1, y: 0 });
  });
});

describe('growth markers', () => {
  test('the first layer where r exceeds the input on every axis, and where the centre unit sees it all', () => {
    // 7 inputs; kernel 3 'same' layers: r = 1, 3, 5, 7, 9; the centre unit (3) of layer 3 reads
    // 0 … 6, the whole input, and r first exceeds 7 at layer 4.
    const layers = Array.from({ length: 4 }, () => ({
      kind: 'conv' as const,
      kernel: 3,
      padding: 'same' as const,
    }));
    const geometry = analyzeNetwork({ input: { size: 7 }, layers });
    expect(growthMarkers(geometry, [1 / 7, 3 / 7, 5 / 7, 1, 1])).toEqual({ exceeds: 4, covers: 3 });
    expect(growthMarkers(geometry.slice(0, 3), [1 / 7, 3 / 7, 5 / 7])).toEqual({
      exceeds: null,
      covers: null,
    });
  });
});

describe('layer descriptions', () => {
  test('name the kind, kernel, stride and dilation; pooling strides by its kernel unless told', () => {
    expect(describeLayerKind(t, { kind: 'conv', kernel: 7, stride: 2 }, 2)).toBe('conv 7×7, stride 2');
    expect(describeLayerKind(t, { kind: 'conv', kernel: 3, groups: 32, channels: 32 }, 2)).toBe(
      'depthwise conv 3×3',
    );
    expect(describeLayerKind(t, { kind: 'pool', op: 'max', kernel: 3 }, 2)).toBe('max pool 3×3, stride 3');
    expect(describeLayerKind(t, { kind: 'pool', op: 'avg', kernel: 2, stride: 1 }, 1)).toBe('average pool 2');
    expect(describeLayerKind(t, { kind: 'conv', kernel: [1, 3], dilation: [1, 2] }, 2)).toBe(
      'conv 1×3, dilation 1 × 2',
    );
    expect(describeLayerKind(t, { kind: 'dense', units: [1, 1] }, 2)).toBe('dense');
    expect(formatExtent([7, 7])).toBe('7');
    expect(formatExtent([224, 320])).toBe('224 × 320');
  });
});

describe('the focused unit, in words', () => {
  test('a unit cut by the border: r, S, P, its box in input rows and columns, and how much of it is padding', () => {
    // Two 3 × 3 'same' layers on 8 × 8: r = 5, S = 1, P = 2; unit (0, 1) of layer 2 spans rows
    // −2 … 2 and columns −1 … 3: 25 positions, 3 × 4 = 12 of them real input.
    const spec: NetworkSpec = {
      input: { size: [8, 8] },
      layers: [
        { id: 'first', kind: 'conv', kernel: 3, padding: 'same' },
        { kind: 'conv', kernel: 3, padding: 'same' },
      ],
    };
    const geometry = analyzeNetwork(spec);
    const masks = traceField(spec, 2, [0, 1]);
    expect(
      describeFocus(t, geometry, spec.layers, { layer: 2, index: 1 }, masks, false, ['x', 'h', 'g']),
    ).toEqual([
      'Selected: layer 2 (conv 3×3), the unit at (row 0, column 1), with r\u00a0=\u00a05, S\u00a0=\u00a01, P\u00a0=\u00a02.',
      'Its receptive field spans input rows −2 to 2 and columns −1 to 3: 25 pixels, 12 of them real input and 13 padding.',
      'Every one of those real input units can influence it: 12 in all.',
    ]);
  });

  test('a field one pixel across is one row and one column, all of it real input', () => {
    // A 1 × 1 convolution: unit (3, 4) sees input pixel (3, 4) alone.
    const spec: NetworkSpec = { input: { size: [8, 8] }, layers: [{ kind: 'conv', kernel: 1 }] };
    const sentences = describeFocus(
      t,
      analyzeNetwork(spec),
      spec.layers,
      { layer: 1, index: 28 },
      null,
      false,
      ['x', 'h'],
    );
    expect(sentences[1]).toBe('Its receptive field spans input row 3 and column 4: 1 pixel of real input.');
  });

  test('a stride wider than the kernel: fewer units influence it than its box holds, and that is said', () => {
    // A 1-wide stride-2 layer, then a 2-wide one: r = 1 + (2 − 1)·2 = 3, so unit 0 spans inputs
    // 0 … 2, but only inputs 0 and 2 are ever read.
    const spec: NetworkSpec = {
      input: { size: 9 },
      layers: [
        { kind: 'conv', kernel: 1, stride: 2 },
        { kind: 'conv', kernel: 2 },
      ],
    };
    const masks = traceField(spec, 2, 0);
    const sentences = describeFocus(
      t,
      analyzeNetwork(spec),
      spec.layers,
      { layer: 2, index: 0 },
      masks,
      true,
      ['x', 'h', 'g'],
    );
    expect(sentences[0]).toMatch(/^Previewing: layer 2 /);
    expect(sentences[2]).toBe(
      'Only 2 of those 3 real input units can influence it: a stride or dilation skips the others.',
    );
  });

  test('a 1D input unit, named as in the graphs (x₁ first): what it reaches on the last layer, named', () => {
    const spec: NetworkSpec = { input: { size: 6 }, layers: [{ id: 'h', kind: 'conv', kernel: 3 }] };
    const masks = traceField(spec, 0, 0);
    expect(
      describeFocus(t, analyzeNetwork(spec), spec.layers, { layer: 0, index: 0 }, masks, false, ['x', 'h']),
    ).toEqual(['Selected: input x₁.', 'It reaches 1 of the 4 units of the last layer (layer 1, h).']);
    // A unit of layer 1 sees inputs x₂ … x₄ (0-based 1 … 3), as the graph names them.
    expect(
      describeFocus(t, analyzeNetwork(spec), spec.layers, { layer: 1, index: 1 }, null, false, ['x', 'h'])[1],
    ).toBe('Its receptive field spans inputs x₂–x₄: 3 positions, all real input.');
    // The middle pixel of 3 reaches the single unit of a 3-wide kernel's top layer: all of it.
    const small: NetworkSpec = { input: { size: 3 }, layers: [{ kind: 'conv', kernel: 3 }] };
    expect(
      describeFocus(
        t,
        analyzeNetwork(small),
        small.layers,
        { layer: 0, index: 1 },
        traceField(small, 0, 1),
        false,
        ['x', 'h'],
      )[1],
    ).toBe('It reaches the only unit of the last layer (layer 1, conv 3).');
  });
});

describe('describeFocus: a field larger than the input, and a middle unit off the middle', () => {
  test('a field wider than the input says so, and how to see it whole', () => {
    // Seven taps, 'same', on four inputs: r = 7 > 4.
    const spec: NetworkSpec = { input: { size: 4 }, layers: [{ kind: 'conv', kernel: 7, padding: 'same' }] };
    const sentences = describeFocus(
      t,
      analyzeNetwork(spec),
      spec.layers,
      { layer: 1, index: 0 },
      null,
      false,
      ['x', 'h'],
    );
    expect(sentences).toContain(
      'Its field, r = 7, is larger than the input (4): the kernels and strides of the layers below reach past its borders into padding. Zoom out (−) to see the whole of it.',
    );
  });

  test('the middle unit of an odd input under an even kernel is half a unit off the input’s centre', () => {
    // Seven inputs, kernel 2, 'same' (TensorFlow: the one zero goes after): unit 3 reads inputs 3
    // and 4, centred on 3.5; the input's centre is 3.
    const spec: NetworkSpec = { input: { size: 7 }, layers: [{ kind: 'conv', kernel: 2, padding: 'same' }] };
    const sentences = describeFocus(
      t,
      analyzeNetwork(spec),
      spec.layers,
      { layer: 1, index: 3 },
      null,
      false,
      ['x', 'h'],
    );
    expect(
      sentences.some((sentence) =>
        sentence.startsWith('This middle unit’s field is centred on 3.5, not on the input’s centre, 3:'),
      ),
    ).toBe(true);
    // Another unit is not the middle one: nothing is said.
    const other = describeFocus(t, analyzeNetwork(spec), spec.layers, { layer: 1, index: 2 }, null, false, [
      'x',
      'h',
    ]);
    expect(other.some((sentence) => sentence.startsWith('This middle unit'))).toBe(false);
  });
});

describe('zooming about a point', () => {
  test('keeps that point where it is on the canvas', () => {
    // The point at a quarter across and a quarter down of a square picture, zoomed 2 × from fitted:
    // it stays at (0.25, 0.25), so the picture moves by −0.25 on each axis.
    expect(zoomAbout(FITTED, 2, 1, 10, { x: 0.25, y: 0.25 })).toEqual({ k: 2, x: -0.25, y: -0.25 });
    // Near the edge the picture still covers the canvas: zooming about the top-left corner.
    expect(zoomAbout(FITTED, 4, 1, 10, { x: 0, y: 0 })).toEqual({ k: 4, x: 0, y: 0 });
  });
});
