import type { PhrasingContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { announcesWhatFollows } from './announcements.ts'
import { isKnownWord, tagSentence } from './tagging.ts'

/*
 * A run-in label opening a paragraph or a list item: "**Jan David Nose**: Sure.", "**Summary**
 * So there you have it.", "**Vendors take risks too:** Before even placing a bid…", "Hybrid
 * workplaces: The concept of working from home…". A speaker's name names the turn; a label that
 * is a clause of its own ("Vendors take risks too") is the author's own statement of the point;
 * a topic ("Hybrid workplaces") names what the rest is about, which the rest's sentences lean on
 * ("Navigating this new work paradigm requires flexibility").
 */

/** A run-in label opening a paragraph. */
export interface RunIn {
  text: string
  /** It names the paragraph (a speaker or label before a colon, a question) rather than stating its point. */
  names: boolean
  /** What a naming label is: a clause that states the point, a topic the point is about, or a name. */
  kind?: 'claim' | 'topic' | 'name'
}

/** Words a topic label may have: more is a sentence with a colon in it. */
const maxLabelWords = 5

/** The run-in label that opens a paragraph (bold, or plain before a colon), with more after it. */
export function runInLabelOf(children: PhrasingContent[]): RunIn | undefined {
  const [first, second] = children
  if (first?.type === 'text') return plainLabelOf(first.value)
  if (first?.type !== 'strong') return undefined
  const text = toString(first).replace(/\s+/g, ' ').trim()
  // "**MK: How has same-day delivery changed your business?**": the speaker's initials and
  // their colon open the bold; the question after them is what is said.
  const speaker = /^([\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}):\s+\S/u.exec(text)
  if (speaker) return { text: speaker[1], names: true, kind: 'name' }
  const after = second?.type === 'text' ? second.value : ''
  // ("**TL;DR** | HTTP/3 hará que…": a bar after the bold parts it from its words, as a colon does.)
  const colon = /^\s*[:：|｜]/u.test(after)
  // ("**Mentoring**␣␣⏎Sprints may…": a bold line of its own over the paragraph is its label.)
  const runIn = /[:：.?!]$/u.test(text) || colon || /^\s+[\p{Lu}]/u.test(after) || second?.type === 'break'
  if (!text || !runIn) return undefined
  const names = colon || /[:：?]$/u.test(text)
  // ("**Consistency.** You click on a “Like” button…": a bold common word or two closed by a full
  // stop names the item's topic too; not a name, "**SHA1.** Here's a subtler example…".)
  // (Nor a phrase with its article, "**A bold point.**", which is the writer's point in bold.)
  const bare = !/^(?:a|an|the|this|that|these|those|my|our|your|its|their)\s/iu.test(text)
  if (!names && bare && /[^.]\.$/.test(text) && text.split(/\s+/).length <= 3 && kindOf(text.slice(0, -1)) === 'topic')
    return { text, names: true, kind: 'topic' }
  const kind = names && !/\?$/.test(text) ? kindOf(text.replace(/:$/, '')) : undefined
  // ("**山田太郎**：チームでRustを導入してから…": kanji alone, four at most, over words in Japanese are a name, as a speaker's
  // label is; Chinese writes a topic so, "**磁盘打满**：…", but not over kana.)
  const japaneseName = /^[\p{Script=Han}]{2,4}[:：]?$/u.test(text) && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(after)
  return { text, names, kind: kind === 'topic' && japaneseName ? 'name' : kind }
}

/**
 * "Hybrid workplaces: The concept of…", "1: There has been some discussion…": a short phrase
 * or a footnote's number before a colon, a capital after it. Not a sentence with a colon in it
 * ("Go has the usual mechanisms for control flow: if, for…").
 */
function plainLabelOf(text: string): RunIn | undefined {
  const number = /^\s*(\d{1,3}):\s+\S/.exec(text)
  if (number) return { text: number[1], names: true, kind: 'name' }
  // ("Num of Resources(API Objects): 对于一个多集群系统…" (review 102, a Chinese test report): a label in Latin letters
  // over words in Chinese or Japanese, its brackets balanced.)
  // (A bracket only in such a label, and closed: "Step 1 (optional): Install…" is the step's own words.)
  const label =
    /^\s*([\p{Lu}][\p{L}\p{N}'’ -]{0,40}?):\s+[\p{Lu}\p{N}]/u.exec(text) ??
    /^\s*([\p{Lu}][\p{L}\p{N}'’ -]{0,40}?(?:\([\p{L}\p{N}'’ -]{1,30}\))?):\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.exec(
      text,
    )
  if (!label || label[1].split(' ').length > maxLabelWords) return undefined
  return { text: label[1], names: true, kind: kindOf(label[1]) }
}

/** A clause (a finite verb, three words or more), a topic (a common noun or adjective), or a name. */
function kindOf(label: string): RunIn['kind'] {
  const words = tagSentence(label).filter((token) => token.kind === 'word')
  // "Who it's for:", "What to expect:": a question names what the item answers; it states nothing.
  if (/^(who|what|why|how|when|where|which)$/i.test(words[0]?.value ?? '')) return words.length > maxLabelWords - 1 ? 'name' : 'topic'
  // "Here is some context:", "The reason is simple:": a clause that only announces what follows
  // names the paragraph's point; the sentence after the colon states it.
  if (announcesWhatFollows(label)) return 'name'
  // "As I admitted above:", "As mentioned earlier:" (review 95, an essay): a pointer back at the text, said
  // before the claim after the colon, is no claim of its own.
  if (/^as\s+(?:(?:i|we)\s+)?[\p{L}]+\s+(?:above|earlier|before|previously)$/iu.test(label.trim())) return 'name'
  // (After its subject the tagger may read a present verb as the base form: "Vendors take/VB risks too".)
  if (words.length >= 3 && words.some((word, index) => index > 0 && /^(VB|VBZ|VBP|VBD|MD)$/.test(word.tag))) return 'claim'
  if (words.length > maxLabelWords - 1) return 'name'
  // ("**CPU飙高**：", "**数据库压力**：" (review 122, a Chinese post): words in Chinese or Japanese have no case; longer than a
  // name of two or three characters, a label in them is a topic.)
  // (Not a numbered one, "1. WEB 容器说明", nor one that only says an explanation follows, "OAP 说明", "…介绍": they name the
  // paragraph's place in the text.)
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(label)) {
    if (/^[\p{N}一二三四五六七八九十]+[.、)）]|(?:说明|說明|介绍|介紹|简介|总结|概述|説明|紹介|まとめ)$/u.test(label.trim())) return 'name'
    // (Nor a word that only says what kind of remark follows, "温馨提示", "需要注意的是", "注意事项", "解决方案", "下一步计划".)
    if (/(?:提示|注意|须知|事项|方案|计划|步骤|备注|结论|的是|ポイント)$|^(?:需要|注意|请注意)/u.test(label.trim())) return 'name'
    return [...label.replace(/\s/gu, '')].length > 3 ? 'topic' : 'name'
  }
  // ("**Do**: Write the subject line in the imperative…", "**Don’t**: End the subject line with a period…", "**Pros**", "**Cons**"
  // (a review of round 130's pairs of labels): the halves of a pair of advice or of a weighing, too short for the test below, are
  // topics, which their items need: without it "End the subject line with a period" advises what the writer warns against.)
  if (/^(?:do|don['’]t|do\s+not|pros?|cons?)$/iu.test(label.trim())) return 'topic'
  // A name is capitalised throughout and not all words ("Jan David Nose", "AW"); a topic has a
  // word in lower case ("Hybrid workplaces") or is made of words the lexicon knows ("Adaptation",
  // "Analytical Competency").
  const lower = words.slice(1).some((word) => /^[\p{Ll}]/u.test(word.value))
  const known = words.every((word) => word.value.length > 2 && isKnownWord(word.value.toLowerCase()))
  return lower || known ? 'topic' : 'name'
}

/**
 * The paragraph's text without the run-in label that opens it: the label names the turn or
 * the topic; the point is in what follows (none for "Sure.").
 */
export function withoutLabel(runIn: RunIn | undefined, text: string): string {
  const label = runIn?.text
  if (label && text.startsWith(label) && text.length > label.length) return text.slice(label.length).replace(/^\s*[:：|｜]?\s*/u, '')
  return text
}
