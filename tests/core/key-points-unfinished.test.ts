import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'
import { compressClauses } from '../../src/core/key-points/clauses.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { maxGlanceWords } from '../../src/core/key-points/limits.ts'

/*
 * Cuts that leave a sentence unfinished, and points too long to read at a glance: each kind
 * with a sentence from a published post and one more of the same kind.
 */

/** The cut of a sentence, or '' when none stands. */
const cut = (sentence: string) => compress(sentence, 'en')?.text ?? ''
const cutOutside = (sentence: string, lang: string) => compressClauses(sentence, lang, 12)?.text ?? ''

const point = (markdown: string) => points(markdown)[0]

describe('cuts that leave a sentence unfinished', () => {
  it('should not stop after an article and a participle that wait for their noun', () => {
    expect(
      cut(
        'Secondly, the response was including raw samples instead of an encoded, compressed batch of samples called chunks that are used to store metrics inside the database.',
      ),
    ).not.toMatch(/an encoded$/)
  })

  it('should not stop before the object a verb takes: a "what" clause, an "as" phrase, a question with no verb yet', () => {
    expect(
      cut("We asked respondents to describe in their own words what they'd like to see added to the opentelemetry.io documentation."),
    ).not.toBe('We asked respondents to describe in their own words')
    expect(
      cut(
        'One of his suggestions is to treat OTel JavaScript as a hierarchy, which starts with a core team that splits into two subgroups: web and backend.',
      ),
    ).not.toBe('One of his suggestions is to treat OTel JavaScript')
    expect(
      cut(
        'Instead, my purpose is to illustrate why an alternative approach — based on Single File Components with real CSS — is so damn delightful.',
      ),
    ).toBe('My purpose is to illustrate why an alternative approach is so damn delightful')
  })

  it('should not split a preposition of two words, nor stop inside a series of predicates', () => {
    expect(
      cut('However, some scenarios require logs to be output to files or stdout due to organizational or reliability needs.'),
    ).not.toMatch(/due$/)
    expect(
      cut(
        'A common approach to centralize logs is to use unstructured logs, parse them with regular expressions, and add contextual attributes.',
      ),
    ).not.toMatch(/parse them$/)
  })

  it('should not keep less than half a sentence cut before a preposition, but keep a first clause before ", and"', () => {
    expect(
      cut(
        'There are currently no plans for the team to create custom spans, and in fact, the lead is currently discouraging teams from creating their own.',
      ),
    ).not.toBe('There are currently no plans')
    expect(
      cut(
        'OpenTelemetry has a small number of language maintainers, and as a result, they don’t necessarily have enough cycles to work on all the things.',
      ),
    ).toBe('OpenTelemetry has a small number of language maintainers')
  })

  it('should not stop inside a phrase a dash opens, but keep an imperative after one', () => {
    expect(
      cut(
        "There's a lot of work still left to do – creating build tool integrations, adding a server-side renderer, hot reloading, transitions, more documentation and examples, starter kits, and so on.",
      ),
    ).not.toMatch(/integrations$/)
    expect(
      cut('You can specify whichever directory you like, or target a different directory — for example, you would run the tool on routes.'),
    ).not.toMatch(/example$/)
    expect(cut("You don't need to make this change manually — just run svelte-upgrade on your components, as shown above.")).toBe(
      "You don't need to make this change manually — just run svelte-upgrade on your components",
    )
  })

  it('should not stop on a form of "be" that waits for what it says', () => {
    expect(
      cut(
        'And once your app is up and running, according to js-framework-benchmark Svelte is fast as heck, faster than every other framework.',
      ),
    ).not.toMatch(/ is$/)
  })

  it('should take what a colon announces outside English, not the words that announce it', () => {
    expect(
      cutOutside(
        'Aqui está o princípio mais importante para métricas no OpenTelemetry: Não inclua o nome do seu serviço no nome da métrica.',
        'pt',
      ),
    ).toBe('Não inclua o nome do seu serviço no nome da métrica')
    expect(
      cutOutside(
        'O padrão é claro: contexto que varia por deployment, instância, ambiente ou versão pertence aos atributos, não ao nome da métrica.',
        'pt',
      ),
    ).toBe('Contexto que varia por deployment, instância, ambiente ou versão pertence aos atributos')
  })

  it('should not stop outside English before an aside set between dashes, nor inside a list', () => {
    expect(
      cutOutside(
        'A prática de incluir unidades nos nomes — latency_ms, memory_bytes, count_total — cria redundância agora que o OpenTelemetry fornece metadados de unidade adequados.',
        'pt',
      ),
    ).toBe('')
    expect(
      cutOutside(
        'La regla es simple: todo lo que cambia por entorno, región, versión o instancia pertenece a los atributos, nunca al nombre.',
        'es',
      ),
    ).not.toMatch(/región$/)
  })
})

describe('points read at a glance', () => {
  it('should say a sentence past a glance’s length within it where a cut of it stands', () => {
    const found = point('Only 15% rated the troubleshooting docs 4 or 5, and they were all intermediate-level respondents.')
    expect(found).toBe('Only 15% rated the troubleshooting docs 4 or 5')
    expect(found?.split(/\s+/).length).toBeLessThanOrEqual(maxGlanceWords)
  })

  it('should keep a sentence a little past a glance’s length whole rather than a cut that needs the clause it left out', () => {
    // ("…but memory did not keep up with them at all": "them" are the processors of the dropped clause.)
    expect(point('Processors got faster every year, but memory did not keep up with them at all.')).toBe(
      'Processors got faster every year, but memory did not keep up with them at all',
    )
  })

  it('should prefer a shorter sentence of the paragraph to one past a glance’s length', () => {
    expect(
      point(
        'Another thing that people often found confusing about Svelte is the way computed properties work in practice. Computed properties now take the state as one argument.',
      ),
    ).toBe('Computed properties now take the state as one argument')
  })
})
