/** KaTeX's renderer, as the formulas use it: TeX to MathML markup. */
export type RenderTex = (
  tex: string,
  options: { output: 'mathml'; throwOnError: boolean; displayMode: boolean },
) => string;

let loading: Promise<RenderTex> | null = null;

/** Loads KaTeX once, on first use (or ahead, with a figure that shows formulas), so pages without formulas never download it. */
export function loadKatex(): Promise<RenderTex> {
  loading ??= import('katex').then((module) => module.default.renderToString as RenderTex);
  return loading;
}
