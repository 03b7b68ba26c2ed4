import { isKnownWord, type Token, tagSentence, tagWords } from './tagging.ts'
import { opensOnPictureCredit } from './captions.ts'
import { isPersonName } from '../person-names.ts'
import { asideWordsOf } from './clause-words.ts'
import { isCjk, pointLength, webAddress } from './text.ts'
import { upperFirst } from '../letter-case.ts'

/*
 * What a speaker says around a paragraph's point rather than the point itself: thanks and
 * greetings, which no slide needs, and examples, which illustrate a claim made in another
 * sentence of the paragraph.
 */

// Words that may come before the courtesy or the example without changing what it is.
const lead = /^(?:(?:and|so|but|also|finally|lastly|last|first|again|well|oh|yeah|yes|okay|ok)\s*,?\s+)*/i

// A condition the invitation is made on ("If you want to contribute, please feel free…", "Si vous avez une question, n'hésitez pas…").
const condition = /^(?:if|si|wenn|se)\s[^,]{1,60},\s*/iu

/** The sentence without its leading linking words, condition or "please", in lower case. */
function opening(sentence: string, lang = 'en'): string {
  // (A note's number first, "(1) Merci aux pompiers…", is no word of it; nor the bracket a sentence
  // set wholly in brackets opens on, "(I'd love to see your experiments on GitHub…)".)
  const text = sentence
    .trim()
    .toLowerCase()
    .replace(/^(?:\(\d{1,2}\)|\[\d{1,2}\])\s+/u, '')
    .replace(/^\((?=[^)]*\)[.!?]?$)/u, '')
    // (Nor the emoji it opens on, "🎉🎉🎉 Thanks for reading, let's make 2026 a great year…" (review 127, gitoxide's year in review).)
    .replace(/^(?:[\p{Extended_Pictographic}]|\u{FE0F}|\u{200D}|\s)+/u, '')
    // (Nor Spanish's opening marks, "¡Suscríbete a mi canal de YouTube!" (review 144, midudev's post).)
    .replace(/^[¡¿]+/u, '')
    .replace(lead, '')
    .replace(condition, '')
    .replace(lead, '')
  const please = asideWordsOf(lang)?.please?.find((word) => opens(text, word))
  return please ? text.slice(please.length).replace(/^[\s,，]+/u, '') : text
}

/** Whether `phrase` opens `text` as whole words (in Chinese and Japanese, written without spaces, as its first characters). */
function opens(text: string, phrase: string): boolean {
  if (!text.startsWith(phrase)) return false
  const after = text.charAt(phrase.length)
  return after === '' || !/[\p{L}\p{N}]/u.test(after) || !/[\p{L}\p{N}]$/u.test(phrase) || unspaced.test(phrase)
}

/** A phrase ending in a Han or kana character: the words of its script are not set apart by spaces. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u

/** Each phrase list's phrases by their first character (UTF-16 code unit), made once per list. */
const byFirstCharacter = new WeakMap<string[], Map<string, string[]>>()

/**
 * Whether any of `phrases` opens `text` ({@link opens}). A phrase can open it only if it starts
 * with the text's first character, so only those are tried: English alone has some 300
 * courtesies, and every sentence of every paragraph is tested for one (docs/benchmarks.md has
 * the count). (No list holds an empty phrase.)
 */
function opensWithAny(text: string, phrases: string[]): boolean {
  let index = byFirstCharacter.get(phrases)
  if (!index) {
    index = new Map()
    for (const phrase of phrases) {
      const first = phrase.charAt(0)
      const same = index.get(first)
      if (same) same.push(phrase)
      else index.set(first, [phrase])
    }
    byFirstCharacter.set(phrases, index)
  }
  return index.get(text.charAt(0))?.some((phrase) => opens(text, phrase)) ?? false
}

/**
 * "Click Done to close the dialog.", "完了をクリックしてダイアログを閉じます。": a tutorial's step that
 * only closes the window a step before opened says nothing a slide needs. (English and Japanese set phrases.)
 */
export function closesDialog(sentence: string): boolean {
  const text = sentence.trim().replace(/[.。!！]+$/u, '')
  return (
    /^(?:then\s+|now\s+|finally\s+)?(?:click|press|hit|tap|select)\s+(?:on\s+)?(?:the\s+)?["'“‘]?(?:done|ok|close|finish|apply|save)["'”’]?(?:\s+button)?\s+(?:to\s+(?:close|dismiss|exit)\s+the\s+(?:\w+\s+)?(?:dialog|window|pop-?up|modal|editor|panel)|and\s+close\s+the\s+(?:\w+\s+)?(?:dialog|window|pop-?up|modal|editor|panel))$/i.test(
      text,
    ) ||
    /^(?:[「『]?(?:完了|OK|閉じる|Done)[」』]?(?:ボタン)?を(?:クリック|押)して)?[（(]?[^、。]{0,6}[）)]?ダイアログを閉じ(?:ます|る)$/u.test(
      text,
    )
  )
}

/**
 * Whether a sentence is a courtesy: thanks ("Thank you so much", "Thanks to Lauren Tan for…",
 * "I want to thank the maintainers") or a greeting ("Happy birthday, Go!", "Welcome to…"). "Thanks
 * to caching, builds are fast" gives a reason and is not one.
 */
/** A Chinese call to follow an account: "请关注公众号", "请关注作者公众号", "欢迎关注我们的微信公众号". */
const followCall = /(?:请|欢迎)(?:大家)?关注(?:作者|我们|我)?(?:的)?(?:微信)?公众号/u
/**
 * A WeChat post's call to scan its code or tap its "read the original" button: "马上扫码或点击【阅读原文】进入官网报名吧！" (review
 * 121, KubeSphere's post), whose code and button the deck has not. (A call to act on the code, not a sentence about scanning
 * codes: "扫码登录是目前最常见的登录方式之一".)
 */
const scanCall =
  /(?:扫码|扫描(?:下方|上方)?二维码)(?:即可)?(?:关注|报名|进入|加入|参与|领取|下载|阅读|进群|入群)|长按(?:识别|扫描)|[【\[]阅读原文[】\]]|点击阅读原文/u

