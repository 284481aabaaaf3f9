const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** Writes an integer with Unicode subscript digits and minus sign (12 → ₁₂, −1 → ₋₁). */
export function subscript(value: number): string {
  return String(value)
    .split('')
    .map((digit) => (digit === '-' ? '₋' : SUBSCRIPT_DIGITS[Number(digit)]))
    .join('');
}

/**
 * The book's name for unit `index` (0-based) of a layer named `letter`: x, 2 → x₃; a position in
 * the padding before the first unit is x₀, x₋₁ and so on.
 */
export function unitName(letter: string, index: number): string {
  return `${letter}${subscript(index + 1)}`;
}
