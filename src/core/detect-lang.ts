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
  if (text.length < minLength) return undefined
  return tags[franc(text, { minLength })]
}
