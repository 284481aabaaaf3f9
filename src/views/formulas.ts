/**
 * Every formula the lab shows, in TeX, by id. `#1`, `#2` … stand for numbers filled in when the
 * formula is shown. KaTeX typesets each one to MathML as the lab is built
 * (`build/typesetFormulas.ts`), so no TeX parser ships to the reader; browsers draw MathML natively.
 */
export const FORMULAS = {
  'cost.dense.parameters': 'm \\times n',
  'cost.dense.work': 'O(m \\times n)\\colon',
  'cost.local.parameters': 'k \\times n',
  'cost.conv.parameters': 'k = #1',
  'cost.sparse.work': 'O(k \\times n)\\colon',
  'edges.outputs': 'n = (H-k_h+1)(W-k_w+1)',
  'edges.conv-flops': 'n\\,(2k_hk_w - 1)',
  'edges.sparse-nonzeros': 'n\\,k_hk_w',
  'edges.dense-entries': 'HW \\cdot n',
  'edges.dense-flops': '2\\,HW n',
  'edges.flops-ratio': '\\frac{2HWn}{n\\,(2k_hk_w-1)}',
  'equals.product': '= #1 \\times #2',
  'equals.fraction': '= \\frac{#1}{#2}',
  'equals.number': '= #1',
  number: '#1',
} as const;

/** The id of one of the lab's formulas. */
export type FormulaId = keyof typeof FORMULAS;
