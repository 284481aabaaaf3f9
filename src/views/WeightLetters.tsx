import { memo } from 'react';
import type { LayerConnections } from '../engine';

/**
 * Where along an edge, from its output end, its weight's letter sits (0 at the output, 1 at the
 * input): every other output's letters a little lower, so each output's reads as its own group.
 */
const ALONG = [0.28, 0.4];

/** Narrowest spacing of a layer's outputs, in px, at which every edge's letter stays clear of its neighbours'. */
const MIN_SPACING = 32;

/**
 * The weight each edge of a layer multiplies by, as a letter (a, b, c, …), or null when the layer's
 * weights outnumber the alphabet: kernel k's tap j is weight k · taps + j, so a shared kernel
 * repeats its letters on every output and a locally connected layer never does.
 */
export function weightLetters(connections: LayerConnections): string[] | null {
  let taps = 0;
  let kernels = 0;
  for (let edge = 0; edge < connections.taps.length; edge += 1) {
    taps = Math.max(taps, connections.taps[edge] + 1);
    kernels = Math.max(kernels, connections.kernelOfOutput[connections.outputs[edge]] + 1);
  }
  if (taps === 0 || kernels === 0 || taps * kernels > 26) return null;
  return Array.from(connections.taps, (tap, edge) =>
    String.fromCharCode(97 + connections.kernelOfOutput[connections.outputs[edge]] * taps + tap),
  );
}

/**
 * Each edge of a layer labelled with its weight's letter near the output it feeds, as the book
 * draws shared, tiled and locally connected layers side by side: where letters repeat, a weight is
 * shared. Nothing is drawn where letters would crowd or run out.
 */
export const WeightLetters = memo(function WeightLetters(props: {
  connections: LayerConnections;
  segments: Float32Array;
  spacing: number;
}) {
  const letters = props.spacing >= MIN_SPACING ? weightLetters(props.connections) : null;
  if (!letters) return null;
  const { segments } = props;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of text takes no focus; the sentence under the figure names the kernels instead.
    <g className="weight-letters" aria-hidden="true" data-weight-letters={letters.join('')}>
      {letters.map((letter, edge) => {
        const offset = edge * 4;
        const along = ALONG[props.connections.outputs[edge] % 2];
        const x = segments[offset + 2] + (segments[offset] - segments[offset + 2]) * along;
        const y = segments[offset + 3] + (segments[offset + 1] - segments[offset + 3]) * along;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: an edge is identified by its index.
          <text key={edge} x={x} y={y} textAnchor="middle" dominantBaseline="central">
            {letter}
          </text>
        );
      })}
    </g>
  );
});
