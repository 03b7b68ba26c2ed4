import { renderDeck } from './src/core/index.ts'
import { repeatedArticle } from './scripts/synthetic.ts'
const a = repeatedArticle(100)
renderDeck(a)
const times: number[] = []
const cpu: number[] = []
for (let i = 0; i < 3; i++) { const c = process.cpuUsage(); const t = performance.now(); renderDeck(a); times.push(performance.now() - t); const d = process.cpuUsage(c); cpu.push((d.user + d.system) / 1000) }
console.log('wall', times.map((t) => t.toFixed(0)).join(' '), 'cpu', cpu.map((t) => t.toFixed(0)).join(' '))
