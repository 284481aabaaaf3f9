/**
 * How many kernel weights have a colour of their own (then the colours repeat, with their dashes).
 * Their colours are the page's `--weight-1` … `--weight-7` (light and dark themes), chosen apart
 * from the colours that mean something else everywhere in the lab: orange for what a unit sees,
 * blue for what it reaches, green and vermillion for a student's answers judged right and wrong.
 */
const WEIGHT_SLOTS = 7;

/** Dash patterns paired with the colours, so a weight never differs by colour alone. */
const WEIGHT_DASHES = ['', '7 4', '2 3', '10 3 2 3', '1 3', '12 5', '5 2 1 2'];

/**
 * How edges using kernel tap `tap` (0-based) are drawn: colour (a CSS colour, set as a style) and
 * dash pattern. Charts use the same sequence for their lines, so no colour means two things.
 */
export function weightStyle(tap: number): { colour: string; dash: string } {
  const slot = ((tap % WEIGHT_SLOTS) + WEIGHT_SLOTS) % WEIGHT_SLOTS;
  return { colour: `var(--weight-${slot + 1})`, dash: WEIGHT_DASHES[slot] };
}
