import { Suspense, use } from 'react';
import { loadKatex } from './katex';

/** The formula typeset, once KaTeX has loaded (until then it suspends). */
function Typeset(props: { tex: string }) {
  const render = use(loadKatex());
  const markup = render(props.tex, { output: 'mathml', throwOnError: false, displayMode: false });
  // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX's MathML for TeX that this file's callers build from numbers.
  return <span className="math" data-tex={props.tex} dangerouslySetInnerHTML={{ __html: markup }} />;
}

/**
 * A formula typeset by KaTeX as MathML, which browsers render natively (no fonts or CSS to ship).
 * Until KaTeX has loaded, `label` gives the formula in words in its place; with `whole`, the
 * formula waits with its figure instead (a figure made of formulas appears once, without shifting).
 */
export function MathFormula(props: { tex: string; label: string; whole?: boolean }) {
  if (props.whole) return <Typeset tex={props.tex} />;
  return (
    <Suspense fallback={<span className="math math--pending">{props.label}</span>}>
      <Typeset tex={props.tex} />
    </Suspense>
  );
}
