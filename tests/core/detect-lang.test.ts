import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'

const spanish =
  'Por defecto, cuando un pod entra en un estado de terminación, Kubernetes crea inmediatamente un Pod de reemplazo. Por lo tanto, ambos Pods están en ejecución al mismo tiempo. El escenario en el que dos Pods están en ejecución al mismo tiempo es problemático para algunos marcos de trabajo populares de aprendizaje automático, los cuales requieren que solo haya un Pod en ejecución para un índice dado.'

describe('the article’s language', () => {
  it('should tell the language of an article that does not name it from its prose', () => {
    const { deck, html } = renderDeck(`# Trabajos\n\n## Política de reemplazo\n\n${spanish}\n`)
    expect(deck.meta.lang).toBe('es')
    expect(html).toContain('Pod')
  })

  it('should keep the frontmatter’s lang, and English for too little prose to tell', () => {
    expect(renderDeck(`---\nlang: de\n---\n# T\n\n## A\n\n${spanish}\n`).deck.meta.lang).toBe('de')
    expect(renderDeck('# T\n\n## A\n\nPor defecto, un Pod.\n').deck.meta.lang).toBe('en')
  })
})
