import { describe, expect, it } from 'vitest'
import { leansOnPrevious, pointLeans } from '../../src/core/key-points/index.ts'
import { compress } from '../../src/core/key-points/compress.ts'
import { renderDeck } from '../../src/core/index.ts'
import { shownPoints } from '../helpers/html.ts'

const point = (sentence: string, lang = 'en') => compress(sentence, lang)?.text ?? ''

/*
 * What a review of articles lectern had not seen (round 126) found wrong on their slides.
 * Each case is written from the article's own words.
 */

describe('review 126', () => {
  it('should read a point that ends on "too" or opens on "Another is" as leaning on the sentence before', () => {
    // pyOpenSci's PyCon story: "too" adds to what the sentence before said.
    expect(pointLeans('We make sure that all of our content is heavily reviewed too')).toBe(true)
    // (A degree is no addition: "too slow", "too many".)
    expect(pointLeans('The first build was too slow for our users')).toBe(false)
    // Wasmtime's security post: "another" of the examples the sentence before began.
    expect(leansOnPrevious('Another is the "disposable instance" paradigm')).toBe(true)
    expect(leansOnPrevious('Others are still waiting for a maintainer')).toBe(true)
    expect(leansOnPrevious('Another team took over the build system')).toBe(false)
  })

  it('should not make a claim of the reason a relative clause gives', () => {
    const cut = point(
      "It is also determined by how Wasmtime unlocks more-secure application designs that couldn't have been considered before, because the performance overhead was impractical.",
    )
    expect(cut).not.toBe('The performance overhead was impractical')
    // (The reason of a main clause that leans still stands alone.)
    expect(point('It works well in practice, because the cache holds every page we render for the first time.')).toBe(
      'The cache holds every page we render for the first time',
    )
  })

  it('should leave out the interjections of speech a sentence opens on', () => {
    expect(point('Ok well I spent a lot of the meeting talking to people about Python packaging.')).toBe(
      'I spent a lot of the meeting talking to people about Python packaging',
    )
    expect(point('Okay so we moved the whole build to a single machine last spring.')).toBe(
      'We moved the whole build to a single machine last spring',
    )
  })

  it("should lead into a list without the condition on the reader's time", () => {
    const points = shownPoints(
      "## My talk\n\nI gave a talk at the summit about our packaging guide and how we review it.\n\nIf you're short on time, the take-aways of the talk were:\n\n- Reviews take longer than writing the guide\n- The community trusts what it reviewed\n",
    )
    expect(points).toContain('lead: The take-aways of the talk were:')
    expect(point("If you're short on time, the main lesson is that reviews take longer than writing the guide.")).toBe(
      'The main lesson is that reviews take longer than writing the guide',
    )
  })

  it('should not cut a point before the particle that completes its verb', () => {
    expect(
      point('rOpenSci brings software developers and users together to innovate on creating new coding tools and promoting open science.'),
    ).not.toBe('rOpenSci brings software developers and users')
  })

  it('should not cut a point at the colon before the name that ends it', () => {
    const points = shownPoints(
      '## Welcome\n\nI joined the #rstats community five years ago as a student.\n\nMy entryway to #rstats all started with a single person who welcomed me: [Karthik Ram](http://karthik.io/).\n',
    )
    expect(points).toContain('My entryway to #rstats all started with a single person who welcomed me: Karthik Ram')
  })

  it("should say a picture's caption and credit with it, never show it as a point", () => {
    const points = shownPoints(
      '## Growing\n\nOur team trained instructors from across the region in a single week of workshops.\n\n![A group of adults under a cloister](bazaar.jpg)\n\n*Instructor trainees from all over Australia and New Zealand at the inaugural Research Bazaar (University of Melbourne, February 2015).* Image credit: Nicole La Mela\n\nThe workshops went on to run in every state the year after.\n',
    )
    expect(points.join(' ')).not.toContain('Instructor trainees')
  })

  it("should say the writer's note under the article's last rule, never show it", () => {
    const markdown =
      '## Thanks\n\nCooperation between all parties helps to improve the security of open source.\n\n---\n\n_Ee Durbin is the Director of Infrastructure at the Python Software Foundation. They have been keeping PyPI online since 2013._\n\n[^1]: A footnote the text cites.\n'
    expect(shownPoints(markdown).join(' ')).not.toContain('Durbin')
    expect(renderDeck(markdown).html).toContain('Ee Durbin is the Director of Infrastructure')
    // (Words not in italics after the rule are the article's own.)
    expect(shownPoints(markdown.replace(/_/g, '')).join(' ')).toContain('Durbin')
  })

  it('should make a point of what a sentence about the text says it showed', () => {
    const points = shownPoints(
      '## Conclusion\n\nThis article detailed how Wasmtime uses fuzzing and formal verification to find bugs early.\n\nThe fuzzers run around the clock on a cluster of machines the project owns.\n\n## Next\n\nIn this post, we have seen how to create dependent dropdowns.\n\nThe form now asks for the country before the city.\n',
    )
    expect(points).toContain('Wasmtime uses fuzzing and formal verification to find bugs early')
    // (A task the text showed how to do is no clause of its own: not "How to create dependent dropdowns".)
    expect(points.join(' ')).not.toContain('How to create')
  })

  it('should show no sentence that only says its points were said already', () => {
    const points = shownPoints(
      "## Why grpc-dotnet\n\nSimply said, grpc-dotnet seems to be a better bet for the future. Some of the most important points were already mentioned. Here is a more detailed list of reasons why we believe grpc-dotnet will serve the users' needs better:\n\n- It is written in C#\n- It uses the .NET HTTP/2 stack\n",
    )
    expect(points.join(' ')).not.toContain('already mentioned')
    expect(point('Simply said, grpc-dotnet is the implementation to choose for new projects.')).toBe(
      'grpc-dotnet is the implementation to choose for new projects',
    )
  })

  it('should show no wish for feedback, and lead into no table with "let\'s see some examples"', () => {
    const points = shownPoints(
      '## Feedback\n\nOur plans for the next release are in the roadmap.\n\nWe welcome your feedback! Write to us through the grpc-io Google Group, or any other of the main community channels.\n',
    )
    expect(points.join(' ')).not.toContain('welcome your feedback')
    const spanish = shownPoints(
      '---\nlang: es\n---\n\n## Ejemplos\n\nUn buen nombre describe la operación y no sus parámetros.\n\nVeamos algunos ejemplos:\n\n| Malo | Bueno |\n| --- | --- |\n| get_user_42 | obtener usuario |\n',
    )
    expect(spanish.join(' ')).toContain('Un buen nombre describe la operación')
    expect(spanish.join(' ')).not.toContain('Veamos')
  })

  it('should give no point of a paragraph that says what the next post of the series will say', () => {
    const markdown =
      '---\nlang: es\n---\n\n## Nombres\n\nUn span bien nombrado es un regalo para tu equipo y para tu yo del futuro.\n\nNombrar spans es una práctica fundamental para una observabilidad sólida.\n\n## Lo que sigue\n\nEn la próxima publicación de esta serie, profundizaremos en la siguiente capa de detalle: **atributos de span**. Exploraremos cómo agregar el contexto rico y de alta cardinalidad necesario para una depuración profunda.\n\nGracias por leer hasta aquí.\n'
    expect(shownPoints(markdown).join(' ')).not.toContain('Exploraremos')
  })

  it('should keep a Spanish opening "al" and an infinitive with its pronoun with the clause after it', () => {
    expect(
      point(
        'Al seguirlo para tus spans personalizados, te alineas con la filosofía establecida en todo el ecosistema OpenTelemetry.',
        'es',
      ),
    ).not.toBe('Te alineas con la filosofía establecida en todo el ecosistema OpenTelemetry')
    // (An opening that names what it follows, or "Al final,", may go.)
    expect(point('Al final, el equipo decidió usar una plantilla de ruta para todos los spans.', 'es')).toBe(
      'El equipo decidió usar una plantilla de ruta para todos los spans',
    )
  })

  it("should show no way the next sentence turns down as the writer's advice", () => {
    const points = shownPoints(
      "## Streaming\n\nThere were ways to work around this. In particular, you could fetch the slow data in the component itself, so it first renders with the data from `load` and then starts fetching the slow data. But this was not ideal: the data is even more delayed since you don't start fetching until the client renders, and you're also having to break SvelteKit's `load` convention.\n\nThe page waits for every promise that load returns before it renders.\n",
    )
    expect(points.join(' ')).not.toContain('You could fetch the slow data')
  })

  it('should read a point that ends on "is one example" or whose "it" the cut left behind as leaning', () => {
    expect(pointLeans('The symbolic register allocation checker is one example')).toBe(true)
    expect(pointLeans('The symbolic register allocation checker is one example of a fuzzing oracle')).toBe(false)
    expect(pointLeans('We have to serialize it')).toBe(true)
    expect(pointLeans('We have to serialize the data before it reaches the browser')).toBe(false)
  })

  it('should show no thanks given as "our utmost thanks"', () => {
    const points = shownPoints(
      '## Next steps\n\nWe plan to host several workshops with climate researchers and data producers next year.\n\nWe would like to give our utmost thanks to the organisations that joined our brainstorming sessions for paving the way in this important work.\n',
    )
    expect(points.join(' ')).not.toContain('utmost thanks')
  })

  it('should not cut a point inside a "where" clause before its verb', () => {
    expect(
      point(
        'We are now nearing a point where some of the design decisions that made perfect sense back in 2016 no longer have the weight they used to.',
      ),
    ).not.toBe('We are now nearing a point where some of the design decisions')
    // (A clause "where" opens that has its verb may end the point.)
    expect(point('We moved to a setup where every team owns its own deploy pipeline and its alerts.')).toBe(
      'We moved to a setup where every team owns its own deploy pipeline and its alerts',
    )
  })

  it('should show no call to register, and lead into no list with "it would be:" after a condition', () => {
    const points = shownPoints(
      '## Celebrating\n\nThis testimonial series is one way we will celebrate the milestone of our twenty-fifth year.\n\nAlso, be sure to register to receive communications about upcoming monthly regional events.\n\n## What do you love about the project?\n\nThis is a tough one, there are many amazing points. If I had to select just a few, it would be (in no particular order):\n\n- The growth potential\n- The community\n- The impact\n',
    )
    expect(points.join(' ')).not.toContain('register')
    expect(points.join(' ')).not.toContain('it would be')
  })

  it('should leave alone what the rules above are not about', () => {
    // (A judgement that only limits a claim does not turn it down.)
    expect(
      shownPoints(
        '## Types\n\nType checking catches a whole class of bugs before the code ever runs. But it is not enough: you still need tests for the logic.\n',
      ),
    ).toContain('Type checking catches a whole class of bugs')
    // (A degree asked after "how" is no clause's subject.)
    expect(
      shownPoints(
        '## Builds\n\nOur builds got faster this year. In this post, we looked at how long builds take on a typical laptop with and without the remote cache.\n',
      ).join(' '),
    ).not.toContain('Long builds take')
    // (An update in italics under the last rule is the article's own.)
    expect(
      shownPoints(
        '## Fix\n\nWe released version 2.1.1 with a fix for the overflow.\n\n---\n\n*Update, March 3: Version 2.1.1 turned out to be incomplete, and a second overflow remains in the GIF path. Upgrade to 2.1.2 instead.*\n',
      ).join(' '),
    ).toContain('Version 2.1.1 turned out to be incomplete')
    // (What this post found, after the preview of the next one, is this post's point.)
    expect(
      shownPoints(
        '## Next\n\nWe built the pipeline in a week.\n\nIn the next post, we will look at deployment. For now, the key result is that the build is fully reproducible on any machine.\n',
      ),
    ).toContain('The key result is that the build is fully reproducible on any machine')
    // (A compound preposition is a phrase of its own; a reason in the main clause's tense is the main clause's.)
    expect(
      point(
        'The migration finished two full weeks before the end of the quarter ahead of the deadline the board had set for the whole engineering organisation.',
      ),
    ).toBe('The migration finished two full weeks before the end of the quarter')
    expect(
      point(
        'It failed for every user who had two-factor authentication enabled, because the token check ran before the session was created.',
      ),
    ).toBe('The token check ran before the session was created')
    // (A condition on advice is the advice's; a name after "OK" is the name's.)
    expect(point('If you are in a hurry, use the prebuilt image instead of compiling from source.')).not.toMatch(/^Use the prebuilt/)
    expect(point('OK Go released a new music video shot entirely with a swarm of drones.')).toBe(
      'OK Go released a new music video shot entirely with a swarm of drones',
    )
  })

  it('should leave alone what the rules above are not about, second reading', () => {
    // (A bio of one name under the last rule is a note on the writer too.)
    const bio = shownPoints(
      '## Alerts\n\nWe rebuilt the alerting pipeline around a single queue this year.\n\n---\n\n_Maria is a site reliability engineer at Acme, where she works on alerting._\n',
    )
    expect(bio.join(' ')).not.toContain('Maria')
    // (A result measured so is no count of parts; a call to register a service worker is an instruction.)
    expect(
      shownPoints(
        '## Allocator\n\nAfter switching to an arena allocator, peak throughput was threefold. We shipped the change in version 2.3 last month.\n',
      ),
    ).toContain('After switching to an arena allocator, peak throughput was threefold')
    expect(
      shownPoints(
        '## Push\n\nPush messages need a service worker.\n\nBe sure to register the service worker before you subscribe to push messages.\n',
      ).join(' '),
    ).toContain('register the service worker')
    // (A condition that names what the block is keeps its lead-in line.)
    expect(
      shownPoints(
        '## Settings\n\nBoth settings can be combined.\n\nWhen you combine both settings, it would be:\n\n```yaml\na: 1\nb: 2\n```\n',
      ),
    ).toContain('lead: When you combine both settings, it would be:')
  })
})
