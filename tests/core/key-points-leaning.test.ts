import { describe, expect, it } from 'vitest'
import { points } from '../helpers/key-points.ts'
import { leansInside, leansOnPrevious, opensOnRelation, pointLeans, refersBack } from '../../src/core/key-points/dependence.ts'
import { sentencesOf } from '../../src/core/key-points/index.ts'
import { tagSentence } from '../../src/core/key-points/tagging.ts'

/*
 * Points that cannot be presented as written because they lean on a sentence the slide does
 * not show: each kind with a sentence from a published post and one more of the same kind.
 */

/** Each paragraph's point in `lang`, or undefined where it gets none. */
const inLang = (markdown: string, lang = 'en') => points(markdown, { lang })

const point = (markdown: string, lang = 'en') => inLang(markdown, lang)[0] ?? ''
const leans = (sentence: string) => refersBack(tagSentence(sentence))

describe('key points that lean on the sentence before', () => {
  it('should read "it is clear" before a clause without "that" as standing for that clause, and never name it as the noun before', () => {
    // (A retrospective essay's "However, it was clear the design … needed a complete overhaul" became
    // "The website was clear the design…"; the others are sentences of other fields of the same kind.)
    for (const sentence of [
      'It was clear the design and most of the content needed a complete overhaul.',
      "It's obvious the river has moved since the survey.",
      'It is possible the samples were mixed up.',
    ])
      expect(leans(sentence), sentence).toBe(false)
    expect(point('The website was a key tool for that goal. However, it was clear the design needed a complete overhaul.')).toBe(
      'It was clear the design needed a complete overhaul',
    )
    // An "it" that stands for a thing still leans.
    expect(leans('It was clearly the first release to ship on time.')).toBe(true)
  })

  it('should read a quantifier, "the latter", "two more" or "Plus," that stands for what came before as leaning', () => {
    // (pnpm 12's notes and ESLint's redesign post; the others are sentences of other fields of the same kinds.)
    for (const sentence of [
      "Each resolves through the host's canonical HTTPS URL.",
      'None of them survived the winter.',
      'The latter is cheaper to run.',
      'Two more things follow from it.',
      'Plus, no dev site would be complete without a testimonial from Addy Osmani.',
      'Besides, the survey was anonymous.',
    ])
      expect(leansOnPrevious(sentence), sentence).toBe(true)
    // A quantifier before its own noun names what it counts.
    for (const sentence of [
      'Each team owns its service.',
      'Both teams agreed on the budget.',
      'Each of the three stations recorded a drop.',
      // Review 55: an instruction opened by its adverb stands alone.
      'Always wrap your values in double quotes when sending them with the header.',
      // Review 55: the first word of a pair the sentence joins ("Neither…nor…").
      'Neither personal nor corporate income taxes make much sense.',
      'Either the cache or the database must hold the session.',
    ])
      expect(leansOnPrevious(sentence), sentence).toBe(false)
  })

  it('should read "the second …", "the first is…", "the rest of …" and an "another" that stands for a noun as pointing back', () => {
    for (const sentence of [
      'The second improvement we made was to skip temporary objects.',
      'The rest of us are not writing safety critical software.',
      'The other approach needs a second server.',
      'The first is to measure before you change anything.',
      'The last was retired in 2019.',
    ])
      expect(leansOnPrevious(sentence), sentence).toBe(true)
    expect(leans('Better monitoring is another.')).toBe(true)
    expect(leans('Cheaper tests are another of them.')).toBe(true)
    // "another" before its noun, and the second of a pair the point opens with "one".
    expect(leans('Another thing people found confusing is the way computed values work.')).toBe(false)
    expect(leans('The team moved from one observability backend to another.')).toBe(false)
    expect(leansOnPrevious('The first commit landed in March.')).toBe(false)
    expect(leansOnPrevious('The next release ships in May.')).toBe(false)
    // "…from one to the other": the two were named before; "each other" names them itself.
    expect(
      points('Forms can be sent as FormData or as URLSearchParams by the browser.\n\nYou can convert from one to the other.')[1],
    ).toBeUndefined()
    expect(leans('The two teams reviewed each other.')).toBe(false)
    // (TypeScript 5.4's release notes, review 88: "one" of the assignment the sentence before looked for.)
    expect(
      points(
        'TypeScript 5.4 looks for the last assignment to the variable.\n\nIf one is found, TypeScript can safely narrow from outside the containing function.',
      )[1],
    ).toBeUndefined()
    expect(points('If one can read a stack trace, one can debug most crashes.')[0]).toBe(
      'If one can read a stack trace, one can debug most crashes',
    )
    expect(points('If one is careful with the borrow checker, the code compiles on the first try.')[0]).toBe(
      'If one is careful with the borrow checker, the code compiles on the first try',
    )
  })

  it('should read a past form before its noun, with a verb of the sentence after it, as no subjectless verb', () => {
    expect(leansOnPrevious('Tabbed browsing on desktop has become a lot more polished.')).toBe(false)
    expect(leansOnPrevious('Added support for the new parser in every build.')).toBe(true)
  })

  it('should not show a thing said to be "another" or "the third" of a series the sentences before began', () => {
    const second = (sentence: string) =>
      points(`Most readers install the app from the store, and half of them never change a setting.\n\n${sentence}`)[1]
    expect(second('Battery life was another strong theme among the answers.')).toBeUndefined()
    expect(second('Price was the third reason readers gave for leaving.')).toBeUndefined()
    expect(second('Other than the price, readers liked the new store pages a lot.')).toBeDefined()
    expect(second('Go was the first language our readers asked the app to support.')).toBeDefined()
    expect(second('The server checks whether there is another job pending before it starts.')).toBeDefined()
  })

  it('should drop an "also" after a subject pronoun whose verb the tagger reads as a noun', () => {
    expect(point('We also track publishing activity by department as percentages.')).toBe(
      'We track publishing activity by department as percentages',
    )
  })

  it('should read a later clause that opens on "the result is" as pointing back, and not a sentence that opens so', () => {
    // (The AWS talk's opening: "…where necessity collides with vision—and the result is an entirely new era of computing.")
    expect(
      point(
        'The founding story of Amazon Web Services is one of those rare narratives in tech history where necessity collides with vision—and the result is an entirely new era of computing.',
      ),
    ).not.toMatch(/^The result/)
    expect(opensOnRelation(tagSentence('The reason was cost.'))).toBe(true)
    expect(opensOnRelation(tagSentence('The result of the merge is a single chunk.'))).toBe(false)
    // A sentence of its own closes the paragraph before it on the slide.
    expect(point('The result is a system that handles 500GB+ of daily Postgres traffic.')).toMatch(/^The result is a system/)
  })

  it('should read a demonstrative noun phrase after a preposition or a misread verb as pointing back', () => {
    expect(leans("JavaScript doesn't work that way!")).toBe(true)
    expect(leans('You can also listen to those events programmatically')).toBe(true)
    expect(leans('Having said all that, CSS-in-JS does point to answers to some lingering questions')).toBe(true)
    expect(leans('We know that the cache is warm')).toBe(false)
  })

  it('should read an opening “so” that modifies nothing, and “one … the other”, as pointing back', () => {
    expect(leans('Doubly so if someone else originally wrote the component')).toBe(true)
    expect(leans('Even more so when the team is small')).toBe(true)
    expect(leans('One is using Apollo Federation, and the other is through Schema Stitching')).toBe(true)
    expect(leans('So far so good')).toBe(false)
    expect(leansOnPrevious('Which means you can easily convert it into an array of pairs.')).toBe(true)
    expect(leansOnPrevious('Which option you choose depends on the load.')).toBe(false)
    // A part of a group the sentence before named, right before its verb.
    expect(leansOnPrevious('Others will never show up the day after they get hired.')).toBe(true)
    expect(leansOnPrevious('Many are eager to help.')).toBe(true)
    expect(leansOnPrevious('Most distributed databases are designed around two assumptions.')).toBe(false)
    expect(leansOnPrevious('Many of us got into open source for the fun of it.')).toBe(false)
    expect(leans('One of the two systems runs on Kubernetes')).toBe(false)
  })

  it('should not show a point that names a thing with a demonstrative only the sentences before say', () => {
    expect(
      point(
        'The placeholder syntax changed in version 2. Again, you don’t need to make this change manually — just run svelte-upgrade on your components, as shown above.',
      ),
    ).not.toMatch(/this change/)
    expect(point('Rust 1.65 ships generic associated types. We plan to stabilise more features this year.')).toBe(
      'Rust 1.65 ships generic associated types',
    )
    // "This issue" is the problem just described, not the newsletter's issue the talk is about.
    expect(pointLeans('An unneeded cron job was causing this issue')).toBe(true)
    expect(
      points(
        "We'll need some sort of shared poster template on which we will print our club's news. We'll use the same one we designed for the Remix blog.",
        { heading: 'Creating a poster template' },
      )[0] ?? '',
    ).not.toMatch(/same one/)
    expect(pointLeans('The new release keeps the same file format')).toBe(false)
    expect(leansInside(tagSentence('Not a single one gives off the slightest whiff of malice'))).toBe(true)
    expect(leansInside(tagSentence('Not a single one of the tests failed'))).toBe(false)
    // A "too" that ends its clause adds it to a thing said before.
    expect(pointLeans('Your schemas evolve too, and you need migrations to update them')).toBe(true)
    expect(pointLeans('The tests were too slow to run on every commit')).toBe(false)
    expect(pointLeans('We plan to stabilise more features this year')).toBe(false)
  })

  it('should not show the answer to a supposition without the question that makes it', () => {
    expect(
      point(
        'What if the framework didn’t actually run in the browser? You’d pay no upfront cost of shipping a hefty runtime, and your app would get seriously fast.',
      ),
    ).not.toMatch(/^You’d pay/)
  })

  it('should not show a pronoun and a verdict alone', () => {
    expect(point("But I was wrong. 100kb of .js isn't equivalent to 100kb of .jpg.")).toBe("100kb of .js isn't equivalent to 100kb of .jpg")
    expect(point('They are right. The queue drains faster with two workers.')).toBe('The queue drains faster with two workers')
  })

  it('should not show a denial without a verb, which answers the sentence before', () => {
    expect(
      point('Part of shipping is automating the release of the app. Not this time. I wrote every step of the release script by hand.'),
    ).not.toBe('Not this time')
    // (Flux's KubeCon wrap-up, review 51: more of the list of thanks the sentence before began.)
    expect(point('And of course many people from adjacent communities, adopter companies and of course the CNCF.')).toBe('')
    // (A startup's post-mortem, review 73: a case the sentence before holds most in, its only verb a relative clause's.)
    expect(point('Particularly in the current environment, where capital is highly abundant.')).toBe('')
    expect(point('Especially when the cache is cold and every request goes to the disk.')).toBe('')
    expect(point('Especially in winter, the roads in the north are icy.')).not.toBe('')
  })

  it('should show a name said alone after the sentence that led up to it as one point with it', () => {
    // A history of programming languages (review 73): "We reach the final item on the 1995 list" without it.
    expect(point('And thus, we reach the final item on the 1995 list. JavaScript.')).toBe(
      'We reach the final item on the 1995 list: JavaScript',
    )
    // (Not a common word said alone.)
    expect(point('The build failed again. Great.')).toBe('The build failed again')
  })

  it('should end a sentence before one that opens on a number', () => {
    expect(sentencesOf("But I was wrong. 100kb of .js isn't equivalent.", 'en')).toEqual([
      'But I was wrong.',
      "100kb of .js isn't equivalent.",
    ])
    expect(sentencesOf('See fig. 3 for the details.', 'en')).toEqual(['See fig. 3 for the details.'])
  })

  it('should end a sentence after the smiley that follows its stop', () => {
    // (Haiku's FOSDEM recap, review 53: the point read "devotion. I arrived on Friday, and quickly found the hotel".)
    expect(sentencesOf('But you know, devotion. ;-) I arrived on Friday, and quickly found the hotel.', 'en')).toEqual([
      'But you know, devotion. ;-)',
      'I arrived on Friday, and quickly found the hotel.',
    ])
    expect(sentencesOf('Call it with :D as the flag. Then wait.', 'en')).toEqual(['Call it with :D as the flag.', 'Then wait.'])
  })

  it('should read a demonstrative pronoun outside English as pointing back', () => {
    expect(inLang('Não faça isso. O nome do serviço já está disponível como contexto.', 'pt')[0]).not.toMatch(/isso/)
    expect(inLang('Ne faites pas cela. Le nom du service est déjà disponible comme attribut.', 'fr')[0]).not.toMatch(/cela/)
    // (FastAPI's German guide (review 108): "Das Gleiche gilt für Abhängigkeiten", the same as the paragraph before said.)
    expect(
      inLang(
        'Das Gleiche gilt für [Abhängigkeiten](deps.md). Wenn eine Abhängigkeit eine normale `def`-Funktion anstelle einer `async def` ist, wird sie im externen Threadpool ausgeführt.',
        'de',
      )[0] ?? '',
    ).not.toMatch(/Gleiche/)
    // (A Japanese essay on a home server (review 108): "with this", the certificate the sentence before named.)
    expect(
      inLang(
        '自己署名証明書、いわゆるオレオレ証明書でも一応 HTTPS 化はできます。ただし、当然これではほぼ全てのブラウザで警告が出ます。',
        'ja',
      )[0] ?? '',
    ).not.toMatch(/これでは/)
    expect(
      inLang(
        'この仕事では、パスワードや秘密鍵ファイルなど、漏洩してはいけないデータというのが必然的に生じてきます。間違ってでも外部からそれらに到達可能になってはいけません。しかしシステムが複雑になってくると、それも自分 1人だけのチェックだと、ついうっかり･･･そして融通のきかない機械はそれを通してしまいます。',
        'ja',
      )[0] ?? '',
    ).not.toMatch(/それら/)
  })

  it('should read a Japanese figure without its subject, or a clause with ここ/そこ, as pointing back', () => {
    const ja = (markdown: string) => inLang(markdown, 'ja')[0]
    // "It reaches 150GB on a 3000-node cluster" (what does?) and "it generates 600MB" (the subject in the dropped clause).
    expect(
      ja('N 個の Beats を実行すると 50*N MB のリソースが無駄になります。3000 ノードのクラスターでは 150GB にもなります。'),
    ).not.toMatch(/^3000/)
    expect(
      ja('規定の方法は Pod spec にアノテーションを追加することでした。しかし、そこに追加すると変更により Pod の再起動が発生します。'),
    ).not.toMatch(/^そこ/)
    // A request and the writer's own past action have the reader or the writer as their subject.
    expect(ja('設定ファイルを確認してください。')).toBe('設定ファイルを確認してください')
    expect(ja('名前空間のアノテーションのサポートを追加しました。')).toBe('名前空間のアノテーションのサポートを追加しました')
    // A step without a figure leaves out the reader, as Japanese does.
    expect(ja('実際の使用状況を監視して値を調整します。')).toBe('実際の使用状況を監視して値を調整します')
  })

  it('should keep the Japanese topic a sentence opens with when its later clause is the point', () => {
    expect(
      inLang('各インスタンスは API サーバーに対してフルスキャンを行いますが、自身が監視するべきもの以外はすべて無視します。', 'ja')[0],
    ).toBe('各インスタンスは自身が監視するべきもの以外はすべて無視します')
  })
})
