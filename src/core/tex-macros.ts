/*
 * Macros that blogs declare once in their site's MathJax or KaTeX configuration, not in the
 * article: the saved article uses them bare (`\abs{x}`, `a \equiv b \Mod{n}`). Without them
 * KaTeX cannot read the formula and it would show as its TeX source. These are the common
 * spellings; an article that defines its own (`\newcommand{\abs}…`) keeps its own.
 */

/** KaTeX's `macros` option: name → expansion (`#1` is the first argument). */
export const siteMacros: Readonly<Record<string, string>> = {
  '\\abs': '\\left|#1\\right|',
  '\\norm': '\\left\\lVert#1\\right\\rVert',
  '\\floor': '\\left\\lfloor#1\\right\\rfloor',
  '\\ceil': '\\left\\lceil#1\\right\\rceil',
  '\\inner': '\\left\\langle#1\\right\\rangle',
  '\\Mod': '\\ (\\mathrm{mod}\\ #1)',
  '\\Q': '\\mathbb{Q}',
  '\\C': '\\mathbb{C}',
  '\\NN': '\\mathbb{N}',
  '\\ZZ': '\\mathbb{Z}',
  '\\QQ': '\\mathbb{Q}',
  '\\RR': '\\mathbb{R}',
  '\\CC': '\\mathbb{C}',
  '\\E': '\\mathbb{E}',
  '\\Var': '\\operatorname{Var}',
  '\\Cov': '\\operatorname{Cov}',
  '\\tr': '\\operatorname{tr}',
  '\\rank': '\\operatorname{rank}',
  '\\diag': '\\operatorname{diag}',
  '\\sgn': '\\operatorname{sgn}',
  '\\eps': '\\varepsilon',
  '\\dd': '\\mathrm{d}',
  '\\indep': '\\perp\\!\\!\\!\\perp',
  // LaTeX's own boxes and faces that MathJax reads and KaTeX lacks: "X\sim\mbox{Beta}(\alpha_0,\beta_0)".
  '\\mbox': '\\text{#1}',
  '\\makebox': '\\text{#1}',
  '\\textsc': '\\text{#1}',
  '\\mathbbm': '\\mathbb{#1}',
}
