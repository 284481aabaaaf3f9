import katex from 'katex';
import type { Plugin } from 'vite';
import { FORMULAS } from '../src/views/formulas.ts';

const MODULE_ID = 'virtual:formulas';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** A number KaTeX typesets as one `<mn>`, standing for slot `#n` while the template is typeset. */
const marker = (slot: string) => `99999${slot.padStart(2, '0')}`;
const MARKER = /99999(\d\d)/g;

/**
 * One formula as MathML with its slots left as `#1`, `#2` …: TeX typeset by KaTeX with a marker
 * number in each slot, then the markers put back. Fails the build on bad TeX or a lost slot.
 */
export function typesetTemplate(tex: string): string {
  const slots = tex.match(/#\d/g) ?? [];
  const markup = katex
    .renderToString(
      tex.replace(/#(\d)/g, (_, slot: string) => marker(slot)),
      { output: 'mathml', throwOnError: true },
    )
    // The TeX source, kept by KaTeX for copying, would repeat the markers; the MathML is the formula.
    .replace(/<annotation\b[^>]*>[\s\S]*?<\/annotation>/, '')
    .replace(/^<span class="katex">([\s\S]*)<\/span>$/, '$1')
    .replace(MARKER, (_, slot: string) => `#${Number(slot)}`);
  for (const slot of slots) {
    if (markup.split(slot).length !== 2)
      throw new Error(`Formula "${tex}": slot ${slot} did not come through typesetting once`);
  }
  return markup;
}

/**
 * Serves `virtual:formulas`: every formula of `src/views/formulas.ts`, typeset to MathML at build
 * time. Readers download a few hundred bytes of markup instead of KaTeX (78 KB gzip).
 */
export function typesetFormulas(): Plugin {
  return {
    name: 'typeset-formulas',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const typeset = Object.fromEntries(
        Object.entries(FORMULAS).map(([formula, tex]) => [formula, typesetTemplate(tex)]),
      );
      return `export default ${JSON.stringify(typeset)};`;
    },
  };
}
