import { clauseWordsOf, type ClauseWords } from './clause-words.ts'
import { isCjk, namesPlatforms, operatorAlone, pointLength } from './text.ts'
import { upperFirst } from '../letter-case.ts'
import { endsWide, opensWide } from '../wide.ts'
import { escapeRegExp } from '../regexp.ts'

/*
 * Key points in languages lectern has no part-of-speech tagger for: a clause is what
 * punctuation separates (, ; : — and the CJK 、，；：), and the language's closed-class words
 * (clause-words.ts) say which pieces lean on another: an adverbial opener ("Si…,", "如果…，"),
 * a conjunctive ending ("…して、", "…지만,"), a connective ("Además,"). A point is the whole
 * sentence, or a run of whole pieces that starts and ends where a clause does; never a
 * fragment, never an ellipsis.
 */

/** A sentence shortened for a slide, and how much of it survived (1: all of it). */
export interface ClauseCut {
  text: string
  quality: number
  /** It opens with a pronoun that points back at the sentence before ("Esto…", "Это…"). */
  leans?: boolean
}

interface Piece {
  /** The piece's text, its closing punctuation and the spaces after it, as written. */
  raw: string
  /** The piece without its closing punctuation and spaces. */
  text: string
}

/** How far past the limit a whole sentence may run when no clause of it stands alone. */
const wholeSentenceSlack = 4 / 12
/** Words at most after a colon that name what the words before it announce (see `clauseCut`). */
const maxNamedWords = 6
/** Words after a colon that only point on to what follows (French, Spanish, Italian, Portuguese, German): a closed class. */
const pointsOn =
  /(?:^|[^\p{L}])(?:explique|expliquer|voici|voilà|ci-dessous|plus\s+bas|pourquoi|explico|aquí|abajo|por\s+qué|ecco|spiego|sotto|di\s+seguito|perché|più\s+avanti|abaixo|a\s+seguir|porquê|erkläre|hier|unten|folgt|warum|weshalb)(?![\p{L}])/iu

/**
 * Shorten `sentence` (in `lang`, not English) to at most `limit` words (CJK: characters)
 * at clause boundaries. `undefined` when no run of whole clauses stands alone.
 */
export function compressClauses(sentence: string, lang: string, limit: number): ClauseCut | undefined {
  const accented = lang.toLowerCase().startsWith('fr') ? withAccentedCapitalA(sentence) : sentence
  const cut = clauseCut(accented, lang, limit)
  // (The point keeps the writer's "A" where it opens on it.)
  return cut && accented !== sentence && cut.text.startsWith('À') ? { ...cut, text: `A${cut.text.slice(1)}` } : cut
}

