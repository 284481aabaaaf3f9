import type { NetworkSpec } from '../../engine';

/**
 * The book's fig. 9.4: inputs x₁ … x₅, then two convolutions of kernel width 3 (h, then g), each
 * zero-padded to keep five units, so g₃ sees every input through h₂ … h₄.
 */
export const BOOK_9_4: NetworkSpec = {
  input: { size: 5 },
  layers: [
    { id: 'h', kind: 'conv', kernel: 3, padding: 'same' },
    { id: 'g', kind: 'conv', kernel: 3, padding: 'same' },
  ],
};
