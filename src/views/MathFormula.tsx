import MATHML from 'virtual:formulas';
import { Fragment } from 'react';
import type { FormulaId } from './formulas';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Formula `formula`'s MathML with `values` in its slots `#1`, `#2` …, each escaped as text. */
export function fillFormula(formula: FormulaId, values: readonly (string | number)[] = []): string {
  return MATHML[formula].replace(/#(\d)/g, (_, slot: string) =>
    String(values[Number(slot) - 1] ?? '').replace(/[&<>]/g, (character) => ESCAPES[character]),
  );
}

/**
 * One of the lab's formulas (src/views/formulas.ts) with its numbers filled in. It was typeset to
 * MathML when the lab was built, so it shows at once, and browsers draw it natively.
 */
export function MathFormula(props: { formula: FormulaId; values?: readonly (string | number)[] }) {
  return (
    <span
      className="math"
      data-formula={props.formula}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: MathML typeset at build time from the lab's own TeX; the values are escaped.
      dangerouslySetInnerHTML={{ __html: fillFormula(props.formula, props.values) }}
    />
  );
}

/** A formula written as several, each a formula id and the numbers in its slots. */
export type FormulaParts = readonly (readonly [FormulaId, readonly (string | number)[]])[];

/** A formula in parts (symbols, then numbers), with a space between them where a narrow column may break the line. */
export function FormulaInParts(props: { parts: FormulaParts }) {
  return props.parts.map(([formula, values], index) => (
    <Fragment key={formula + String(index)}>
      {index > 0 && ' '}
      <MathFormula formula={formula} values={values} />
    </Fragment>
  ));
}
