import { franc } from 'franc-min'

/*
 * Most blog posts never say which language they are in, and a Spanish article read as
 * English gets its key points from an English part-of-speech tagger: clipped fragments.
 * franc (wooorm's trigram detector, from the unified collective's neighbourhood) names the
 * language of the prose when there is enough of it to be sure.
 */

/** Characters of prose sampled: enough to be sure, little enough to stay fast on a book. */
const sample = 6000
/** Below this much prose, the default stands. */
const minLength = 300

/** franc's ISO 639-3 codes for the languages lectern's pipeline treats differently, as BCP 47 tags. */
const tags: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  deu: 'de',
  fra: 'fr',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  swe: 'sv',
  tur: 'tr',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  rus: 'ru',
  ukr: 'uk',
  ell: 'el',
  arb: 'ar',
  heb: 'he',
  pes: 'fa',
  hin: 'hi',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  ind: 'id',
  tha: 'th',
}

/** The language of `prose` as a BCP 47 tag, or `undefined` when there is too little to tell. Deterministic. */
export function detectLang(prose: string): string | undefined {
  const text = prose.replace(/\s+/g, ' ').trim().slice(0, sample)
  const script = cjkLang(text)
  if (script) return script
  if (text.length < minLength) return undefined
  return tags[franc(text, { minLength })]
}

/** Characters of Chinese, Japanese or Korean at least to tell their language by script alone. */
const minCjkCharacters = 20
/** Their share of the prose's letters at least: the rest is names, commands and addresses in Latin letters. */
const minCjkShare = 0.25

/**
 * Chinese, Japanese or Korean told by their scripts: kana say Japanese, Hangul Korean, Han alone
 * Chinese. franc weighs characters, and a Japanese post about a command line
 * ("パッケージ管理ツールの APT で… apt-key コマンドが…") has more Latin letters in its names,
 * commands and addresses than kana and kanji: it was read as English, its points cut by an
 * English tagger.
 */
function cjkLang(text: string): string | undefined {
  const prose = text.replace(/\b(?:https?:\/\/|www\.)\S+/giu, '')
  const count = (pattern: RegExp) => prose.match(pattern)?.length ?? 0
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)
  const han = count(/\p{Script=Han}/gu)
  const hangul = count(/\p{Script=Hangul}/gu)
  const cjk = kana + han + hangul
  if (cjk < minCjkCharacters || cjk / (cjk + count(/\p{Script=Latin}/gu)) < minCjkShare) return undefined
  if (hangul > kana + han) return 'ko'
  // (Japanese writes kana in every sentence; Chinese none, but for a quoted name now and then.)
  return kana >= cjk * 0.1 ? 'ja' : 'zh'
}
