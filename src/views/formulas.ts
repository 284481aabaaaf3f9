/**
 * Every formula the lab shows, in TeX, by id. `#1`, `#2` … stand for numbers filled in when the
 * formula is shown. KaTeX typesets each one to MathML as the lab is built
 * (`build/typesetFormulas.ts`), so no TeX parser ships to the reader; browsers draw MathML natively.
 */
export const FORMULAS = {
  'cost.dense.parameters': 'm \\times n = #1 \\times #2 = #3',
  'cost.dense.work': 'O(m \\times n)\\colon\\ #1',
  'cost.local.parameters': 'k \\times n = #1 \\times #2 = #3',
  'cost.conv.parameters': 'k = #1',
  'cost.sparse.work': 'O(k \\times n)\\colon\\ #1',
  'edges.outputs': 'n = (H-k_h+1)(W-k_w+1)',
  'edges.conv-flops': 'n\\,(2k_hk_w - 1)',
  'edges.sparse-nonzeros': 'n\\,k_hk_w',
  'edges.dense-entries': 'HW \\cdot n',
  'edges.dense-flops': '2\\,HW n',
  'edges.flops-ratio': '\\frac{2HWn}{n\\,(2k_hk_w-1)}',
  'equals.product': '= #1 \\times #2',
  'equals.fraction': '= \\frac{#1}{#2}',
} as const;

/** The id of one of the lab's formulas. */
export type FormulaId = keyof typeof FORMULAS;
