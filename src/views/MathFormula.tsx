import { useEffect, useState } from 'react';

type Render = (
  tex: string,
  options: { output: 'mathml'; throwOnError: boolean; displayMode: boolean },
) => string;

let loading: Promise<Render> | null = null;

/** Loads KaTeX once, on first use, so pages without formulas never download it. */
function loadKatex(): Promise<Render> {
  loading ??= import('katex').then((module) => module.default.renderToString as Render);
  return loading;
}

/**
 * A formula typeset by KaTeX as MathML, which browsers render natively (no fonts or CSS to ship).
 * Until KaTeX has loaded, and for assistive technology, `label` gives the formula in words.
 */
export function MathFormula(props: { tex: string; label: string }) {
  const [markup, setMarkup] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    loadKatex().then((render) => {
      if (current)
        setMarkup(render(props.tex, { output: 'mathml', throwOnError: false, displayMode: false }));
    });
    return () => {
      current = false;
    };
  }, [props.tex]);
  if (markup === null) return <span className="math math--pending">{props.label}</span>;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX's MathML for TeX that this file's callers build from numbers.
  return <span className="math" data-tex={props.tex} dangerouslySetInnerHTML={{ __html: markup }} />;
}
