/**
 * Reads a typed answer of one number per axis: `7`, `7 × 9`, `7x9`, `7, 9` or `7 9` (fullwidth
 * digits and separators too), for `axes` axes; a single number answers every axis. Null when the
 * text holds no whole numbers, or another count of them.
 */
export function readAxisAnswer(text: string, axes: number): number[] | null {
  const normal = text.normalize('NFKC').trim();
  if (!/^[+-]?\d+(\s*[×x*,，\s]\s*[+-]?\d+)*$/i.test(normal)) return null;
  const numbers = normal.split(/\s*[×x*,，\s]\s*/i).map(Number);
  if (numbers.length === 1) return Array.from({ length: axes }, () => numbers[0]);
  return numbers.length === axes ? numbers : null;
}
