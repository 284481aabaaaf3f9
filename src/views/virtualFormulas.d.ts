/** The lab's formulas as MathML, typeset when the lab is built (build/typesetFormulas.ts). */
declare module 'virtual:formulas' {
  const MATHML: Record<import('./formulas').FormulaId, string>;
  export default MATHML;
}