function clauseCut(sentence: string, lang: string, limit: number): ClauseCut | undefined {
  const words = clauseWordsOf(lang)
  const tidied = tidy(
    dropConnective(
      withoutAsides(withoutClosingAside(dropLabel(sentence, lang)))
        // (From the start of the run only: tried from inside a long one, the pattern would scan it again at every dot.)
        .replace(/(?<![.…])(\.{3,}|…+)\s*$/u, '')
        .trim(),
      words,
    ),
  )
  // (Too long to show whole, it goes without the examples it names between commas.)
  const plain = pointLength(tidied, lang) > limit ? withoutExampleAsides(tidied, lang) : tidied
  // "~~…~~" the parser left as text is struck through all the same.
  if (!plain || /^~|~$/u.test(plain)) return undefined
  // A sentence that ends on a colon and points at what follows introduces the code or list after it.
  const leadIn = words !== undefined && containsAny(plain, words.pointers)
  if (leadIn && /[:：]\s*$/u.test(sentence)) return undefined
  // "En éste caso necesitamos:", "Algunos ejemplos comunes de proyectos sponsoreados incluyen:":
  // a clause that runs into a colon announces the list or code after it.
  if (/:\s*$/u.test(sentence) && !isCjk(plain)) return undefined
  // A sentence that stops on a comma goes on in the next paragraph; a bare address is no point.
  if (/[,，、]\s*$/u.test(sentence) || /^\S+:\/\/\S+$/u.test(plain)) return undefined
  // ("…밤을 새서 v3를 만들었고" (review 124, a Korean post): so does one that stops, without a mark, on the ending a Korean or
  // Japanese verb goes on with: its writer ran it on into the next paragraph.)
  if (!/[.!?。！？…]["'”’)）]*\s*$/u.test(sentence) && runsOnEnding.test(tidy(plain))) return undefined
  // ("아무도 안 하겠지만." (review 147, a Korean wiki's story): a Korean sentence that stops, with its stop, on an ending that
  // concedes, gives a reason or a condition, "…지만", "…니까", "…는데", is half a sentence the writer left as it is.)
  if (lang.toLowerCase().startsWith('ko') && koreanHalfEnding.test(tidy(plain).replace(/[.!?。]+$/u, ''))) return undefined
  // "À moins que vous ne le vouliez vraiment.", "Weil der Server die Daten schon kennt.": one clause, and that a subordinate one.
  if (isFragment(plain, words)) return undefined
  const changed = plain !== tidy(sentence)
  const cjk = isCjk(plain)
  const minimum = cjk ? 6 : 4
  // (A CJK sentence its writer closed ends where it should: "…，是没有意义的。" ends on the particle 的, which inside one waits for its noun.)
  const closed = cjk && !changed && /[。！？]\s*(?:\*\*)?$/u.test(sentence.trim())
  const whole = (text: string) => closed || !dangles(text, words)
  if (pointLength(plain, lang) <= limit && pointLength(plain, lang) >= (cjk ? minimum : 1) && whole(plain))
    return finish({ text: plain, quality: changed ? 0.95 : 1 }, sentence, words)
  // ("Oggi, le aziende si trovano di fronte a una sfida titanica: mantenere i propri talenti." (review 139, an Italian essay): a
  // sentence that names its news in a few words after its colon is said whole, a little long; cut at the colon it only
  // announced a challenge, not which.)
  // ("Il mondo del lavoro IT si è trasformato, e con esso, le regole del gioco." (review 139): so does one that ends on a few
  // words after its last comma, which the cut before them would leave dangling or say without its point; "Vous pouvez ajouter
  // n'importe quel autre dossier, ou fichier, dans le répertoire de votre site" (review 140) lost where it was said.)
  const named = cjk
    ? null
    : (/[:：]\s+(\S[^:：]*)$/u.exec(plain) ??
      /,\s+(?:e|ed|and|et|und|y|o|och|en|or|ou|oder|u|eller|of)\s[^,;:：]{1,20},\s+(\S[^,;:：]*)$/iu.exec(plain))
  // (Not words that only point on, ": je vous explique", ": voici pourquoi", ": i risultati più avanti", which the sentences
  // after it give; and no higher than the cut it replaces, so that it wins no paragraph from a sentence of its own.)
  if (
    named &&
    pointLength(named[1], lang) <= maxNamedWords &&
    pointLength(plain, lang) <= limit * (1 + wholeSentenceSlack) &&
    !pointsOn.test(named[1]) &&
    !(words !== undefined && containsAny(named[1], words.pointers)) &&
    whole(plain)
  )
    return finish({ text: plain, quality: 0.7 }, sentence, words)
  const pieces = piecesOf(plain, words)
  const runs = clauseRuns(pieces, plain, lang, words, limit, minimum, cjk)
  const best = runs.sort((a, b) => pointLength(b.text, lang) - pointLength(a.text, lang))[0]
  if (best) return finish(best, sentence, words)
  // A complete sentence a little long reads better than none, or than a fragment of it.
  const length = pointLength(plain, lang)
  // (One whose opening bounds it, "デフォルトでは、…", is said whole as its run would have been: no shorter run stands.)
  if (length <= limit * (1 + wholeSentenceSlack) && length >= (cjk ? minimum : 1) && whole(plain))
    return finish({ text: plain, quality: cjk && boundingOpener.test(pieces[0]?.text ?? '') ? 0.7 : 0.4 }, sentence, words)
  // So does its opening clause a little long, where no clause fits: "Bedrock streaming est une
  // co-entreprise créée en 2020 par M6 Group et RTL Group | , permettant à 7 diffuseurs…" (fourteen
  // words, then twenty more) says what the paragraph is about; without it, no point at all.
  // ("どちらも新しい技術へ追従するために、| 高速なリリースサイクルを取り入れる事が目的の一つにありそうです" (review 120, a Japanese
  // essay): so does a Japanese clause a few characters past the limit, where none fits; kana spell out what Chinese says in
  // fewer characters. Not Chinese, whose clauses past the limit ran on into a turn, "…，但实际上".)
  if (cjk && !lang.toLowerCase().startsWith('ja')) return undefined
  const longer = clauseRuns(pieces, plain, lang, words, Math.floor(limit * (1 + wholeSentenceSlack)), minimum, cjk)
  const fallback = longer.sort((a, b) => pointLength(a.text, lang) - pointLength(b.text, lang))[0]
  return fallback && finish({ ...fallback, quality: 0.4 }, sentence, words)
}

/**
 * "Esperaríamos que ciertas acciones privilegiadas, como la acuñación, estén limitadas al propietario del contrato" (review
 * 122, a Spanish tutorial): the examples a sentence names between two commas, inside its clause, are an aside; the cut kept
 * them and lost the verb after them ("…privilegiadas, como la acuñación"). Without them the clause is whole. (Only before
 * words that go on with the clause, not a conjunction that opens another.)
 */
function withoutExampleAsides(text: string, lang: string): string {
  const base = lang.toLowerCase().split(/[-_]/u)[0]
  const openers = exampleOpeners[base]
  if (!openers || !text.includes(',')) return text
  const opensAside = new RegExp(`^\\s*(?:${openers})\\s`, 'iu')
  const clauseWords = exampleClauseWords[base]
  // (An aside that holds a word opening a clause, "wenn", "que", "qui", is no list of examples.)
  const opensClause = clauseWords === undefined ? undefined : new RegExp(`(?<![\\p{L}])(?:${clauseWords})(?![\\p{L}])`, 'iu')
  const joins = new RegExp(`(?<![\\p{L}])(?:${listConjunctions})(?![\\p{L}])`, 'iu')
  const goesOnAfter = new RegExp(
    `^\\s*(?!(?:${[conjunctionsAfterExample, exampleClauseWords[base]].filter(Boolean).join('|')})(?![\\p{L}]))[\\p{L}]`,
    'iu',
  )
  const pieces = text.split(',')
  for (let first = 1; first < pieces.length - 1; first++) {
    if (!opensAside.test(pieces[first])) continue
    // (The examples run on to the comma that closes the list: "como React, | Vue y Angular, | que facilitan…" is one aside of
    // three, never "como React" alone, which would leave "JavaScript Vue y Angular".)
    let last = first
    while (
      last + 2 < pieces.length &&
      (joins.test(pieces[last + 1]) || wordCount(pieces[last + 1]) <= 2) &&
      wordCount(pieces[last + 1]) <= 4
    )
      last++
    const aside = pieces.slice(first, last + 1).join(',')
    // (Not a clause the example opens, "z.B. wenn jemand in einem Projekt, | das er/sie benutzt, …": it runs past the comma.)
    if (wordCount(aside) > maxExampleWords + 4 || opensClause?.test(aside) || !goesOnAfter.test(pieces[last + 1])) continue
    return `${pieces.slice(0, first).join(',')}${pieces.slice(last + 1).join(',')}`
  }
  return text
}

/** Words that open a clause, by language: a closed class each. */
const exampleClauseWords: Record<string, string> = {
  es: 'que|si|cuando|donde|quien|cual',
  pt: 'que|se|quando|onde|quem|qual',
  fr: 'que|qui|si|quand|où|lorsque',
  it: 'che|se|quando|dove|chi|cui',
  de: 'wenn|dass|das|die|der|weil|ob|wo|als',
  nl: 'dat|die|als|wanneer|waar|wie',
}

/** Words of a piece of text, by its spaces. */
const wordCount = (text: string) => text.trim().split(/\s+/u).filter(Boolean).length

/** The words that join a list's last item, by language: a closed class. */
const listConjunctions = 'y|e|o|u|et|ou|ed|und|oder|en|of'

/** Words at most of the examples an aside names. */
const maxExampleWords = 6

/** The words that open examples named in passing, by language: a closed class each. */
const exampleOpeners: Record<string, string> = {
  es: 'como|por ejemplo|tales? como',
  pt: 'como|por exemplo|tais como|tal como',
  fr: 'comme|par exemple|notamment|tel(?:le)?s? que',
  it: 'come|ad esempio|per esempio|quali',
  // (Not "wie" alone, which opens a clause of how as often: "…die Art und Weise verändern, wie du Apps betrachtest, …".)
  de: 'wie\\s+z\\.\\s?B\\.|wie\\s+etwa|wie\\s+beispielsweise|z\\.\\s?B\\.|beispielsweise',
  nl: 'zoals|bijvoorbeeld',
}

/** Conjunctions after an aside's closing comma that open a clause of their own, not the rest of the one it is in. */
const conjunctionsAfterExample = 'y|e|o|u|pero|mas|ou|et|mais|ed|ma|und|oder|aber|en|of|maar'

/**
 * "A cause du modèle MVCC, la suppression…": French typed on a keyboard without "À" opens the phrase on "A",
 * which reads as "a" (has), a verb: the opening phrase looked like a clause of its own and was shown alone.
 * Before the words that follow the preposition in such openings, it is "À".
 */
function withAccentedCapitalA(sentence: string): string {
  return sentence.replace(
    /^(\s*)A(?= (?:cause|partir|propos|priori|part|travers|force|présent|mon|ton|son|notre|votre|leur|la|l['’]|ce|cet|cette|ces|chaque|noter|mesure|moins|savoir|titre)\b)/u,
    '$1À',
  )
}

/** Japanese endings of a clause that sets a condition or a time up to which ("…まで", "…れば", "…場合は"): a closed class. */
const japaneseCondition = /(?:まで|までは|れば|たら|なら|場合は|場合には|場合|限り)$/u

/** Chinese openings of a condition ("当…时", "如果…"; not 当前, 当然): a closed class. */
const cjkCondition = /^(?:当(?![前然时下地初年中])|如果|假如|假设|假定|倘若|要是|一旦|只要|只有|除非)/u

/** A Chinese condition said after its subject: "Pinpoint 如果要配置告警规则", "用户一旦登录". */
// (Not 要是, which 主要是 holds.)
const conditionAfterSubject =
  /^[^，,。；;]{1,20}?(?:如果|假如|倘若|一旦|只要|除非|(?:无论|不管|不论)(?=[^，,。；;]*?(?:还是|多少|什么|怎么|如何|哪|谁|多么|是否))(?![^，,。；;]*?[都也]))/u

/** A Chinese opening that says on what test or data a figure after it was measured: "在 SSB 测试数据集的全部 13 个 SQL 上". */
const measuredIn = /^在.{0,30}(?:测试|数据集|数据|场景|基准|benchmark|SQL|查询).{0,20}[上中里]$/iu

/** Chinese and Japanese openings that say by default or for now: a closed class. */
const boundingOpener =
  /^(?:デフォルトでは|デフォルトで|既定では|現時点では|現時点で|現在では|現在は|現状では|今のところ|当面は|当分は|默认情况下|默认|目前|当前|现阶段|暂时|目前为止)$/u

/** Runs of whole clauses of at most `limit` words that hold a main clause, from the first place one may start. */
function clauseRuns(
  pieces: ReturnType<typeof piecesOf>,
  plain: string,
  lang: string,
  words: ClauseWords | undefined,
  limit: number,
  minimum: number,
  cjk: boolean,
): ClauseCut[] {
  const runs: ClauseCut[] = []
  const skipped = skippedOf(pieces, words)
  const japanese = lang.toLowerCase().startsWith('ja')
  // ("デフォルトでは、スキャナーは…にのみ使用されます" (review 111, Biome's post in Japanese): the case or the time a claim is
  // said of, by default or for now, bounds it; a run past it says the claim of every case, for good.)
  // ("在 SSB 测试数据集的全部 13 个 SQL 上，1.1 版本均优于 0.15 版本，整体性能约提升了 3 倍" (review 112, Doris's release): so does
  // the case a figure after it is measured in; without it, two results measured in two cases read as one that contradicts itself.)
  const measured = () => measuredIn.test(pieces[0].text) && pieces.slice(1).some((piece) => /[倍%％]/u.test(piece.text))
  const bounded = cjk && pieces.length > 1 && (boundingOpener.test(pieces[0].text) || measured())
  for (let first = 0; first < pieces.length; first++) {
    if (bounded && first > 0) break
    // ("Sur Windows, | l'installation est moins aisée" (review 140, a French Jekyll tutorial): nor without the system it holds on.)
    if (first > 0 && onPlatform(pieces[0].text)) break
    if (!mayStart(pieces, first, words, skipped[first])) continue
    // ("当通过 BRPC 在后端之间传输的数据超过 2GB 时，| 可能会导致数据传输错误" (review 112, Doris's release in Chinese): a
    // claim past the condition it holds under claims it always.)
    // ("readiness probeが合格するまで、| コンテナはServiceエンドポイントから除外されます" (the Kubernetes fixture in Japanese): so
    // does a Japanese clause past the one that ends on its condition, "…まで", "…れば", "…場合は".)
    if (
      cjk &&
      pieces
        .slice(0, first)
        .some((piece) => cjkCondition.test(piece.text.trim()) || (japanese && japaneseCondition.test(piece.text.trim())))
    )
      break
    // ("TCC 模型除了跨服务的分布式事务这一层作用之外，| 还具有两阶段划分的功能" (review 120): a Chinese clause that opens on 还, 也,
    // 却 or 就 says its predicate of the subject before it, which the run leaves behind.)
    // (Not a word these open, 也许, 还是, 就是, 就像, whose clause has its subject.)
    if (cjk && first > 0 && /^(?:(?:但是|但|而且|并且|同时)\s*)*(?:还(?!是)|也(?!许)|却|就(?![是像]))/u.test(pieces[first].text.trim()))
      continue
    const topic = first > 0 ? topicOf(pieces, first, words) : undefined
    // ("それでも、JavaScript自体が進化して、| 大規模開発に対応してゆけば良かったはずです" (review 114, a Japanese history of
    // TypeScript): a Japanese run after the clause that names the subject, with none of its own, says its predicate of
    // no one; on a slide about TypeScript it read as TypeScript's.)
    // (Not after a clause that turns, "…アシストになりましたが、| 新しいアシストにもこのアプローチを使い始めました": the run after "but"
    // says its own claim.)
    const subjectBefore =
      japanese &&
      first > 0 &&
      !topic &&
      !/(?:[すたるいだ]が|けど|けれど|けれども|のに)$/u.test(pieces[first - 1].text.trim()) &&
      pieces.slice(0, first).some((piece) => namesSubject(piece.text))
    let text = ''
    for (let last = first; last < pieces.length; last++) {
      text += last === first ? pieces[last].text : pieces[last - 1].raw.slice(pieces[last - 1].text.length) + pieces[last].text
      const length = pointLength(text, lang)
      if (length > limit) break
      if (length < minimum || !mayEnd(pieces, last, words) || dangles(text, words)) continue
      // ("Lanzadas el 7 de enero 1985 y el 18 de agosto de 1985, | estas naves espaciales gemelas eran…" (review 150): nor a run
      // that is only the participle's phrase before its clause, however many pieces its dates took.)
      if (!cjk && last < pieces.length - 1 && onlyParticiplePhrase(text)) continue
      // ("…montre qu'il faut, en moyenne, | 1 291 jours…" (review 118): a few words set off by commas after words that wait for
      // more, an aside, leave them waiting.)
      // (After "il faut", an aside of any length: "…qu'il faut, selon les auteurs du rapport, | plus de trois ans".)
      const waiting = (at: number) => waitsForObject.test(pieces[at].text.trim())
      if (
        !cjk &&
        last > first &&
        last < pieces.length - 1 &&
        ((pieces[last].text.trim().split(/\s+/u).length <= 3 && dangles(pieces[last - 1].text, words)) || waiting(last - 1))
      )
        continue
      // ("Uma coisa nesses anos notei é que temos, em geral, | uma comunicação por texto muito mais falha…" (review 141, a
      // Portuguese post): nor on a few words set off by commas inside the clause, which goes on after them in lower case.)
      // (Nor right before them: "…é que temos" waits for its object past the aside. Only an adverb's few words, "em geral", "en
      // moyenne", "of course": "…более гибко, | чем Borg, | организуя поды…" ends on its comparison, "…, | щоб перевірити
      // коректність, | …" on its purpose.)
      if (!cjk && ((last > first && insideAside(pieces, last)) || insideAside(pieces, last + 1))) continue
      // ("…le livre que j'utilisais pour essayer de comprendre PHP affirmait, | dans son introduction, | que pour écrire du
      // code…" (review 141, a French essay): nor before a few words set off between a verb and the clause it says, after them.)
      // (An aside a preposition opens, where it says; not "…ValuesController, | al menos los gets, | que son los únicos…", whose
      // "que" opens a relative clause of the aside's own noun.)
      const setOff = (at: number) => wordCount(pieces[at]?.text ?? '') <= 5 && placeAside.test(pieces[at]?.text.trim() ?? '')
      if (
        !cjk &&
        ((setOff(last + 1) && saidClause.test(pieces[last + 2]?.text.trim() ?? '')) ||
          (last > first && setOff(last) && saidClause.test(pieces[last + 1]?.text.trim() ?? '')))
      )
        continue
      // ("Un échantillon de 26 projets montre qu'il faut, | en moyenne, 1 291 jours…": nor on "il faut" with more after it, unless
      // what follows is a clause of its own its conjunction joins: "…ce qu'il faut, | et la migration…" has what it needs.)
      if (!cjk && last < pieces.length - 1 && waiting(last) && !/^(?:et|mais|puis|ou|car|donc|or)\s/iu.test(pieces[last + 1].text.trim()))
        continue
      if (subjectBefore && !namesSubject(text)) continue
      // ("针对高频的小文件 Cumulative Compaction | ，实现了…", "相较于之前版本…的 -235 问题 | ，…有 10 倍以上的提升": a phrase a
      // preposition opens, alone, only says of what or against what the clause after it holds.)
      if (cjk && last === first && last < pieces.length - 1 && opensSubordinate(pieces[first].text, words)) continue
      if (!cjk && !hasMainClause(pieces.slice(first, last + 1), words)) continue
      if (!cjk && words && last < pieces.length - 1 && firstOfListedSubject(text, pieces.slice(last + 1), words)) continue
      // ("…dabei gelten viele der Vorteile von Open Source Software auch bei Hardware: | Entwicklung nach individuellen
      // Bedürfnissen, Vermeidung von Lock-In-Effekten, Modularisierung, …" (review 119, a German NGO's press release): short
      // items after a colon, one after another between commas, are the series the clause before it announced, not a claim.)
      if (!cjk && first > 0 && last - first >= 2 && afterColon(pieces[first - 1]) && pieces.slice(first, last + 1).every(shortItem))
        continue
      // ("…com dois funcionários da Globo: | Silva Pimpão e Daniel Carlier." (review 121, a Portuguese conference write-up): names
      // alone after a colon are who the clause before named, no claim.)
      if (!cjk && first > 0 && afterColon(pieces[first - 1]) && onlyNames(text)) continue
      // "个人和社区都在不断发展，这一点正如 ASF member 姜宁老师的比喻 | ：“在武林中立一个山头…”" (review 109, a Chinese story): a
      // run the sentence goes on from with a colon and a quotation announces the words it quotes.
      if (
        last < pieces.length - 1 &&
        /[:：]\s*$/u.test(pieces[last].raw.slice(pieces[last].text.length)) &&
        /^\s*["“„«「『]/u.test(pieces[last + 1].text)
      )
        continue
      // "开源的目的不仅仅是能让更多人用上好的产品 | ，更重要的是让更多的人来提高…": "not only X" cut before the "more
      // importantly Y" it builds up to says the lesser half as the claim.
      if (cjk && notOnly.test(text) && !alsoAfterNotOnly.test(text) && last < pieces.length - 1) continue
      // "Il est même courant, | dans des équipes Agile, | de ne pas mesurer…": the impersonal clause waits for its "de…".
      if (awaitsComplement(pieces.slice(first, last + 1), words)) continue
      // "Las últimas veces que lo usé, | en el trabajo, | usé el de MSBuild": a subject with its
      // relative clause waits for the verb after the commas.
      if (last < pieces.length - 1 && opensRelativeSubject(pieces[first].text, words)) continue
      // (Joined as the writer joins words: with a space in Korean, without one between Japanese kana and
      // ideographs, whatever spaces the sentence sets around a Latin word: "DR は" + "どの判断が…".)
      const joiner = /\s/u.test(plain) && !(endsWide(topic ?? '') && opensWide(text)) ? ' ' : ''
      const withTopic = topic && pointLength(topic + text, lang) <= limit ? topic + joiner + text : text
      // "…には、特定の…は含まれていません" without its topic starts mid-sentence.
      if (topic && withTopic === text && words?.topicEnd?.test(topic)) continue
      // "一部のページでは、| 小さなレイアウトシフトが…発生している": without the share of cases it holds in, the claim says more.
      if (first > 0 && words?.scope?.test(pieces[0].text.trim()) && !withTopic.startsWith(pieces[0].text.trim())) continue
      // ("由于评测平台对于通信题的支持有限，因而目前为止，| 通信题只常见于…" (review 137, OI wiki's page on problem types): a
      // connective and a time, "因而目前为止", say when and why of a claim after them, and are none.)
      const said = tidy(dropConnective(withTopic, words))
      if (cjk && onlyConnectiveAndTime.test(said)) continue
      // ("由于评测平台对于通信题的支持有限，因而 | 通信题只常见于…" (the same page): a run that opens on the conclusion its reason
      // before it leads to says it without the "so".)
      runs.push({ text: cjk && first > 0 ? said.replace(conclusionOpening, '') : said, quality: first === 0 ? 0.8 : 0.7 })
    }
    // The main clause nearest the start is the point; later runs only when it has none.
    if (runs.length > 0) break
  }
  return runs
}

/** A Chinese connective of what follows (or none) and a time alone: "因而目前为止", "到目前为止", "如今". */
const onlyConnectiveAndTime =
  /^(?:(?:因此|所以|因而|从而|故而|于是|然而|但是|而且)\s*)?(?:(?:到|截至|截止到?|直到)?\s*(?:目前|现在|今天|如今|当前|迄今|至今|今日)\s*(?:为止)?|最终|最后|后来|当时|此时|然后|同时)$/u

/**
 * The Chinese connective of a conclusion opening a run: "因此", "所以", "因而", "从而", "故而". (Not a bare "故", which opens as
 * many words, "故土", "故都", "故作", as it says "so".)
 */
const conclusionOpening = /^(?:因此|所以|因而|从而|故而),?\s*/u

/** Whether a piece ends on a colon, which hands over to what follows it. */
const afterColon = (piece: Piece) => /^[:：]/u.test(markOf(piece))

/** Words at most of an item of a series set between commas. */
const maxItemWords = 5

const shortItem = (piece: { text: string }) => piece.text.trim().split(/\s+/u).length <= maxItemWords

/** Whether a text is only names: capitalised words, the particles inside names and the words that join them ("Silva Pimpão e Daniel Carlier"). */
function onlyNames(text: string): boolean {
  const words = text
    .replace(/[.!;,]+/gu, ' ')
    .trim()
    .split(/\s+/u)
  return (
    words.length >= 2 &&
    words.some((word) => /^(?:e|y|et|und|and|&|og|en|och|i)$/u.test(word)) &&
    words.every(
      (word) =>
        /^[\p{Lu}]/u.test(word) || /^(?:e|y|et|und|and|&|og|en|och|i|de|da|do|dos|das|del|di|du|van|von|der|den|le|la)$/u.test(word),
    )
  )
}

/** A Japanese subject or topic: は, が or も right after a noun written in kanji, katakana or Latin letters ("JavaScript自体が"). */
const subjectParticle = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9][はがも]/u

function namesSubject(text: string): boolean {
  return subjectParticle.test(text)
}

/** Chinese "not only" (不仅, 不只, 不但, 不光, 不单; not 不止, "more than"), and what the clause after it adds with ("而且", "更重要", "还要", "也是"; not the "更" of "更多"). */
const notOnly = /不仅|不只|不但|不光|不单/u
const alsoAfterNotOnly = /(?:不仅|不只|不但|不光|不单)[\s\S]*?(?:而且|并且|更重要|更是|更要|还[要能会可有是]|也[是要能会可有]|同时)/u

/** Whether a sentence outside English opens on a word that leans on the sentence before ("Esto…", "Incluye…", "这…"). */
export function opensLeaning(text: string, lang: string): boolean {
  const words = clauseWordsOf(lang)
  return words !== undefined && opensOnLeaning(text, words)
}

function opensOnLeaning(text: string, words: ClauseWords): boolean {
  const lower = text.trim().toLocaleLowerCase()
  // ("…lenguajes que son de un nivel más alto. O que no tienen una sintaxis tan complicada como C++." (review 117, a Spanish
  // post on learning Rust): an "or" or "and" before a relative goes on with the noun the sentence before named.)
  const [conjunction = '', relative = ''] = lower.split(/\s+/u)
  // (Not a relative that is also an article, German's "die": "Und die neue Version ist doppelt so schnell…" opens on its subject.)
  const article = [...(words.listItems?.openers ?? []), ...(words.indefinites ?? []), ...(words.determiners ?? [])].includes(relative)
  if (
    [...(words.alternatives ?? []), ...(words.listItems?.and ?? [])].includes(conjunction) &&
    (words.relatives ?? []).includes(relative) &&
    !article
  )
    return true
  if (!startsWithAny(lower, words.leaning) || startsWithAny(lower, words.impersonals ?? [])) return false
  // ("Das Kubernetes Release 1.27 wird nicht … veröffentlicht": German's "das" before a capitalised noun is its article, not
  // "that"; only the language's determiners are read so, "Das ist…" still leans.)
  const [first, second] = text.trim().split(/\s+/u)
  return !(words === clauseWordsOf('de') && /^das$/i.test(first ?? '') && /^[\p{Lu}]/u.test(second ?? ''))
}

/** Capitalise a point cut from inside its sentence, and mark one that leans on the sentence before. */
function finish(cut: ClauseCut, sentence: string, words: ClauseWords | undefined): ClauseCut {
  const closed = withoutOpenAside(cut.text)
  const text = sentence.trim().startsWith(closed) ? closed : capitalise(closed, mainScript(sentence))
  const leans =
    words !== undefined &&
    (opensOnLeaning(text, words) ||
      containsAny(text, words.pointers) ||
      containsAny(text, words.backReferences ?? []) ||
      leavesSubject(text, words))
  return leans ? { ...cut, text, leans } : { ...cut, text }
}

/**
 * Whether a clause gives a figure without saying what it measures: no subject nor topic, where
 * the language marks them (Japanese: "クラスター全体では 570GB に達します", what does?), and not the
 * reader's or the writer's own. (A clause without a figure, an instruction or a step, leaves out
 * the reader or the writer as the language does.)
 */
function leavesSubject(text: string, words: ClauseWords): boolean {
  return words.subject !== undefined && /[\p{N}]/u.test(text) && !words.subject.test(text) && !words.ownSubject?.test(text)
}

/**
 * A cut made at a comma inside brackets ("失敗は起こります(信じてください、私も…)が") ends in an
 * aside it opened and never closes: the point stops before the aside.
 */
function withoutOpenAside(text: string): string {
  const open = text.search(/[(（][^()（）]*$/u)
  return open > 0 ? text.slice(0, open).trimEnd() : text
}

/**
 * Parentheses are details, not the point; innermost first, so "(see \"X (a + b)\")" goes whole.
 * Not brackets run into a word ("useState()", "panic(nil)": a call), nor the whole of a
 * quotation ("« (Importance : X) »").
 */
function withoutAsides(text: string): string {
  let result = text
  for (let previous = ''; previous !== result; ) {
    previous = result
    result = result.replace(
      /(\s*)([(（][^()（）]*[)）])(\s*)/gu,
      (whole: string, space: string, bracketed: string, after: string, at: number, text: string) => {
        const before = text.slice(0, at)
        const aside = space + bracketed
        const kept = () => aside.replace('(', '\u0000').replace(')', '\u0001') + after
        if (!space && /[\p{L}\p{N}_]$/u.test(before) && aside.startsWith('(')) return kept()
        if (/[«“„"‘]\s*$/u.test(before)) return kept()
        // ("…el operador compuesto (+=)": an operator alone in brackets is what the sentence names.)
        if (operatorAlone.test(aside.trim().slice(1, -1))) return kept()
        // (The space after it goes where the text before it already ends on one, an aside kept or left out before
        // it: "word (a) (b) rest".)
        if (!space && (before === '' || /\s$/u.test(before))) return ''
        // (Between two characters of Chinese or Japanese, the spaces around it go with it: "選び (または捨てたのか) を残します"
        // is "選び を残します" without them, a gap inside the phrase; past any asides right after it, "判断は (あとで) (見直す) 記録…".)
        const next = text.slice(at + whole.length).replace(/^(?:[(（][^()（）]*[)）]\s*)+/u, '')
        return endsWide(before) && opensWide(next) ? '' : after
      },
    )
  }
  return result.replace(/\u0000/gu, '(').replace(/\u0001/gu, ')')
}

/**
 * "Vea más detalles en el (problema)." without its aside ends on the article that led into
 * it: those words go with the aside.
 */
function withoutClosingAside(sentence: string): string {
  // (Walked back from the aside by hand: a pattern over the whole sentence, tried from each of its
  // places, took time in the square of a sentence of thousands of short words.)
  const text = sentence.trim()
  const end = /[)）]\s*[.!?。]?\s*$/u.exec(text)
  if (!end) return sentence
  const close = end.index
  // The aside holds no closing bracket: it opens after the one before its own.
  const after = Math.max(text.lastIndexOf(')', close - 1), text.lastIndexOf('）', close - 1)) + 1
  for (let open = after; open < close; open++) {
    if (text[open] !== '(' && text[open] !== '（') continue
    const start = shortWordsBefore(text, open)
    if (start < open) return text.slice(0, start).split(/\s+/).length >= 3 ? text.slice(0, start) : sentence
  }
  return sentence
}

/**
 * Where the run of words of one or two lower-case letters right before `at` begins, each with
 * the spaces before it ("… en el (problema)": the spaces before "en"); `at` where there is none.
 */
function shortWordsBefore(text: string, at: number): number {
  let index = at
  while (index > 0 && /\s/u.test(text[index - 1])) index--
  let start = at
  for (;;) {
    let word = index
    while (word > 0 && index - word < 3 && /[\p{Ll}]/u.test(text[word - 1])) word--
    const length = index - word
    if (length < 1 || length > 2 || word === 0 || !/\s/u.test(text[word - 1])) return start
    index = word
    while (index > 0 && /\s/u.test(text[index - 1])) index--
    start = index
  }
}

/** "Pitfall: Not setting…", "落とし穴: …": a short label before a colon names the kind of point, not the point. */
function dropLabel(sentence: string, lang: string): string {
  const match = /^([^:：]{1,24})[:：](?!\/\/)\s*(\S.*)$/su.exec(sentence.trim())
  if (!match) return sentence
  const [, label, rest] = match
  // ("(Eg: Apple Keychain exploit)": a label inside an aside's bracket is the aside's.)
  if ((label.match(/[(（]/gu)?.length ?? 0) > (label.match(/[)）]/gu)?.length ?? 0)) return sentence
  // A speaker's turn of a word or two ("Vincent Voyer : Même chose") is left too short to be a point.
  const short = isCjk(label) ? pointLength(label, lang) <= 6 : pointLength(label, lang) <= 3
  // ("jemalloc-sys: 封装 jemalloc。", "cryptsetup: verschlüsselt…": a name as code writes it, or a
  // Latin name over CJK words, is the term the sentence defines, its subject; not a label of its kind.)
  const term = identifier.test(label.trim()) || (isCjk(rest) && !isCjk(label) && /^[\p{Script=Latin}]/u.test(label.trim()))
  return short && !term ? rest : sentence
}

/** A name as code writes it: one token in lower case or with a dot, hyphen, underscore or slash inside ("cryptsetup", "jemalloc-sys", "Cargo.toml"). */
const identifier = /^(?:[\p{Ll}\d][\p{L}\d._/-]*|[\p{L}\d]+[._/-][\p{L}\d._/-]*)$/u

/** The sentence cut after each clause mark, each piece keeping its mark and the spaces after it. */
/** A name in Latin letters (maybe in bold or code) right before a comma, after a CJK character or the clause's start; and one right after it. */
const latinItemBefore =
  /(?:^|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}，。：；、\s])[*_`]{0,2}[A-Za-z][\w./-]{0,30}[*_`]{0,2}$/u
const latinItemAfter = /^[*_`]{0,2}[A-Za-z][\w./-]{0,30}[*_`]{0,2}\s*(?:[,、和及与或跟]|and\b|&)/u

function piecesOf(text: string, words: ClauseWords | undefined): Piece[] {
  const pieces: Piece[] = []
  let from = 0
  const quotes = quotationScanner(text)
  // ("…2판(The Art of Computer Programming Volume 2: Seminumerical Algorithms, 2nd Edition)을 준비하고 있었다" (review 144, a Korean
  // essay): a mark inside brackets is the bracketed title's or aside's, not the sentence's. Their depth is counted as the walk
  // passes them, once.)
  let depth = 0
  let counted = 0
  const lastClose = Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'))
  for (const match of text.matchAll(/[,;:，；：、—–]\s*/gu)) {
    const end = (match.index ?? 0) + match[0].length
    for (; counted < (match.index ?? 0); counted++) {
      const character = text.charCodeAt(counted)
      if (character === 40 || character === 0xff08) depth++
      else if ((character === 41 || character === 0xff09) && depth > 0) depth--
    }
    // (Only brackets closed after the mark: one left open is no aside that ends.)
    // (A Latin mark only: a CJK aside's "、" parts clauses of its own, "(例えば100m CPU、128Miメモリ)から始めて、…".)
    if (depth > 0 && (match.index ?? 0) < lastClose && /^[,;:]/u.test(match[0])) continue
    // A comma inside a quotation ("Es ist 2022, lass uns…") is the quotation's, not the sentence's.
    if (quotes.openAt(match.index ?? 0)) continue
    // Chinese writes 、 between the items of a list; Japanese between clauses.
    if (match[0] === '、' && words?.enumerationComma) continue
    // ("**Set**, **Deployment** 和 **Job** 都是…概念" (review 143, OpenKruise's post in Chinese): a Latin comma between two names
    // in Latin letters, in a sentence of CJK clauses, parts the items of a list as 、 would, not two clauses.)
    if (
      match[0].startsWith(',') &&
      latinItemBefore.test(text.slice(Math.max(from, (match.index ?? 0) - 40), match.index)) &&
      latinItemAfter.test(text.slice(end, end + 40)) &&
      isCjk(text)
    )
      continue
    // A Latin comma or colon with no space after it sits inside a number or a name ("3,5", "image:tag").
    if (/^[,:]$/u.test(match[0]) && end < text.length) continue
    pieces.push({ raw: text.slice(from, end), text: text.slice(from, match.index).trimEnd() })
    from = end
  }
  if (from < text.length) pieces.push({ raw: text.slice(from), text: text.slice(from).trimEnd() })
  return pieces.filter((piece) => piece.text.trim())
}

/**
 * Whether a quotation is still open at each place of `text`, asked at places that only move
 * forward: the marks before it are counted as the walk passes them, once, where counting them
 * again for each comma took time in the square of a sentence of thousands of commas and dashes.
 */
function quotationScanner(text: string): { openAt(index: number): boolean } {
  let at = 0
  // Straight quotes; „ (German opens with „ and closes with “); English opens with “ and closes
  // with ”; «「『 open and »」』 close in both, as Chinese title marks 《〈 and 》〉 do ("《JavaScript: The good parts》").
  let straight = 0
  let low = 0
  let curlyOpen = 0
  let curlyClose = 0
  let opens = 0
  let closes = 0
  return {
    openAt(index) {
      for (; at < index; at++) {
        const char = text[at]
        if (char === '"') straight++
        else if (char === '„') low++
        else if (char === '“') curlyOpen++
        else if (char === '”') curlyClose++
        else if ('«「『《〈'.includes(char)) opens++
        else if ('»」』》〉'.includes(char)) closes++
      }
      if (straight % 2 === 1) return true
      const german = low > 0
      const opened = opens + (german ? low : curlyOpen)
      const closed = closes + curlyClose + (german ? curlyOpen : 0)
      return opened > closed
    },
  }
}

/** The punctuation that closes a piece ("," "—"), without its spaces; '' for none. */
function markOf(piece: Piece | undefined): string {
  return piece ? piece.raw.slice(piece.text.length).trim() : ''
}

/**
 * What the pieces before each place hold, for `mayStart`: the facts of the pieces 0 … index − 1
 * at `index`, found in one walk, where asking them of every place a run may start took time
 * in the square of a sentence of thousands of clause marks.
 */
interface Skipped {
  /** One opens a phrase or a subordinate clause. */
  phraseOrSubordinate: boolean
  /** One opens with a condition's word. */
  conditionWord: boolean
  /** One opens with a condition or ends as one does. */
  condition: boolean
  /** One runs past twelve words. */
  long: boolean
  /** One ends on the mark of a verb's subject or object. */
  argumentEnd: boolean
  /** Every one only leads in: a subordinate clause, a phrase, a frame, the end of a fronted list. */
  leadIn: boolean
}

function skippedOf(pieces: Piece[], words: ClauseWords | undefined): Skipped[] {
  const framed = (piece: Piece) => words?.continuing?.test(piece.text.trim()) && (words.topic !== undefined || !words.enumerationComma)
  const facts: Skipped[] = [
    { phraseOrSubordinate: false, conditionWord: false, condition: false, long: false, argumentEnd: false, leadIn: true },
  ]
  for (const [at, piece] of pieces.entries()) {
    const before = facts[at]
    const text = piece.text.trim()
    const opens = opensPhrase(piece, words) || opensSubordinate(piece.text, words)
    const conditionWord = words !== undefined && startsWithAny(text, words.conditions)
    facts.push({
      phraseOrSubordinate: before.phraseOrSubordinate || opens,
      conditionWord: before.conditionWord || conditionWord,
      condition:
        before.condition ||
        (words !== undefined &&
          (startsWithAny(text.toLocaleLowerCase(), words.conditions) ||
            words.conditionEnd?.test(text) === true ||
            (at === 0 && words.meansOpening?.test(text) === true))),
      long: before.long || text.split(/\s+/u).length > 12,
      argumentEnd: before.argumentEnd || words?.argumentEnd?.test(text) === true,
      // (A connective and a time alone, "因而目前为止", lead into the clause after them too.)
      leadIn:
        before.leadIn && (opens || framed(piece) === true || endsFrontedList(pieces, at, words) || onlyConnectiveAndTime.test(tidy(text))),
    })
  }
  return facts
}

/** "以 Thrift 编解码为例" (taking X as the example, review 94): a piece that only names the case the next one speaks of. */
// ("再以实现一个自己的探针为例" (review 119, a Chinese comparison of APM tools): "again", "also" before it too.)
const cjkExample = /^(?:就|拿|再|也|还|又)?以.{1,30}为例$/u

/** Whether the piece at `index` is an adverb's few words set off by commas inside a clause that goes on after them in lower case. */
function insideAside(pieces: Piece[], index: number): boolean {
  const piece = pieces[index]
  const next = pieces[index + 1]
  const commaAfter = (at: number) => /^,/u.test(markOf(pieces[at]))
  return (
    index > 0 &&
    piece !== undefined &&
    next !== undefined &&
    adverbAside.test(piece.text.trim()) &&
    commaAfter(index - 1) &&
    commaAfter(index) &&
    /^[\p{Ll}]/u.test(next.text.trim()) &&
    !continuingConjunction.test(next.text.trim())
  )
}

/** A preposition that opens a phrase of where or by whom something is said ("dans son introduction", "selon les auteurs"). */
const placeAside = /^(?:dans|selon|d['’]après|sur|en|par|según|segundo|em|no|na|nel|nella|nei|secondo|laut|im|in)(?![\p{L}])/iu

/** The word that opens the clause a verb of saying or thinking says (French, Spanish, Portuguese, Italian, German, Dutch). */
const saidClause = /^(?:que|qu['’]|che|dass|dat)(?![\p{L}])/iu

/** Adverbs of a few words that writers set off by commas inside a clause, in the languages read by clause (a closed class). */
const adverbAside =
  /^(?:em geral|no geral|por exemplo|de fato|na verdade|pelo menos|no entanto|en general|por ejemplo|de hecho|al menos|sin embargo|por supuesto|en général|en moyenne|par exemple|en fait|au moins|bien sûr|cependant|in general|of course|at least|in fact|for example|for instance|however|im Allgemeinen|zum Beispiel|in der Regel|zumindest|allerdings|jedoch|in genere|di solito|ad esempio|per esempio|almeno|tuttavia|in het algemeen|bijvoorbeeld|tenminste)$/iu

/** A conjunction after an aside's closing comma that opens a clause of its own (see `conjunctionsAfterExample`). */
const continuingConjunction = new RegExp(`^(?:${conjunctionsAfterExample}|and|but|or|so)(?![\\p{L}])`, 'iu')

/** Whether a phrase names only the system a claim holds on: a preposition, then one or two platforms ("Sur Windows", "Unter Linux und macOS"). */
function onPlatform(text: string): boolean {
  const [preposition, ...names] = text.trim().split(/\s+/u)
  return /^(?:on|under|sur|sous|unter|auf|bajo|en|em|no|na|su|sotto|op|onder)$/iu.test(preposition ?? '') && namesPlatforms(names)
}

/** A run may start at the sentence's start, or after only clauses that lean on it (adverbial openers, conjunctive endings). */
function mayStart(pieces: Piece[], index: number, words: ClauseWords | undefined, skipped: Skipped): boolean {
  if (index === 0 && onPlatform(pieces[0].text)) return true
  if (opensSubordinate(pieces[index].text, words) || opensPhrase(pieces[index], words) || cjkExample.test(pieces[index].text.trim()))
    return false
  if (index === 0) return true
  // "A pesar del talento, | la motivación y las herramientas disponibles, | muchos proyectos…":
  // the pieces that end a fronted phrase's list of nouns are that phrase's, not a clause's start.
  if (endsFrontedList(pieces, index, words)) return false
  // "Con los recursos necesarios, | sería posible contratar…": a clause in the conditional keeps the phrase that states its condition.
  if (words?.conditional?.test(pieces[index].text.trim()) && skipped.phraseOrSubordinate) return false
  // "Docker 对于运行时来说是一个流行的选择，| 但 Docker 并非设计用来嵌入到 Kubernetes": the half after
  // "but" is the point, and stands without the half before.
  const contrast = words !== undefined && startsWithAny(pieces[index].text.trim().toLocaleLowerCase(), words.contrasts ?? [])
  // (Only in CJK, where a clause after "但" names its subject: "…, но создаёт ряд сложностей" has none.)
  if (contrast && isCjk(pieces[index].text) && !skipped.conditionWord)
    return !opensSubordinate(dropConnective(pieces[index].text, words), words)
  if (!words || startsWithAny(pieces[index].text.trim(), words.continuations) || words.verbFirst?.test(pieces[index].text.trim()))
    return false
  // "Je nach Engine können einige reguläre Ausdrücke, | die … geschrieben wurden, | schnell ausgeführt
  // werden": after a relative clause set off by commas, in lower case, the clause it interrupted goes on.
  // (German only: its relative pronouns open no other piece; elsewhere "que" opens complements too.)
  if (
    words.verbSecond &&
    index >= 2 &&
    startsWithAny(pieces[index - 1].text.trim().toLocaleLowerCase(), words.relatives ?? []) &&
    /^[\p{Ll}]/u.test(pieces[index].text.trim()) &&
    !startsWithAny(pieces[index].text.trim().toLocaleLowerCase(), [...(words.contrasts ?? []), ...(words.alternatives ?? [])])
  )
    return false
  // "Para este ejemplo vamos a usar, como dije antes, | el proyecto de ASP NET Core": what
  // comes after the verb that a periphrasis left open is its object.
  if (words.periphrasis?.test(pieces[0].text.trim())) return false
  // "Para utilizar SonarQube … hay que utilizar un componente … diferentes "sabores", |
  // SonarScanner for MSBuild": an opening this long holds its own main clause, and what
  // follows its comma is a list or an aside of it.
  if (!isCjk(pieces[0].text) && skipped.long) return false
  // "…NumPyの特徴が、| 重要な役割を果たしました": the verb's subject or object stays behind.
  if (skipped.argumentEnd) return false
  // "Si vous aimez apprendre en pratiquant, | nous vous recommandons…": a main clause without
  // its condition claims more than the author did.
  if (skipped.condition) return false
  // (A Chinese time frame that does not open with its preposition holds the subject before it:
  // "etcd 维护者…在分析日志后，| 总结了三个可能触发条件" without it has none.)
  // ("Aqui está o princípio mais importante: | Não inclua…": a clause that announces with a colon leads into what follows it.)
  if (markOf(pieces[index - 1]) === ':' && !isCjk(pieces[index].text)) return true
  return skipped.leadIn
}

/**
 * A run of pieces has a main clause: one piece that neither opens with a subordinator nor is
 * a phrase of a few words ("plus important encore, | pour clairement séparer…" has none).
 */
/** Whether a run opens on an impersonal clause ending on its adjective and leaves out the clause it waits for. */
function awaitsComplement(run: Piece[], words: ClauseWords | undefined): boolean {
  const impersonal = words?.impersonal
  if (!impersonal?.opening.test(run[0].text.trim())) return false
  return !run.slice(1).some((piece) => startsWithAny(piece.text.trim().toLocaleLowerCase(), impersonal.complements))
}

function hasMainClause(run: Piece[], words: ClauseWords | undefined): boolean {
  // ("Más allá de los arreglos con contribuyentes individuales, | …": a phrase that opens on a
  // preposition before its comma leads into the clause after it, however long.)
  const phrase = (piece: Piece) =>
    words !== undefined &&
    /^[,，]/u.test(piece.raw.slice(piece.text.length).trim()) &&
    startsWithAny(piece.text.trim().toLocaleLowerCase(), words.openers)
  // ("Nesses dias, | onde o foco está ruim" (review 141, a Portuguese post): a clause a relative word opens after a comma is
  // the phrase's before it, never the main clause.)
  const relative = (piece: Piece, index: number) =>
    index > 0 && words !== undefined && startsWithAny(piece.text.trim().toLocaleLowerCase(), words.relatives ?? [])
  return (
    run.some(
      (piece, index) =>
        !opensSubordinate(piece.text, words) && !phrase(piece) && !relative(piece, index) && piece.text.trim().split(/\s+/u).length > 3,
    ) ||
    (run.length === 1 && !phrase(run[0]))
  )
}

/**
 * The topic a Japanese or Korean sentence opens with ("リソースlimitsは", "디플로이먼트는"):
 * it belongs to the main clause at the end, so a point made of that clause keeps it.
 */
function topicOf(pieces: Piece[], first: number, words: ClauseWords | undefined): string | undefined {
  if (!words?.topic) return undefined
  const match = words.topic.exec(pieces[0].text.trim()) ?? words.topicOpening?.exec(pieces[0].text.trim())
  if (match) return match[0]
  // "Create React App には、" or "これらのライブラリは、" anywhere before the run.
  return pieces
    .slice(0, first)
    .map((piece) => piece.text.trim())
    .findLast((text) => words.topicEnd?.test(text))
}

/**
 * The piece opens with a determiner, a noun and a relative pronoun ("Las últimas veces que…",
 * "Los proyectos que…"): a subject whose verb comes after the relative clause.
 */
function opensRelativeSubject(text: string, words: ClauseWords | undefined): boolean {
  if (!words?.determiners || !words.relatives) return false
  const [first, ...rest] = text.trim().toLocaleLowerCase().split(/\s+/u)
  // ("Proyectos que se originaron…": a bare plural noun opens a subject as well.)
  if (words.pluralNoun?.test(first) && words.relatives.includes(rest[0])) return true
  if (!words.determiners.includes(first)) return false
  const at = rest.findIndex((word) => words.relatives?.includes(word))
  return at >= 1 && at <= 3
}

/** Words at most before a colon that may only announce what follows it. */
const maxAnnouncingWords = 10

/**
 * Whether the pieces after a colon list things ("la qualité, la simplicité et la flexibilité",
 * "den Sucheingabetext und den Wert…"): a few words joined by commas or an "and" of the common
 * languages, which the words before the colon name. (A closed class of conjunctions.)
 */
function namesList(after: Piece[]): boolean {
  const text = after.map((piece) => piece.raw).join('')
  const words = text.trim().split(/\s+/u)
  return (
    words.length <= 14 && ((text.match(/[,，、]/gu)?.length ?? 0) >= 2 || /\s(?:and|et|y|e|und|ou|o|or|oder|en|i|och|og|и)\s/iu.test(text))
  )
}

/** Chinese words that say there is (存在, 有, 面临) a problem, an advantage, a way… the words after them name: a closed class. */
// (Not the 有 of 所有 "all", 没有 "no", 具有, 拥有 "have" a quality, 有关 "about".)
const announcesKind =
  /(?:存在|(?<![所没具拥])有(?!关)|面临|遇到|带来)[^，,：]{0,24}(?:问题|优势|原因|方式|特点|好处|缺点|区别|步骤|挑战|方面|限制|风险|场景)$/u

/** French's "il faut", which waits for what is needed: a run with more pieces after it never ends on it. */
const waitsForObject = /\bil\s+(?:ne\s+|n['’])?(?:faut|faudra|faudrait|fallait|fallut)(?:\s+pas)?$/iu

/**
 * The participle of "be" that makes an absolute clause in French, Spanish, Portuguese and Italian, "Le logiciel étant
 * essentiellement…,", within the first words of its piece: not after an auxiliary ("sigue siendo", "está sendo"), which makes it
 * a verb of the clause. (A closed class; "ayant", "having", only where it opens the piece, "Ayant terminé la
 * migration,": "Les utilisateurs ayant un compte reçoivent…" is a subject.)
 */
const absoluteParticiple =
  /^(?:ayant|habiendo|tendo|avendo)\s|^(?:[^\s,]+\s+){0,4}?(?<!\b(?:sigue|siguen|seguir|sigo|está|están|estaba|estaban|estará|continúa|continúan|continua|continuam|vem|vêm|fue|fueron|foi|foram|sta|stanno|stava|stavano|va|vai|vão|anda|andan|ha|han|había|tem|têm|tinha|sono|è|est|sont)\s)(?:étant|siendo|sendo|essendo)\s/iu

/**
 * "Abbandonando il pensatoio dei ricordi, | questo Codemotion mi ha permesso…" (review 125, an Italian conference recap): a
 * sentence that opens on a gerund (Italian, Spanish, Portuguese) or French "en" and a present participle says how or when
 * the main clause after its comma holds: a phrase of twelve words at most, without a finite "be" or "have" ("Nintendo ha
 * annunciato…" holds its verb; "Leggendo i log abbiamo capito…" runs on to it without a comma), and not a name or noun that
 * ends so ("Hernando", "Dividendo"), a closed class.
 */
const openingGerund =
  /^(?!(?:nintendo|hernando|fernando|orlando|rolando|armando|dividendo|crescendo|reverendo|memorando|stupendo|tremendo|estupendo|horrendo|orrendo)\s)(?:[\p{Ll}\p{Lu}][\p{Ll}]+(?:ando|endo|iendo|yendo|indo)|en\s+[\p{L}]{2,}ant)(?:\s+[^\s,]+){0,11}$/iu

/**
 * "Lanzado el 2 de julio de 1985, | Giotto de la ESA fue la primera misión europea…" (review 150, a Spanish post on comet
 * probes): a past participle and the phrase after it, set off by a comma, say when or how of the subject of the clause
 * after it; alone, its point was a date. Spanish, Portuguese and Italian participles (-ado, -ido, -ato, -ito, -uto and their
 * forms) before the article or preposition that opens their phrase, a phrase of a dozen words at most; not the nouns that
 * end so and open a sentence as often ("Resultado", "Estado", "Contrato"), a closed class.
 */
const participlePhrase =
  /^(?!(?:muit[oa]s?|estado|mercado|resultado|contenido|sentido|partido|pasado|apartado|significado|cuidado|soldado|abogado|tratado|senado|pecado|ganado|helado|pedido|sonido|ruido|marido|partida|entrada|salida|llegada|década|medida|jornada|comida|mirada|temporada|estrada|strada|uscita|salita|partita|entrata|contrato|formato|mandato|candidato|distrito|circuito|crédito|credito|instituto|minuto|atributo|tributo|estatuto|risultato|stato|mercato|significato|ritratto|conteúdo|exército|ejército)\s)[\p{L}]{2,}(?:ad|id|at|it|ut)(?:o|a|os|as|i|e)\s+(?:el|la|los|las|en|por|a|al|con|de|del|desde|tras|hace|em|no|na|nos|nas|pelo|pela|pelos|pelas|ao|à|il|lo|nel|nella|nei|nelle|dal|dalla|da|per|in|su|sul|sulla)(?:\s+[^\s,]+){1,12}$/iu

/** Whether words are only a participle's phrase (see `participlePhrase`), without a finite "be" or "have" of a clause. */
function onlyParticiplePhrase(text: string): boolean {
  return participlePhrase.test(text.trim()) && !finiteAuxiliaryOutsideEnglish.test(text.trim())
}

/** Finite forms of "be" and "have" in Italian, Spanish, Portuguese and French, which a gerund's phrase alone lacks: a closed class. */
const finiteAuxiliaryOutsideEnglish =
  /(?:^|\s)(?:è|sono|era|erano|ha|hanno|abbiamo|avevo|aveva|es|son|fue|fueron|está|están|hay|he|han|hemos|había|é|são|foi|foram|tem|têm|temos|est|sont|était|ont|avons|avait)(?:\s|$)/iu

/** Korean endings of a clause that waits for its main one: "but", "since", "while", "if", "so that". */
const koreanHalfEnding = /(?:지만|는데|은데|인데|니까|으니|므로|면서|려면|거나|든지|도록)$/u

/**
 * The endings a Korean or Japanese verb goes on with into a clause after it ("만들었고", "써봤는데", "作ってみたけど",
 * "書いていて"): no noun ends so, as one that ends on a particle's syllable may ("효과", "最高"). Closed classes.
 */
const runsOnEnding =
  /(?:[았었였했됐겠](?:고|는데|지만|으며|으면서)|(?:하|되)(?:고|며|면서)|해서|되어서|[てで]いて|って|して|んで|くて|けど|ので|ながら|たら)$/u

/**
 * "…que un programa", "…porque el programa", "…qu'un programme, chaque programme": a "que" or another subordinator (French
 * "qu'", Italian "che", "perché") and a determiner and a noun at the end, perhaps with a noun of the same kind after a
 * comma: the subject of a clause, without its verb. Determiners that are never pronouns: a closed class.
 */
const subjectAfterQue = new RegExp(
  `(?:^|\\s)(?:${[
    // Spanish, Portuguese, Italian, French: the subordinator, then a determiner of its own language.
    '(?:que|porque|cuando|aunque|donde|mientras|si)\\s+(?:el|un|una|unos|unas|cualquier|cada|este|esta|estos|estas|ese|esa)',
    '(?:que|porque|quando|embora|enquanto|se)\\s+(?:um|uma|qualquer|cada|este|esta|esse|essa)',
    '(?:che|perché|quando|mentre|se)\\s+(?:il|un|una|uno|qualsiasi|ogni|questo|questa)',
    "(?:(?:que|quand|puisque|si)\\s+|(?:qu|lorsqu|puisqu)['’])(?:un|une|des|chaque|ce|cette|ces)",
  ].join('|')})\\s+[\\p{L}-]+(?:,\\s+(?:cualquier|qualquer|qualsiasi|cada|chaque|ogni|todo|toda|tout|toute)\\s+[\\p{L}-]+)?$`,
  'iu',
)

/** Words of a comparison or a restriction a "que" (or "che") completes, within a few words before it: a closed class. */
const comparedBefore =
  /(?:^|\s)(?:más|menos|mejor|peor|antes|tan|tanto|plus|moins|mieux|autant|n['’]y\s+a|ne|n['’]\S+|mais|melhor|pior|più|meno|meglio|peggio|prima|otro|otra|outro|outra|autre|altro|altra|mismo|misma|même|stesso|stessa)(?:\s+\S+){0,3}\s*$/iu

/** Prepositions whose phrase may be one item of a series the next piece goes on with "and": a closed class. */
const seriesPrepositions = new Set([
  'a',
  'de',
  'en',
  'con',
  'para',
  'por',
  'à',
  'avec',
  'pour',
  'par',
  'di',
  'da',
  'in',
  'per',
  'su',
  'em',
  'com',
  'mit',
  'für',
  'von',
  'zu',
])

/** Phrases after "and" that link a clause to the one before, not an item of a series: a closed class. */
const linkingPhrase =
  /^(?:y|e|et|ed|und|en)\s+(?:por\s+(?:eso|ello|lo\s+tanto|tanto|isso)|par\s+conséquent|per\s+(?:questo|cui)|con\s+el\s+tiempo|com\s+o\s+tempo|col\s+tempo|mit\s+der\s+zeit|à\s+la\s+fin|a\s+(?:la\s+)?fin|al\s+final|no\s+final|alla\s+fine|da\s+allora|de\s+(?:hecho|fato)|en\s+(?:fin|effet)|in\s+(?:fondo|effetti|pochi))\b/iu

/** A run may end at the sentence's end, or where its last clause is complete and no condition follows. */
function mayEnd(pieces: Piece[], index: number, words: ClauseWords | undefined): boolean {
  if (index === pieces.length - 1) return true
  const text = pieces[index].text.trim()
  const next = pieces[index + 1].text.trim()
  // A colon or semicolon closes what comes before it; a comma may only pause it.
  const mark = pieces[index].raw.slice(pieces[index].text.length).trim()
  if (!words) return /^[;；:：]/u.test(mark)
  // ("La définition va également être divisée par deux : si l'amplitude est codée sur 8 bits, | elle peut prendre 256
  // valeurs" (review 139, a French post on mixing sound): a clause that opens on its condition after a colon or a
  // semicolon, "si…", "wenn…", and pauses on a comma waits for the main clause it is the condition of.)
  const opensClause = index === 0 || /^[;；:：]/u.test(markOf(pieces[index - 1]))
  if (/^[,，]/u.test(mark) && opensClause && startsWithAny(text.toLocaleLowerCase(), words.fragmentOpeners ?? words.conditions))
    return false
  // ("La filosofía del movimiento software libre es que un programa, | cualquier programa, debe respetar…" (review 124, a
  // Spanish interview): a "que" whose clause has its subject so far, and no verb, waits for it.)
  // (Not a comparison's "que", "…más rápido que el resto", "Il n'y a que des avantages": what follows it is no clause.)
  if (/^[,，]/u.test(mark)) {
    const tail = pieces
      .slice(Math.max(0, index - 1), index + 1)
      .map((piece) => piece.text.trim())
      .join(', ')
    const subject = subjectAfterQue.exec(tail)
    if (subject && !comparedBefore.test(tail.slice(0, subject.index))) return false
  }
  // ("…que intenta atraer a mujeres, | y a miembros de otros grupos poco representados, a la comunidad…": a phrase a
  // preposition opens, which the next piece's "and" and the same preposition go on, is one item of their series.)
  // (Only a series that goes on past the next piece to what its items share, "…, y a miembros de…, a la comunidad": not a
  // clause of its own after "and", "…por diversión, y por eso tiene…", "…à Paris, et à la fin de l'année…".)
  const sameOpener = /^(?:y|e|et|ed|und|en)\s+([\p{L}']+)\s/iu.exec(next)?.[1]?.toLocaleLowerCase()
  if (
    sameOpener !== undefined &&
    seriesPrepositions.has(sameOpener) &&
    /^[,，]/u.test(markOf(pieces[index + 1])) &&
    index + 2 < pieces.length &&
    !linkingPhrase.test(next) &&
    new RegExp(`(?:^|\\s)${sameOpener}\\s+(?:\\S+\\s+){0,2}\\S+$`, 'iu').test(text)
  )
    return false
  // "Aqui está o princípio mais importante: | Não inclua o nome do serviço…", "O padrão é claro: |
  // contexto que varia…": what a colon announces is the point, not the words that announce it:
  // a sentence of its own after it, or anything after a few words that only announce. (Not a
  // claim before the list it names: "…hast du zwei Zustände gefunden: | den Sucheingabetext und…".)
  // (So do the words of a verdict or a finding before a colon, "La découverte est aussi simple
  // qu'inquiétante : dix-sept articles…", when what follows is no list of things they name.)
  if (mark === ':') {
    const before = pieces
      .slice(0, index + 1)
      .map((piece) => piece.text)
      .join(' ')
      .split(/\s+/u).length
    if (/^[\p{Lu}]/u.test(next) || before <= 5 || (before <= maxAnnouncingWords && !namesList(pieces.slice(index + 1)))) return false
  }
  // ("事务资源对分布式事务的无感知存在一个根本性的问题：| 无法做到真正的全局一致性" (review 104, Seata's post on XA): so
  // does a Chinese full-width colon after words that only say there is a problem, a reason, a way, which it names. Not
  // one after a claim of its own, "etcd 社区解决了一个升级时可能出现的问题：| 当用户…".)
  // (Its last words only: the verb is within a few characters of the noun, and a long clause is not searched from every 有.)
  if (mark === '：' && isCjk(text) && announcesKind.test(text.slice(-40))) return false
  // "用户数据隔离是相对比较容易的，比如还是以电商用户为例，| 每个用户都有…": the clause that opens an example leads into it.
  if (startsWithAny(text, words.examples ?? []) || cjkExample.test(text)) return false
  // "之前的 Rust 是没有异步生态的，但是自 2018 年开始，| 它正式引入了异步功能" (review 94): in Chinese a subordinate
  // clause comes before the clause it leans on; a run never ends on one. (Since a time: 自 before its number.)
  // (Nor on the writer's stance alone, "…，据我们了解，| 已经有一些用户…": what follows it is what they know.)
  if (isCjk(text) && startsWithAny(text, words.connectives) && !dropConnective(text, words).trim()) return false
  // ("恼人的是，Pinpoint 如果要配置告警规则，| 还需要安装 MySQL" (review 119, a Chinese comparison of APM tools): so does a
  // condition whose 如果 comes after its subject; the clause after it says what follows from it.)
  if (isCjk(text) && conditionAfterSubject.test(dropConnective(text, words).trim())) return false
  if (
    isCjk(text) &&
    (opensSubordinate(dropConnective(text, words), words) ||
      /^自\s*[\d一二三四五六七八九十零〇][^，,]{0,20}(?:开始|以来|起)$/u.test(dropConnective(text, words).trim()))
  )
    return false
  // ("La gestion de produit accepte finalement que, bien que nous connaissions les objectifs à atteindre, | nous ne pouvons
  // pas prédire…" (review 118, a French essay on funding): in any language, a clause a subordinator opens, set off by commas
  // before the main clause after it, is no end; nor one whose verb is a participle alone, "Le logiciel étant essentiellement
  // un processus de collaboration, | la projectisation…": the clause it bounds comes after it.)
  // (Before it only: after a piece that waits for it, "…accepte finalement que,"; not one after its main clause, "Le serveur
  // redémarre toutes les nuits, | quand la charge est faible".)
  const before = pieces[index - 1]?.text ?? ''
  if (
    !isCjk(text) &&
    ((index > 0 &&
      dangles(before, words) &&
      startsWithAny(dropConnective(text, words).trim().toLocaleLowerCase(), words.fragmentOpeners ?? [])) ||
      absoluteParticiple.test(text.trim()) ||
      (index === 0 && openingGerund.test(text.trim()) && !finiteAuxiliaryOutsideEnglish.test(text.trim())))
  )
    return false
  if (startsWithAny(next.toLocaleLowerCase(), words.resumptives ?? [])) return false
  if (startsWithAny(next, words.conditions) || startsWithAny(next.toLocaleLowerCase(), words.complements ?? [])) return false
  if (words.complementClause?.(next) || startsWithAny(next, words.consequences ?? [])) return false
  if (startsWithAny(next, words.conclusions ?? [])) return false
  // "Se había estudiado por más de 100 años, | pero nunca antes se había observado": the contrast, or the alternative, is part of the claim.
  if (startsWithAny(next.toLocaleLowerCase(), [...(words.contrasts ?? []), ...(words.alternatives ?? [])])) return false
  // "Podríamos bajar las imágenes por separado, | con 'docker run' pero veréis que…": a "but"
  // inside the next piece still turns the claim.
  if (!isCjk(text) && containsWord(` ${next}`, words.contrasts ?? [])) return false
  // "…, ya sea un proyecto de código abierto, | una organización…": one half of a pair.
  if (startsWithAny(text.toLocaleLowerCase(), words.correlatives ?? [])) return false
  // ("…vont permettre de valider, | d'une part, que…": nor before the pair.)
  if (startsWithAny(next.toLocaleLowerCase(), words.correlatives ?? [])) return false
  // German puts the finite verb second: a piece followed by one that opens with its verb
  // ("Für ein größeres Projekt mit einer Website, | erstellen Sie…") is what stands before it.
  if (words.verbSecond && words.verbFirst?.test(next)) return false
  // "Abhängig von Ihrem Projekt können Sie kommerziellen Support, | gehostete Optionen oder zusätzliche
  // Funktionen in Rechnung stellen", "…sammeln Projekte manchmal Geld von Unternehmen, | Einzelpersonen
  // oder anderen ein" (review 93): a modal or an auxiliary leaves the verb it governs to its clause's
  // end, a separable verb its particle; cut before the pieces that end on it, the point keeps a verb
  // without its other half.
  if (words.bracketVerbs) {
    const closing = closingOfBracket(pieces, index + 1, words)
    const onNoun = /(?:^|\s)[\p{Lu}\p{N}]\S*$/u.test(text)
    const modal = startsWithAny(text.toLocaleLowerCase(), words.bracketVerbs) || containsWord(text, words.bracketVerbs)
    if (onNoun && (closing === 'particle' || (closing === 'verb' && modal))) return false
  }
  // "Einige populäre Projekte, wie z.B. npm und Docker, | sammeln sogar Wagniskapital ein" (review 93): after
  // examples set off by commas, a piece in lower case that no conjunction, relative pronoun or subordinator
  // opens goes on with the verb of the subject before them, German's nouns being capitalised; cut there,
  // the point is its subject alone.
  if (
    words.verbSecond &&
    /^(?:wie|etwa|beispielsweise|z\.\s?b\.)\s/iu.test(text) &&
    /^[\p{Ll}]/u.test(next) &&
    !startsWithAny(next.toLocaleLowerCase(), [
      ...words.continuations,
      ...words.subordinators,
      ...(words.relatives ?? []),
      ...(words.contrasts ?? []),
      ...(words.alternatives ?? []),
      ...(words.connectives ?? []),
    ])
  )
    return false
  // "…werden Menschen, | die über Fachwissen verfügen, | immer gefragter": the main clause goes
  // on after a relative clause, in lower case where German nouns are capitalised.
  const resumes = (at: number) => {
    const after = pieces[at]?.text.trim()
    return after !== undefined && /^[\p{Ll}]/u.test(after) && !startsWithAny(after, [...words.continuations, ...(words.relatives ?? [])])
  }
  const relative = (piece: string) => startsWithAny(piece.toLocaleLowerCase(), words.relatives ?? [])
  if (words.verbSecond && ((relative(text) && resumes(index + 1)) || (relative(next) && resumes(index + 2)))) return false
  // "Merci à David McCabe, | Sophie Alpert, Rick Hanlon…": a piece of a few words after a
  // comma is the next item of a list, or a phrase the clause before goes on into.
  // (Nor after such an item: "…, Sophie Alpert, Rick Hanlon | , Andrew Clark et…".)
  const listed =
    index > 0 &&
    /^[\p{Lu}\p{N}]/u.test(text) &&
    !isCjk(text) &&
    text.split(/\s+/u).length <= 3 &&
    /^[,，]/u.test(pieces[index - 1].raw.slice(pieces[index - 1].text.length).trim())
  if (listed && !startsWithAny(text.toLocaleLowerCase(), words.continuations)) return false
  // "…contexto que varia por deployment, | instância, | ambiente ou versão pertence…": a word
  // alone between commas is an item of a list that goes on, and a run stops neither on it nor before it.
  const listItem = (at: number) => {
    const item = pieces[at]?.text.trim() ?? ''
    return (
      !isCjk(item) &&
      /^[\p{L}\p{N}_.-]+$/u.test(item) &&
      !startsWithAny(item.toLocaleLowerCase(), [...words.continuations, ...(words.relatives ?? [])]) &&
      /^[,，]/u.test(markOf(pieces[at - 1]))
    )
  }
  if ((listItem(index) && /^[,，]/u.test(mark)) || (listItem(index + 1) && /^[,，]/u.test(markOf(pieces[index + 1])))) return false
  // "A prática de incluir unidades nos nomes | — latency_ms, memory_bytes — cria redundância":
  // a run may not end before an aside set between dashes, nor inside or right after one: the
  // sentence goes on after it.
  const dashes = pieces.map((piece) => /^[—–]/u.test(markOf(piece)))
  const dashesBefore = dashes.slice(0, index).filter(Boolean).length
  if (dashesBefore % 2 === 1 || (dashes[index] && dashes.slice(index + 1).some(Boolean))) return false
  const lower = next.toLocaleLowerCase()
  if (words.relatives && startsWithAny(lower, words.relatives) && containsWord(` ${text}`, words.indefinites ?? [])) return false
  if (words.negations && opensSubordinate(next, words) && containsWord(` ${text}`, words.negations)) return false
  // "…实际上并不是一个物件 | ——它是一个完整的技术堆栈", "不是 A，| 而是 B": a Chinese denial goes on to say what is.
  const corrects = /^[—–]/u.test(mark) || /^而是/u.test(next)
  if (isCjk(text) && corrects && containsAny(text, words.negations ?? [])) return false
  const item = /^[\p{Lu}\p{N}]/u.test(next) && !startsWithAny(lower, words.continuations) && !opensSubordinate(next, words)
  if (item && !isCjk(next) && /^[,，]/u.test(pieces[index].raw.slice(pieces[index].text.length).trim()) && next.split(/\s+/u).length <= 3)
    return false
  // ("El enorme telescopio virtual, | que utiliza una técnica…, | tiene una resolución…": nor before a
  // piece set off by commas that the predicate comes right after.)
  const predicateAt = (at: number) =>
    /^[,，]/u.test(markOf(pieces[at - 1])) && startsWithAny(pieces[at]?.text.trim().toLocaleLowerCase() ?? '', words.predicates ?? [])
  if (words.predicates && (predicateAt(index + 1) || (/^[,，]/u.test(mark) && predicateAt(index + 2)))) return false
  // (Nor before an "of" that goes on the subject up to its predicate: "…, à fortiori involontaire, | du bon sens est donc la
  // perte de l'objectivité" (review 115, a French essay), which left the subject without its verb.)
  const ofPredicate = (at: number) => {
    const following = (pieces[at]?.text.trim().toLocaleLowerCase() ?? '').split(/\s+/u)
    return (
      /^[,，]/u.test(markOf(pieces[at - 1])) &&
      startsWithAny(following[0] ?? '', words.ofWords ?? []) &&
      following.slice(1, 6).some((word) => (words.predicates ?? []).includes(word))
    )
  }
  if (words.ofWords && (ofPredicate(index + 1) || (/^[,，]/u.test(mark) && ofPredicate(index + 2)))) return false
  if (words.unfinished?.test(text)) return false
  if (words.predicateMark && isCjk(text) && !words.predicateMark.test(text)) return false
  // (After a comma only, and not after a name, which a piece that opens on an article describes:
  // "…la sortie de react.dev, | le nouveau site officiel de React et de sa documentation".)
  const named = /[\p{Lu}\p{N}.]/u.test(text.split(/\s+/u).at(-1) ?? '')
  if (/^[,，]/u.test(mark) && !named && endsOnList(pieces.slice(index + 1), words)) return false
  // ("La cultura o método de devops incluye personas, | procesos y productos con el objetivo de…" (review 109, a Spanish
  // report): a piece that opens on a word or two and the list's "and" goes on a series of bare nouns; cut before it,
  // the point names one of them as if it were all.)
  if (/^[,，]/u.test(mark) && words.listItems && !isCjk(next) && goesOnSeries(next, words.listItems.and)) return false
  // "Esto significa que si hay un índice…, …": an "if" clause opened inside waits for the clause after the comma.
  if (!words.mainClauseLast && containsWord(text, words.conditions)) return false
  if (words.final) return words.final.test(text)
  if (words.continuing?.test(text)) return false
  if (words.mainClauseLast && opensSubordinate(text, words)) return false
  // "…entretanto," or "…однако,": a connective at the end belongs to the clause after it.
  if (endsWithAny(text, words.connectives)) return false
  return true
}

/**
 * "Ces règles incluent la définition des comportements inacceptables, | les conséquences
 * associées et la façon de les signaler": the pieces left are short, each opens like an item
 * of a list (an article, a possessive, "de"), and the last joins its item with "and".
 */
function endsOnList(rest: Piece[], words: ClauseWords): boolean {
  const list = words.listItems
  if (!list || rest.length === 0 || rest.length > 4) return false
  const item = (piece: Piece) => {
    const text = piece.text.trim().toLocaleLowerCase()
    return text.split(/\s+/u).length <= 10 && startsWithAny(text, list.openers)
  }
  return rest.every(item) && containsWord(` ${rest[rest.length - 1].text.trim()}`, list.and)
}

/** Whether a piece opens on one or two words, then "and" and a word: the last items of a series ("procesos y productos…"). */
function goesOnSeries(piece: string, and: string[]): boolean {
  const [first, second, third, fourth] = piece.trim().toLocaleLowerCase().split(/\s+/u)
  const joins = (word: string | undefined) => word !== undefined && and.includes(word)
  const item = (word: string | undefined) => word !== undefined && /^[\p{L}][\p{L}-]*$/u.test(word)
  return item(first) && ((joins(second) && item(third)) || (item(second) && joins(third) && item(fourth)))
}

/**
 * Whether the piece at `index` goes on the list a fronted phrase began ("Malgré le talent, | la
 * motivation et les outils disponibles, | beaucoup de projets échouent"): it follows a phrase
 * that opens with a subordinator or preposition, opens like an item of a list, joins its last
 * item with "and", and ends on a comma before the clause the phrase leads into.
 */
function endsFrontedList(pieces: Piece[], index: number, words: ClauseWords | undefined): boolean {
  const list = words?.listItems
  const before = pieces[index - 1]
  if (!list || !before || index === pieces.length - 1 || !/^[,，]$/u.test(markOf(pieces[index]))) return false
  if (!opensSubordinate(before.text, words) && !startsWithAny(before.text.trim().toLocaleLowerCase(), words?.openers ?? [])) return false
  const text = pieces[index].text.trim().toLocaleLowerCase()
  return text.split(/\s+/u).length <= 10 && startsWithAny(text, list.openers) && containsWord(` ${text}`, list.and)
}

/** "En esta publicación,", "В Borg,", "Kürzlich,": a short prepositional phrase, or one word, before a comma. */
function opensPhrase(piece: Piece, words: ClauseWords | undefined): boolean {
  if (!words || !/^[,，]/u.test(piece.raw.slice(piece.text.length).trim())) return false
  if (!isCjk(piece.text) && /^\S+$/u.test(piece.text.trim())) return true
  if (onlyParticiplePhrase(piece.text)) return true
  return piece.text.trim().split(/\s+/u).length <= 6 && startsWithAny(piece.text.trim(), words.openers)
}

/** A sentence of one clause, not a question, that opens with a conjunction whose clause never stands alone. */
function isFragment(text: string, words: ClauseWords | undefined): boolean {
  const openers = words?.fragmentOpeners
  if (!openers || /[,，;:?？]/u.test(text)) return false
  return startsWithAny(text.trim().toLocaleLowerCase(), openers)
}

function opensSubordinate(text: string, words: ClauseWords | undefined): boolean {
  return (
    words !== undefined &&
    (startsWithAny(text.trim(), words.subordinators) || framesAfter.test(text.trim()) || placeFrame.test(text.trim()))
  )
}

/**
 * "可以看出在 Ant Design 的“组件级”使用场景下" (review 125, Ant Design's post on CSS-in-JS): a Chinese phrase of 在 closed by
 * 下 or 中, perhaps after the words that say it can be seen, sets where the clause after it holds; alone it claims nothing.
 */
const placeFrame = /^(?:(?:可以|由此|从中|从此)?(?:看出|可见|看到))?在[^，,。]{1,40}[下中]$/u

/**
 * "与通用型解决方案相比", "TCC 模型除了跨服务的分布式事务这一层作用之外", "对于现在的互联网应用来说" (review 120, a Chinese post
 * on distributed transactions): a Chinese phrase closed by 相比, 之外, 来说 or 的情况下 only frames the clause after it, whatever
 * opens it (the subject may come first). (Not 时, which closes a clause of time inside a sentence as
 * often: "TCC 的其中一个作用就是在按照功能横向扩展资源时".)
 */
const framesAfter = /(?:相比|之外|以外|来说|而言|的情况下|情况下)$/u

/**
 * A sentence outside English without the connective that only links it to the one before ("Luego, analizamos los eventos…"
 * is "Analizamos los eventos…"), as a point cut from it would be; as written where it opens on none.
 */
export function withoutConnective(sentence: string, lang: string): string {
  const dropped = dropConnective(sentence, clauseWordsOf(lang))
  return dropped === sentence.trim() ? sentence : capitalise(dropped, mainScript(dropped))
}

/** Drop what only links the sentence to the one before: "Además, …", "また、…", "此外，…". */
function dropConnective(text: string, words: ClauseWords | undefined): string {
  if (!words) return text
  const trimmed = text.trim()
  // ("ただちにサーバーを再起動して…", "なおさら注意深く…": a Japanese word that opens on a connective's kana is no connective.)
  if (japaneseLongerWords.test(trimmed)) return trimmed
  for (const connective of [...words.connectives].sort((a, b) => b.length - a.length)) {
    const length = matchedLength(trimmed, connective)
    if (length === 0) continue
    const rest = trimmed.slice(length)
    // ("Así es como podemos identificar…": "así" before "es" says how, the sentence's own words, not a link.)
    if (/^así$/iu.test(connective) && /^\s+(?:es|son|fue|fueron|era|eran|será|sería)\b/iu.test(rest)) return trimmed
    // A connective is dropped with its comma; a bare one only when a word follows ("Pero la…", not "Así es").
    const after = /^\s*[,，、]\s*/u.exec(rest)
    // ("Dann, irgendwann, sind Sie endlich an der Reihe" (review 108, FastAPI's German guide): where the verb comes second,
    // the adverb the connective's commas set off opens the clause without its comma, "Irgendwann sind Sie…".)
    // (Only before a word that can be the verb: not an article or a pronoun that opens the clause, "Zugegeben, das ist…".)
    if (after && words.verbSecond)
      return trimmed
        .slice(length + after[0].length)
        .replace(
          /^([\p{L}]+),\s+(?=[\p{Ll}])(?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|es|er|sie|wir|ich|ihr|du|man|dies|diese|dieser|dieses|de|het|een|hij|zij|ze|wij|we|jij|je|men)\b)/u,
          '$1 ',
        )
    if (after) return trimmed.slice(length + after[0].length)
    // "Dann übergibst du…" without "Dann" is a question; "Voilà qui…" without "Voilà" no sentence.
    // (A conjunction, "Aber", "und", stands outside the clause and takes no verb after it.)
    const adverb = !/^(aber|und|oder|denn|sondern)$/iu.test(connective)
    // (Not a subordinator that a continuation's word opens: "但是对于复合组件而言，…" goes on from 对于, "as for", not 对, "to".)
    const continues =
      startsWithAny(rest.trim().toLocaleLowerCase(), words.continuations) && !startsWithAny(rest.trim(), words.subordinators)
    if ((words.verbSecond && adverb) || continues) return trimmed
    // (A Japanese topic particle after it goes with it: "まずは適当に…" is "まず" + "は", never a point opening on "は".)
    if (isCjk(connective) && /^[はも]/u.test(rest) && rest.length > 5) return rest.slice(1).trim()
    // (In Chinese a bare connective may be the first half of a word, not a link: "最近几年", recent
    // years; "最后一步是…", the last step; "不过是…", merely. Before a number, a measure word, 是 or 的
    // it is such a word, and the sentence stays whole.)
    if (isCjk(connective) && /^[是的一二两三四五六七八九十几个些每]/u.test(rest)) return trimmed
    if (/^\s+\S+\s+\S/u.test(rest) || (isCjk(connective) && rest.length > 4)) return rest.trim()
  }
  return trimmed
}

/** Japanese words that open on a connective's kana, "ただ" or "なお" or "また", and are none (a closed class). */
const japaneseLongerWords = /^(?:ただちに|ただいま|ただ今|ただの|ただ一つ|ただ一人|なおさら|またたく|またの|またがる|また聞き)/u

/** German particles of separable verbs, which close their clause ("sammeln … ein", "stellen … vor"). */
const verbParticles =
  /(?:^|\s)(?:ein|an|auf|aus|ab|bei|dar|fest|fort|her|hin|hinzu|heraus|los|mit|nach|vor|vorbei|weg|weiter|zu|zurück|zusammen)$/u

/**
 * How the pieces from `from` on, joined by commas, close the clause the piece before them opened: on a
 * verb in lower case ("…in Rechnung stellen") or a verb's particle ("…oder anderen ein"), at the
 * sentence's end or before a subordinate clause, with no verb, subordinate or relative clause of their own on the way.
 */
function closingOfBracket(pieces: Piece[], from: number, words: ClauseWords): 'verb' | 'particle' | undefined {
  const opens = [...words.subordinators, ...(words.relatives ?? [])]
  const verbs = [...(words.bracketVerbs ?? []), ...(words.predicates ?? [])]
  for (let at = from; at < pieces.length; at++) {
    const piece = pieces[at].text.trim()
    if (startsWithAny(piece.toLocaleLowerCase(), [...opens, ...verbs]) || containsWord(piece, verbs)) return undefined
    if (!/^[,，]/u.test(markOf(pieces[at - 1]))) return undefined
    const ends = at === pieces.length - 1 || startsWithAny(pieces[at + 1].text.trim().toLocaleLowerCase(), opens)
    if (ends && verbParticles.test(piece)) return 'particle'
    if (ends) return /(?:^|\s)[\p{Ll}]+(?:en|ern|eln|t)$/u.test(piece) ? 'verb' : undefined
  }
  return undefined
}

/** Whether one of `phrases` stands as whole words inside `text` (after its first word). */
function containsWord(text: string, phrases: string[]): boolean {
  const lower = text.toLocaleLowerCase()
  return phrases.some((phrase) => {
    for (let at = lower.indexOf(' ' + phrase); at !== -1; at = lower.indexOf(' ' + phrase, at + 1)) {
      if (!/[\p{L}\p{N}'’]/u.test(lower.charAt(at + phrase.length + 1) || ' ')) return true
    }
    return false
  })
}

/**
 * "Esses passos de avaliação, | fragmentação das partes, análise e substituição são um exemplo…" (review 139, a Portuguese
 * post): a run of a few words without a verb, before a series whose last item, after the language's "and", meets the verb
 * they share, is the first of the things the subject lists.
 */
function firstOfListedSubject(run: string, rest: Piece[], words: ClauseWords): boolean {
  const and = words.listItems?.and ?? []
  const predicates = words.predicates ?? []
  if (and.length === 0 || predicates.length === 0 || run.trim().split(/\s+/u).length > maxListedWords || containsAny(run, predicates))
    return false
  const after = rest
    .map((piece) => piece.text.trim())
    .join(', ')
    .toLocaleLowerCase()
  let shared = sharedVerbs.get(words)
  if (!shared) {
    shared = new RegExp(
      `(?:^|\\s)(?:${and.map(escapeRegExp).join('|')})\\s+(?:\\S+\\s+){0,3}?(?:${predicates.map(escapeRegExp).join('|')})(?=\\s|$)`,
      'u',
    )
    sharedVerbs.set(words, shared)
  }
  const verb = shared.exec(after)
  // (The verb right after the series: no verb of its own before it.)
  return verb !== null && !containsAny(after.slice(0, verb.index), predicates)
}

/** For each language's words, a series' last item after its "and" and the verb the items share (see `firstOfListedSubject`). */
const sharedVerbs = new WeakMap<ClauseWords, RegExp>()

/** Words at most of a listed subject's first thing (see `firstOfListedSubject`). */
const maxListedWords = 5

/** Whether one of `phrases` is in `text`: as whole words, or in CJK text anywhere. */
function containsAny(text: string, phrases: string[]): boolean {
  const lower = text.toLocaleLowerCase()
  return phrases.some((phrase) =>
    isCjk(phrase) ? lower.includes(phrase) : startsWithAny(lower, [phrase]) || containsWord(lower, [phrase]),
  )
}

/** Whether `text` opens with one of `phrases` (lower case) as whole words (CJK: as characters), an elided "e" too ("lorsqu'elle"). */
export function startsWithAny(text: string, phrases: string[]): boolean {
  return phrases.some((phrase) => matchedLength(text, phrase) > 0)
}

function endsWithAny(text: string, phrases: string[]): boolean {
  const lower = text.toLocaleLowerCase()
  return phrases.some(
    (phrase) => lower.endsWith(phrase) && (isCjk(phrase) || !/[\p{L}'’]/u.test(lower.charAt(lower.length - phrase.length - 1) || ' ')),
  )
}

/** How many characters of `text` the phrase covers at its start, or 0. */
function matchedLength(text: string, phrase: string): number {
  // (Only the text's start in lower case, a few characters past the phrase, which lower case never makes shorter and
  // whose last letters a final sigma looks past: the whole text, for each phrase of a list, made a clause of thousands of
  // words slow to read.)
  const start = text.slice(0, phrase.length + 8).toLocaleLowerCase()
  // "lorsqu'elle", "bien qu'il", "puisqu'on": a word ending in "e" before a vowel loses it to an apostrophe.
  const elided = phrase.endsWith('e') && !isCjk(phrase) ? phrase.slice(0, -1) : undefined
  if (elided && /^['’]/u.test(text.slice(elided.length)) && start.startsWith(elided)) return elided.length + 1
  if (!start.startsWith(phrase)) return 0
  const next = text.charAt(phrase.length)
  if (isCjk(phrase)) return next ? phrase.length : 0
  return next === '' || !/[\p{L}\p{N}'’]/u.test(next) ? phrase.length : 0
}

/**
 * A phrase that ends in a lower-case word of one or two letters ends on an article, a
 * preposition or a conjunction ("Vea más detalles en el", "…de la"), and one that ends in a
 * connective or subordinator leads into words left out: both dangle.
 */
function dangles(text: string, words: ClauseWords | undefined): boolean {
  const end = tidy(text)
  if (/(?:^|\s)[\p{Ll}]{1,2}$/u.test(end)) return true
  if (!words) return false
  // ("用户数据隔离是相对比较容易的": a clause of "是…的" closes on its 的, which waits for no noun.)
  if (isCjk(end)) return endsWithAny(end, words.dangling) && !/是[^，。,]{2,}的$/u.test(end)
  // ("La seule difficulté concrète à laquelle, | à l'époque, …" (review 141, a French essay): nor on a relative word, which
  // waits for its clause.)
  return endsWithAny(end, [...words.connectives, ...words.subordinators, ...words.dangling, ...(words.relatives ?? [])])
}

function tidy(text: string): string {
  return (
    text
      // A line break after CJK punctuation is no space: "比如： kaniko、 img" reads "比如：kaniko、img".
      .replace(/(?<=[，。、：；！？])\s+/gu, '')
      .replace(/[\s,;:，；：、—–-]+$/u, '')
      .replace(/(?<!\.)[.。．]$/u, '')
      // ("键盘敲起来。。。。。" (review 140, a Chinese post): a run of full stops trails off, as "……" does; none is kept.)
      .replace(/(?<![。．])[。．]{2,}$/u, '')
      .trim()
  )
}

/**
 * A point opens with a capital, unless its first word is in another script than its sentence
 * (a name: "etcd" in Ukrainian or Chinese text, "kubectl" in Japanese).
 */
function capitalise(text: string, script: string): string {
  if (isCjk(text)) return text
  const first = text.match(/[\p{L}]/u)?.[0]
  // A word with a digit, a dot, an underscore or an inner capital is a name in code ("useState", "v3store").
  if (!first || scriptOf(first) !== script || /^\S*[\p{N}._]|^\S*[\p{Ll}][\p{Lu}]/u.test(text)) return text
  return upperFirst(text)
}

function scriptOf(letter: string): string {
  if (/[\p{Script=Latin}]/u.test(letter)) return 'Latin'
  if (/[\p{Script=Cyrillic}]/u.test(letter)) return 'Cyrillic'
  if (/[\p{Script=Greek}]/u.test(letter)) return 'Greek'
  return 'other'
}

function mainScript(text: string): string {
  const counts = new Map<string, number>()
  for (const letter of text.match(/[\p{L}]/gu) ?? []) counts.set(scriptOf(letter), (counts.get(scriptOf(letter)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other'
}
