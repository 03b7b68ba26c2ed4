import { renderDeck } from './src/core/index.ts'
import { repeatedArticle } from './scripts/synthetic.ts'
const a = repeatedArticle(20)
renderDeck(a)
const t = performance.now(); renderDeck(a); console.log(performance.now() - t)
