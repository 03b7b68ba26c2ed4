/**
 * A heading's formula as plain words for the places that show text only: the slide's title
 * attribute, the outline, the handout's page header, a sub-slide's kicker. `\textbf{KL}(q_\theta || p)`
 * reads "KL(qθ || p)" there instead of TeX commands. The Greek letters and a few operators are a
 * closed set of TeX names, so a table serves; any other command is dropped.
 */
const symbols: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  infty: '∞',
  sum: '∑',
  prod: '∏',
  int: '∫',
  partial: '∂',
  nabla: '∇',
  cdot: '·',
  times: '×',
  div: '÷',
  pm: '±',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  ne: '≠',
  approx: '≈',
  sim: '∼',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  in: '∈',
  mid: '|',
  vert: '|',
  lvert: '|',
  rvert: '|',
  lVert: '‖',
  rVert: '‖',
  langle: '⟨',
  rangle: '⟩',
  ldots: '…',
  cdots: '⋯',
  dots: '…',
}

/** TeX (the inside of `$…$`) as plain text. */
export function texToText(tex: string): string {
  return tex
    .replace(/\\(?:left|right|big|Big|bigg|Bigg|displaystyle|limits)\b/g, '')
    .replace(/\\(?:operatorname|text\w*|math\w*|boldsymbol|bm|emph|hat|bar|tilde|vec)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\(log|exp|sin|cos|tan|max|min|arg|lim|det|ln)\b/g, '$1')
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => symbols[name] ?? '')
    .replace(/\\([{}%$&#_|,;:! ])/g, (_, char: string) => (/[,;:! ]/.test(char) ? ' ' : char))
    .replace(/[_^]\{([^{}]*)\}/g, '$1')
    .replace(/[_^{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
