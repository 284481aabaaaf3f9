import { type OutputWindow, unitPosition } from '../../engine';

/** A value as the figure reads it out: three decimals and a true minus sign. */
export function formatValue(value: number): string {
  const text = (Math.abs(value) < 5e-4 ? 0 : value).toFixed(3);
  return text.replace('-', '\u2212');
}

/** A weight as a coefficient: nothing for 1, else its value (e.g. 2, 0.111), then a dot, held to its pixel by narrow no-break spaces. */
function coefficient(weight: number): string {
  const magnitude = Math.abs(weight);
  if (magnitude === 1) return '';
  const text = Number.isInteger(magnitude) ? String(magnitude) : formatValue(magnitude);
  return `${text}\u202f·\u202f`;
}

/**
 * An input pixel's name, rows and columns counted from 0: x(12, 41). The space is a no-break one,
 * so a sentence never wraps inside a name.
 */
export function pixelName(row: number, col: number): string {
  return `x(${row},\u00a0${col})`;
}

/** An output's name: y(12, 40), with a no-break space. */
export function outputName(row: number, col: number): string {
  return `y(${row},\u00a0${col})`;
}

/** Joins signed terms: the first keeps only a minus sign, the others " + " or " − ". */
function joinTerms(terms: { negative: boolean; text: string }[]): string {
  return terms
    .map((term, position) =>
      position === 0
        ? `${term.negative ? '\u2212' : ''}${term.text}`
        : `${term.negative ? ' \u2212 ' : ' + '}${term.text}`,
    )
    .join('');
}

/**
 * The output at (row, col) written out with its inputs' values, the engine's `window` of it giving
 * which pixel meets which of `weights`: "y(12, 40) = x(12, 41) − x(12, 40) = 0.424 − 0.165 = 0.259".
 * Positive terms come first; zero weights are left out. The last sign is "≈" when the rounded
 * values do not add up to the rounded result exactly.
 */
export function describeOutput(
  image: { values: Float32Array; size: readonly number[] },
  weights: readonly number[],
  window: OutputWindow,
  row: number,
  col: number,
  output: number,
): string {
  const taps = window.taps
    .filter((tap) => weights[tap.tap] !== 0)
    .map((tap) => {
      const [inputRow, inputCol] = unitPosition(image.size, tap.input);
      return { weight: weights[tap.tap], inputRow, inputCol, value: image.values[tap.input] };
    });
  taps.sort((a, b) => Number(a.weight < 0) - Number(b.weight < 0));
  const symbols = joinTerms(
    taps.map((tap) => ({
      negative: tap.weight < 0,
      text: `${coefficient(tap.weight)}${pixelName(tap.inputRow, tap.inputCol)}`,
    })),
  );
  let shownTotal = 0;
  const numbers = joinTerms(
    taps.map((tap) => {
      const value = tap.value;
      const shown = Number(formatValue(value).replace('\u2212', '-'));
      const magnitude = Math.abs(tap.weight);
      const shownWeight = Number.isInteger(magnitude) ? magnitude : Number(formatValue(magnitude));
      shownTotal += Math.sign(tap.weight) * shownWeight * shown;
      return { negative: tap.weight < 0, text: `${coefficient(tap.weight)}${formatValue(value)}` };
    }),
  );
  const exact = formatValue(shownTotal) === formatValue(output);
  const name = outputName(row, col);
  if (taps.length === 0) return `${name} = 0`;
  return `${name} = ${symbols} = ${numbers} ${exact ? '=' : '≈'} ${formatValue(output)}`;
}
