import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { typesetTemplate } from '../../build/typesetFormulas';
import { FORMULAS, type FormulaId } from '../../src/views/formulas';
import { fillFormula } from '../../src/views/MathFormula';

/** KaTeX typesetting the whole formula, numbers included, as it would in the reader's browser. */
function typesetDirectly(tex: string, values: number[]): string {
  const filled = tex.replace(/#(\d)/g, (_, slot) =>
    values[Number(slot) - 1].toLocaleString('en').replaceAll(',', '{,}'),
  );
  const markup = katex.renderToString(filled, { output: 'mathml', throwOnError: true });
  const math = markup.slice(markup.indexOf('<math'), markup.lastIndexOf('</math>') + '</math>'.length);
  return math.replace(/<annotation[\s\S]*<\/annotation>/, '');
}

describe('formulas typeset at build time', () => {
  it('equal KaTeX typesetting each formula with its numbers in place, for any numbers', () => {
    for (const [formula, tex] of Object.entries(FORMULAS) as [FormulaId, string][]) {
      const slots = new Set(tex.match(/#\d/g)).size;
      fc.assert(
        fc.property(fc.array(fc.nat({ max: 2 ** 40 }), { minLength: slots, maxLength: slots }), (values) => {
          const filled = fillFormula(
            formula,
            values.map((value) => value.toLocaleString('en')),
          );
          expect(filled).toBe(typesetDirectly(tex, values));
        }),
        { seed: 9, numRuns: 40 },
      );
    }
  });

  it('are MathML that a browser draws, with every slot filled', () => {
    const markup = fillFormula('equals.product', ['1,000', '998,000']);
    expect(markup.startsWith('<math xmlns="http://www.w3.org/1998/Math/MathML">')).toBe(true);
    expect(markup).not.toContain('#');
    expect(markup).toContain('<mn>998,000</mn>');
  });

  it('write a value as text, never as markup', () => {
    const markup = fillFormula('cost.conv.parameters', ['<img src=x onerror=alert(1)>&']);
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;');
  });

  it('stop the build on TeX that does not parse, or on a slot that does not come through once', () => {
    expect(() => typesetTemplate('\\frac{#1}')).toThrow();
    expect(() => typesetTemplate('#1^{#1}')).toThrow(/slot #1/);
  });
});