export function isCourtesy(sentence: string, lang: string): boolean {
  // ("PS.: se souber algum material legal em Português manda que eu adiciono aqui" (review 141, a Portuguese post): a
  // postscript, in any language, is an afterthought to the reader, never the point, as a paragraph set apart as one is.)
  if (isSetApartNote(sentence) && /^\s*(?:\*\*)?p/iu.test(sentence)) return true
  const words = asideWordsOf(lang)
  if (!words) return false
  const text = opening(sentence, lang)
  const english = lang.toLowerCase().startsWith('en')
  // ("We'd like to give special thanks to all the folks…": the thanks may come a few words on, after a "'d".)
  if (
    english &&
    // ("In addition we would like to thank…" (review 101, CocoaPods' post-mortem): after a connective, with or without its comma.)
    // ("We would like to extend a huge thank you to all the contributors…", SWR's 2.0 post (review 103).)
    // ("We would like to give our utmost thanks to the organisations…" (review 126, a Frictionless Data post).)
    /^(?:(?:in\s+addition|additionally|also|and|finally|lastly|last\s+but\s+not\s+least|of\s+course)\s*,?\s+)?(?:i|we)(?:['’](?:d|ll))?(?:\s+\w+){0,3}\s+(?:thank|(?:give|extend|send|offer|say)\s+(?:(?:a|our|my|special|big|huge|sincere|many|utmost|deepest|heartfelt|warmest|warm)\s+)*(?:thanks|thank[\s-]you))\b/.test(
      text,
    )
  )
    return true
  // "We're also thankful to…", "We appreciate the more than 850 contributors…": thanks said as the writer's feeling.
  if (
    english &&
    /^(?:i|we)(?:['’](?:m|re)|\s+(?:am|are))?(?:\s+(?:also|so|very|truly|really|deeply|always))*\s+(?:thankful|grateful|appreciative|appreciate)\b/.test(
      text,
    )
  )
    return true
  // "A heartfelt thanks to you, Sean!", "Thank you, everyone!": thanks said to someone, with nothing more.
  if (
    english &&
    /^(?:(?:a|an|our|my)\s+)?(?:(?:heartfelt|huge|big|special|sincere|warm|massive|great|many)\s+)*(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?\s*,?\s*(?:to\s+)?(?:you|y['’]all|everyone|everybody|all)(?:\s*,\s*[\p{L}]+(?:\s+[\p{L}]+)?)?\s*[.!]*$/u.test(
      text,
    )
  )
    return true
  // "Further gratitude is extended to my regular reviewers:", "Special thanks go to…": thanks as the subject.
  if (
    english &&
    /^(?:(?:further|special|additional|many|sincere|deep|heartfelt|huge|big|our|my|also)\s+)*(?:gratitude|thanks|appreciation)\s+(?:is|are|goes|go|went)\b/.test(
      text,
    )
  )
    return true
  // (Not "Thanks to everyone who contributed, and happy hacking!": people thanked, then a wish.)
  const reason = !/^thanks to (?:every(?:one|body)|all)\b/.test(text) && !/,\s*and\b/.test(text)
  if (english && /^thanks to\b/.test(text) && !/\bfor\b/.test(text) && text.includes(',') && reason) return false
  if (english && signsOff(text)) return true
  // A German wish at the end, an exclamation ("Viel Freude mit dem Setup!", "Viel Spaß beim Ausprobieren!"); not
  // a statement that opens on the same words ("Viel Erfolg hatte die erste Version nicht, …").
  if (lang.toLowerCase().startsWith('de') && /^viel\s+(?:spaß|spass|freude|erfolg|glück)(?=[\s!])[^.?]*!\s*$/iu.test(text)) return true
  // ("Wir freuen uns über Rückfragen und Rückmeldungen jedweder Art!" closing a German post on a hospital's system (review 150):
  // the readers' word invited, as "Feedback is welcome" in English.)
  if (lang.toLowerCase().startsWith('de') && germanInvitation.test(text)) return true
  if (opensWithAny(text, words.courtesies)) return true
  // ("更多精彩和首发内容请关注公众号：【阿飞的博客】" (review 119, a Chinese comparison of APM tools): a call to follow the writer's
  // account, wherever it stands; not a sentence about an account's followers, "关注公众号的用户数…".)
  if (lang.toLowerCase().startsWith('zh') && (followCall.test(text) || scanCall.test(text))) return true
  // (Its closing marks taken off only in a language with courtesies that close a sentence.)
  if (words.closingCourtesies) {
    const closing = withoutClosingMarks(text)
    if (words.closingCourtesies.some((phrase) => closing.endsWith(phrase))) return true
  }
  // "Côté développement, merci à Jared Palmer…": thanks after a short phrase that says for what.
  const adjunct = /^[^,，、]{1,30}[,，、]\s*/u.exec(text)
  if (adjunct === null) return false
  // ("That was taking a while, so until next time!": the "so" goes with the sign-off.)
  const rest = text.slice(adjunct[0].length).replace(/^(?:so|and|but)\s+/u, '')
  return opensWithAny(rest, words.courtesies)
}

/** A German invitation of the readers' word: "Wir freuen uns über Rückfragen…", "Ich freue mich auf euer Feedback!" (a closed class). */
const germanInvitation =
  /^(?:wir\s+freuen\s+uns|ich\s+freue\s+mich)\s+(?:über|auf)\s+(?:(?:ihre|ihr|eure|euer|deine|dein|jede|jedes|alle|viele|weitere)\s+)?(?:rückfragen|rückmeldungen|feedback|kommentare|anregungen|fragen|kritik|hinweise|nachrichten|zuschriften)\b/iu

/**
 * Whether an English sentence (lower case, without its opening links) signs off: a wish ("Happy
 * (fake) ticket shopping!"), a statement that only looks forward with the reader ("I'm looking
 * forward to spending the next year with you all!"), or an acknowledgement that credits others
 * ("This project would not have been possible without the help of…"). One that looks forward to
 * work it names ("We're also looking forward to investigating support for…") is the writer's plan.
 */
function signsOff(text: string): boolean {
  // ("Have a great day!" closing a conference report (review 150): a wish for the reader's day, and nothing more.)
  if (
    /^have\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:day|week|weekend|evening|night|holiday|holidays|summer|year|one|time)(?:,\s*[\p{L}'’]+)?\W*$/u.test(
      text,
    )
  )
    return true
  // ("Happy linting, folks!": the wish may call the readers by a word or two.)
  if (/^happy\s+(?:\([^)]*\)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+ing(?:,\s*[\p{L}'’]+(?:\s+[\p{L}'’]+)?)?\W*$/u.test(text)) return true
  if (/\b(?:would not|wouldn['’]t|could not|couldn['’]t) have been possible without\b/.test(text)) return true
  if (creditsBackers(text)) return true
  // "Star otelsql if you find it helpful!", "Give the project a star on GitHub": a GitHub star asked for.
  if (/^(?:star\s+(?:[\w.@/-]+\s+){1,3}?(?:on\s+github|if\s+you)\b|give\s+(?:[\w.@/-]+\s+){1,3}?a\s+star\b)/.test(text)) return true
  // ("As always, feedback is very much appreciated!" (review 133, Flink 1.9's release post), "Any feedback and contribution
  // are welcome, as always" (Strimzi's post): the readers' word invited, with nothing said of where or what.)
  if (
    /^(?:(?:as\s+always|as\s+usual|of\s+course|and|also)\s*,?\s+)?(?:(?:any|all|your|our|the|more)\s+)?(?:feedback|comments?|questions?|suggestions?|input|thoughts|ideas)(?:\s*(?:,|and|or|&)\s*(?:(?:any|all|your)\s+)?(?:feedback|comments?|questions?|contributions?|suggestions?|input|thoughts|ideas|pull\s+requests|prs|bug\s+reports))*\s+(?:is|are)\s+(?:(?:always|very|much|greatly|highly|most|more\s+than|very\s+much)\s+)*(?:welcome|welcomed|appreciated|encouraged)(?:\s*,?\s*(?:as\s+always|as\s+usual))?\s*[.!]*$/.test(
      text,
    )
  )
    return true
  // "We have a lot of people to thank": the thanks to come, announced.
  if (/^(?:i|we)\b.*\bto thank\W*$/.test(text)) return true
  // ("I can't wait to see what you all come up with!" (review 129, a shader tutorial's last line): the writer's eagerness for
  // what the readers will make, said to them; or excited to see it, or with the "I" left out: "We're excited to see what you
  // build with the new plugin API!", "Can't wait to see what you build".)
  if (
    /^(?:(?:i|we)\s+)?(?:can(?:['’]|no)t|cannot|can\s+not)\s+wait\s+to\s+(?:see|hear|find\s+out)\s+(?:what|how)\s+(?:you|y['’]all|everyone|everybody|people|the\s+community)\b/.test(
      text,
    ) ||
    /^(?:i|we)(?:['’](?:m|re)|\s+(?:am|are))\s+(?:so\s+|really\s+|very\s+)?(?:excited|eager|thrilled)\s+to\s+see\s+(?:what|how)\s+(?:you|y['’]all|everyone|everybody|people|the\s+community)\b/.test(
      text,
    )
  )
    return true
  const forward = /^(?:i|we)(?:['’](?:m|re)|\s+(?:am|are))?\s+(?:\w+\s+)?(?:look|looking)\s+forward\s+to\b/.test(text)
  // (Or with thanks in the same sentence: "We're looking forward to the next 3 months of collaboration, and would like to thank…".)
  return forward && (/!\s*$/.test(text) || /\byou\b/.test(text) || /\bthank/.test(text))
}

/**
 * Whether an English sentence (lower case) credits who paid for or made the work possible as its
 * whole predicate ("The type system was made possible thanks to a partnership between CNRS and
 * Remote", "The development work is currently sponsored by Fresha, Starfish, and Dashbit", "This
 * research was funded by the NSF"): an acknowledgement a speaker says, not a point of the talk.
 * ("Projects funded by venture capital grow faster" makes a claim: the passive is no main verb there.)
 */
function creditsBackers(text: string): boolean {
  const passive =
    /^[^,;:]{0,80}?\b(?:is|are|was|were|has been|have been)\s+(?:\w+ly\s+)?(?:(?:sponsored|funded|financed|underwritten)\s+by|made possible\s+(?:thanks to|by|through|with)\s+(?:\S+\s+){0,3}?(?:partnerships?|collaborations?|grants?|funding|sponsors?|sponsorships?|support|generosity|donations?|donors|contributions?|help))\b/
  return passive.test(text)
}

/**
 * Whether a sentence goes on with the thanks of the sentence before it ("I would like to thank
 * A for feedback. And B, C and D, for conversations on the topic."): it opens on "and" or "also"
 * and names more people to thank. English only.
 */
export function continuesCourtesy(sentence: string, lang: string): boolean {
  return lang.toLowerCase().startsWith('en') && /^(?:and|also|as well as|plus)\b/i.test(sentence.trim())
}

/**
 * The request of an English call to action without the condition and the "please" it is wrapped
 * in ("If you found this interesting, please consider contributing to Electron!" → "Consider
 * contributing to Electron!"): what the closing slide asks of the audience. `undefined` for any
 * other sentence.
 */
export function requestOf(sentence: string, lang: string): string | undefined {
  if (!lang.toLowerCase().startsWith('en')) return undefined
  // (Only a courtesy's condition goes, "If you found this interesting,": "If you find any errors in
  // this week's issue, please submit a PR" asks it only then.)
  const request =
    /^(?:if\s+you\s+(?:(?:found|find)\s+(?:this|it|these)\s+(?:[\p{L}]+\s+)?(?:interesting|useful|helpful|valuable)|(?:enjoyed|liked|like|love|loved|appreciate|appreciated)\b|(?:are|['’]re)\s+(?:interested|curious)|want\s+to\s+(?:help|support|contribute|learn\s+more|get\s+involved)|would\s+like\s+to\s+(?:help|support|contribute|learn\s+more|get\s+involved)|have\s+(?:any\s+)?(?:questions|feedback|thoughts|ideas|comments))[^,]{0,40},\s*)?please\s*,?\s+([\p{L}].*)$/isu.exec(
      sentence.trim(),
    )?.[1]
  return request && /^[a-z]+\b/.test(request) && request.split(/\s+/).length >= 3 ? upperFirst(request) : undefined
}

/** Whether a sentence opens as an example of a point made elsewhere ("For example, …", "One example is…"). */
export function isExample(sentence: string, lang: string): boolean {
  const words = asideWordsOf(lang)
  if (!words) return false
  const text = opening(sentence)
  // "I can give a more particular example.": in English, a sentence that ends on the word offers one.
  if (lang.toLowerCase().startsWith('en') && /\bexamples?\W*$/.test(text)) return true
  return opensWithAny(text, words.examples)
}

/**
 * Whether a sentence says of itself that it is said in passing ("We actually have a cure for blood
 * cancer now, by the way.", "Incidentally, …", "As an aside, …", "Fun fact: …"): an aside to
 * the claim another sentence of its paragraph makes. (A closed class of English.)
 */
export function saysInPassing(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const text = sentence.trim()
  return (
    /^(?:incidentally|as an aside|by the way|btw|fun fact|side note|on a side note|as a side note|for what it['’]s worth)\b/i.test(text) ||
    /,\s*(?:by the way|incidentally|btw)\W*$/i.test(text)
  )
}

/**
 * Whether a sentence only remarks on the speaker's own talking ("I'm just rambling about nothing...",
 * "But I digress.", "I might be wrong.", "Anyway."): said around a conversation's points, as a
 * courtesy is, never one of them. (A closed class of English.)
 */
export function remarksOnOwnTalk(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  return /^(?:(?:but|and|so|anyway|ok(?:ay)?)\s*,?\s+)?(?:i['’]m\s+(?:just\s+)?(?:rambling|babbling|digressing|thinking out loud)\b.{0,30}|i\s+digress|i\s+(?:might|may|could)\s+be\s+wrong(?:\s+(?:though|here|about (?:this|that)))?|anyway|anyhow|just kidding|where was i|sorry,?\s+i\s+(?:got|am|['’]m)\s+(?:sidetracked|off track|rambling))\W*$/i.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence opens by addressing someone by name ("Danya, I wanna kind of kick it back
 * to you…"): in a conversation, that hands over the turn; it does not make a point. English only.
 */
export function addressesSomeone(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'space')
  const [name, comma, next] = words
  // A name the tagger does not know is tagged as a common noun: a capital it has no entry for says name.
  const named =
    name?.kind === 'word' && (name.tag === 'NNP' || (/^[\p{Lu}]/u.test(name.value) && name.tag === 'NN' && !isKnownWord(name.value)))
  return named && !sequenceWord.test(name.value) && comma?.value === ',' && next?.kind === 'word' && /^(PRP|VB|MD|UH)/.test(next.tag)
}

/**
 * Words that open a sentence with a comma and are no one's name, though the tagger reads them as
 * names at a sentence's start ("First, make sure that…", "Now, we can…"): they order the writer's
 * steps or turn the text. (A closed class.)
 */
const sequenceWord =
  /^(?:first|second|third|fourth|fifth|next|then|now|today|finally|lastly|also|again|still|yes|no|well|so|here|there|however|instead|overall|together)$/i

/**
 * Whether a sentence tells what happened to the writer ("In a previous existence, I worked as a
 * musician", "I took one subject in first year"): in a paragraph that also says what it means
 * ("Everything in my life has a soundtrack"), the story supports the point. English only.
 */
export function tellsStory(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en') || !/\bI\b/.test(sentence)) return false
  const words = sentence.split(/\s+/, 10).map((word) => word.replace(/^\W+|\W+$/g, ''))
  const subject = words.indexOf('I')
  if (subject === -1) return false
  const tags = tagWords(words.slice(subject + 1))
  const verb = tags.findIndex((tag) => !/^RB/.test(tag))
  return tags[verb] === 'VBD'
}

/** Whether a sentence's main verb is in the present tense ("Everything in my life has a soundtrack"). English only. */
export function saysInPresent(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const words = sentence.split(/\s+/).map((word) => word.replace(/^\W+|\W+$/g, ''))
  // The first finite verb is the main clause's, or its auxiliary: a relative clause later does not count.
  const verb = tagWords(words).find((tag) => /^(VB[DPZ]|MD)$/.test(tag))
  return verb === 'VBZ' || verb === 'VBP'
}

/** Whether `phrase` stands in `text` as whole words. */
function holds(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase)
  if (at === -1) return false
  // (Chinese and Japanese set no spaces between words.)
  if (unspaced.test(phrase)) return true
  const before = text.charAt(at - 1)
  const after = text.charAt(at + phrase.length)
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)
}

/**
 * Whether a sentence only moves a story on to its next part ("I then moved on to preparing the
 * presentation", "We went on to the next stage", "Next up was the redesign"): the part it names is the next slide's; the
 * sentence says nothing of it. English only: "move on" is a phrasal verb the tagger reads as any other.
 */
export function movesOn(sentence: string, lang: string): boolean {
  const trimmed = sentence.trim()
  return (
    lang.toLowerCase().startsWith('en') &&
    (/^(?:[^,]{0,40},\s+)?(?:i|we)\s+(?:\w+ly\s+|then\s+|soon\s+)?(?:moved|went)\s+on\b/i.test(sentence) ||
      // ("I’ll now move on from the history to how it works" (review 143, a talk's transcript), "Let's move on to testing":
      // a talk turning to its next part, which it only names.)
      /^(?:(?:ok(?:ay)?|so|right|alright|now)\s*,?\s+)?(?:(?:i|we)(?:['’]ll|\s+will|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]re\s+going\s+to)\s+(?:now\s+)?|let['’]s\s+(?:now\s+)?)(?:move\s+on|turn|go\s+on)\s+(?:(?:now\s+)?from\s+[^,;:]{1,40}\s+)?to\s+[^,;:]{1,40}[.!]?$/i.test(
        trimmed,
      ) ||
      // ("Many of you will be familiar with rsync." (review 143, a talk's transcript): what the audience knows, said to bring
      // up what the talk goes on to say of it.)
      /^(?:(?:i['’]m\s+sure|i\s+(?:bet|guess|imagine)|probably)\s+)?(?:many|most|some|all|a\s+lot|lots)\s+of\s+you\s+(?:(?:will|would|might|may|probably|already)\s+)*(?:be\s+familiar\s+with|(?:are|were)\s+familiar\s+with|know|have\s+(?:used|heard\s+of|seen|tried))\s+[^,;:–—]{1,40}[.!]?$/i.test(
        trimmed,
      ) ||
      // ("First a bit about me." (review 143): who the speaker is comes next.)
      /^(?:(?:first(?:ly)?|so|ok(?:ay)?|now|but)\s*,?\s+)?(?:(?:just\s+)?a\s+(?:little\s+)?bit|a\s+little|a\s+few\s+words|some\s+(?:background|words))\s+(?:about|on)\s+(?:me|myself|us|ourselves)[.!]?$/i.test(
        trimmed,
      ) ||
      // "Next up was the redesign of the website": the part it names comes next.
      /^(?:next\s+up|up\s+next)\s*,?\s+(?:is|was|are|were|comes|came)\b/i.test(sentence) ||
      // "Ok, straight into bug #1", "On to the next one", "Moving on to the results": a turn to the next part, which it only names.
      // ("Now onto some bug fixes.", "Onto some changes you will see in Pulsar." (review 149, Pulsar's release notes): in one word.)
      /^(?:(?:ok(?:ay)?|so|right|alright|now|and)\s*,?\s+)?(?:(?:let['’]s\s+(?:go|jump|get)\s+)?(?:straight|right)\s+(?:in)?to|on\s*to|moving\s+on\s*to)\s+(?:the\s+)?[^,;:]{0,40}[.!]?$/i.test(
        sentence,
      ) ||
      // "I'll leave you with a little video inspiration": what closes the post comes next.
      /^(?:i|we)(?:['’]ll|\s+will)\s+leave\s+you\s+with\b/i.test(sentence) ||
      // "Ok, now we're getting to the point": the writer says the story has reached what comes next.
      /^(?:(?:ok(?:ay)?|so|right|alright)\s*,?\s+)?(?:now\s+)?(?:we|i)(?:['’]re|\s+are|['’]m|\s+am)\s+getting\s+(?:to\s+the\s+(?:point|good|interesting|fun|important)|somewhere|closer)\b/i.test(
        sentence,
      ) ||
      // "We're about to learn how for loops work", "We're now ready to complete the task", "We're ready to get coding"
      // (review 128, Django REST framework's tutorial): what comes next is announced, not said.
      /^(?:(?:ok(?:ay)?|so|now|alright)\s*,?\s+)?(?:we|you)(?:['’]re|\s+are)\s+(?:now\s+)?(?:about\s+to|ready\s+to|going\s+to)\s+(?:learn|see|look|find\s+out|discover|complete|dive|explore|build|write|get\s+(?:coding|started|going)|start\s+(?:coding|building|writing))\b/i.test(
        sentence,
      ))
  )
}

/**
 * Whether an English sentence only says what the reader had better understand or look at before
 * the point ("To understand these differences, it's first helpful to understand what static
 * analysis is", "it's helpful to look backward for a moment"): a transition to the sentences or
 * slides after it, which say it. ("It's important to understand that caches expire" states a
 * claim after its "that".)
 */
export function pointsTheWay(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const way =
    /\bit(?:['’]s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:\w+\s+)?(?:helpful|useful|worth|worthwhile|important|good|best)\s+(?:\w+\s+)?to\s+(?:first\s+)?(?:understand|look|know|review|recall|revisit|go\s+over|take\s+a\s+look|step\s+back|emphasi[sz]e|stress|note|point\s+out|highlight|clarify|mention|remember)\b(.*)$/iu.exec(
      sentence.trim(),
    )
  return way !== null && !/^\s*that\b/i.test(way[1])
}

/**
 * Whether an English sentence only tells the reader what to look at in the code or figure beside
 * it ("In the example GitHub Action .yaml file below, you see a release trigger defined", "In the
 * chart above, we can see the two runs"): the block shows it, the sentence after says what it
 * means. ("In the chart above, we see that latency doubles" states its claim after "that".) So does one that only names the
 * table or figure it shows next ("We present the Chatbot Arena Overall table first.").
 */
export function pointsIntoBlock(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const look =
    /^(?:in|on|from)\s+(?:the|this|that|these|our)\s[^,]{0,60}\b(?:below|above)\s*,\s*(?:you|we)\s+(?:can\s+|will\s+|may\s+)?(?:see|notice|find)\b(.*)$/iu.exec(
      sentence.trim(),
    )
  if (look !== null && !/^\s*(?:that|how|why)\b/i.test(look[1])) return true
  // ("We present the Chatbot Arena Overall table first." over the table (review 119, LMSYS's post on style control): the
  // writer names the table or figure they show next, and nothing of what it shows.)
  return presentsBlock.test(sentence.trim())
}

/**
 * "We present the … table first.", "Here we show our results below.": English's closed shape. (Names only: no preposition or
 * comparative among its words, "We show a 2x improvement over the baseline results" says what they show; "results" only
 * right after its determiner.)
 */
const presentsBlock =
  /^(?:(?:here|next|below|now|first),?\s+)?(?:we|i)\s+(?:first\s+|now\s+|next\s+)?(?:present|show|report|list|include|give)\s+(?:(?:the|our|a|an|some)\s+(?:(?!(?:over|between|across|against|than|of|on|to|from|in|for|with|by|more|less|better|worse)\b)[\p{L}\p{N}-]+\s+){0,5}(?:table|tables|figure|figures|chart|charts|plot|plots|graph|graphs)|(?:the|our)\s+results)(?:\s+(?:first|below|next|here|again))?\s*[.:]?$/iu

/** A sentence without the marks and pictographs it ends with ("…歓迎します😁", "…à remercier !"). */
function withoutClosingMarks(text: string): string {
  return text.replace(/(?:[\s。．.！!？?…\p{Extended_Pictographic}]|\u{FE0F})+$/u, '')
}

/**
 * Words at most after a turn's phrase, up to its first comma, in a language read without a tagger
 * ("Ahora podemos pasar a | la importancia de cada carpeta"): more say something of their own.
 */
const maxTurnWords = 6
/** Words at most of a sentence that only says what the talk will speak of ("Vamos a hablar de cómo trabajar con fechas…"). */
const maxTalkAboutWords = 20

/** CJK characters at most of a turn ("では、実際にコードを見ていきましょう"). */
const maxTurnCharacters = 30

/**
 * Whether a sentence, in a language lectern reads without a tagger, only turns the talk to what
 * comes next ("Pasemos a implementar el concepto.", "Commençons par un peu de ménage.",
 * "次に、設定を見ていきましょう。"): a turn phrase and a short phrase after it, up to the first comma.
 */
function turnsWithoutTagger(sentence: string, lang: string): boolean {
  const words = asideWordsOf(lang)
  if (!words) return false
  const text = withoutClosingMarks(opening(sentence, lang))
  // (Measured as a reader sees it, without an address it names: "経度緯度(135 35) https://maps.gsi.go.jp/#16/35/135/
  // について質問したらどうなるか見てみましょう" only turns to what comes next.)
  if (words.closingTurns?.some((phrase) => text.endsWith(phrase)))
    return pointLength(text.replace(webAddress, ''), lang) <= maxTurnCharacters
  // "Se você acha que vai ser impactado, ou gostaria de saber mais…, leia mais abaixo": a turn
  // after a condition of more than one clause, which `opening` leaves in part.
  const tail = condition.test(sentence.trim()) ? text.slice(text.lastIndexOf(',') + 1).trim() : text
  if (words.talksAbout && opensWithAny(text, words.talksAbout)) return text.split(/\s+/).length <= maxTalkAboutWords
  return [text, tail].some((each) => {
    const turn = words.turns?.find((phrase) => opens(each, phrase))
    if (turn === undefined) return false
    const clause = each.split(/[,，、;；:：]/u)[0]
    if (isCjk(clause)) return clause.length <= maxTurnCharacters
    const after = clause.slice(turn.length).trim()
    return after === '' || after.split(/\s+/).length <= maxTurnWords
  })
}

/**
 * Whether an English sentence only promises what the text goes on to list ("Below are actionable
 * steps you can take to enhance security…", "Here are the five rules we follow"): the items after
 * it are the points. ("Below 10 °C the reaction stops" opens on a preposition, not on "below are".)
 */
export function promisesBelow(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) {
    // "Aquí tienes un resumen", "Voici quelques défis…", "Hier sind die Ergebnisse": the same promise in another language.
    // ("Aqui está o princípio mais importante: não inclua…" says what it promises after its colon.)
    const text = opening(sentence, lang)
    // (Three words or more after its first colon: read after it, not with a pattern tried from
    // every colon, which a run of ":a:a:a…" made quadratic.)
    const colon = text.search(/[:：]/u)
    const kept =
      colon !== -1 &&
      text
        .slice(colon + 1)
        .trim()
        .split(/\s+/u).length >= 3
    const promises = asideWordsOf(lang)?.promises
    return !kept && promises !== undefined && opensWithAny(text, promises)
  }
  return /^(?:below|here|following)\s+(?:are|is|you(?:['’]ll|\s+will)?\s+find)\b/i.test(sentence.trim())
}

/**
 * Whether an English sentence only turns the talk to what comes next, naming nothing of it ("Let's
 * dive in.", "Let's expand on the second point.", "Now let's get started!"): the speaker says it
 * on the way; the slide after shows what it turns to. ("Let's look at the allocator" names its
 * subject: it is talk about the talk, which a paragraph of one sentence may still show.)
 */
export function onlyTurns(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return turnsWithoutTagger(sentence, lang)
  // ("Take a look:", "Have a quick look" before the code: the same turn as a bare imperative.)
  const turn =
    /^(?:(?:now|so|ok|okay|alright|well|first|next|then|and)\s*,?\s+)*let(?:['’]s|\s+us)\s+(.*?)\W*$/iu.exec(sentence.trim()) ??
    /^(?:(?:now|so|ok|okay|alright|well|first|next|then|and)\s*,?\s+)*(?:take|have)\s+(a\s+(?:quick\s+|closer\s+)?look(?:\s+.*?)?)\W*$/iu.exec(
      sentence.trim(),
    )
  return turn?.[1].split(/\s+/).every((word) => turnWords.has(word.toLowerCase())) ?? false
}

/** The verbs, particles and discourse nouns of a turn that names nothing ("dive in", "expand on the second point"). A closed class. */
const turnWords = new Set(
  (
    'dive jump get start begin dig move expand elaborate look take turn go continue explore recap review see talk head zoom step ' +
    'in into on onto to at back over deeper deep started right now then a an the our this that it these those them closer quick ' +
    'quickly first second third next last final point points section part step steps topic details detail more bit little together ' +
    'further straight ' +
    // ("Let’s look into some key highlights of this release.", Vitess 20's announcement (review 97): what a release
    // note's parts are, which the parts under it name.)
    'some of key main new notable highlights changes features release version update'
  ).split(' '),
)

/**
 * Whether a sentence sends the reader to a page it links ("You can read a detailed walkthrough …
 * in this blog post", "The full Xcode project is available on GitHub", "Here's kubernetes
 * documentation about…"): it points elsewhere, it makes no claim. `links` are the texts of the
 * paragraph's links; without one in the sentence, "you can see" is said about the subject.
 */
export function pointsElsewhere(written: string, links: string[], lang: string): boolean {
  const phrases = asideWordsOf(lang)?.pointers
  if (!phrases || !links.some((link) => link.length > 1 && written.includes(link))) return false
  // (A pointer in brackets is an aside of a sentence that claims something: "…和许多错误修复(请参阅发行说明)。"
  // A sentence wholly in brackets is what it says.)
  const outside = written.replace(/[(（][^()（）]*[)）]/gu, '')
  const sentence = /[\p{L}\p{N}]/u.test(outside) ? outside : written
  // "You can now download the browser for Android": what has just become possible is news, not a pointer.
  if (lang.toLowerCase().startsWith('en') && /\bcan\s+now\b/iu.test(sentence)) return false
  if (lang.toLowerCase().startsWith('en') && furnitureElsewhere.test(sentence.trim())) return true
  const text = sentence.toLowerCase()
  if (!phrases.some((phrase) => holds(text, phrase))) return false
  // "`jq` is an open-source command line tool for interacting with JSON data, you can find the
  // repository [here](…)": a claim of its own before the comma, and a pointer after it, is a claim.
  const comma = text.indexOf(', ')
  const head = comma === -1 ? '' : text.slice(0, comma)
  const claims =
    head.split(/\s+/u).length >= 6 &&
    !links.some((link) => link.length > 1 && head.includes(link.toLowerCase())) &&
    lang.toLowerCase().startsWith('en') &&
    // (Not one whose pointer is what the sentence turns to: "Learning can't be captured by a number, but a taste of our wins can be found on [the recording]".)
    !/^(?:but|yet|so|though|although)\b/u.test(text.slice(comma + 2)) &&
    statesSomething(head)
  return !(claims && !phrases.some((phrase) => holds(head, phrase)))
}

/** Whether an English clause states something of its own: it opens on its subject, not a preposition ("For a complete list…"), and has a tensed verb. */
function statesSomething(clause: string): boolean {
  const words = tagSentence(clause).filter((token) => token.kind === 'word')
  return words.length > 0 && !/^(IN|TO|VB)$/.test(words[0].tag) && words.some((word) => /^(VBZ|VBP|VBD|MD)$/.test(word.tag))
}

/**
 * An English sentence that only says where the text's own furniture is ("The full description is
 * in Other package managers", "The details are on the RFC's page", "The slides can be found
 * here", "Information on upcoming sprints is shared on our community site", "The code for the application that coordinates
 * benchmark runs … lives in its own repository", review 104): what it names is a page, not a claim. The nouns are a closed class of the kinds of text
 * a post sends its readers to.
 */
const furnitureElsewhere =
  /^(?:(?:the|our|my|more|further|all\s+the)\s+)?(?:(?:full|complete|whole|entire|detailed|official|exact)\s+)?(?:details?|descriptions?|documentation|docs|list|changelog|change\s+log|release\s+notes|write-?up|explanations?|rationale|discussion|reasoning|instructions|specification|spec|proposal|slides|recording|video|transcript|source\s+code|code|information|info|updates|news|announcements)(?:(?:\s*,\s*[\p{L}-]+){0,3}\s*,?\s+(?:and|&)\s+[\p{L}-]+)?(?:\s+(?:on|about|of|for)(?:\s+[\p{L}\p{N}-]+){1,12}?)?\s+(?:is|are|lives|live|resides|reside|sits|is\s+(?:hosted|kept)|can\s+be\s+(?:found|read|seen|watched))\s+(?:\w+\s+)?(?:in|at|on|under|here)\b/iu

/**
 * Whether a sentence is only the words of one of its paragraph's links, with at most arrows and
 * punctuation around them ("[Islands Architecture - Jason Miller →](…)", "→ Vite Guides"): where
 * to read more, not a claim.
 */
export function isOnlyLink(sentence: string, links: string[]): boolean {
  // (A paragraph without links, most of them, has no sentence to bare.)
  if (links.length === 0) return false
  const words = bareText(sentence)
  const bared = baredLinks(links)
  if (words !== '' && bared.texts.has(words)) return true
  // ("Next: [What to look for in a code review](looking-for.md)", Google's code review guide (review 105): a page's link to
  // the next or the previous page, its label and the link's words alone.)
  const turn =
    /^(?:next|previous|prev|back|up|read next|continue reading|next up|next post|previous post|next chapter|previous chapter) /.exec(words)
  if (turn && /^[^:：]{0,20}[:：»→]/u.test(sentence.trim()) && bared.texts.has(words.slice(turn[0].length))) return true
  // ("[**Jugar 🎾**](…)  ⏎ [**Código fuente**](…)" (review 112, a Spanish post's last lines): links alone, one after
  // another, are where to go, in any language.)
  if (bared.list.length >= 2 && words !== '' && bared.list.filter((text) => text !== '').join(' ') === words) return true
  // "Discussions: /r/rust, /r/programming, HN, lobsters": a label of a word or two over a list of links.
  // ("Discuss on [/r/reddit](…).", an essay's last line (review 98): so is a call to discuss it there, English's set phrases.)
  // (Only a sentence with such a label is searched for them: a paragraph of thousands of links would
  // otherwise search every sentence for every link.)
  const call = discussThere.exec(words)
  if (!call && !/^[^:：]{0,40}[:：]/u.test(sentence.trim())) return false
  let rest = ` ${call ? words.slice(call[0].length) : words} `
  let found = 0
  for (const text of bared.list) {
    if (text === '' || !rest.includes(` ${text} `)) continue
    rest = rest.replace(` ${text} `, ' ')
    found++
  }
  const left = rest.split(' ').filter((word) => word !== '' && !/^(?:and|or|et|und|y)$/.test(word))
  return call ? found >= 1 && left.length === 0 : found >= 2 && left.length <= 2
}

/** "Discuss on", "Join the discussion at", "Comments on": a call to discuss a post where its links go (bared words). */
const discussThere =
  /^(?:please )?(?:(?:discuss|comment)(?: (?:this|it))?(?: (?:post|article|essay))?|discussion|comments|(?:join|follow) the (?:discussion|conversation)) (?:on|at|over at|in|via) /

/** A text's letters and digits in lower case, one space between runs: how a sentence and a link's text are compared. */
function bareText(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase()
}

/** A paragraph's link texts bared once, not again for each of its sentences. */
const baredCache = new WeakMap<string[], { list: string[]; texts: Set<string> }>()

function baredLinks(links: string[]): { list: string[]; texts: Set<string> } {
  let found = baredCache.get(links)
  if (!found) {
    const list = links.map(bareText)
    found = { list, texts: new Set(list.filter((text) => text !== '')) }
    baredCache.set(links, found)
  }
  return found
}

/**
 * Whether a sentence talks about the text it is in, or points at the writer's other pages
 * ("ChatGPT helped with the article", "Code used in this article can be seen in my github",
 * "Espero que este artículo…"): said around the talk's subject, not a point of it.
 */
export function talksAboutText(sentence: string, lang: string): boolean {
  const phrases = asideWordsOf(lang)?.selfReferences
  if (!phrases) return false
  // "Times are in both Eastern Daylight Time (EDT) and UTC", "All times are UTC": how the text gives its times.
  if (
    lang.toLowerCase().startsWith('en') &&
    /^(?:all\s+)?times\s+(?:are|were)\s+(?:(?:given|listed|shown)\s+)?(?:in\s+)?(?:both\s+)?(?:utc|gmt|[a-z]+\s+(?:daylight|standard)\s+time|local\s+time|[A-Z]{2,4}\b)/iu.test(
      sentence.trim(),
    )
  )
    return true
  const text = sentence.toLowerCase()
  return phrases.some((phrase) => holds(text, phrase))
}

/**
 * Whether a sentence says what the part of the text it opens will do ("This section provides an overview
 * of the underlying refactors…", Falco's blog, review 92; "The following chapter describes…"): a
 * section's table of contents in a sentence, said before its points, never one. (English's closed classes.)
 */
export function introducesPart(sentence: string, lang: string): boolean {
  // (A verb of giving only with what it gives of the text, "provides an overview of…"; "This page shows an error
  // when the token expires" and "This post looks great on mobile" say something of the page.)
  return (
    lang.toLowerCase().startsWith('en') &&
    /^(?:this|the\s+(?:following|next|rest\s+of\s+this))\s+(?:section|part|chapter|post|article|guide|tutorial|page|document|series)\s+(?:[\p{L}]+ly\s+)?(?:(?:provides|gives|offers|presents)\s+(?:an?\s+|some\s+)?(?:[\p{L}]+\s+)?(?:overview|summary|introduction|look|tour|walkthrough|description|explanation|details)|describes|covers|explains|discusses|summari[sz]es|outlines|introduces|explores|examines|looks\s+(?:at|into)|goes\s+(?:over|through|into)|walks\s+(?:you\s+)?through|focuses\s+on)\b/iu.test(
      sentence.trim(),
    )
  )
}

/**
 * Whether a sentence (outside English, which its tagger reads) names something with a
 * demonstrative whose noun no other sentence of the paragraph names ("Siguiendo esta receta
 * vamos a crearnos una carpeta"), or points back ({@link pointsBackWithoutTagger}): the point
 * would be about what only the sentences before said.
 */
export function namesUnsaid(sentence: string, others: string[], lang: string): boolean {
  const demonstratives = asideWordsOf(lang)?.demonstratives
  if (!demonstratives) return false
  if (pointsBackWithoutTagger(sentence, lang)) return true
  // (A language with no demonstratives to look for past its back references, Japanese, is done.)
  if (demonstratives.length === 0) return false
  const written = sentence.split(/[^\p{L}\p{N}]+/u)
  const words = written.map((word) => word.toLowerCase())
  const elsewhere = others.join(' ').toLowerCase()
  return words.some((word, index) => {
    const noun = words[index + 1]
    // (Not a name in capitals that is spelt as one: "Giotto de la ESA fue…" (review 150, a Spanish post on comet probes),
    // the European Space Agency, is no "esa".)
    const acronym = written[index].length > 1 && written[index] === written[index].toUpperCase()
    return demonstratives.includes(word) && !acronym && noun !== undefined && noun.length > 2 && !holds(elsewhere, noun)
  })
}

/**
 * Whether a sentence, in a language read without a tagger, stands for something said before with
 * a demonstrative pronoun ("Não faça isso") or points back in the text ("Lo que he explicado
 * arriba…", "Nosotros usamos webpack en su lugar"): it leans on what the sentences before said.
 */
export function pointsBackWithoutTagger(sentence: string, lang: string): boolean {
  const words = asideWordsOf(lang)
  if (!words) return false
  const text = sentence.toLowerCase()
  if (words.backReferences?.some((phrase) => holds(text, phrase))) return true
  const pronouns = words.pronouns
  return pronouns !== undefined && text.split(/[^\p{L}\p{N}]+/u).some((word) => pronouns.includes(word))
}

// Marks that open and close a quotation. Straight double quotes open or close by turn; single
// quotes are left out, as "’" is also the apostrophe.
const opensQuote = new Set(['“', '«', '„', '「', '『'])
const closesQuote = new Set(['”', '»', '」', '』'])
const quoteMark = /["“”«»„「」『』]/

/** A sentence's words outside quotation marks, and whether it quotes anything at all. */
export interface Voice {
  /** Words of the writer's own, outside the marks: none in a line of dialogue. */
  own: number
  /** Some of its words are someone's speech inside quotation marks. */
  quotes: boolean
  /** How many words of speech it quotes. */
  quoted: number
}

/** Words a quotation holds at least to be someone's speech rather than a term the writer marks ("scripting interface"). */
const minSpeechWords = 4
const ideographs = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * For each of a paragraph's sentences, how many of its words are the writer's own, outside
 * quotation marks: none in a line of dialogue (“Good morning, Harzz. I feel like death.”) or
 * in someone else's words the writer quotes, two in "Djanik replies “I am confused as well…”".
 * A quotation may span sentences, so the marks are followed across them. A few words in quotes
 * (`There is no "scripting interface" separating…`) are a term the writer marks: their own words.
 */
export function voicesOf(sentences: string[]): Voice[] {
  // Most paragraphs quote nothing: their words are all the writer's, however many.
  if (!sentences.some((sentence) => quoteMark.test(sentence)))
    return sentences.map(() => ({ own: Number.POSITIVE_INFINITY, quotes: false, quoted: 0 }))
  let inside = false
  // The mark the open quotation opened with: marks of another kind inside it are its own quotes
  // (‘"never make transportation an issue… another for “living,” a third…"’), closing nothing.
  let outer = ''
  let nested = 0
  return sentences.map((sentence) => {
    // A quotation still open from the sentence before is speech, however short its rest.
    let carried = inside
    let quotes = inside
    let own = 0
    let span = 0
    let quoted = 0
    let inWord = false
    let outside = false
    const close = () => {
      if (carried || span >= minSpeechWords) {
        quotes = true
        quoted += span
      } else own += span
      span = 0
      carried = false
    }
    for (const character of sentence) {
      const wasInside = inside
      if (!inside && (character === '"' || opensQuote.has(character))) {
        inside = true
        outer = character
        nested = 0
      } else if (inside && character === '"') {
        if (outer === '"') inside = false
      } else if (inside && opensQuote.has(character)) {
        if (outer !== '"') nested++
      } else if (inside && closesQuote.has(character) && outer !== '"') {
        if (nested > 0) nested--
        else inside = false
      }
      if (wasInside && !inside) close()
      const letter = /[\p{L}\p{N}]/u.test(character)
      // (Chinese and Japanese run their words together: two characters count as a word.)
      const ideograph = letter && ideographs.test(character)
      const words = ideograph ? 0.5 : letter && !inWord ? 1 : 0
      if (inside) span += words
      else own += words
      if (letter && !inside) outside = true
      inWord = letter && !ideograph
    }
    if (inside) {
      quotes = true
      quoted += span
    }
    // A sentence wholly in quotation marks is a quotation, however short (“Your parents, captain?”).
    return outside ? { own, quotes, quoted } : { own: 0, quotes: true, quoted: quoted + own }
  })
}

/**
 * Whether a paragraph is a note the writer sets apart from the text by a marker ("NB: …",
 * "NB2: …", "P.S. …"): said after the points, not one of them. The Latin abbreviations are a
 * closed class used across languages.
 */
export function isSetApartNote(paragraph: string): boolean {
  return /^(?:\*\*)?(?:n\.?\s?b|p\.?\s?s|p\.?\s?p\.?\s?s)\.?\s*\d*\s*(?:\*\*)?\s*[:.)–—-]\s/iu.test(paragraph.trim())
}

/**
 * Whether a paragraph is the post's byline: its authors under a label ("**Authors:** Kevin
 * Hannon (G-Research), …", "**作者**：Jordan Liggitt (Google)"), or a date and "by" its authors
 * ("February 14, 2025 by Matt Carroll and Ricky Hanlon", "Le 16 mars 2023 par Dan Abramov et
 * Rachel Nabors"), or its date alone. It says who wrote the text and when, not what it says: the
 * title slide's business.
 * The words are a closed class per language: the label for "author" and the preposition for "by".
 */
export function isByline(paragraph: string): boolean {
  const text = paragraph.trim()
  // ("Written by Emily. Published on 2021/06/04.", Couchers' interview (review 105): a byline of two sentences, each one.)
  // (Not at an initial's stop: "…by Bradley M. Kuhn.")
  const parts = text.split(/(?<=[\p{L}\p{N}]{2}[.!])\s+(?=[\p{Lu}])/u)
  if (parts.length > 1 && parts.length <= 3 && parts.every((part) => isByline(part))) return true
  if (bylineLabel.test(text) || isCreditLine(text) || isSignature(text) || tagLine.test(text)) return true
  if (speakerLabel.test(text) && text.split(/\s+/).length <= maxSpeakerWords && !/[?？.!。]$/u.test(text)) return true
  // "本文 6320 字 阅读 10 分钟", "5 min read", "Reading time: 6 minutes": how long the post is to read.
  if (readingTime.test(text)) return true
  // ("本文由 LCTT 原创编译，Linux中国 荣誉推出" (review 130, a translated interview): who translated and published the post.)
  if (translationCredit.test(text)) return true
  // "This post originally appeared on the Software Carpentry website.", "Update, August 2014: see
  // Hacking Academia, my most recent reflection on this subject.": where else and when the post
  // was published, or a pointer to the one that follows it, said over its opening.
  if (isPublicationNote(text)) return true
  // "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.": a post's footer says when
  // and by whom, with or without a stop.
  if (postedBy.test(text) && text.split(/\s+/).length <= maxBylineWords) return true
  // A dateline alone ("November 16, 2023", "16 mars 2023", "2023-11-16"): a year and at most a
  // few words, the month's and the day's.
  // (The text is trimmed: its closing mark is its last character, tested first, as a sentence's
  // full stop rules most paragraphs out before their words are counted.)
  const last = text.slice(-1)
  // (A nickname in brackets is no word of it: "Nathan (Nat) Goodman October 2, 2017".)
  if (
    !/[!?。！？]/u.test(last) &&
    /(?:^|\D)\d{4}(?:\D|$)/u.test(text) &&
    wordsAtMost(text.replace(/^([\p{Lu}][\p{Ll}]+\s+)\([\p{Lu}][^()]{0,30}\)/u, '$1'), 3)
  )
    return true
  // ("22 de maio de 2024 por Ricky Hanlon." (review 123, react.dev's Portuguese recap): the stop after the names closes the
  // byline, not a sentence.)
  // (Only after a date alone: not "In 2019 the project was taken over by Google.")
  const by = byNames.exec(text)
  const date = by === null ? '' : text.slice(0, by.index)
  const letters = date.match(/[\p{L}]+/gu) ?? []
  // (Its words a month's name and the "de" or "of" of a date only, three at most, "22 de maio de 2024", with a day's number
  // beside the year: not "Founded on 4 September 1998 by Larry Page".)
  const dated =
    by !== null &&
    /^[\p{N}\s.,/-]*\d{4}[\p{N}\s.,/-]*$/u.test(date.replace(dateWord, ' ')) &&
    letters.length <= 3 &&
    letters.every((word) => monthName.test(word) || /^(?:de|of|del|the)$/iu.test(word)) &&
    date.trim().split(/\s+/u).length <= 5 &&
    /(?:^|\D)\d{1,2}(?:\D|$)/u.test(date)
  const unstopped = last === '.' && dated ? text.slice(0, -1) : text
  return (
    (!/[.!?。！？]/u.test(unstopped.slice(-1)) &&
      /\d{4}/u.test(text) &&
      text.split(/\s+/).length <= maxBylineWords &&
      namedBy.test(text)) ||
    datedNames(text)
  )
}

/**
 * "2023년 3월 16일, Dan Abramov, Rachel Nabors" (review 98, react.dev's Korean launch post), "March 16, 2023 · Jane Doe":
 * a date with its year, then only the names of who wrote it, in any language's date.
 */
function datedNames(text: string): boolean {
  const found = /^(.{0,24}?\d{4}[^,·|—–]{0,12}?)\s*[,·|—–]\s*(.+)$/u.exec(text)
  // (The date only: digits, a month's name, the marks of a day, month and year; not "In 2019, Google Cloud Platform".)
  // (A month's name, one word of three letters or more, in any case: "16 mars 2023"; and a day's number, or the marks
  // of a day: not "Since 2019, …".)
  const date = found?.[1] ?? ''
  if (
    !/\d{4}/u.test(date) ||
    !/(?:^|\D)\d{1,2}(?:\D|$)|[日일]/u.test(date) ||
    !/^(?:[\p{N}\s.,/-]|[年月日년월일]|[\p{L}]{3,9}\.?)+$/u.test(date) ||
    (date.match(/[\p{L}]{3,}/gu) ?? []).length > 1
  )
    return false
  const names = (found?.[2] ?? '').split(/\s*(?:,|&|·|\band\b|\bund\b|\bet\b|\by\b|및|和|、)\s*/u).filter(Boolean)
  return names.length > 0 && names.length <= 6 && names.every(isPersonName)
}

/**
 * Whether a heading only says who wrote the post, or when under a label (`#### Contributed by Jane
 * Doe`, `#### Publication date: June 11, 2025`, "Posted by Jane Doe on March 3, 2024"). Not a date
 * alone: a timeline's "2020-02-20" heads the day's entries.
 */
export function isBylineHeading(heading: string): boolean {
  const text = heading.trim()
  if (bylineLabel.test(text) || isCreditLine(text)) return true
  if (dateLabel.test(text) && /\d{4}/.test(text) && wordsAtMost(text, 6)) return true
  return isByline(text) && namedBy.test(text)
}

/**
 * Whether a point only says the writer's name ("I am Claire Novotny", "My name is Ryo Maruyama"):
 * who speaks, which the title slide says. English only: a closed set of openings.
 */
export function introducesSelf(point: string, lang: string): boolean {
  return (
    lang.toLowerCase().startsWith('en') &&
    /^(?:I\s+am|I['’]m|[Mm]y\s+name\s+is)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}[.!]?$/u.test(point.trim())
  )
}

/**
 * Whether a paragraph or quote only says where else the post was published, or points to a later
 * one ("This post originally appeared on…", "本文最先发表于 RustMagazine 中文月刊", "Update, August 2014: see…").
 */
export function isPublicationNote(paragraph: string): boolean {
  const text = paragraph.replace(/\s+/g, ' ').trim()
  return (publicationNote.test(text) || cjkPublicationNote.test(text) || updatePointer.test(text)) && wordsAtMost(text, maxNoteWords)
}

/** The same in Chinese and Japanese: "本文最先发表于…", "本文首发于…", "原文链接：…", "本文转载自…", "この記事は…に掲載…". */
const cjkPublicationNote =
  /^(?:本文(?:最先|首先|最早|首|已)?(?:发表|發表|发布|發佈|刊登|刊发)(?:于|於|在)|本文首发|原文(?:链接|連結|地址)\s*[:：]|(?:本文)?转载自|(?:本文)?轉載自|この記事は.{0,60}(?:に掲載|からの転載|に投稿))/u

/** Where else a post was published, or is a copy from. */
const publicationNote =
  /^(?:(?:this|the)\s+(?:(?:blog\s+)?post|article|piece|essay|entry|story)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|posted|ran)|originally\s+(?:published|posted|appeared)\s+(?:on|at|in)|(?:cross-?posted|reposted|republished)\s+(?:from|on|at|with)|this\s+is\s+a\s+(?:repost|cross-?post))\b/i
/** "Update, August 2014: see …", "Edit (2021): I've written a follow-up…": a note that sends the reader to a later post. */
// (A label, alone or with when: "Update:", "Update, August 2014:", "Update (2021):", "Updated 2014-08-22:"; not
// the imperative "Update your dependencies first: see the migration guide…".)
const updatePointer =
  /^(?:updated?|edit(?:ed)?)(?:\s*\([^()\n]{1,30}\)|,\s*[^:.!?\n]{1,30}|\s+(?:on\s+|in\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^:.!?\n]{0,30})?\s*:\s*(?:see|read|check\s+out|I(?:'|’)ve\s+(?:written|posted)|I\s+(?:wrote|posted)|there\s+is\s+a\s+follow-?up)\b/i
/** Words such a note has at most: a sentence or two, not a paragraph of the post. */
const maxNoteWords = 30

/** "by Jane Doe", "par Guillaume": who wrote it, in the languages bylines are written in. */
const namedBy = /(?:^|\s)(?:by|par|por|von|di|door|av)\s+[\p{Lu}]/u
/** A month's name (or its short form) in the languages lectern reads most. */
const monthName =
  /^(?:jan(?:uary|eiro|vier|uar)?|feb(?:ruary|rero|ruar)?|fev(?:ereiro)?|f[ée]vrier|mar(?:ch|zo|ço)?|märz|mars|apr(?:il|ile)?|abr(?:il)?|avril|may|mai|mayo|maio|maggio|june?|junio|junho|juin|juni|giugno|july?|julio|julho|juillet|juli|luglio|aug(?:ust)?|agosto|ao[uû]t|sept?(?:ember|iembre|embro|embre)?|set(?:embro|tembre)?|oct(?:ober|ubre|obre)?|out(?:ubro)?|okt(?:ober)?|ott(?:obre)?|nov(?:ember|iembre|embro|embre)?|dec(?:ember)?|dic(?:iembre|embre)?|dez(?:embro|ember)?|d[ée]cembre)$/iu
/** A word of a date's: its letters, replaced to test the numbers around it. */
const dateWord = /(?:^|\s)[\p{L}]{2,9}\.?(?=\s|,|$)/gu
/** "… by Matt Carroll and Ricky Hanlon.": what follows "by" is capitalised names only, to the end. */
const byNames =
  /(?:^|\s)(?:by|par|por|von|di|door|av)\s+[\p{Lu}][\p{L}'’-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|and|e|y|et|und|en|och|&|,))*\s*\.$/u

const postedBy = /^(?:[Pp](?:osted|ublished)|[Ww]ritten|[Uu]pdated)\s(?:on|at|in)\s[^!?]*?\sby\s+[\p{Lu}][\p{L}.'’ -]*$/u

const dateLabel = /^(?:publication date|published(?: on)?|posted(?: on)?|last updated|updated(?: on)?|date)\s*[:：]/iu

/**
 * Whether `text` has at most `most` words besides its numbers, punctuation and symbols, counted
 * only as far as `most`: a paragraph's words need not all be found to tell it is no dateline.
 */
function wordsAtMost(text: string, most: number): boolean {
  const word = /[^\s\p{N}\p{P}\p{S}]+/gu
  let count = 0
  while (word.exec(text) !== null) if (++count > most) return false
  return true
}

/**
 * Whether a paragraph only lists people's names ("John Millons, Klara Steele, Sean Boots et James
 * Mickle."): the authors or team a post credits at its end, with no verb; who they are is said,
 * not shown. Three names at least, each one to four capitalised words, joined by commas and a
 * conjunction (a closed class across the languages lectern reads).
 */
export function isNameList(paragraph: string): boolean {
  const trimmed = paragraph.trim()
  // (Its first name and the separator after it, looked for before the whole paragraph is split:
  // most paragraphs open on a sentence, and a list's first item is one whatever follows.)
  if (!nameListOpening.test(trimmed)) return false
  const items = trimmed
    .replace(/[.。]$/u, '')
    .split(/\s*[,،、]\s*(?:(?:and|et|y|e|und|en|og|och|i|и|та)\s+)?|\s+(?:and|et|y|e|und|en|og|och|i|и|та|&)\s+/u)
  return items.length >= 3 && items.every((item) => /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}$/u.test(item))
}

/** A name of one to four capitalised words, then the comma or conjunction that {@link isNameList} splits at. */
const nameListOpening = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}(?:\s*[,،、]|\s+(?:and|et|y|e|und|en|og|och|i|и|та|&)\s+)/u

/**
 * A post's tags or categories as a line of its text ("Tags: PostgreSQL, Database, Performance"): how
 * the site files it, as its byline says who wrote it. A label and a list of a few words each.
 */
const tagLine =
  /^(?:tags|tagged|keywords|categories|category|labels|topics|étiquettes|etiquetas|schlagwörter|标签|タグ)\s*[:：]\s*[^\s,，、.!?][^.!?。]{0,200}$/iu

/** A line that says only how long the post is, in words or minutes of reading (blog templates' and WeChat's). */
const readingTime =
  /^(?:(?:本文|全文)\s*(?:共\s*)?[\d,，]+\s*字[，,\s]*(?:(?:预计|预计阅读|阅读(?:时间)?|阅读需要?)\s*(?:约\s*)?\d+\s*分钟)?|(?:预计)?阅读(?:时间)?\s*[:：]?\s*(?:约\s*)?\d+\s*分钟|\d+\s*(?:min(?:ute)?s?|分钟|分)\s*(?:read|de lecture|de leitura|de lectura|Lesezeit|で読めます)?|(?:reading time|temps de lecture|tiempo de lectura|lesezeit|読了時間)\s*[:：]?\s*(?:about\s*|environ\s*|~\s*)?\d+\s*(?:min(?:ute)?s?|分)?)[.。]?$/iu

/** The label for "author(s)" that opens a byline, per language (a closed class). */
const bylineLabel =
  /^(?:authors?|author\(s\)|written by|posted by|autor(?:es|as?)?|auteur(?:e|s|es)?|autori?|verfasser|作者|著者|筆者|저자|글쓴이)\s*[:：]/iu

// ("_Speaker: Jakub Scholz @ Red Hat_": who gave a talk, a few words; not a transcript's turn, "Host: So tell us
// how you got started…", nor "Hosts: the machines Ansible manages are listed in…".)
const speakerLabel =
  /^(?:speakers?|presenters?|presented by|panell?ists?|moderators?|hosted by|讲师|讲者|演讲者|登壇者|発表者)\s*[:：]\s*\S/iu
const maxSpeakerWords = 10

/**
 * An English credit line: who else wrote, edited or illustrated the post, and nothing more ("With
 * contributions from Rynn Mancuso and Reese Lee.", "Additional reporting by Jane Doe",
 * "Illustrations by Ana Ruiz"). The nouns are a closed class of the parts people give a post.
 */
function isCreditLine(text: string): boolean {
  const credit =
    /^(?:(?:with\s+)?(?:additional\s+|special\s+)?(?:contributions?|help|input|edits?|editing|reviews?|reporting|research|illustrations?|photos?|photography|artwork|translation)\s+(?:from|by)|(?:contributed|written|authored|posted|maintained|edited|curated)\s+by)\s*:?\s+/i.exec(
      text,
    )
  return credit !== null && creditedNames.test(text.slice(credit[0].length))
}

/**
 * Names of one to four capitalised words each, with the organisation in brackets after them ("Reese Lee (Grafana)"), or
 * handles ("Maintained by @phil-opp, @josephlr, and @Freax13", Rust OSDev's monthly, review 104), and nothing else.
 */
const creditedName = String.raw`(?:@[\w.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\([^()]{1,40}\))?)`
const creditedNames = new RegExp(String.raw`^${creditedName}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)${creditedName})*\.?$`, 'u')

/** A Chinese post's line of who translated, compiled or published it: "本文由 LCTT 原创编译，Linux中国 荣誉推出", "本文由…翻译". */
const translationCredit =
  /^(?:本文(?:由(?!浅入深)|经)[^。！？，,]{1,40}?(?:原创)?(?:编译|翻译|译制|授权|转载)[^。！？]{0,30}?(?:荣誉推出|推出|发布)?|本文(?:翻译|译)自[^。！？]{1,60}|译者[:：][^。！？]{1,40})[。.]?$/u

/** Words a byline of a date and its authors has at most. */
const maxBylineWords = 16

/**
 * A post signed at its end: a name, then after a comma who they are, and no sentence ("Jane Doe,
 * Staff Engineer at Example", "Guillaume Lancrenon, Développeur au Ministère de l’Intérieur").
 */
function isSignature(text: string): boolean {
  if (dashSigned.test(text.trim()) || signedByTeam(text.trim())) return true
  // ("Cleuton Sampaio, M.Sc." (review 106, a Portuguese essay's last line): a degree's stop ends no sentence.)
  const signed = text.trim().replace(degreeStop, '')
  if (/[.!?。！？:]$/u.test(signed)) return false
  // ("Preston Holmes | Solution Architect | Google" (review 139, Google Cloud's community tutorials, each under its title): a
  // name, then the writer's role and employer after bars.)
  const barred = signed.split(/\s+[|·]\s+/u)
  if (
    barred.length >= 2 &&
    barred.length <= 4 &&
    isPersonName(barred[0]) &&
    // (Words, not a year or a time: "Random Access Memories | Daft Punk | 2013" lists an album, "Main Stage | Room A | 10:00" a talk.)
    barred.slice(1).every((part) => /^[\p{Lu}]/u.test(part) && !/\d/u.test(part) && part.split(/\s+/).length <= maxRoleWords)
  )
    return true
  return signature.test(signed) && signed.split(/\s+/).length <= maxSignatureWords
}

/** Words at most of a role or an employer after a name and a bar (see `isSignature`). */
const maxRoleWords = 5

/** The stop of an abbreviated degree or title that ends a signature ("M.Sc.", "Ph.D.", "Jr."). */
const degreeStop = /(?<=,\s*(?:[\p{Lu}][\p{L}]{0,2}\.){1,3}[\p{L}]{0,3}|\b(?:Jr|Sr|PhD|MSc|MBA|Esq))\.$/u

/** A name signed after a dash, a post's last line ("-The Lit Team", review 100, Lit 3.0's launch; "— Jane Doe", "~ the Rust team"). */
const dashSigned =
  /^[-–—~]\s*(?:(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:[Tt]eam|crew|maintainers|developers)|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,3})$/u

const signature = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}\s*,\s+[\p{Lu}]/u

/**
 * A team that signs a post, without a dash: "Il Team Developers Italia" (review 107, an Italian survey's last line), "The Lit
 * Team", "L'équipe Tauri", "El equipo de Godot", "Das Rust-Team": an article, the team's word and its name in capitals (not
 * "The Team", "Go Team!", "Blue Team Wins!"). Read word by word, a few words at most. (Team words of the languages lectern reads most.)
 */
function signedByTeam(text: string): boolean {
  const words = text
    .replace(/[.!]$/u, '')
    .replace(/^([Ll]['’])/u, '$1 ')
    .split(/\s+/u)
  if (words.length < 2 || words.length > maxTeamWords || !teamArticle.test(words[0])) return false
  const rest = words.slice(1)
  const team = rest.findIndex((word) => teamWord.test(word))
  if (team === -1) return false
  const names = rest.filter((word, index) => index !== team && !teamLink.test(word))
  return (
    (names.length > 0 || /-team$/iu.test(rest[team])) &&
    names.every((word) => word.length <= maxNameWordLength && /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*$/u.test(word))
  )
}

const maxTeamWords = 7
/** Characters at most of a word of a team's name. */
const maxNameWordLength = 30
const teamArticle = /^(?:the|il|lo|la|le|l['’]|das|die|der|el|los|o|os|a)$/iu
const teamWord = /^(?:team|équipe|equipo|equipe|squadra|crew|maintainers|[\p{Lu}][\p{L}.]*-team)$/iu
const teamLink = /^(?:de|del|di|du|des|of)$/u
/** Words a signature of a name and a role has at most. */
const maxSignatureWords = 20

/**
 * Whether a sentence points back at an earlier part of the text ("As mentioned earlier, …",
 * "The ETW profile I discussed above…", "As mentioned in Step 3, …"): it says again what a slide before said. English only;
 * the verbs are the writer's discourse verbs, a closed class.
 */
export function pointsBackInText(sentence: string, lang: string): boolean {
  return (
    lang.toLowerCase().startsWith('en') &&
    mayPointBack(sentence) &&
    (/\b(?:mentioned|discussed|described|noted|said|shown|explained|covered|outlined)\s+(?:earlier|above|before|previously)\b|\bas\s+(?:i|we)\s+(?:\w+ly\s+)?(?:said|mentioned|noted|saw)\b/iu.test(
      sentence,
    ) ||
      // ("As mentioned in Step 3, the cluster nodes treat…", "As described in the previous section, …".)
      /^as\s+(?:already\s+)?(?:mentioned|discussed|described|noted|explained|shown|seen|covered|outlined)\s+in\s+(?:the\s+)?(?:(?:step|section|part|chapter)\s+[^\s,]+|(?:previous|last|first|earlier|prior)\s+(?:step|section|part|chapter|post|article|paragraph))[^,]{0,30},/iu.test(
        sentence.trim(),
      ))
  )
}

/**
 * Whether an English sentence only says that what it names was said already ("Some of the most important points were
 * already mentioned.", "The details were covered above."): about the text, never a point. (English's closed classes. Not
 * prior work, "Similar attacks have been described before.")
 */
export function saysAlreadySaid(sentence: string): boolean {
  return /\b(?:were|was|are|is|have\s+been|has\s+been)\s+(?:already\s+(?:been\s+)?(?:mentioned|discussed|covered|outlined|described|explained)(?:\s+(?:above|earlier|before|previously))?|(?:mentioned|discussed|covered|outlined|described|explained)\s+(?:above|earlier|previously))\s*[.!]?$/iu.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence holds one of the words that end {@link pointsBackInText}'s phrases, in any
 * case: most sentences hold none, and a test without the Unicode flag costs far less than the
 * whole pattern with it (docs/benchmarks.md). (The flag also lets "ſ" match "s": a sentence with
 * one goes on to the pattern.)
 */
function mayPointBack(sentence: string): boolean {
  return /e(?:arlier|fore)|above|previously|sa(?:id|w)|mentioned|noted|^\s*as\s/i.test(sentence) || sentence.includes('\u017f')
}

/**
 * Whether an English sentence only reassures the reader ("System reliability is of the utmost
 * importance for us", "Security is our top priority", "Our commitment to investing in reliability
 * remains steadfast", "We sincerely apologize for the disruption", "We take your privacy
 * seriously", "We do not take this matter lightly"): what a company says around an incident's or a product's facts, not one of them.
 * (Closed shapes of English.)
 */
export function reassures(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const text = sentence.trim()
  return (
    /\b(?:is|are|remains?|was|has\s+always\s+been)\s+(?:of\s+)?(?:the\s+)?(?:our|my)?\s*(?:utmost|highest|top|number[\s-]one|paramount)\s+(?:importance|priority)(?:\s+(?:for|to|at|in)(?:\s+[\p{L}\p{N}'’-]+){1,3})?[.!]?$/iu.test(
      text,
    ) ||
    /^(?:(?:and|but|so)\s+)?our\s+(?:[\p{L}]+\s+)?commitment\s+to\b.{0,120}\b(?:remains|is)\s+(?:steadfast|unwavering|unchanged|strong|firm|absolute)\b/iu.test(
      text,
    ) ||
    /^(?:(?:again|once\s+again|finally),?\s+)?(?:we|i)(?:\s+(?:want|would\s+like|wish)\s+to)?\s+(?:(?:sincerely|deeply|truly|again|once\s+again|also)\s+)*(?:apologi[sz]e|regret\s+(?:the|any|this)|are\s+(?:very\s+|deeply\s+|truly\s+)?sorry)\b/iu.test(
      text,
    ) ||
    /^(?:we|i)\s+take\s+(?:[\p{L}]+\s+){1,3}(?:very\s+)?seriously\b/iu.test(text) ||
    /^(?:we|i)\s+(?:do\s+not|don['’]t|never)\s+take\s+(?:[\p{L}]+\s+){1,3}lightly\b/iu.test(text)
  )
}

/**
 * Whether an English sentence only previews the next part of the text or sums up the last on the
 * way to it ("In the next section, we look at how the cache is invalidated", "Next, we'll explain
 * how the scheduler works", "So far we've looked at reads; writes are next"): a transition between
 * sections; the slides of the part it names say it. ("Next, we add a route" is a step of a
 * tutorial, not a preview: only a verb of talking about the text is one.)
 */
export function previewsNext(sentence: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return false
  const text = sentence.trim()
  return (
    /^(?:in|over|throughout)\s+the\s+(?:next|following|coming|upcoming|remaining)\s+(?:section|sections|part|parts|post|posts|chapter|chapters|article|articles|installment|episode)\b/iu.test(
      text,
    ) ||
    // ("Tomorrow we'll go into the write path", "Next time, I'll cover…", "Next week we will look at…": the next post's.)
    // ("In part two, we'll focus on Matei's … presentation" (review 98, a meetup's recap): a later part's, by its number.)
    /^(?:next|then|now|tomorrow|next\s+(?:time|week|month)|in\s+a\s+(?:future|later|follow-up|next)\s+(?:post|article|part|installment)|in\s+(?:part|episode|installment)\s+(?:two|three|four|five|[2-9]|ii|iii|iv))\s*,?\s+(?:we|i)(?:['’]ll|\s+will|\s+are\s+going\s+to|\s+am\s+going\s+to|['’]re\s+going\s+to|['’]m\s+going\s+to)\s+(?:look|turn|explain|discuss|cover|explore|examine|talk|dive|walk|go\s+over|go\s+into|get\s+into|describe|focus\s+on|recap|share)\b/iu.test(
      text,
    ) ||
    /^so\s+far\s*,?\s+(?:we|i)(?:['’]ve|\s+have)\s+(?:looked|covered|discussed|talked|focused)\b[^.!?;]*[;,—–]\s*(?:[\p{L}]+\s+){1,4}(?:is|are)\s+(?:up\s+)?next\W*$/iu.test(
      text,
    )
  )
}

/**
 * Whether a sentence opens on the next post of a series, in any language the corpus holds ("In the next post of this
 * series, we will dive into…", "En la próxima publicación de esta serie, profundizaremos en…", "Dans le prochain article,
 * …", "Im nächsten Beitrag…"): the sentences after it in its paragraph say what that post will say, not this one.
 */
function previewsLaterPost(sentence: string): boolean {
  return /^(?:in\s+(?:the|a|our)\s+(?:next|upcoming|following|future|later)\s+(?:post|article|blog\s+post|installment|instalment|episode|part)|en\s+(?:la|el|una|un)\s+(?:próxima|próximo|siguiente)\s+(?:publicación|entrada|artículo|post|parte|entrega)|n[oa]\s+(?:próximo|próxima)\s+(?:artigo|post|publicação|parte)|dans\s+(?:le|la|un|une)\s+(?:prochain|prochaine)\s+(?:article|billet|épisode|partie)|im\s+(?:nächsten|kommenden|folgenden)\s+(?:artikel|beitrag|teil|post)|nel\s+prossimo\s+(?:articolo|post|episodio))\b/iu.test(
    sentence.trim(),
  )
}

/**
 * Which of a paragraph's sentences say what the next post of the series will say: where its first opens on that post
 * ({@link previewsLaterPost}), that one, and those after it in the future or naming that post ("Part two covers…"); "For
 * now, the key result is…" is this post's. Every sentence is this post's in a paragraph that opens otherwise.
 */
export function laterPostSentences(sentences: string[], lang: string): boolean[] {
  // ("明日は、LITALICO Advent Calendar 2025 19 日目の記事です。…さんが担当し、豪華４本立てになります！" (review 146, a Zenn post): a
  // paragraph that opens on an advent calendar's next post goes on about that post, whoever writes it.)
  if (lang.toLowerCase().startsWith('ja') && sentences.length > 0 && nextCalendarPost.test(sentences[0])) return sentences.map(() => true)
  const later = sentences.length > 1 && previewsLaterPost(sentences[0])
  return sentences.map((sentence, index) => later && (index === 0 || saysFuture(sentence, lang) || namesLaterPost(sentence)))
}

/** Whether a sentence opens on that later post or part by name ("Part two covers histograms…", "That post will…"). */
function namesLaterPost(sentence: string): boolean {
  return /^(?:(?:part|episode|installment|instalment)\s+(?:two|three|four|2|3|4|ii|iii|iv)|(?:the\s+next|that|this\s+next)\s+(?:post|part|article|episode|installment))\b/iu.test(
    sentence.trim(),
  )
}

/**
 * Whether a sentence says what will be, by its verb's future ("We will explore…", "we'll cover", "Exploraremos…",
 * "veremos", "nous verrons", "wir werden…"): closed classes of the endings and auxiliaries of the languages the corpus holds.
 */
function saysFuture(sentence: string, lang: string): boolean {
  const code = lang.toLowerCase().slice(0, 2)
  if (code === 'en') return /\b(?:will|shall)\b|['’]ll\b|\b(?:am|are|is|['’]re|['’]m)\s+going\s+to\b/iu.test(sentence)
  if (code === 'es' || code === 'pt')
    return /[\p{L}](?:aremos|eremos|iremos|arán|erán|irán|ará|erá|irá|arão|erão|irão)\b|\bvamos\s+a\s/iu.test(sentence)
  if (code === 'fr') return /[\p{L}](?:erons|irons|rons|eront|iront)\b/iu.test(sentence)
  if (code === 'de') return /\b(?:werden|wird|werde)\b/iu.test(sentence)
  if (code === 'it') return /[\p{L}](?:eremo|iremo|erà|irà)\b/iu.test(sentence)
  return false
}

/**
 * What a speaker says around a point and a slide never shows as one: a pointer to another page
 * ({@link pointsElsewhere}) or only its link ({@link isOnlyLink}), what to look at first
 * ({@link pointsTheWay}), a turn to what comes next ({@link onlyTurns}), a promise of it
 * ({@link promisesBelow}) or a preview of the next part ({@link previewsNext}). A paragraph's
 * choice and a section's fallback lead both pass over such a sentence.
 */
export function saidAroundAPoint(sentence: string, links: string[], lang: string): boolean {
  return (
    reassures(sentence, lang) ||
    pointsElsewhere(sentence, links, lang) ||
    isOnlyLink(sentence, links) ||
    pointsTheWay(sentence, lang) ||
    onlyTurns(sentence, lang) ||
    promisesBelow(sentence, lang) ||
    previewsNext(sentence, lang) ||
    sendsToOtherText(sentence, lang) ||
    sendsToAddress(sentence) ||
    (lang.toLowerCase().startsWith('en') && opensOnPictureCredit(sentence))
  )
}

/**
 * "See https://github.com/envoyproxy/envoy/issues/6596." (review 112, a security postmortem): a sentence that is only a
 * web address, or one the reader is sent to, written out rather than linked (so no link's words to find it by).
 */
function sendsToAddress(sentence: string): boolean {
  // (Or a label of a few words and its colon before it, in any language, or before a mail address: "GitHub 论坛：
  // https://github.com/…/discussions", "Dev 邮件组：dev@doris.apache.org".)
  const text = sentence.trim()
  return (
    /^(?:(?:see|cf\.?|more|details|source|ref(?:erence)?|link)(?:\s+also)?\s*:?\s+)?<?https?:\/\/\S+?>?[.!]?$/iu.test(text) ||
    /^[^:：.!?。]{1,30}[:：]\s*<?(?:https?:\/\/\S+?|(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?[.!。]?$/u.test(text)
  )
}

/**
 * Whether an English sentence sends the reader to another part or page ("See the next chapter for
 * more details.", "Read the release notes for the full list", "Check out the docs for more
 * information"): where to read, not what it says. (Verbs of reading and the kinds of text are closed classes.)
 */
/**
 * "You can leave a comment below.", "You can go to the discussions on Hacker News, programming Reddit, and Lobsters." (review
 * 145, two blogs' last lines): where the reader may answer or read others answer, never the post's point (English's closed
 * class of such places).
 */
const answersElsewhere =
  /^(?:(?:you\s+can(?:\s+also)?|feel\s+free\s+to|please)\s+)?(?:leave|post|drop|add)\s+(?:a\s+|your\s+)?comments?\s+(?:below|here|on\s+this\s+post)[.!]?$|^(?:you\s+can\s+(?:also\s+)?)?(?:go\s+to|join|see|read|follow)\s+(?:the\s+)?(?:discussions?|comments?|conversation)\s+(?:on|at|over\s+at)\s+(?:hacker\s+news|reddit|lobste\.?rs|[\p{Lu}][\w.-]*)\b[^.!?]{0,80}[.!]?$/iu

/** "There's lots more info on the website", "You can find more details in the docs": more of the subject, said to be elsewhere. */
const moreElsewhere =
  /^(?:there(?:['’]s|\s+is|\s+are)|you(?:['’]ll|\s+will|\s+can)\s+find)\s+(?:(?:lots|plenty|loads|a\s+lot|much|a\s+bit)\s+(?:of\s+)?)?more\s+(?:info(?:rmation)?|details?|examples?|documentation)\s+(?:on|in|at)\s+(?:the|our|my|its)\s+(?:\S+\s+)?(?:website|web\s*site|site|docs|documentation|wiki|blog|forum|readme|repo(?:sitory)?|page|homepage)[.!]?$/i

/**
 * "Pencilsword: On a Plate describes the effect perfectly." (review 146, an essay pointing at a comic), "This XKCD sums it up
 * nicely": another work said to put it well, over it or a link to it; what it says is there, not in the sentence. (English's
 * closed class of such verbs and praise.)
 */
const describedElsewhere =
  /^\S.{0,80}?\s(?:describes|explains|illustrates|captures|sums(?:\s+up)?|nails|shows|puts|depicts|summari[sz]es)\s+(?:it|this|that|(?:the|this|that)\s+(?:effect|idea|feeling|problem|point|situation|phenomenon|dynamic|concept))(?:\s+up)?\s+(?:perfectly|well|nicely|beautifully|brilliantly|best|really\s+well|so\s+well|better\s+than\s+I\s+(?:can|could))[.!]?$/iu

/** The sentence that names an advent calendar's next post ("明日は、LITALICO Advent Calendar 2025 19 日目の記事です"). */
const nextCalendarPost = /Advent\s*Calendar.{0,30}?\d+\s*日目/iu

/**
 * "詳細は以下のスライドをご参照ください", "…以下の記事にまとめていますので、よかったら御覧ください" (review 146, a Zenn post over its talk's slides): a short Japanese
 * sentence that only asks the reader to look at, or refer to, what is shown or linked beside it. (Japanese's set phrases.)
 */
const japanesePointer = /^.{0,80}?(?:ご参照|ご覧|御覧|ごらん|ご確認|参照|参考に)(?:して)?(?:ください|下さい)[。！!]?$/iu

/**
 * "자세한 내용은 tag.html 참고." (review 147, a Korean wiki's story), "…를 참고하세요", "…을 참조하시기 바랍니다": a Korean sentence
 * that only sends to another page or file for the details.
 */
const koreanPointer = /^.{0,80}?(?:참고|참조)(?:하세요|해 ?주세요|하시기 바랍니다|하십시오|바랍니다|하면 된다|하면 됩니다)?[.。!]?$/u

function sendsToOtherText(sentence: string, lang: string): boolean {
  if (lang.toLowerCase().startsWith('ja')) return japanesePointer.test(sentence.trim()) || nextCalendarPost.test(sentence)
  if (lang.toLowerCase().startsWith('ko')) return koreanPointer.test(sentence.trim())
  if (!lang.toLowerCase().startsWith('en')) return false
  // ("For more details, please refer to the Vitess and MySQL documentation." (review 97): the same after what it is for.)
  const text = sentence
    .trim()
    .replace(
      /^for\s+(?:more|further|additional|(?:the\s+)?full|complete)\s+(?:details?|information|info|examples?|context|background)\s*,\s*/i,
      '',
    )
    // ("For a longer introduction to Ions, click the video.", "To get started, follow the two links at the bottom." (review 146, a
    // talk's transcript): so after a fuller telling's name, or what to start with.)
    .replace(
      /^(?:for\s+(?:an?\s+|the\s+)?(?:longer|fuller|deeper|more\s+detailed|complete|full|in-depth)\s+(?:introduction|overview|walk-?through|explanation|tour|demo|treatment|discussion)\b[^,]{0,60}|to\s+get\s+started),\s*/i,
      '',
    )
  const sends =
    /^(?:please\s+|also\s+)?(?:see|read|consult|visit|refer\s+to|check(?:\s+out)?|have\s+a\s+look\s+at|take\s+a\s+look\s+at|head\s+(?:over\s+)?to|go\s+to|click(?:\s+on)?|watch|follow)\s/i
  // ("There is lots more info on the website." (review 143, a talk's transcript): that more is to be read elsewhere, and where.)
  if (moreElsewhere.test(text) || answersElsewhere.test(text) || describedElsewhere.test(text)) return true
  if (!sends.test(text)) return false
  const textKind =
    /^\S+(?:\s+\S+){0,2}?\s+(?:(?:the|our|my|this|that|a|an|its)\s+)?(?:(?:next|previous|following|last|earlier|later|other|official|full|linked|original|accompanying|companion)\s+)?(?:chapter|section|part|post|article|page|tutorial|guide|docs|documentation|appendix|readme|blog|paper|thread|issue|discussion|release\s+notes|changelog|video|talk|series|book|(?:toy\s+)?implementation|code|repo|repository|notebook|demo|gist|link)s?\b/i
  // ("Please refer to the Vitess and MySQL documentation": a project's docs, named by their capitalised names.)
  const namedDocs =
    /^(?:[Pp]lease\s+|[Aa]lso\s+)?(?:[Ss]ee|[Rr]ead|[Cc]onsult|[Rr]efer\s+to|[Vv]isit|[Cc]heck(?:\s+out)?)\s+(?:the|our)\s+(?:[A-Z][\w.-]*\s+(?:(?:and|&)\s+)?){1,4}(?:[Dd]ocs|[Dd]ocumentation|[Gg]uides?|[Mm]anuals?|[Rr]eference|[Hh]andbook|[Rr]elease\s+[Nn]otes|[Cc]hangelog)\b/
  return (
    textKind.test(text) ||
    namedDocs.test(text) ||
    /\bfor\s+(?:more|further|additional|(?:the\s+)?full|complete|all\s+the)\s+(?:details?|information|info|examples?|context|background|explanations?)\W*$/i.test(
      text,
    )
  )
}

/** Whether a sentence is one aside in brackets, its opening bracket closed by its last ("(See the docs.)", "(Eg: …)"), a sentence at most. */
export function wholeInBrackets(sentence: string): boolean {
  const text = sentence.trim().replace(/[.!?。！？]$/u, '')
  // (An aside of sentences of its own, "(This isn't as far-fetched as it sounds. Already, we're building
  // software that must work in space)", says something; one of a few words backs the claim before it.)
  // (Or square ones, an editor's note: "[Publicado originalmente el 04/07/2023]", review 104.)
  if (!/^[(（[]/u.test(text) || !/[)）\]]$/u.test(text) || /[.!?。！？]\s+\S/u.test(text)) return false
  const chars = [...text]
  let depth = 0
  for (const [index, char] of chars.entries()) {
    if (char === '(' || char === '（' || char === '[') depth++
    else if (char === ')' || char === '）' || char === ']') depth--
    if (depth === 0 && index < chars.length - 1) return false
  }
  return depth === 0
}

/** Whether a heading names the post's author's bio ("About the author", "作者简介", "Über den Autor"). */
export function namesAuthorBio(heading: string): boolean {
  return /^(?:about\s+(?:the\s+)?authors?|about\s+me|author\s+bio(?:graphy)?|作者简介|作者介绍|关于作者|作者について|著者について|著者紹介|저자\s*소개|글쓴이\s*소개|über\s+(?:den|die)\s+autor(?:in|en)?|zum\s+autor|sobre\s+(?:el|la|os|as|o|a)\s+autor(?:a|es|as)?|à\s+propos\s+de\s+l['’]auteur(?:e)?|sull['’]autore|chi\s+sono)$/iu.test(
    heading.replace(/[:：.]\s*$/u, '').trim(),
  )
}

/** "[1]: …", "[^2]: …", "[a]: …": a footnote's mark and a colon opening the paragraph that says it. */
const handWrittenFootnote = /^\s*\[\^?(?:\d{1,3}|[a-z])\]:\s/iu

/** Whether a paragraph is a footnote written by hand, its mark and a colon first ("[1]: Actually there is…"). */
export function isHandWrittenFootnote(text: string): boolean {
  return handWrittenFootnote.test(text)
}

/** A paragraph the writer opens by marking it an aside: "(TMI)", "TMI를 하자면,", "(Side note)", "(Off-topic)", "(여담)", "(余談)". A closed class. */
const markedAside =
  /^\s*(?:[(（]\s*(?:TMI|side\s+note|aside|off[-\s]topic|digression|여담|余談|题外话|閑話休題)\s*[)）]|TMI(?:를|을)?\s*(?:하자면|말하자면)[,，]?)/iu

/** Whether a paragraph opens on the writer's mark of an aside (see `markedAside`). */
export function isMarkedAside(text: string): boolean {
  return markedAside.test(text)
}
