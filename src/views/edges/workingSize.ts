/** Largest side of an image of the user's, as the figure computes on it (larger ones are scaled down). */
export const MAX_WORKING_SIDE = 480;
/** The working size of an image: its own, or scaled down to fit {@link MAX_WORKING_SIDE}; never enlarged. */
export function workingSize(width: number, height: number): [number, number] {
  const scale = Math.min(1, MAX_WORKING_SIDE / Math.max(width, height));
  return [Math.max(2, Math.round(height * scale)), Math.max(2, Math.round(width * scale))];
}
