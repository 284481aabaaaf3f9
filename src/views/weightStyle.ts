/** Okabe–Ito colours (colour-blind safe), one per kernel tap, in order w₁, w₂, … */
const WEIGHT_COLOURS = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#7a7a00'];

/** Dash patterns paired with the colours, so a weight never differs by colour alone. */
const WEIGHT_DASHES = ['', '7 4', '2 3', '10 3 2 3', '1 3', '12 5', '5 2 1 2'];

/** How edges using kernel tap `tap` (0-based) are drawn: colour and dash pattern. */
export function weightStyle(tap: number): { colour: string; dash: string } {
  const slot = ((tap % WEIGHT_COLOURS.length) + WEIGHT_COLOURS.length) % WEIGHT_COLOURS.length;
  return { colour: WEIGHT_COLOURS[slot], dash: WEIGHT_DASHES[slot] };
}
