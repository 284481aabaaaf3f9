import { describe, expect, test } from 'vitest';
import { cellShades, parseColour } from '../../src/views/grid/gridPainter';

describe('parseColour', () => {
  test('reads #rgb (as a minifier writes it), #rrggbb and rgb()', () => {
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour(' #1b1b1b ')).toEqual([27, 27, 27]);
    expect(parseColour('#A35F00')).toEqual([163, 95, 0]);
    expect(parseColour('rgb(12, 34, 56)')).toEqual([12, 34, 56]);
    expect(parseColour('rgba(12 34 56 / 0.5)')).toEqual([12, 34, 56]);
  });
});

describe('cellShades', () => {
  const colours = {
    paper: '#fff',
    ink: '#000',
    receptive: '#a35f00',
    influence: '#0072b2',
    focus: '#cc79a7',
    mark: '#00785a',
  };

  test('veils units outside the set in the paper colour and tints units in it with the role colour', () => {
    const pixels = cellShades(Uint8Array.of(1, 0), 'receptive', colours);
    // In the set: the receptive colour, lightly (22 % of 255 is 56); outside: paper at 66 % (168).
    expect(Array.from(pixels)).toEqual([163, 95, 0, 56, 255, 255, 255, 168]);
  });

  test('the unit itself is not tinted, so its picture shows as it is', () => {
    expect(Array.from(cellShades(Uint8Array.of(1), 'self', colours))).toEqual([0, 0, 0, 0]);
  });
});
