const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** Writes a non-negative integer with Unicode subscript digits (12 → ₁₂). */
export function subscript(value: number): string {
  return String(value)
    .split('')
    .map((digit) => SUBSCRIPT_DIGITS[Number(digit)])
    .join('');
}

/** The book's name for unit `index` (0-based) of a layer named `letter`: x, 2 → x₃. */
export function unitName(letter: string, index: number): string {
  return `${letter}${subscript(index + 1)}`;
}
