import { contactRelative, dangles, lacksMainClause, onlyRelativeVerb, promisesMore } from './completeness.ts'
import {
  beForm,
  type Clause,
  clausesOf,
  endsIndefinite,
  hasVerb,
  holdsCondition,
  monthName,
  opensCondition,
  opensAdverbialClause,
  opensRelative,
  opensSubordinate,
  quotationsClosed,
  startsIntroductory,
  startsSubordinate,
  startsWithSubject,
  waitsForMainClause,
} from './english-clauses.ts'
import { boundsToCase, boundsToTime, continuesList, dropLeading, holdsStance, mayPickOutCase, picksOutCase, saysHow } from './leading.ts'
import { type Cut, maxGlanceWords, maxLongWords, maxWords } from './limits.ts'
import { finiteAuxiliary, finiteWord, isKnownWord, linkingVerb, type Token } from './tagging.ts'

/*
 * The ways an English sentence too long for a slide is shortened, from the best to the
 * last resort: a run of whole clauses, the main clause up to a preposition. A noun phrase
 * alone ("The scope of name bindings") reads as a fragment: no point is better.
 */

/** The longest run of whole clauses that fits, preferring the sentence's own start. */
export function byClauses(tokens: Token[], limit: number): Cut | undefined {
  const clauses = clausesOf(tokens)
  const short = wordsIn(clauses) <= maxLongWords
  // (Whether the sentence says "one thing" at all, for "it's one thing to X, it's another to Y" below: looked for in a run only then.)
  const hasOneThing = clauses.some((clause) => saysOneThing(clause.words))
  let best: Cut | undefined
  let bestLength = 0
  // (Whether the opening can pick out a case at all: the words before each run are gathered only then.)
  const opensOnPreposition = mayPickOutCase(clauses[0]?.words ?? [])
  for (let first = 0; first < clauses.length; first++) {
    if (first > 0 && best) break
    const opening = clauses[first].words
    // (An opening phrase that bounds the claim to its case, "Before incremental checkpointing, | every
    // checkpoint…", opens a run with the clause after it: see below.)
    const bounding =
      first === 0 &&
      (opening[0]?.tag === 'IN' || /^prior$/i.test(opening[0]?.value ?? '')) &&
      ((!hasFiniteVerb(opening) && boundsToCase(opening)) || picksOutCase(beforeComma(tokens)))
    if ((opensSubordinate(opening) && !bounding) || (first > 0 && !startsWithSubject(opening))) continue
    // (Nor the second half of a comparison, "…, | any more than there's one right way to build a website".)
    if (first > 0 && /^(?:any|no)$/i.test(opening[0]?.value ?? '') && /^(?:more|less)$/i.test(opening[1]?.value ?? '')) continue
    // A run after a verbless clause would start mid-list ("…Airbnb, Dropbox, and Slack did…").
    // (A long verbless opening, "Eighteen years since the release of NumPy 1.0,", is no list item.)
    const before = clauses[first - 1]?.words ?? []
    // (One that names a version, a date or a name, "Back in Rust 1.51,", stays with its clause.)
    // (Not a lone connective adverb, "…, however, | the lesson learned here is…": the claim starts after it.)
    const connective = before.length === 1 && contrastive.test(before[0].value)
    // (Not an opening of cause or manner, "Due to Linkerd's security policies and the Rust community's response,": a phrase, not a list's items.)
    const listLike =
      !connective && !opensWithComplexPreposition(before) && (before.length <= 3 || before.some((word) => /^(CD|NNP)/.test(word.tag)))
    // (A participle alone, "…, institutional or subject-based, | following…", is no verb of a clause that stands.)
    // (Nor a noun phrase whose only verb is its relative clause's, an apposition: "…compatible with ropey, | the rope crate we use to…".)
    if (first > 0 && (!hasFiniteVerb(opening) || (!hasVerb(before) && !startsSubordinate(before) && listLike) || onlyRelativeVerb(opening)))
      continue
    // ("…to ensure no possibility of large reorganizations, mining of invalid blocks, | or acceptance of invalid transactions
    // occurs" (review 120, a security disclosure): after a phrase without a verb, a clause that "or" or "and" opens is the
    // last item of a series, the subject of its verb with the items before; alone it drops what they share, the "no".)
    // (An item after another: not the clause after the sentence's first, "This was already possible…, | and you may have
    // seen…", which the tagger may leave without its verb.)
    // (Items named bare, a noun or a gerund without a determiner before and after the conjunction, "mining of invalid blocks,
    // or acceptance of…"; not a clause with a subject of its own after a place, "…, next to a small park with a pond, and the
    // rent is much lower…".)
    if (
      first > 1 &&
      /^(?:and|or|nor)$/i.test(opening[0]?.value ?? '') &&
      !hasVerb(before) &&
      !startsSubordinate(before) &&
      /^(?:NN|NNS|VBG|JJ)$/.test(before[0]?.tag ?? '') &&
      /^(?:NN|NNS|VBG|JJ)$/.test(opening[1]?.tag ?? '')
    )
      continue
    // "…to change a rule in a lightweight, | low-stakes prototype than…": the comma sits inside a phrase.
    // (Not after a particle: "…waiting weeks to get set up, | developers could…".)
    if (first > 0 && /^(JJ|DT|PRP\$)/.test(before[before.length - 1]?.tag ?? '') && dangles(before)) continue
    // "If the call fails, | the function returns…": the main clause alone claims more than the author did.
    if (clauses.slice(0, first).some((clause) => holdsCondition(tokens.slice(clause.start, clause.end))) && !contrasts(clauses, first))
      continue
    // "While it's possible to…, | and implementations will change…, the implementation used…":
    // a clause joined by "and" to an opening subordinate clause is still part of it.
    if (
      first > 0 &&
      /^(and|or)$/i.test(opening[0]?.value ?? '') &&
      opensSubordinate(clauses[0].words) &&
      clauses.slice(1, first).every((clause) => opensCoordinate(clause.words) || !hasFiniteVerb(clause.words))
    )
      continue
    // "In my experience, | a latency regression is…", "Maybe, | …": an opening without a verb that
    // says whose case or how sure stays with the claim.
    if (first > 0 && clauses.slice(0, first).some((clause) => !hasFiniteVerb(clause.words) && holdsStance(clause.words))) continue
    // "I hope that having persevered with them…, and that once we reach…, | real human connection can come back to
    // meetups" (review 111, an essay): a clause the writer hopes, wishes or doubts is not one they claim.
    if (first > 0 && clauses.slice(0, first).some((clause) => hopesFor(clause.words))) continue
    // "In its most extreme extrapolation, | you will not want…", "Where there's no real need for it, |
    // companies…": so does the case a superlative or "where" bounds the claim to.
    // (Where the time before a change and its clause together run past a long point, the clause may still stand alone.)
    if (first > 0 && boundsToCase(clauses[0].words) && (short || !boundsToTime(clauses[0].words))) continue
    if (first > 0 && opensOnPreposition && picksOutCase(clauses.slice(0, first).flatMap((clause) => clause.words))) continue
    // ("Her main point was that in the case of interactive & animated visualization, | matplotlib is relatively
    // limited" (review 92): so does the case a "that" clause opens on, right before the claim.)
    const opened = before.slice(before.findIndex((word) => /^that$/i.test(word.value)) + 1)
    if (first > 0 && opened.length < before.length && boundsToCase(opened) && !boundsToTime(opened)) continue
    // "By prioritizing readability, | we can enhance the quality…": how the claim comes true is
    // half of it, kept while the whole sentence is short enough to show.
    if (first > 0 && short && clauses.slice(0, first).some((clause) => saysHow(clause.words))) continue
    const words: Token[] = []
    for (let last = first; last < clauses.length; last++) {
      words.push(...clauses[last].words)
      if (words.length > limit) break
      const next = clauses[last + 1]
      // "…with support for ‘align-self: | normal’": no stop inside a quotation.
      if (next && !quotationsClosed(tokens.slice(clauses[first].start, clauses[last].end))) continue
      // "…said to me | that statisticians can learn…", "I agree with Josef | that recognition…":
      // the "that" clause is what was said (a name or pronoun takes no defining relative clause).
      // (After a name, only a "that" before a subject: "…called MCP Inspector | that allows…" is relative.)
      // (Past an adverb: "I mentioned earlier | that you can paste screenshots…".)
      const head = words.findLast((word) => !/^RB/.test(word.tag))
      const reported = /^(VB|PRP|TO|IN)/.test(head?.tag ?? '') || (head?.tag === 'NNP' && !/^(VB|MD)/.test(next?.words[1]?.tag ?? ''))
      if (next && /^that$/i.test(next.words[0]?.value ?? '') && reported) continue
      // "The result is a system | that handles…", "There was one part of Josef's post | that bounced…":
      // a relative clause defines what "a" or "there was" left open.
      // (Not one set off by a comma, ", which" or ", who": "…are guaranteed to return non-empty
      // lists, | which can then be encoded…" adds to a claim already whole.)
      // (Not after a thing the clause only introduces, "I could think of a special mode, | which
      // does not apply chunking", whose relative clause says what it is; nor before one that
      // judges the whole claim, "…requires wrapping all state in a selector, | which becomes tedious".)
      const setOff =
        next !== undefined &&
        markBefore(tokens, next) === ',' &&
        /^(which|who|whom|whose)$/i.test(next.words[0]?.value ?? '') &&
        !introducesOne(words) &&
        !judges(next.words)
      const rest = () => clauses.slice(last + 1).flatMap((clause) => clause.words)
      if (
        next &&
        opensRelative(next.words) &&
        ((endsIndefinite(words) && !setOff && !describedEnough(words, rest())) ||
          isExistential(words) ||
          (bringsInByHave(words) && saysWhatItDoes(next.words)))
      )
        continue
      // "…to always ignore any variable | whose name begins with _": a relative clause without a
      // comma after a noun that "any", "every" or "no" quantifies says which ones; without it the
      // claim is of all of them.
      if (next && (opensRelative(next.words) || next.words[0]?.tag === 'WP$') && markBefore(tokens, next) !== ',' && quantified(words))
        continue
      // "…between a project that gathers dust and one | that becomes widely adopted", "…to help
      // the few students | who needed help": the relative clause says which are meant.
      if (next && opensRelative(next.words) && markBefore(tokens, next) !== ',' && pickedOutByRelative(words)) continue
      // "…is nowadays so scarce in many countries | that a charge of 1200€ keeps…": the "that"
      // clause measures the degree "so" or "such" left open.
      if (next && /^that$/i.test(next.words[0]?.value ?? '') && awaitsResult(words)) continue
      // "…and are the place | where users find information", "…even scenarios | that have nothing
      // to do with…": a relative clause without a comma after "be the place", or after a noun no
      // determiner picks out, says which thing is meant.
      if (
        next &&
        markBefore(tokens, next) !== ',' &&
        (namesByRelative(words) || (/^that$/i.test(next.words[0]?.value ?? '') && definedByRelative(words, next.words[1])))
      )
        continue
      // "…when writing functions | that operate on the special container types": a "that" clause
      // after a noun without a comma says which ones are meant; without it the claim is of all.
      if (
        next &&
        (/^(that|who)$/i.test(next.words[0]?.value ?? '') || next.words[0]?.tag === 'WP$') &&
        markBefore(tokens, next) !== ',' &&
        /^NNS?$/.test(words.at(-1)?.tag ?? '') &&
        bareNoun(words)
      )
        continue
      // "Go 2, in the sense of…, | is never going to happen": the verb after the comma is the sentence's.
      // (Not a past form, which may be a participle: "an idea by George Marsaglia, | tweaked by…".)
      if (next && /^(VB[PZ]|MD)$/.test(next.words[0]?.tag ?? '') && tokens[next.start - 1]?.value === ',') continue
      // "The end of the document warns, | “[It] is impossible…”": the quotation is what the verb says.
      if (next && /^VB/.test(words[words.length - 1]?.tag ?? '') && opensQuotation(tokens.slice(clauses[last].end))) continue
      // "Go aims to support modern protocols by default, | but this example shows that enabling
      // HTTP/2 can break programs": what comes before "but" leads up to the point it leaves out.
      // (So does a clause before ", however,": "App Engine is great for so many things…, however, the lesson…".)
      if (next && (/^(but|yet)$/i.test(next.words[0]?.value ?? '') || contrastive.test(next.words[0]?.value ?? ''))) continue
      // "…automate stopping the capture | when there's a spike": a condition after the claim bounds it;
      // "Some of us are here to develop the recipes | while others…": a contrast is half the claim.
      // (Not after a comma: "…in the early 2000s, | when engineers started…" only adds when.)
      if (next && boundAt(tokens, next.words, 0)) continue
      // ("You could calculate a P-value | for each individual": see byPhrase.)
      if (next && eachOf(next.words)) continue
      // ("It's one thing to build something, | it's another to build something that people want" (review 112, a product
      // essay): the first of the pair only sets up the second.)
      if (next && hasOneThing && saysOneThing(words) && next.words.slice(0, 4).some((word) => /\banother\b/i.test(word.value))) continue
      // ("The Bach recording was made in stereo, | while my own recording was made in mono" (review 110, a tutorial):
      // after its comma too, a contrast of another thing with its own verb is the other half of the claim.)
      if (next && commaBefore(tokens, next) && contrastsAnother(next.words)) continue
      // ("The speed of individual development is important, | it's just not as important as the velocity of the entire team"
      // (review 122, Google's review guide): a clause run on after a comma that says of the same thing what it is not takes
      // back half the claim before it; without it the claim says the opposite of the writer's.)
      if (next && commaBefore(tokens, next) && qualifiesByDenial(next.words)) continue
      // "…go to your favorite dirt cheap, | questionably sourced retailer": the comma sits inside a noun phrase.
      if (next && endsAttributive(words)) continue
      // ("Unfortunately there is no one right way | , any more than there's one right way to build a website" (review 130, an
      // essay on open-source governance): a comparison that says the first half is as true as the second needs the second.)
      // (Only after a short claim, which says nothing of what without it: "…there is no one right way to run an open-source
      // project, any more than…" is one.)
      if (
        next &&
        words.length <= 6 &&
        /^(?:any|no)$/i.test(next.words[0]?.value ?? '') &&
        /^(?:more|less)$/i.test(next.words[1]?.value ?? '') &&
        /^than$/i.test(next.words[2]?.value ?? '')
      )
        continue
      // ("Governance processes are like test suites | because some bugs are always going to slip through" (the same essay): a
      // likeness the clause after it explains says nothing until it does.)
      if (
        next &&
        /^(?:because|since|in)$/i.test(next.words[0]?.value ?? '') &&
        (next.words[0]?.value.toLowerCase() !== 'in' || /^that$/i.test(next.words[1]?.value ?? '')) &&
        words.some(
          (word, index) =>
            /^(?:is|are|was|were|be|feels?|felt|looks?|looked|seems?|seemed|acts?|acted|works?|worked)$/i.test(word.value) &&
            /^like$/i.test(words[index + 1]?.value ?? ''),
        )
      )
        continue
      // ("…a compiler which synthesizes secure, | distributed programs" (review 130, a course's project write-up): so does
      // one between two adjectives of one noun, the first right after its verb.)
      // (Not a predicate adjective, "The data model is simple, | versioned documents are stored…": after a linking verb
      // the adjective ends its clause, and the words after the comma have a verb of their own.)
      if (
        next &&
        words.at(-1)?.tag === 'JJ' &&
        !linkingVerb.test(words.at(-2)?.value ?? '') &&
        commaBefore(tokens, next) &&
        /^(?:JJ|VBN)$/.test(next.words[0]?.tag ?? '') &&
        /^NNS?$/.test(next.words[1]?.tag ?? '') &&
        !next.words.slice(2).some(finiteWord)
      )
        continue
      // ("…for building production-grade | , static and server-side rendered applications" (review 123, a Next.js tutorial):
      // so does an adjective made with a hyphen, which the tagger reads as a noun, before the others that share its noun.)
      if (
        next &&
        compoundAdjective.test(words.at(-1)?.value ?? '') &&
        /^(?:JJ|NN|RB|VBN)$/.test(next.words[0]?.tag ?? '') &&
        /^NNS?$/.test(next.words.at(-1)?.tag ?? '')
      )
        continue
      // "…hard to notice at first glance | how utterly trivial the generators are": a clause opened
      // by "how", "why" or "whether" is an indirect question, which the verb before it takes.
      // (Not after a comma, where it restates: "We didn’t know what kind of reaction to expect, | whether…".)
      // ("…to describe in their own words | what they'd like to see": so is "what", the object the verb takes.)
      // (The clause starts at its "whether", past the comma's space: the comma is the mark before it.)
      // ("…; I'm not sure | who was transcribing my talk", "I wonder | where…": after an adjective or a
      // verb, "who", "where" and "when" open the question too; after a noun they open a relative clause.)
      // ("…traverse the whole script and record/NN | where the line breaks are": a verb of finding out, whatever the tagger reads it as.)
      const asked = next?.words[0]?.value ?? ''
      const question =
        /^(how|why|whether|what)$/i.test(asked) ||
        (/^(who|where|when)$/i.test(asked) && (/^VB/.test(words.at(-1)?.tag ?? '') || takesQuestion(words.at(-1), words.at(-2))))
      if (next && question && !commaBefore(tokens, next)) continue
      // "…that markdown “inlines” such | as emphasis can form…": "such as" is one word that lists examples.
      if (next && /^as$/i.test(next.words[0]?.value ?? '') && /^such$/i.test(words.at(-1)?.value ?? '')) continue
      // "…sent a memo with the subject title, | “No PowerPoint presentations…”": a quotation right
      // after a noun and its comma says what the noun is.
      if (next && /^NN/.test(words.at(-1)?.tag ?? '') && commaBefore(tokens, next) && opensQuotation(tokens.slice(clauses[last].end)))
        continue
      // "…is to treat OTel JavaScript | as a hierarchy, which…": an "as" without a verb of its own is
      // the verb's second argument, not a clause.
      if (next && /^as$/i.test(next.words[0]?.value ?? '') && !hasVerb(next.words) && !commaBefore(tokens, next)) continue
      // "The most common mistake is treating the AI | like it already knows…": after "treat", "regard" or
      // "view" and its object, the "as" or "like" that follows is what the verb says of it, clause or not.
      if (next && /^(?:as|like)$/i.test(next.words[0]?.value ?? '') && !commaBefore(tokens, next) && treatsAs(words)) continue
      // "…to illustrate why an alternative approach | — based on… — is so damn delightful": a
      // question the run opens last ("why", "how", "what") has no verb yet.
      if (next && asksWithoutVerb(words)) continue
      // "You don't actually sell a brand, | you build a community": a denial and what it corrects go together.
      // (Also when the correction is a clause of its own after the comma, with no "but": "…, you build…".)
      const denied = words.some((word) => /^(not|n['’]t|never)$/i.test(word.value))
      const corrects =
        denied &&
        tokens[(next?.start ?? 0) - 1]?.value === ',' &&
        /^PRP$/.test(next?.words[0]?.tag ?? '') &&
        /^(VB|MD)/.test(next?.words[1]?.tag ?? '')
      // ("We didn't finish the redesign | before the offsite — but we worked all week to finish it":
      // nor anywhere before the "but" that corrects the denial.)
      const butLater = denied && clauses.slice(last + 1).some((clause) => /^(but|yet)$/i.test(clause.words[0]?.value ?? ''))
      if (
        next &&
        (corrects || butLater || dropsCorrection(tokens.slice(clauses[first].start, clauses[last].end), tokens.slice(next.start)))
      )
        continue
      // "…is as incomprehensibly large | as gravitational wave signals are small": a comparison needs its second half.
      // ("But it is better to fail in the attempt | , than fail for lack of trying" (review 104): a comparative further back
      // in the run, not yet closed by its "than", waits for it too.)
      const thanNext = /^than$/i.test(next?.words[0]?.value ?? '') && !words.some((word) => /^than$/i.test(word.value))
      const compared = comparedBy(words.slice(-4)) ?? (thanNext ? comparedBy(words) : undefined)
      if (next && compared && compared === next.words[0]?.value.toLowerCase()) continue
      // "We couldn't devote as much time to webpack | as we would like to": an "as much", "as
      // many" or "as long" earlier in the run, not yet closed by its second "as", waits for it.
      if (next && /^as$/i.test(next.words[0]?.value ?? '') && opensEquative(clauses[last].words)) continue
      // "We were seeing 30, | 40, 50% and more slowdowns": a list of numbers goes on.
      if (next && words[words.length - 1]?.tag === 'CD' && next.words[0]?.tag === 'CD') continue
      // ("there's a lot of hard, tangible, | measurable results" (review 107, Gatsby's post): so do adjectives before their noun.)
      // (Plain adjectives, a noun after them: not "…is huge, | more like what you'd expect", a comparison that goes on.)
      if (
        next &&
        words[words.length - 1]?.tag === 'JJ' &&
        next.words[0]?.tag === 'JJ' &&
        /^NN/.test(next.words.find((word) => word.tag !== 'JJ' && word.tag !== 'CC')?.tag ?? '')
      )
        continue
      // "…is the idea | that they might…": what the noun says is the point.
      if (
        next &&
        /^that$/i.test(next.words[0]?.value ?? '') &&
        /^(PRP|DT|NNP)/.test(next.words[1]?.tag ?? '') &&
        /^NN/.test(words[words.length - 1]?.tag ?? '')
      )
        continue
      // "…only offer so much, | and in practice": a conjunction and a phrase open a clause still to come.
      // (Not before a relative clause, which says which thing the phrase means: "…, and another
      // dropdown for "State", | where…".)
      if (
        next &&
        clauses[last].words[0]?.tag === 'CC' &&
        last > first &&
        !hasVerb(clauses[last].words) &&
        !opensRelative(next.words) &&
        next.words[0]?.tag !== 'WP$'
      )
        continue
      // "…it would not be surprising | if…": the condition bounds the claim, as an exception does.
      // ("…which thread frees the buffer, | as long as exactly one of them does": so does "as long as".)
      if (next && (/^(if|unless|until|except)$/i.test(next.words[0]?.value ?? '') || opensCondition(next.words))) continue
      // "…only becomes extraordinary | when scaled…": "only" makes the condition the point.
      if (next && opensSubordinate(next.words) && words.some((word) => /^only$/i.test(word.value))) continue
      // "…were instructor-helper-host communication, | managing the online workshop, and how
      // learners would set up…": a series whose last item comes after "and" or "or" goes on from
      // its first item, even a participle one; cut there, the first item reads as if it were all.
      if (next && commaBefore(tokens, next) && !hasFiniteVerb(next.words) && seriesGoesOn(clauses, last + 1)) continue
      // A comma between list items ("Go, Rust, C") is not a place to stop; before a participle
      // ("…opening it, | guaranteeing that…") it is, and before the case a claim holds most in
      // ("…is hard, | especially when your team is small": the claim stands without it).
      // ("…spent in one function of a dependency, | the library Griddler.": a last phrase on a
      // determiner, with no "and" of a list, renames what the clause ended on.)
      const apposition =
        next !== undefined &&
        last + 2 === clauses.length &&
        /^(DT|PRP\$)$/.test(next.words[0]?.tag ?? '') &&
        !next.words.some((word) => word.tag === 'CC') &&
        /^NN/.test(words.at(-1)?.tag ?? '')
      if (
        next &&
        !apposition &&
        tokens[next.start - 1]?.value === ',' &&
        !hasVerb(next.words) &&
        !(next.words.length === 1 && singlesOut.test(next.words[0].value)) &&
        !startsSubordinate(next.words) &&
        // (Only when the whole sentence is too long even for a long point: a short one stays whole.)
        !(limit > maxWords && /^(VBG|VBN)$/.test(next.words[0]?.tag ?? '') && next.words.length >= 2 && !opensList(words))
      )
        continue
      if (next && last > first && tokens[next.start - 1]?.value === ',' && !hasVerb(clauses[last].words) && next.words[0]?.tag === 'CC')
        continue
      // "…a list of third-party dependencies, versions, | associated licenses, and other metadata":
      // a phrase without a verb of its own between two commas is an item of a list that goes on.
      // (A participle opening it, "associated licenses", is no verb of its own.)
      // (Not the last item, after its "and": "…for "Country", and another for "State", | where…".)
      const item = clauses[last].words
      if (
        next &&
        last > first &&
        commaBefore(tokens, clauses[last]) &&
        commaBefore(tokens, next) &&
        item.length > 0 &&
        !hasFiniteVerb(item) &&
        item[0].tag !== 'CC' &&
        // (Not an apposition before a longer phrase: "…in a suitable repository, institutional or
        // subject-based, | following the possible restrictions…".)
        (next.words[0]?.tag === 'CC' || next.words.length <= 4 || /^etc$/i.test(next.words[0]?.value ?? '')) &&
        !hasFiniteVerb(next.words)
      )
        continue
      // "…the project was formed, in part, | because of the burdens…": a short phrase set off by
      // commas ("in part", "for example", "at least") hedges what follows it; the run neither
      // ends on it nor just before it.
      if (next && (hedgeBetweenCommas(tokens, clauses[last]) || (clauses[last + 2] && hedgeBetweenCommas(tokens, next)))) continue
      // "One such tool is the ability, still under development, | for Auslan Signbank to pull…": an
      // aside without a verb set between two commas interrupts a phrase the words after it finish.
      if (
        next &&
        last > first &&
        commaBefore(tokens, clauses[last]) &&
        commaBefore(tokens, next) &&
        !clauses[last].words.some(finiteWord) &&
        // (An aside that qualifies, "still under development", "largely unused"; not a name or a list's item, "…, Laura Godfrey, of the GSA".)
        /^(RB|JJ)/.test(clauses[last].words[0]?.tag ?? '') &&
        clauses[last].words.length <= maxQualifyingAsideWords &&
        interruptsNoun(clauses[last - 1]?.words ?? []) &&
        /^(IN|TO)$/.test(next.words[0]?.tag ?? '') &&
        !subordinator.test(next.words[0]?.value ?? '')
      )
        continue
      // "So GitHub comes along, gains critical mass, | and nearly all of us put…": a predicate in a
      // series after a comma is followed by the series' last item.
      if (
        next &&
        last > first &&
        commaBefore(tokens, clauses[last]) &&
        /^VB[DPZ]$/.test(clauses[last].words[0]?.tag ?? '') &&
        next.words[0]?.tag === 'CC'
      )
        continue
      // "…appeared with a clear objective: | make all the research results available…", "…revealed
      // something strange: | no matter which…": what the colon announces is the point.
      // (A dash too, and a counted phrase: "…has several components - the CPU…, a DAC…", "…do one
      // of two things: write them…", "…illustrates another general guideline: when you need…".)
      // (The mark is the last token before the clause but its space.)
      // (Not before a bare list of names, which says nothing alone: "TPC-H simulates a business environment with
      // eight tables: | REGION, NATION, …, and LINEITEM" claims before its colon.)
      // (Not before a dash the writer goes on after in the first person, "The first task was to find a proper Jekyll Theme
      // | - I was looking for one that…" (review 118, a blog's migration story): what they did, not what the phrase before it
      // announced; unlike "there were pains | - I was experiencing…", which only says there is something to tell.)
      const goesOn =
        next !== undefined &&
        /^[—–]$/.test(markBefore(tokens, next)) &&
        next.words[0]?.value === 'I' &&
        !isExistential(words) &&
        words.length >= 6
      if (
        next &&
        !goesOn &&
        /^[:—–]$/.test(markBefore(tokens, next)) &&
        (announces(words) || counts(words)) &&
        !(counts(words) && hasFiniteVerb(words) && namesSeries(rest()))
      )
        continue
      // "Two resource types are still missing for the complete story: | HTML and CSS": a subject
      // that counts things without naming them is answered by the list after the colon.
      if (next && markBefore(tokens, next) === ':' && !hasFiniteVerb(next.words) && countsSubject(words)) continue
      // "Today, I came across the equation | — the determinant of a matrix is equal to…": what
      // a colon or dash opens with a verb of its own is what the phrase before it names.
      // (Not one the writer goes on after: see `goesOn`.)
      if (next && !goesOn && /^[:—–]$/.test(markBefore(tokens, next)) && /^NN/.test(words.at(-1)?.tag ?? '') && hasFiniteVerb(next.words))
        continue
      // "It turns out I was completely wrong - you do need a bootloader…": a short clause before a
      // colon or dash that a clause of its own follows sets up what that clause says.
      if (
        next &&
        /^[:—–]$/.test(markBefore(tokens, next)) &&
        words.length <= 8 &&
        /^(JJ|RB)$/.test(words.at(-1)?.tag ?? '') &&
        startsWithSubject(next.words) &&
        hasFiniteVerb(next.words)
      )
        continue
      // What follows a colon is the point of the sentence: not one item of it alone.
      if (last > first && !hasVerb(clauses[last].words) && markBefore(tokens, clauses[last]) === ':') continue
      if (
        last > first + 1 &&
        !hasVerb(clauses[last].words) &&
        !hasVerb(clauses[last - 1].words) &&
        markBefore(tokens, clauses[last - 1]) === ':'
      )
        continue
      // "…and since errors are values, | errors can be…": the main clause of "since" is still to come.
      if (next && last > first && opensAdverbialClause(clauses[last].words) && tokens[next.start - 1]?.value === ',') continue
      // "…is quite expensive with webpack, as performance | for SourceMap processing isn't the
      // best": an "as", "because" or "while" clause whose verb the run has not reached yet.
      if (
        next &&
        last > first &&
        opensAdverbialClause(clauses[last].words) &&
        !clauses[last].words.some((word) => /^(VB|MD)/.test(word.tag))
      )
        continue
      // "We have concluded the investigation and despite our best efforts, | we're unable to
      // recover…": a phrase after the run's last "and" that has no verb of its own opens the clause
      // after the comma; the run stops inside that clause.
      const joined = words.findLastIndex((word) => word.tag === 'CC')
      const opener = joined === -1 ? [] : words.slice(joined + 1)
      if (
        next &&
        opener.length > 0 &&
        /^(IN|RB)$/.test(opener[0].tag) &&
        !hasVerb(opener) &&
        commaBefore(tokens, next) &&
        startsWithSubject(next.words) &&
        /^(PRP|EX)$/.test(next.words[0]?.tag ?? '')
      )
        continue
      // "…at all times, | even": an adverb alone opens a clause still to come.
      if (
        next &&
        last > first &&
        clauses[last].words.length > 0 &&
        clauses[last].words.every((word) => /^RB/.test(word.tag) || /^however$/i.test(word.value))
      )
        continue
      // "Note that since X treats Y, | these examples…": "since" still waits for its main clause.
      if (next && tokens[next.start - 1]?.value === ',' && waitsForMainClause(tokens.slice(clauses[first].start, clauses[last].end)))
        continue
      // "…on every iteration, | but in the real API", "…tests, | so even policy experts": a
      // conjunction opens a clause still to come.
      if (
        next &&
        last > first &&
        opensCoordinate(clauses[last].words) &&
        !hasVerb(clauses[last].words) &&
        !opensRelative(next.words) &&
        next.words[0]?.tag !== 'WP$'
      )
        continue
      if (words.length < 3 || !hasVerb(words) || (dangles(words) && !(next && stranded(words)))) continue
      // ("We can select what network we are connecting to | , what device we are using and create variables…" (review 124,
      // Arduino's how-to): a run that stops before a comma and a clause opened by the same question word as its own last one
      // stops inside their series.)
      if (
        next &&
        markBefore(tokens, next) === ',' &&
        /^(?:what|which|where|when|how|who|why|whether)$/i.test(next.words[0]?.value ?? '') &&
        // (Among the first words of the run's last clause only: a look through the whole run at each clause was quadratic.)
        clauses[last].words.slice(0, 4).some((word) => word !== words[0] && word.value.toLowerCase() === next.words[0].value.toLowerCase())
      )
        continue
      // ("…there are times when situations are complicated, nuanced | , with no real good guys or bad guys, and…" (review 124,
      // an essay): a run that stops on an adjective set after another with a comma, without an "and", stops inside their series.)
      if (
        next &&
        last > first &&
        clauses[last].words.length <= 2 &&
        clauses[last].words.every((word) => /^(?:JJ|VBN)$/.test(word.tag)) &&
        /^(?:JJ|VBN)$/.test(clauses[last - 1].words.at(-1)?.tag ?? '') &&
        markBefore(tokens, clauses[last]) === ','
      )
        continue
      // "Thanks to the streamed Thanos gRPC StoreAPI, | sidecar is now…": an opening phrase of cause
      // or manner, cut off from the clause it leads into, is no sentence, whatever participle it holds.
      if (next && last === first && first === 0 && opensWithComplexPreposition(words) && !hasFiniteVerb(words)) continue
      // "…to organize my ideas and the discussion | with Unmesh helped in refining it".
      if (
        next &&
        opensClauseWithoutItsVerb(
          words,
          clauses.slice(last + 1).flatMap((clause) => clause.words),
        )
      )
        continue
      if (next && verbAfterPhrase(words, next.words)) continue
      // ("…we are now nearing a point where some of the design decisions | that made perfect sense back in 2016 … no longer
      // have the weight they used to" (review 126, gRPC's post on its C# future): a run that stops inside a "where" or "when"
      // clause, after its subject and before its verb, stops mid-clause.)
      if (next && subjectWithoutVerb(words, placeOrTimeOpener, /^(?:that|which|who)$/i.test(next.words[0]?.value ?? ''))) continue
      if (lacksMainClause(tokens.slice(clauses[first].start, clauses[last].end))) continue
      if (next && dropsCorrection(tokens.slice(clauses[first].start, clauses[last].end), tokens.slice(next.start - 1))) continue
      if (next && leavesComplement(words, next.words, tokens.slice(next.start, next.start + 80))) continue
      if (next && endsBeforeWhatItModifies(words, next.words)) continue
      if (next && promisesMore(words)) continue
      if (last === first && first === 0 && startsIntroductory(opening) && clauses.length > 1) continue
      if (words.length > bestLength) {
        const wordTokens = dropLeading(tokens.slice(clauses[first].start, clauses[last].end))
        const skipsMain = clauses.slice(0, first).some((clause) => hasVerb(clause.words) && !opensSubordinate(clause.words))
        best = { tokens: wordTokens, quality: first === 0 ? 0.85 : 0.75, skipsMain }
        bestLength = words.length
      }
    }
  }
  return best ?? withOpeningCondition(tokens, clauses, limit)
}

/** The words before a sentence's first comma (none without one). */
export function beforeComma(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((token) => token.value === ',')
  return comma > 0 ? tokens.slice(0, comma).filter((token) => token.kind === 'word') : []
}

/** Words at most of an opening condition kept before the cut of its main clause. */
const maxOpeningWords = 6

/**
 * "When delivering content, | the server includes this weak ETag in the response headers | ,
 * allowing clients to cache…": where no run stands, an opening condition (which the main clause
 * alone would claim more than) kept with the cut of the main clause after it, within the limit.
 */
function withOpeningCondition(tokens: Token[], clauses: ReturnType<typeof clausesOf>, limit: number): Cut | undefined {
  const [opening, main] = clauses
  if (!main || clauses.length < 3 || opening.words.length > maxOpeningWords) return undefined
  if (!opensCondition(opening.words) || !startsWithSubject(main.words) || markBefore(tokens, main) !== ',') return undefined
  const rest = byClauses(tokens.slice(main.start), limit - opening.words.length)
  if (!rest || rest.skipsMain || rest.tokens[0] !== tokens[main.start]) return undefined
  return { tokens: [...tokens.slice(clauses[0].start, main.start), ...rest.tokens], quality: rest.quality * 0.9 }
}

/**
 * From the clause at `from` on, verbless items run to one opened by "and" or "or" that is an item
 * too: verbless, or a question word's clause ("and how learners would set up…"), not a clause
 * with its own subject and verb ("…, and the team shipped it").
 */
function seriesGoesOn(clauses: Clause[], from: number): boolean {
  for (let index = from; index < clauses.length; index++) {
    const words = clauses[index].words
    if (index > from && words[0]?.tag === 'CC' && /^(and|or)$/i.test(words[0].value)) {
      const item = words.length > 1 ? words.slice(1) : (clauses[index + 1]?.words ?? [])
      return isItem(item) || /^(WRB|WP|WDT)$/.test(item[0]?.tag ?? '')
    }
    if (!isItem(words)) return false
  }
  return false
}

/** Whether words hold a verb that says its object is something, with an "as" or "like" to come: "treat", "regard", "view". */
function treatsAs(words: Token[]): boolean {
  return words.some((word) => /^VB/.test(word.tag) && /^(?:treat|regard|view)(?:s|ed|ing)?$/i.test(word.value))
}

/**
 * A noun phrase or a participle's phrase, an item of a series: no verb but a participle, and no
 * conjunction or preposition that would make it a clause or an adverbial ("both as these models evolve").
 */
function isItem(words: Token[]): boolean {
  return words.length > 0 && !/^(IN|CC|TO|RB)/.test(words[0].tag) && !words.some((word) => /^(VB|VBP|VBZ|VBD|MD)$/.test(word.tag))
}

/** The clause is a phrase of up to three words opened by a preposition, with commas on both sides: "…, in part, …". */
function hedgeBetweenCommas(tokens: Token[], clause: Clause): boolean {
  return (
    clause.words.length <= 3 &&
    clause.words[0]?.tag === 'IN' &&
    !hasVerb(clause.words) &&
    commaBefore(tokens, clause) &&
    tokens.slice(clause.end - 2, clause.end).some((token) => token.value === ',')
  )
}

/** How many words a sentence's clauses hold. */
const wordsIn = (clauses: Clause[]) => clauses.reduce((count, clause) => count + clause.words.length, 0)

/**
 * The word a comparison in `words` waits for: "as" after "as large", "than" after "faster" or
 * "more often"; `undefined` when they compare nothing.
 */
function comparedBy(words: Token[]): 'as' | 'than' | undefined {
  if (words.some((word, index) => /^as$/i.test(word.value) && /^(JJ|RB)/.test(words[index + 1]?.tag ?? ''))) return 'as'
  return words.some((word) => /^(JJR|RBR)$/.test(word.tag) || /^(more|less|fewer)$/i.test(word.value)) ? 'than' : undefined
}

/**
 * The phrase ends on "be" and a definite noun phrase that a relative clause must define ("is
 * the place", "are the ones", "is the part of the system", "were exactly the programs").
 */
function namesByRelative(words: Token[]): boolean {
  // ("you're at the stage | where…": "be" may come contracted.)
  const be = words.findLastIndex((word) => beForm.test(word.value) || (/^['’](re|m|s)$/i.test(word.value) && /^VB/.test(word.tag)))
  // (An adverb may stand between: "were exactly the programs | that ROC did not do well at".)
  let start = be + 1
  while (/^RB/.test(words[start]?.tag ?? '')) start++
  // "…if you're at the stage | where you have a working app": so may a preposition, where the
  // place or time the clause says is the one meant.
  if (words[start]?.tag === 'IN' && !/^of$/i.test(words[start].value)) start++
  const named = words.slice(start)
  return (
    be !== -1 &&
    /^the$/i.test(named[0]?.value ?? '') &&
    /^NNS?$/.test(named.at(-1)?.tag ?? '') &&
    named.every((word) => /^(DT|JJ|NN)/.test(word.tag) || /^of$/i.test(word.value))
  )
}

/** The words end on a noun phrase opened by "a", "an" or "another": a thing the sentence introduces. */
function introducesOne(words: Token[]): boolean {
  let index = words.length - 1
  if (!/^NN/.test(words[index]?.tag ?? '')) return false
  // ("a function or rule, f(L,C,R), | which maps…": two nouns for one thing.)
  while (index > 0 && (/^(NN|JJ|VBN|VBG|RB)/.test(words[index - 1].tag) || /^or$/i.test(words[index - 1].value))) index--
  return /^(a|an|another)$/i.test(words[index - 1]?.value ?? '')
}

// Verbs by which a relative clause after a comma judges, or gives the outcome of, the whole
// clause before it ("…, which becomes tedious", "…, which brings a host of issues"): a closed class.
const judging =
  /^(becomes?|became|makes?|made|means?|meant|leads?|led|causes?|caused|brings?|brought|results?|resulted|turns?|turned|gets?|got|proves?|proved)$/i

/** A relative clause whose verb judges or gives the outcome of the claim: a verb of outcome, or "be" and an adjective. */
function judges(relative: Token[]): boolean {
  let verb = relative.findIndex((word, index) => index > 0 && /^(VB|MD)/.test(word.tag))
  if (verb === -1) return false
  // (Past a modal and "be", and the adverbs between: "which can then be…", "which will often become…".)
  while (/^(MD|RB)/.test(relative[verb]?.tag ?? '') || /^be$/i.test(relative[verb]?.value ?? '')) verb++
  if (judging.test(relative[verb]?.value ?? '')) return true
  let complement = verb + 1
  while (/^RB/.test(relative[complement]?.tag ?? '')) complement++
  return beForm.test(relative[verb]?.value ?? '') && /^JJ/.test(relative[complement]?.tag ?? '')
}

// Quantifiers whose noun a relative clause after it restricts ("any variable whose…"): a closed class.
const quantifier = /^(any|every|each|all|no)$/i

/** The words end on a noun phrase opened by a quantifier ("any variable", "every new release"). */
function quantified(words: Token[]): boolean {
  let index = words.length - 1
  if (!/^NN/.test(words[index]?.tag ?? '')) return false
  while (index > 0 && /^(NN|JJ|VBN)/.test(words[index - 1].tag)) index--
  return quantifier.test(words[index - 1]?.value ?? '')
}

// Words after "the" that pick things out only with the relative clause after them ("the few
// students who…", "the only way that…", "the same kind of tools that…"): a closed class.
const pickingOut = /^(few|only|same|kind|sort|type)$/i

/**
 * The phrase ends on "one" standing for a noun ("…and one", "the one", "better ones") or a
 * noun phrase opened by "the few", "the only", "the same" or "the kind of": the relative
 * clause after it says which.
 */
function pickedOutByRelative(words: Token[]): boolean {
  if (/^ones?$/i.test(words.at(-1)?.value ?? '') && words.length > 1) return true
  let index = words.length - 1
  if (!/^NN/.test(words[index]?.tag ?? '')) return false
  while (index > 0 && (/^(NN|JJ)/.test(words[index].tag) || /^of$/i.test(words[index].value)) && !pickingOut.test(words[index].value))
    index--
  return pickingOut.test(words[index]?.value ?? '') && /^the$/i.test(words[index - 1]?.value ?? '')
}

/**
 * "so" before an adjective or adverb ("so scarce", "so much"), or "such", not yet followed by
 * its "that": the degree waits for the clause that measures it. (A "so" that opens the
 * phrase is the conjunction.)
 */
function awaitsResult(words: Token[]): boolean {
  const degree = words.findLastIndex(
    (word, index) =>
      index > 0 &&
      ((/^so$/i.test(word.value) && /^(JJ|RB)/.test(words[index + 1]?.tag ?? '')) ||
        /^such$/i.test(word.value) ||
        // ("…the implementation cost was low enough | that it would be worth adding…")
        (/^enough$/i.test(word.value) && /^(JJ|RB)/.test(words[index - 1]?.tag ?? ''))),
  )
  return degree !== -1 && !words.slice(degree).some((word) => /^that$/i.test(word.value))
}

/**
 * Before `count`, a "to" or a modal whose base verb has no finite verb after it, and after the
 * conjunction "then" or another word of sequence and a base verb: "to make X | and then leave Y".
 * (Without one, "…to create our strategy | and refine new APIs" adds a task, and may go.)
 */
function sharesGoverningVerb(words: Token[], count: number): boolean {
  if (!sequence.test(words[count + 1]?.value ?? '')) return false
  let after = count + 1
  while (/^RB/.test(words[after]?.tag ?? '')) after++
  if (words[after]?.tag !== 'VB') return false
  const governing = words.findLastIndex((word, index) => index < count && /^(TO|MD)$/.test(word.tag) && words[index + 1]?.tag === 'VB')
  return governing !== -1 && !words.slice(governing + 2, count).some((word) => /^(VB[DPZ]|MD)$/.test(word.tag))
}

/** A participle between a determiner or adverb and its noun ("a globally installed node", "the sponsoring situation"). */
function attributive(words: Token[], index: number): boolean {
  const word = words[index]
  if (!/^(VBN|VBG)$/.test(word.tag) || !/^(NN|JJ)/.test(words[index + 1]?.tag ?? '')) return false
  let before = index - 1
  while (before >= 0 && /^RB/.test(words[before].tag)) before--
  return before < 0 || /^(DT|PRP\$|JJ|CD|IN)$/.test(words[before].tag)
}

/** The words hold an "as" before an adjective or adverb ("as much", "as fast") and no "as" after it. */
function opensEquative(words: Token[]): boolean {
  // ("it's as future-proof | as web technology comes" (review 107, Gatsby's post): an adjective of a hyphen the tagger reads as a noun.)
  const at = words.findLastIndex(
    (word, index) =>
      /^as$/i.test(word.value) &&
      (/^(JJ|RB)/.test(words[index + 1]?.tag ?? '') || /^[\p{L}]+-[\p{L}]+$/u.test(words[index + 1]?.value ?? '')),
  )
  return at !== -1 && !words.slice(at + 2).some((word) => /^as$/i.test(word.value))
}

/** The words before the first verb hold a number or a counting word ("two resource types", "several things"). */
function countsSubject(words: Token[]): boolean {
  const verb = words.findIndex((word) => /^(VB|MD)/.test(word.tag))
  return (
    verb > 0 && words.slice(0, verb).some((word) => word.tag === 'CD' || (counting.test(word.value) && !/^(this|these)$/i.test(word.value)))
  )
}

/**
 * `words` end on a bare plural or mass noun after a verb or an adverb ("…even scenarios", "uses
 * methods"), and `verb` after the "that" is a verb: the relative clause says which ones. (Not a
 * name, "a tool called MCP Inspector | that allows…", nor a noun a determiner or an "of" phrase
 * already picks out: "the website | that mirrors…", "a set of key-value pairs | that contain…".)
 */
function definedByRelative(words: Token[], verb: Token | undefined): boolean {
  let index = words.length - 1
  if (!/^NNS?$/.test(words[index]?.tag ?? '') || /^[\p{Lu}]/u.test(words[index].value) || !/^(VB|MD)/.test(verb?.tag ?? '')) return false
  while (index > 0 && /^(NN|JJ)/.test(words[index - 1].tag)) index--
  return /^(RB|VB|CC)/.test(words[index - 1]?.tag ?? '')
}

/** Whether a comma stands right before `token`. */
function afterCommaAt(tokens: Token[], token: Token): boolean {
  return markAt(tokens, tokens.indexOf(token)) === ','
}

/**
 * The last token before `end` that is not a space, as `tokens.slice(0, end).findLast(…)` finds
 * it, without copying the tokens: the cuts ask this for every place they try.
 */
function markAt(tokens: Token[], end: number): string | undefined {
  const stop = end < 0 ? Math.max(tokens.length + end, 0) : Math.min(end, tokens.length)
  for (let index = stop - 1; index >= 0; index--) if (tokens[index].kind !== 'space') return tokens[index].value
  return undefined
}

/**
 * The phrase ends on a noun without a determiner or complement of its own, right after a
 * verb or preposition ("writing functions", "treat values"): what a relative clause after it
 * says is all that picks them out. ("…years of creative, frenetic effort | that took us…" has "of".)
 */
function bareNoun(words: Token[]): boolean {
  let index = words.length - 1
  while (index > 0 && /^(NN|JJ)/.test(words[index].tag)) index--
  return index < words.length - 1 && /^(VB|IN|TO)/.test(words[index]?.tag ?? '') && !/^of$/i.test(words[index].value)
}

/** The last token before the clause that is not a space: the punctuation that opens it, if any. */
function markBefore(tokens: Token[], clause: Clause): string {
  return markAt(tokens, clause.start) ?? ''
}

/** Whether a comma stands right before the clause. */
function commaBefore(tokens: Token[], clause: Clause): boolean {
  return markAt(tokens, clause.start) === ','
}

/** A verb that makes a clause: a tensed form or a modal ("associated licenses" has none). */
const hasFiniteVerb = (words: Token[]) => words.some(finiteWord)

// Pronouns that leave what they mean to what follows ("revealed something strange:").
const announcing = /^(something|anything|nothing|one|this|these|following)$/i

// Nouns that name the kind of thing said after them, not what it is ("our first learning:", "a
// promise from us:", "Note to us:"): a closed class of English.
const kindOfSaying =
  /^(?:learnings?|lessons?|takeaways?|promises?|notes?|rules?|tips?|answers?|reasons?|catch|tricks?|ideas?|conclusions?|truth|secret|moral|upshot|gist|verdict|insights?|findings?|realization|advice|warnings?|caveats?|surprise|twist|tl;?dr)$/i

/**
 * The phrase ends on something it has not yet said: an indefinite noun phrase or "something
 * strange", or a noun that names only the kind of thing said next ("our first learning", "a
 * promise from us", "Note to us").
 */
function announces(words: Token[]): boolean {
  if (endsIndefinite(words) || words.slice(-3).some((word) => announcing.test(word.value))) return true
  // (Past who it is for or from: "…a promise from us", "Note to self".)
  const end =
    /^(?:to|from|for)$/i.test(words.at(-2)?.value ?? '') && /^(?:us|me|you|self|ourselves|myself)$/i.test(words.at(-1)?.value ?? '')
      ? -2
      : words.length
  const noun = words.slice(0, end).at(-1)
  return noun !== undefined && kindOfSaying.test(noun.value) && words.length <= 8
}

// Determiners that count what they announce without naming it ("several components", "another
// guideline"): a closed class the tagger reads as adjectives or determiners.
// ("this interesting side effect:" points ahead the same way.)
const counting = /^(several|another|various|few|couple|both|two|three|four|five|six|seven|eight|nine|ten|this|these)$/i

/** The last noun phrase says how many things there are ("one of two things", "several components"), not which. */
function counts(words: Token[]): boolean {
  // (A number counts, "two resource types"; not a date the phrase ends on, "…the feature freeze is set for September 10th".)
  const number = (at: number) =>
    words[at]?.tag === 'CD' && !/^\d+(?:st|nd|rd|th)$/i.test(words[at].value) && !monthName.test(words[at - 1]?.value ?? '')
  let index = words.length - 1
  while (index > 0 && /^(NN|JJ|CD|VBG|IN)/.test(words[index].tag) && (words[index].tag !== 'IN' || /^of$/i.test(words[index].value))) {
    if (number(index) || counting.test(words[index].value)) return true
    index--
  }
  return number(index) || counting.test(words[index]?.value ?? '')
}

/** Whether words are only a series of names, two or more joined by "and" or "or" ("REGION, NATION, …, and LINEITEM"). */
function namesSeries(words: Token[]): boolean {
  return words.some((word) => word.tag === 'CC') && words.every((word) => /^(?:NNPS?|NNS?|CC|DT|CD|POS)$/.test(word.tag))
}

/**
 * "The Tree example illustrates another general guideline: | when you need a comparison
 * function, prefer a function to a method": when the clause before a colon only announces
 * (or counts) what follows, the words after the colon are the claim. `undefined` when the
 * sentence has no such colon, or what follows opens on a verb or a pronoun that leans back.
 */
export function afterAnnouncement(tokens: Token[]): Token[] | undefined {
  // (A colon of the sentence, with a space after it: not the one inside "11:59pm".)
  const colon = tokens.findIndex((token, index) => token.value === ':' && tokens[index + 1]?.kind === 'space')
  if (colon <= 0) return undefined
  const head = tokens.slice(0, colon).filter((token) => token.kind === 'word')
  const rest = tokens.slice(colon + 1)
  const first = rest.find((token) => token.kind === 'word')
  if (!first || !(announces(head) || counts(head)) || !hasFiniteVerb(rest.filter((token) => token.kind === 'word'))) return undefined
  // ("…: a modified IOUserClient — which can be sent across processes": a noun phrase whose only
  // verb is its relative clause's is no claim.)
  // (A relative word set off by a dash or comma; "no matter which email we passed" is a clause.)
  const verb = rest.findIndex((token) => token.kind === 'word' && finiteWord(token))
  const relative = rest
    .slice(0, verb)
    .some(
      (token, index, all) =>
        /^(which|who|that)$/i.test(token.value) &&
        /^[,—–]$/.test(all.slice(0, index).findLast((each) => each.kind !== 'space')?.value ?? ''),
    )
  return /^(VB|MD|TO|CC)/.test(first.tag) || relative ? undefined : rest
}

/** The clause opens with a coordinating conjunction, or "so" used as one ("…, so even policy experts…"). */
function opensCoordinate(words: Token[]): boolean {
  return words[0]?.tag === 'CC' || /^(so|yet)$/i.test(words[0]?.value ?? '')
}

/** The phrase ends where a list begins ("…for use cases like simulations, sampling…"). */
function opensList(words: Token[]): boolean {
  return words.slice(-3).some((word) => /^(like|including|such)$/i.test(word.value))
}

/**
 * "If Bezos was the visionary…, Andy Jassy was the operator…": an "if" clause in the past
 * tense before a main clause in the past tense, without a modal, sets two facts side by side;
 * it is no condition.
 */
function contrasts(clauses: Clause[], first: number): boolean {
  const opening = clauses[0].words
  const rest = clauses.slice(first).flatMap((clause) => clause.words)
  return (
    /^if$/i.test(opening[0]?.value ?? '') &&
    opening.some((word) => word.tag === 'VBD') &&
    rest.some((word) => word.tag === 'VBD') &&
    !rest.some((word) => word.tag === 'MD')
  )
}

/** Whether the tokens after a clause open a quotation (after a comma or colon). */
function opensQuotation(rest: Token[]): boolean {
  const first = rest.find((token) => token.kind !== 'space' && !/^[,:]$/.test(token.value))
  return first !== undefined && /^["“«„]$/.test(first.value)
}

/**
 * "The cast leading up to that commit was large and the success | for Kubernetes since then is
 * owed…": after a conjunction, a subject whose verb was cut off. (Not an object joined to the
 * one before, "a dropdown for "Country", and another for "State", | where the list…": the verb
 * after a relative word is the relative clause's.)
 */
function opensClauseWithoutItsVerb(head: Token[], rest: Token[]): boolean {
  const conjunction = head.findLastIndex((word) => word.tag === 'CC')
  if (conjunction <= 0 || !hasVerb(head.slice(0, conjunction))) return false
  // ("…, and eventually, the tool you know today | as ESLint was born": past the adverbs, a
  // subject with a clause about it but no verb of its own.)
  let opening = conjunction + 1
  while (/^RB/.test(head[opening]?.tag ?? '')) opening++
  const subject = head.slice(opening)
  const own = subject.findIndex((word) => /^(VB|MD)/.test(word.tag))
  const described = own > 0 && contactRelative(subject.slice(0, own))
  if (subject.length === 0 || (hasVerb(subject) && !described) || !/^(DT|PRP|NNP)/.test(subject[0].tag)) return false
  // "…, and the edges | that close the cycle are always cut": a relative clause, then the subject's verb.
  if (/^(that|which|who)$/i.test(rest[0]?.value ?? '') && verbGroups(rest.slice(1)) >= 2) return true
  const verb = rest.findIndex((word) => /^(VB[DPZ]|MD)$/.test(word.tag))
  return verb !== -1 && !rest.slice(0, verb).some((word) => /^(WDT|WP|WRB)$/.test(word.tag) || /^that$/i.test(word.value))
}

/** How many runs of verbs (with the adverbs and "not" inside them) the words hold: "close … are always cut" is two. */
function verbGroups(words: Token[]): number {
  let groups = 0
  for (let index = 0; index < words.length; index++) {
    if (!/^(VB|MD)/.test(words[index].tag)) continue
    let before = index - 1
    while (before >= 0 && (/^RB/.test(words[before].tag) || /^(not|n['’]t)$/i.test(words[before].value))) before--
    if (before < 0 || !/^(VB|MD|TO)/.test(words[before].tag)) groups++
  }
  return groups
}

// Adverbs that single out a reason ("simply because", "only because"): a closed class.
const reasonAdverb = /^(simply|just|only|merely|solely|purely|partly|mainly)$/i

/**
 * "…isn't an imperfect measure, | it is a completely orthogonal measure", "…tracking heap
 * allocations | by bytes allocated, not total number of allocations": a denial goes on to say
 * what is, and a claim to say what it is not; a cut between them says the opposite or less.
 */
function dropsCorrection(head: Token[], rest: Token[]): boolean {
  const after = rest.filter((token) => token.kind === 'word')
  const negated = head.some((token) => token.kind === 'word' && /^(not|n['’]t|never)$/i.test(token.value))
  // (", it is…", ", rather…" anywhere further on.)
  // (Within the next few dozen tokens: what a correction restates follows close, and a scan of
  // the whole rest from every comma would grow with the square of a long sentence.)
  const near = rest.slice(0, 60)
  const afterComma = (test: (words: Token[]) => boolean) =>
    near.some((token, index) => token.value === ',' && test(near.slice(index + 1, index + 6).filter((each) => each.kind === 'word')))
  const restates = (words: Token[]) =>
    (/^(PRP|EX)$/.test(words[0]?.tag ?? '') && finiteAuxiliary.test(words[1]?.value ?? '')) ||
    /^(rather|instead)$/i.test(words[0]?.value ?? '')
  if (negated && (restates(after) || afterComma(restates))) return true
  // "…my computer is not going to crash tomorrow | because I mixed my I/O…", "…they are not
  // present | simply because your testing code…": a denial before its reason may deny the reason,
  // not the claim; cut there, the slide says the opposite. (Not after a comma, which sets the
  // reason apart from the denial: "You won't remember it, | because it hasn't happened yet".)
  const singled = reasonAdverb.test(after[0]?.value ?? '')
  const reason = singled ? after[1] : after[0]
  const setApart = [...head.slice(-2), ...rest.slice(0, Math.max(0, rest.indexOf(reason)))].some((token) => token.value === ',')
  if (negated && /^because$/i.test(reason?.value ?? '') && !setApart) return true
  // A comma and "not" further on: "…, not total number of allocations".
  return afterComma((words) => /^not$/i.test(words[0]?.value ?? ''))
}

// Verbs that take their object and then what it is taken for, after "as" ("see your ecosystem …
// as the enemy", "treat warnings as errors"): a closed class of English.
const asVerbs =
  /^(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|treat|treats|treated|treating|regard|regards|regarded|regarding|describe|describes|described|label|labels|labelled|labeled|brand|brands|branded|frame|frames|framed|dismiss|dismisses|dismissed|position|positions|positioned)$/i

/**
 * "You don't have to see your ecosystem, | which includes clones…, as the enemy", "The team gives no
 * support | for anyone who is found to have pirated games": a cut before the "as" its verb needs, or
 * before the phrase that limits a denial, says something else (the ecosystem not seen at all, no
 * support for anyone).
 */
function leavesComplement(run: Token[], next: Token[], rest: Token[]): boolean {
  // ("Most English speakers subconsciously read the end of a sentence | as being more important…", "Often people think of
  // the three forms of dashes | as being interchangeable" (review 118, a talk on writing): "read" takes an "as" too, right
  // after the cut (not inside a noun phrase, "remote read request latency", which the tagger may read as a verb); "think of"
  // one further on, as the verbs below do.)
  const readsAs = run.some(
    (word, index) => /^(?:read|reads|reading)$/i.test(word.value) && /^VB/.test(word.tag) && !/^(JJ|DT|NN)/.test(run[index - 1]?.tag ?? ''),
  )
  if (readsAs && /^as$/i.test(next[0]?.value ?? '')) return true
  const verb = run.findLastIndex(
    (word, index) =>
      asVerbs.test(word.value) || (/^(?:think|thinks|thought|thinking)$/i.test(word.value) && /^of$/i.test(run[index + 1]?.value ?? '')),
  )
  if (verb !== -1 && !run.slice(verb + 1).some((word) => /^as$/i.test(word.value))) {
    // (Within the next few dozen tokens, before a full stop: the "as" of this verb, not of a later clause's.)
    if (rest.some((token) => token.kind === 'word' && /^as$/i.test(token.value))) return true
  }
  // ("…but tells the query planner | how much memory is available": what a verb of telling tells is
  // the question clause after its listener.)
  const teller = run.findLastIndex((word) => tellingVerb.test(word.value))
  if (teller !== -1 && run.length - teller <= 5 && /^(?:how|what|which|where|when|why|whether|who)$/i.test(next[0]?.value ?? ''))
    return true
  // ("Prioritizing trust and safety efforts today will prevent the darker corners of the internet | from coming to light…"
  // (review 118, an essay on trust and safety): a verb that keeps its object from something takes the "from" that says what.)
  // (Not a range, "…a lot of time, | from the first build to the last deploy".)
  const keeper = run.findLastIndex((word) => /^VB/.test(word.tag) && fromVerbs.test(word.value))
  if (
    keeper !== -1 &&
    !run.slice(keeper + 1).some((word) => /^from$/i.test(word.value)) &&
    /^from$/i.test(next[0]?.value ?? '') &&
    !(next[1]?.tag !== 'VBG' && next.slice(1, 10).some((word) => /^to$/i.test(word.value)))
  )
    return true
  // ("The compiler replaces the source positions of the inlined AST nodes | with the position of the call site" (review 120,
  // a design proposal), "…converts the tree | into a table": a verb that changes its object into another thing takes the
  // phrase that names the other thing.)
  const changer = run.findLastIndex((word) => /^VB/.test(word.tag) && (replaceVerbs.test(word.value) || intoVerbs.test(word.value)))
  const other = changer === -1 ? undefined : replaceVerbs.test(run[changer].value) ? /^(?:with|by)$/i : /^into$/i
  if (
    other &&
    run.length - changer <= 10 &&
    !run.slice(changer + 1).some((word) => other.test(word.value)) &&
    other.test(next[0]?.value ?? '')
  )
    return true
  // ("Long story short, I very much agree with Rach | about the temptation to *cleverness* offered by TypeScript" (review 119,
  // an essay that agrees with half of another): what a writer agrees on is the agreement; without it, it is with everything.)
  const agrees = run.findLastIndex((word) =>
    /^(?:agree|agrees|agreed|agreeing|disagree|disagrees|disagreed|disagreeing)$/i.test(word.value),
  )
  if (
    agrees !== -1 &&
    /^with$/i.test(run[agrees + 1]?.value ?? '') &&
    run.length - agrees <= 5 &&
    /^(?:about|on)$/i.test(next[0]?.value ?? '')
  )
    return true
  // ("…gives no support | for anyone who…": a denial's object is limited by the phrase after it.)
  const denies = run.some((word, index) => /^no$/i.test(word.value) && /^NN/.test(run[index + 1]?.tag ?? '') && index === run.length - 2)
  return denies && next[0]?.tag === 'IN' && /^(?:for|to|of|with|in|on|from|about)$/i.test(next[0].value)
}

/** Verbs that put another thing in their object's place, "with" or "by" naming it, and that make their object into another: closed classes of English. */
const replaceVerbs = /^(?:replace|replaces|replaced|replacing|swap|swaps|swapped|swapping)$/i
const intoVerbs =
  /^(?:convert|converts|converted|converting|turn|turns|turned|turning|transform|transforms|transformed|transforming|translate|translates|translated|translating)$/i

/** Verbs that keep their object from something, the "from" phrase after it saying what: a closed class of English. */
const fromVerbs =
  /^(?:prevent|prevents|prevented|preventing|stop|stops|stopped|stopping|protect|protects|protected|protecting|prohibit|prohibits|prohibited|prohibiting|discourage|discourages|discouraged|discouraging|barred|barring|exclude|excludes|excluded|excluding|shield|shields|shielded|shielding)$/i

/** Verbs that tell a listener something, a question clause after them ("tells the planner how much…"): a closed class. */
const tellingVerb =
  /^(?:tells?|told|telling|shows?|showed|shown|showing|asks?|asked|asking|teach(?:es)?|taught|teaching|informs?|informed|reminds?|reminded)$/i

// Nouns of time and measure that a count and an adverb after them make a phrase of ("a few years
// ahead", "two days later", "ten metres away"): a closed class.
const measureNoun =
  /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|times|steps?|metres?|meters?|miles?|kilometres?|kilometers?|feet|inches?|levels?|versions?|releases?)$/i
// What follows such a phrase to finish it: a closed class of English adverbs and prepositions.
const afterMeasure = /^(?:ago|ahead|later|earlier|before|after|behind|old|older|younger|long|apart|away|late|early|prior|on|back)$/i
// Adverbs that grade the phrase or clause after them ("fetch it slightly | before the code runs", "shortly | after launch"),
// and seldom end one ("well", "far", "soon" do): a closed class.
const degreeAdverb = /^(?:slightly|shortly|just|only|mostly|mainly|largely|partly|exactly|precisely|especially|particularly|even|merely)$/i

/** Whether words open on a preposition of two or three words ("thanks to", "due to", "instead of"): a closed class of English. */
function opensWithComplexPreposition(words: Token[]): boolean {
  const opening = words
    .slice(0, 3)
    .map((word) => word.value.toLowerCase())
    .join(' ')
  return /^(?:thanks to|due to|owing to|because of|instead of|according to|in addition to|apart from|aside from|as for|compared to|compared with|in spite of|regardless of)\b/.test(
    opening,
  )
}

// Verbs of moving from one place or thing to another: a closed class of English.
const motionVerb =
  /^(?:move[sd]?|moving|migrat(?:e|es|ed|ing)|switch(?:es|ed|ing)?|transferr?(?:s|ed|ing)?|port(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|shift(?:s|ed|ing)?|transition(?:s|ed|ing)?)$/i

/**
 * Whether a cut stops right before what its last words only lead into: "I had a friend who was a
 * few years | ahead of me", "…so the browser can fetch it slightly | before the code runs", "We
 * enhanced its performance to the point | where it took ten minutes…", "I spend time on writing
 * documentation and I run | , edit and admin the web site". Each, shown alone, says something else
 * or nothing.
 */
function endsBeforeWhatItModifies(run: Token[], next: Token[]): boolean {
  const last = run.at(-1)
  const following = next[0]
  if (!last || !following) return false
  const value = last.value.toLowerCase()
  const counted = run.slice(-4, -1).some((word) => word.tag === 'CD' || /^(?:few|several|couple|many)$/i.test(word.value))
  if (measureNoun.test(value) && counted && afterMeasure.test(following.value)) return true
  // "…a tree can store about 167 kg of CO2 | per year": "per" makes what comes before it a rate.
  if (/^per$/i.test(following.value)) return true
  // "…has only 4 | or 8 bytes of overhead": a number and the other end of its range share their unit.
  if (last.tag === 'CD' && /^(or|and|to)$/i.test(following.value) && next[1]?.tag === 'CD') return true
  if (degreeAdverb.test(value) && /^RB/.test(last.tag) && /^(?:IN|WRB|TO)$/.test(following.tag)) return true
  const [to, the, point] = run.slice(-3).map((word) => word.value.toLowerCase())
  if (to === 'to' && /^(?:the|such|an?)$/.test(the ?? '') && /^(?:point|extent|degree)$/.test(point ?? '')) return true
  // "Heroku's router would timeout any request | after 30 seconds": a measured time or amount the
  // claim holds after, within or for is part of it.
  const measured = next.slice(1, 4).some((word, index, around) => word.tag === 'CD' && measureNoun.test(around[index + 1]?.value ?? ''))
  if (/^(?:after|within|in|for|before|until|under|over|every|per)$/i.test(following.value) && measured && !hasFiniteVerb(next)) return true
  // "PyPy has moved its repo and tracker | from Heptapod to GitHub": a move's two ends are the news.
  const moves = run.some((word) => motionVerb.test(word.value))
  if (moves && /^from$/i.test(following.value) && next.slice(1, 16).some((word) => /^(to|into|onto)$/i.test(word.value))) return true
  // "The team migrated some of the business logic | within the components to web workers": where it moved to is the news.
  const moved = run.findLastIndex((word) => motionVerb.test(word.value))
  const bound = moved >= 0 && run.slice(moved + 1).some((word) => /^(to|into|onto|from)$/i.test(word.value))
  if (
    moved >= 0 &&
    !bound &&
    following.tag === 'IN' &&
    next
      .slice(1, 10)
      .some(
        (word, index) => /^(into|onto)$/i.test(word.value) || (word.tag === 'TO' && /^(DT|NN|JJ|PRP\$)/.test(next[index + 2]?.tag ?? '')),
      )
  )
    return true
  // "…all used a scale of 4000, | meaning we had a cardinality of 15,552,000": a consequence
  // that carries a figure of its own is what the figure before it was for.
  const consequence = /^(meaning|resulting|leading|giving|bringing)$/i.test(following.value)
  if (consequence && next.slice(1, 16).some((word) => word.tag === 'CD')) return true
  // (A verb with no object of its own before more verbs and their "and": the object they share is still to come.)
  const sharesObject = next.slice(0, 4).some((word) => /^(?:and|or)$/i.test(word.value))
  return /^VB[PZD]?$/.test(last.tag) && /^VB[PZD]?$/.test(following.tag) && sharesObject
}

/** A "but" or "yet" after `count` that contrasts with what comes before it (not "not only… but also"). */
function contrastsAfter(words: Token[], count: number): boolean {
  return words.some((word, index) => {
    // (", however," contrasts as "but" does: "…great for so many things…, however, the lesson…".)
    if (index >= count && contrastive.test(word.value)) return true
    if (index < count || word.tag !== 'CC' || !/^(but|yet)$/i.test(word.value)) return false
    const before = words.slice(Math.max(count, index - 10), index).map((other) => other.value.toLowerCase())
    return !before.some((other, at) => other === 'not' && /^(only|just|merely|simply)$/.test(before[at + 1] ?? ''))
  })
}

/** The first word after the last comma before `next` but one (the comma right before it). */
function wordAfterLastComma(tokens: Token[], next: Token): Token | undefined {
  const end = tokens.indexOf(next)
  const before = tokens.slice(0, end).findLastIndex((token) => token.value === ',')
  const comma = tokens.slice(0, before).findLastIndex((token) => token.value === ',')
  return comma === -1 ? undefined : tokens.slice(comma + 1, before).find((token) => token.kind === 'word')
}

// Connective adverbs that turn from a concession to the claim: a closed class.
const contrastive = /^(however|nevertheless|nonetheless)$/i

/**
 * A condition or contrast opens at `index` without a comma before it ("…stopping the capture
 * | when there's a spike", "…the recipes | while others are here to cook"): the claim holds
 * only under it, or is half of a pair.
 */
function boundAt(tokens: Token[], words: Token[], index: number): boolean {
  const word = words[index]
  // ("as if", "even if": a comparison or a concession, not a condition the claim holds under.)
  if (/^(as|even)$/i.test(words[index - 1]?.value ?? '')) return false
  const contrast =
    contrastingClause.test(word.value) && (word.value.toLowerCase() === 'whereas' || contrastSubject.test(words[index + 1]?.value ?? ''))
  if (!/^(IN|WRB)$/.test(word.tag) || !(opensCondition(words.slice(index)) || contrast)) return false
  const comma = markAt(tokens, tokens.indexOf(word)) === ','
  return !comma && hasFiniteVerb(words.slice(index + 1))
}

/**
 * A condition or contrast bounds the clause the cut at `count` is in: scanned up to the end
 * of that clause (a colon, semicolon or dash, or "and" before a subject and verb of their own:
 * "…handled by the scheduler | and a task will not be executed until…" is another claim).
 */
function boundLater(tokens: Token[], words: Token[], count: number): boolean {
  for (let index = count; index < words.length; index++) {
    const before = markAt(tokens, tokens.indexOf(words[index])) ?? ''
    if (index > count && /^[:;—–]$/.test(before)) return false
    if (index > count && words[index].tag === 'CC' && opensOwnClause(words.slice(index + 1))) return false
    if (boundAt(tokens, words, index)) return true
  }
  return false
}

/** Whether the words say "one thing". */
function saysOneThing(words: Token[]): boolean {
  return words.some((word, index) => /^one$/i.test(word.value) && /^thing$/i.test(words[index + 1]?.value ?? ''))
}

/** Whether the words from `at` open on "for each" or "for every", which says what a claim is made of one by one. */
function eachOf(words: Token[], at = 0): boolean {
  return /^(?:for|per)$/i.test(words[at]?.value ?? '') && /^(?:each|every)$/i.test(words[at + 1]?.value ?? '')
}

// Verbs that take what they show or say as a "that" clause (a closed class).
const reportingVerb =
  /^(?:show|shows|showed|shown|suggest|suggests|suggested|mean|means|meant|prove|proves|proved|indicate|indicates|indicated|imply|implies|implied|reveal|reveals|revealed|demonstrate|demonstrates|demonstrated|confirm|confirms|confirmed|say|says|said|tell|tells|told)$/i

/** Whether the words hold a verb of hoping, wishing or doubting after its subject, before the clause it takes: "I hope that…". */
function hopesFor(words: Token[]): boolean {
  return words.some(
    (word, index) =>
      unasserting.test(word.value) &&
      /^(?:PRP|NNP|MD|RB)/.test(words[index - 1]?.tag ?? '') &&
      (/^that$/i.test(words[index + 1]?.value ?? '') || /^(?:PRP|DT|NN)/.test(words[index + 1]?.tag ?? '')),
  )
}

// Verbs whose clause the writer does not claim true (a closed class).
const unasserting =
  /^(?:hope|hoped|hopes|hoping|wish|wished|wishes|doubt|doubted|doubts|fear|feared|fears|pray|prayed|wonder|wondered|dream|dreamed|dreamt)$/i

/** Whether the words end on a noun a superlative picks out: "the biggest Python meetings", "the perfect person". */
function endsOnSuperlative(words: Token[]): boolean {
  if (!/^NN/.test(words.at(-1)?.tag ?? '')) return false
  const phrase = words.slice(-4, -1)
  const at = phrase.findLastIndex((word) => word.tag === 'JJS' || /^(?:perfect|ideal|only|first|best|worst|last)$/i.test(word.value))
  // (Its "the" comes right before it: phrase[at] is words.at(at - 4).)
  return at !== -1 && /^the$/i.test(words.at(at - 5)?.value ?? '') && phrase.slice(at + 1).every((word) => /^(?:NN|JJ|VBG)/.test(word.tag))
}

/**
 * Whether the words open a clause that sets another thing against the one before: "whereas…", or "while" before a
 * subject that is no personal pronoun ("while my own recording was made in mono", "while others…"), and its verb.
 * ("while I was learning" or "while waiting" only says when.)
 */
function contrastsAnother(words: Token[], at = 0): boolean {
  const opener = words[at]?.value.toLowerCase()
  if (opener === 'whereas') return true
  if (opener !== 'while') return false
  // (A capital mid-sentence is a name, whatever the tagger reads it as: "while Steering is…".)
  const subject = words[at + 1]
  return (
    subject !== undefined &&
    (/^(?:NN|DT|PRP\$|JJ|CD)/.test(subject.tag) || /^[\p{Lu}]/u.test(subject.value)) &&
    subject.value !== 'I' &&
    hasFiniteVerb(words.slice(at + 1))
  )
}

/** The words open a clause with its own finite verb before any subordinating word. */
function opensOwnClause(words: Token[]): boolean {
  const end = words.findIndex((word) => /^(IN|WRB|WDT|WP)$/.test(word.tag))
  return hasFiniteVerb(words.slice(0, end === -1 ? Math.min(words.length, 6) : Math.min(end, 6)))
}

// Adverbs of sequence that make a later step of a plan: a closed class.
const sequence = /^(then|later|finally|afterwards|eventually|subsequently)$/i

// Conjunctions that set a clause against the one before ("while others are here to cook"): a closed class.
const contrastingClause = /^(while|whilst|whereas)$/i
// After "while", the subjects that set one group against another ("while others…"; a "while I was
// learning" only says when): a closed class.
const contrastSubject = /^(others|other|some|many|most|few)$/i

// Object pronouns, after which a verb's bare form follows ("helped me figure out"): a closed class.
const objectPronoun = /^(me|him|her|us|them)$/i

/** An adjective made of a word and a hyphen's second half ("production-grade", "server-side", "cloud-native"): a closed class of endings. */
const compoundAdjective =
  /^[\p{L}\p{N}]+-(?:grade|based|ready|level|side|time|scale|free|like|wide|friendly|aware|safe|native|driven|facing|quality|class|ended|sourced|powered|oriented|intensive|heavy|critical|specific|agnostic|compatible|enabled|first)$/iu

/**
 * "…your favorite dirt cheap": the words since the last determiner or possessive are
 * modifiers ending on an adjective, with no verb and no head noun: the noun is still to come.
 */
function endsAttributive(words: Token[]): boolean {
  const last = words.length - 1
  // (A plural or a name before it is the head noun, and the adjective follows it: "Go developers worldwide".)
  if (last < 2 || !/^JJ$/.test(words[last].tag) || !/^(NN|JJ)$/.test(words[last - 1].tag)) return false
  for (let index = last - 1; index >= 0; index--) {
    if (/^(DT|PRP\$)$/.test(words[index].tag)) return index < last - 1
    if (!/^(NN|JJ|RB|VBN)/.test(words[index].tag)) return false
  }
  return false
}

/** "There was one part of…", "There are several ways…": an existential clause, whose noun the rest describes. */
function isExistential(words: Token[]): boolean {
  // (Not one that has named and described its noun already: "There is a first-party tool called MCP Inspector".)
  return words[0]?.tag === 'EX' && /^VB/.test(words[1]?.tag ?? '') && !words.slice(2).some((word) => word.tag === 'VBN')
}

// The verbs that say a thing is there after an existential "there": forms of "be" and "have" (a closed class).
const existentialVerb = /^(?:is|are|was|were|be|been|being|has|have|had|['’]s|['’]re)$/i

/**
 * Whether the words end on the bare noun phrase an existential "there" brings in ("…that there have
 * been some concerns", "There is a bug"): the phrase after it says what the thing is or where, and a
 * cut before that phrase names only that something is there.
 */
function endsOnExistentialNoun(kept: Token[]): boolean {
  const there = kept.findLastIndex((word) => word.tag === 'EX')
  if (there === -1) return false
  let index = there + 1
  let verb = false
  for (; index < kept.length; index++) {
    const word = kept[index]
    if (/^VB/.test(word.tag) && existentialVerb.test(word.value)) verb = true
    else if (!/^(?:MD|RB)$/.test(word.tag)) break
  }
  const phrase = kept.slice(index)
  // (A short one without a word of its own that describes it: "There is a first-party tool called MCP Inspector" has.)
  return (
    verb &&
    phrase.length > 0 &&
    phrase.length <= 4 &&
    /^NN/.test(phrase.at(-1)?.tag ?? '') &&
    phrase.every((word) => /^(?:DT|PDT|CD|JJ|JJR|JJS|PRP\$|NN|NNS|NNP|NNPS)$/.test(word.tag))
  )
}

/** Whether a relative clause says what its noun does or is ("that walks through…"), not where something happens in it ("where we add issues"). */
const saysWhatItDoes = (words: Token[]) => /^(?:that|which|who)$/i.test(words[0]?.value ?? '')

/** Whether the words are a person's "we have a…" and the bare noun phrase it brings in ("We have a recursive type X"). */
function bringsInByHave(words: Token[]): boolean {
  if (!/^(?:we|i|you)$/i.test(words[0]?.value ?? '') || !/^(?:have|has|had|['’]ve)$/i.test(words[1]?.value ?? '')) return false
  const phrase = words.slice(2)
  return (
    /^(?:a|an)$/i.test(phrase[0]?.value ?? '') &&
    phrase.length <= 5 &&
    phrase.slice(1).every((word) => /^(?:JJ|JJR|JJS|NN|NNS|NNP|NNPS|VBG)$/.test(word.tag))
  )
}

// Verbs of stopping, whose "from" says what is stopped: a closed class.
const stopping =
  /^(prevent|prevents|prevented|preventing|stop|stops|stopped|stopping|keep|keeps|kept|keeping|prohibit|prohibits|prohibited|bar|bars|barred|ban|bans|banned|discourage|discourages|discouraged|exclude|excludes|excluded|protect|protects|protected|block|blocks|blocked|refrain|refrains|exempt|exempts|exempted)$/i

// Forms of "be", "have" and "do": a closed class, which the tagger may misread after a name.
const auxiliaryForm = /^(is|are|was|were|be|been|being|am|has|have|had|do|does|did)$/i

// Verbs of knowing, asking and telling, which take a question as their object: a closed class of English.
const questionVerb =
  /^(?:know|knows|knew|known|wonder|wonders|wondered|ask|asks|asked|understand|understands|understood|decide|decides|decided|explain|explains|explained|tell|tells|told|see|sees|saw|show|shows|showed|learn|learns|learned|learnt|figure|figured|realize|realized|realise|realised|remember|remembered|forget|forgot|check|checked|guess|guessed|care|cared|matter|matters|record|records|recorded|note|notes|noted|track|tracks|tracked|find|finds|found|determine|determines|determined|compute|computes|computed|calculate|calculates|calculated|measure|measures|measured)$/i

/**
 * Whether a word takes an indirect question after it: an adjective ("sure", "unclear") or a verb of
 * knowing ("wonder", "know"), whatever the tagger reads it as, unless the word before makes it a
 * noun ("a new sales record | when…", "their notes | where…": after a determiner, an adjective or a noun).
 */
function takesQuestion(word: Token | undefined, before: Token | undefined): boolean {
  if (word === undefined) return false
  if (/^JJ/.test(word.tag)) return true
  return questionVerb.test(word.value) && !/^(DT|JJ|JJR|JJS|PRP\$|POS|CD|NN|NNS|NNP|NNPS)$/.test(before?.tag ?? '')
}

/**
 * Whether words end on a noun phrase opened by its determiner ("…is the ability"), which an aside
 * after them interrupts; not on a clause already whole ("…is now enabled by default").
 */
function interruptsNoun(words: Token[]): boolean {
  const last = words.length - 1
  if (!/^NN/.test(words[last]?.tag ?? '')) return false
  for (let index = last - 1; index >= Math.max(0, last - 3); index--) {
    if (/^(DT|PRP\$)$/.test(words[index].tag)) return true
    if (!/^(NN|JJ|VBN|VBG|CD)/.test(words[index].tag)) return false
  }
  return false
}

/** Words at most of an aside that qualifies ("still under development", "now fully supported"). */
const maxQualifyingAsideWords = 6

/** Whether tokens end on an aside that qualifies ("…, still under development,"): a phrase without a verb set between two commas, opening on an adverb or adjective ("pinned to 4 vCPUs, with…" lists on). */
function endsOnAside(tokens: Token[]): boolean {
  const end = tokens.findLastIndex((token) => token.kind !== 'space')
  if (tokens[end]?.value !== ',') return false
  const start = tokens.slice(0, end).findLastIndex((token) => token.value === ',')
  const aside = start === -1 ? [] : tokens.slice(start + 1, end).filter((token) => token.kind === 'word')
  return (
    aside.length > 0 &&
    aside.length <= maxQualifyingAsideWords &&
    /^(RB|JJ)/.test(aside[0].tag) &&
    !aside.some(finiteWord) &&
    interruptsNoun(tokens.slice(0, Math.max(0, start)).filter((token) => token.kind === 'word'))
  )
}

// The second word of a correlative pair, and its first: a closed class.
const correlatives = new Map([
  ['or', 'either'],
  ['and', 'both'],
  ['nor', 'neither'],
])

/**
 * Where the main clause starts after a sentence's opening subordinate clause: the first word after
 * the comma that closes it, when a subject follows; -1 when no comma closes it.
 */
function mainClauseAfterOpening(tokens: Token[], words: Token[]): number {
  const comma = tokens.findIndex((token) => token.value === ',')
  if (comma === -1) return -1
  const at = words.findIndex((word) => tokens.indexOf(word) > comma)
  // (Or one that bids, on its verb: "If a function needs some values, | put them as typed parameters…".)
  return at > 0 && (startsWithSubject(words.slice(at)) || (words[at].tag === 'VB' && /^(?:PRP|DT|NN)/.test(words[at + 1]?.tag ?? '')))
    ? at
    : -1
}

/**
 * Whether the word after a "that" is a verb, so the "that" opens a relative clause about the noun
 * before it ("…@tailwindcss/forms that normalizes…"), not the clause a verb reports ("found that
 * certain regions…"). (A word in -s the lexicon does not know, "normalizes", is a verb the tagger
 * read as a plural.)
 */
function verbAfterThat(word: Token | undefined): boolean {
  return word !== undefined && (/^(VB[DPZ]|MD)$/.test(word.tag) || (word.tag === 'NNS' && !isKnownWord(word.value)))
}

/** Whether a preposition and a relative pronoun open the words from `at` ("on which", "for whom"). */
function prepositionalRelative(words: Token[], at: number): boolean {
  return words[at]?.tag === 'IN' && /^(which|whom|whose)$/i.test(words[at + 1]?.value ?? '')
}

/**
 * "AirSHIFT is a desktop web application | that helps store owners…", "We'll need some sort of
 * shared image template | on which…": an indefinite noun phrase whose head two words or more
 * describe already says what kind of thing it is; the relative clause after it adds to it. (Not one
 * the clause gives a number: "a small internal tool | that cut deploys by 80%" measures it there.)
 */
function describedEnough(head: Token[], rest: Token[], least = 2): boolean {
  let start = head.length
  while (start > 0 && /^(NN|JJ|VBG|VBN)/.test(head[start - 1].tag) && !/^NNP/.test(head[start - 1].tag)) start--
  // (The phrase opens on its determiner or after "of": in "…is adding lint rules" the participle is the verb.)
  const opened = start > 0 && (/^(DT|PRP\$|CD)$/.test(head[start - 1].tag) || /^of$/i.test(head[start - 1].value))
  // (The head noun itself is no description of it.)
  return opened && head.length - start - 1 >= least && !rest.some((word) => word.tag === 'CD')
}

/**
 * "We will conduct an additional audit | to identify and address…", "…created a pool of static IPs |
 * to assign…": a clause that does something to a thing its words describe says what was done; the
 * infinitive after it says what for. (Not "There is a new guide | to help you…", "We have had a number
 * of projects | to overhaul…": what is there or had, or how many, is named by the infinitive.)
 */
function describedDeed(before: Token[], rest: Token[]): boolean {
  const at = before.findLastIndex((word) => /^(VB|MD)/.test(word.tag))
  const verb = before[at]
  // (The deed's own verb, finite or after its modal: "I believe the idea of training | a single model to…" is no deed.)
  const finite = /^(VB[DPZ]|MD)$/.test(verb?.tag ?? '') || (verb?.tag === 'VB' && /^(MD|PRP|NNS?)$/.test(before[at - 1]?.tag ?? ''))
  return (
    finite &&
    describedEnough(before, rest, 1) &&
    !isExistential(before) &&
    !/^(?:is|are|was|were|be|been|being|have|has|had|having|get|gets|got|need|needs|needed|want|wants|wanted)$/i.test(verb?.value ?? '') &&
    !before.some(
      (word, index) =>
        /^(?:number|lot|lots|couple|handful|bunch|few|variety|set)$/i.test(word.value) && /^of$/i.test(before[index + 1]?.value ?? ''),
    )
  )
}

/**
 * Whether a run ends on a preposition a relative clause left at its end, its object the clause's
 * "that" or "which" ("We used a popular coding language that many developers are familiar with |
 * , and which…"): the clause is whole. Only where a clause mark follows, so never a preposition a
 * cut parted from its object.
 */
function stranded(words: Token[]): boolean {
  const last = words.at(-1)
  if (!last || !/^(IN|TO|RP)$/.test(last.tag)) return false
  const relative = words.findLastIndex((word) => /^(that|which|who|whom|what)$/i.test(word.value))
  if (relative === -1) return strandedInContactRelative(words)
  if (relative > words.length - 4) return false
  // (Its own subject and finite verb between them, and no preposition right before the relative word: "…with which".)
  const inside = words.slice(relative + 1, -1)
  return (
    /^(PRP|NNS?|NNP|DT|JJ)$/.test(inside[0]?.tag ?? '') &&
    inside.some((word) => /^(VB[DPZ]|MD)$/.test(word.tag)) &&
    !/^(IN|TO)$/.test(words[relative - 1]?.tag ?? '')
  )
}

/** Words at most between the subject of a relative clause without "that" and the preposition it ends on. */
const maxContactWords = 3

/**
 * "…the global environment Jest itself is running in", "…the tools we rely on": a relative clause
 * without its "that" (a pronoun or a name right after the noun, then a verb with a tense) ends on
 * its preposition.
 */
function strandedInContactRelative(words: Token[]): boolean {
  for (let at = words.length - 3; at >= Math.max(1, words.length - 7); at--) {
    const subject = words[at]
    if (!/^NNS?$/.test(words[at - 1].tag) || !(subject.tag === 'PRP' || /^[\p{Lu}]/u.test(subject.value))) continue
    if (subject.tag === 'PRP' && !/^(?:I|we|you|they|he|she|it)$/i.test(subject.value)) continue
    const inside = words.slice(at + 1, -1)
    // (A short clause of its own, a verb and no joint: not "…the data they touched last and caches bet on".)
    if (inside.length > maxContactWords || inside.some((word) => /^(IN|TO|CC)$/.test(word.tag))) continue
    if (inside.some((word) => /^(VB[DPZ]|MD)$/.test(word.tag))) return true
  }
  return false
}

/** The share of its sentence's words a phrase cut before a preposition keeps at least. */
const minKept = 0.45

/**
 * Words a claim keeps before the purpose it is cut from, at least, whatever share of the sentence
 * that is: "I propose that we formalize and expand our use of GODEBUG | to provide compatibility
 * beyond what is guaranteed by…" says what is proposed; what for is in the notes.
 */
const minPurposeKept = 8

/** After `next`, a comma, "and" or "or", and a verb in its base form: the next predicate of a series ("…, and add contextual attributes"). */
function seriesOfPredicatesGoesOn(tokens: Token[], next: Token): boolean {
  const before = tokens.slice(0, tokens.indexOf(next))
  if (!before.some((token) => token.value === ',')) return false
  const rest = tokens.slice(tokens.indexOf(next) + 1)
  const comma = rest.findIndex((token) => token.value === ',')
  if (comma === -1) return false
  const [conjunction, verb] = rest.slice(comma + 1).filter((token) => token.kind === 'word')
  return /^(and|or)$/i.test(conjunction?.value ?? '') && /^VBP?$/.test(verb?.tag ?? '')
}

/** Whether the last "why", "how", "what" or "whether" of `words`, after a verb, opens a question with no verb after it. */
function asksWithoutVerb(words: Token[]): boolean {
  const at = words.findLastIndex((word, index) => index > 0 && /^(why|how|what|whether)$/i.test(word.value))
  // (After a verb or a preposition that takes it: "…to illustrate why…", "Let's look at how…".)
  if (at === -1 || !/^(VB|TO|IN)/.test(words[at - 1].tag)) return false
  return !words.slice(at + 1).some((word) => /^(VB|MD)/.test(word.tag))
}

/**
 * "Instructors need a channel outside the main chat | so they can coordinate…", "…lock the
 * environment | so that only maintainers can publish", "…pin every action | in order to avoid…":
 * at `count` opens a purpose, after which the clause before it is whole.
 */
function opensPurpose(words: Token[], count: number): boolean {
  const [first, second, third, fourth] = words.slice(count, count + 4)
  if (/^in$/i.test(first?.value ?? '') && /^order$/i.test(second?.value ?? '') && /^(to|that)$/i.test(third?.value ?? '')) return true
  // "AirSHIFT is now conducting internal performance hackathons | to let engineers focus…": an
  // infinitive after the object of a finished clause says what for. (Not after a noun that wants it,
  // "a way | to describe", nor one left open, "a tool | to parse logs", whose infinitive says which.)
  // (Nor after a verb whose object the infinitive goes on from, "ask the model | to…", nor
  // inside "in order to" or after "for example".)
  const before = words.slice(0, count)
  const object = before.at(-1)
  const verb = before.findLast((word) => /^VB/.test(word.tag))
  if (
    first?.tag === 'TO' &&
    second?.tag === 'VB' &&
    /^NNS?$/.test(object?.tag ?? '') &&
    // (A noun of a noun phrase: not a verb in -s the tagger read as one, "…and then jumps/NNS | to code".)
    /^(DT|JJ|JJR|JJS|NN|NNS|NNP|PRP\$|CD|VBG|VBN|POS)$/.test(before.at(-2)?.tag ?? '') &&
    !wantsInfinitive.test(object?.value ?? '') &&
    !/^(order|example|instance)$/i.test(object?.value ?? '') &&
    before.some((word) => /^(VB[DPZ]|MD)$/.test(word.tag)) &&
    !objectControl.test(verb?.value ?? '') &&
    (!endsIndefinite(before) || describedDeed(before, words.slice(count)))
  )
    return true
  if (!/^so$/i.test(first?.value ?? '')) return false
  if (/^that$/i.test(second?.value ?? '')) return true
  // ("so" and a subject and a modal: "so they can", "so the team will"; not "so much", "so far".)
  return /^(PRP|DT|NNS?|NNP)$/.test(second?.tag ?? '') && [third, fourth].some((word) => word?.tag === 'MD')
}

// Nouns an infinitive completes ("a way to…", "the right to…", "time to…"): a closed class.
const wantsInfinitive =
  /^(way|ways|need|ability|time|chance|opportunity|effort|efforts|attempt|right|reason|decision|plan|plans|permission|power|freedom|place|tendency|desire|urge|temptation|courage|willingness|capacity|means|tool|tools)$/i

// Verbs whose object an infinitive goes on from ("ask the model to…", "use Rust to…"): a closed class.
const objectControl =
  /^(ask|asks|asked|asking|tell|tells|told|want|wants|wanted|allow|allows|allowed|let|lets|help|helps|helped|force|forces|forced|require|requires|required|expect|expects|expected|enable|enables|enabled|encourage|encouraged|invite|invited|need|needs|needed|use|uses|used|using|get|gets|got|cause|caused|teach|taught|train|trained|remind|reminded|urge|urged|persuade|convince|convinced|permit|permits|permitted|empower|empowers|prove|proves|proved|proven|show|shows|showed|shown|find|finds|found|consider|considers|considered|believe|believed|request|requests|requested|requesting|instruct|instructs|instructed|advise|advises|advised|wait|waits|waited|waiting|configure|configures|configured|prefer|prefers|preferred)$/i

/**
 * "When two tutorials both launched at the same time with >100 users each, | Binder temporarily
 * lost service": a "when" or "once" clause in the past tense says when something happened, not
 * a condition the claim holds under; the main clause alone is what happened.
 */
function pastEvent(words: Token[]): boolean {
  // (With a subject of its own before its verb: "When asked about…" only frames what follows.)
  const verb = words.findIndex((word) => word.tag === 'VBD' || word.tag === 'VBN')
  return (
    /^(?:when|once)$/i.test(words[0]?.value ?? '') &&
    verb > 1 &&
    words.slice(1, verb).some((word) => /^(?:NN|PRP|CD)/.test(word.tag)) &&
    !words.some((word) => /^(?:MD|VBZ|VBP)$/.test(word.tag))
  )
}

/** No run of clauses fits: the sentence, or its main clause, up to a preposition or conjunction. */
export function byMainClause(tokens: Token[], longest = maxLongWords): Cut | undefined {
  const clauses = clausesOf(tokens)
  const past = pastEvent(clauses[0].words)
  const main = clauses.find(
    (clause, index) =>
      index > 0 &&
      startsWithSubject(clause.words) &&
      startsSubordinate(clauses[0].words) &&
      (!opensCondition(clauses[0].words) || past) &&
      !boundsToCase(clauses[0].words) &&
      !(mayPickOutCase(clauses[0].words) && picksOutCase(clauses.slice(0, index).flatMap((each) => each.words))),
  )
  // (At the longer limit only the cuts past maxWords are new: the shorter ones failed just before.)
  const whole = byPhrase(tokens, maxWords) ?? byPhrase(tokens, longest, maxWords)
  // ("For testing different behaviors, | failure modes, and edge cases, add…": no main clause, a list's next item.)
  // ("By structuring your documentation…, | you can ensure…": not without how, while the whole is short enough to show.)
  const how = saysHow(clauses[0].words) && wordsIn(clauses) <= longest
  if (whole || !main || how || continuesList(tokens.slice(main.start))) return whole
  // (A main clause a little past the limit, "it is your responsibility to make sure that it
  // addresses the problem correctly", says more than the subordinate clause it leaves out.)
  const rest = dropLeading(tokens.slice(main.start))
  // (With its verb: "the work to add alt text on the blog, website" was cut before its "is".)
  // (A base form after its subject is a present one the tagger left bare: "we make/VB a request".)
  const tensed = (cut: Cut | undefined) => {
    const words = cut?.tokens.filter((token) => token.kind === 'word') ?? []
    const finite = words.some(
      (word, index) => /^(VB[DNPZ]|MD)$/.test(word.tag) || (word.tag === 'VB' && /^(PRP|NNS?|NNPS?)$/.test(words[index - 1]?.tag ?? '')),
    )
    return finite ? cut : undefined
  }
  // (After a past event's "when", a main clause short enough is said whole: "Binder temporarily lost service".)
  const short =
    past && rest.filter((token) => token.kind === 'word').length <= maxWords ? tensed({ tokens: rest, quality: 0.45 }) : undefined
  const cut = short ?? tensed(byPhrase(rest, maxWords)) ?? tensed(byPhrase(rest, Math.min(longest, maxGlanceWords), maxWords))
  // ("With our new external push scaler, | you can build your own scaler and trigger scaling actions…" (review 119, KEDA 2.0's
  // release post): an opening that names what makes the claim possible, before "you can", goes with it; without it the
  // claim is of anything. Kept where the two fit a glance; else no point.)
  const opening = tokens.slice(0, main.start)
  if (cut && enablesClaim(clauses[0].words, rest)) {
    // (Where the two are too long, the main clause cut shorter, to what the opening leaves of a glance.)
    const glance = Math.min(longest, maxGlanceWords)
    const room = glance - clauses[0].words.length
    const count = (each: Token[]) => each.filter((token) => token.kind === 'word').length
    const fitted = count(cut.tokens) + clauses[0].words.length <= glance ? cut : room >= 5 ? tensed(byPhrase(rest, room)) : undefined
    return fitted && count(fitted.tokens) + clauses[0].words.length <= glance
      ? { tokens: [...opening, ...fitted.tokens], quality: 0.45 }
      : undefined
  }
  return cut && { ...cut, quality: 0.45 }
}

/**
 * Whether a sentence's opening phrase names what makes its claim possible ("With our new external push scaler,", "Using
 * Bun,") and its main clause says what someone can do with it ("you can build…"): a means the claim holds by. (English's
 * closed classes.)
 */
function enablesClaim(opening: Token[], rest: Token[]): boolean {
  if (!/^(?:with|using|through|via)$/i.test(opening[0]?.value ?? '')) return false
  const words = rest.filter((token) => token.kind === 'word').slice(0, 4)
  const subject = words.findIndex((word) => /^(?:you|we|users|developers|anyone|teams|people|everyone)$/i.test(word.value))
  return (
    subject !== -1 &&
    /^(?:can|could)$/i.test(words[subject + 1]?.value === 'now' ? (words[subject + 2]?.value ?? '') : (words[subject + 1]?.value ?? ''))
  )
}

// Words that open a clause of their own though the tagger gives them IN like a preposition: a closed class.
const subordinator =
  /^(?:because|since|although|though|if|unless|while|whilst|whereas|after|before|until|till|as|once|that|whether|so|than|like)$/i

// Words that open a clause with its own subject and verb ("where the rule misunderstands…"): a closed class.
// (Not "since", "before", "after", "until": prepositions too, "since 2006" is whole.)
const clauseOpener = /^(?:where|wherever|when|whenever|because|although|though|if|unless|whereas|whether|while|whilst)$/i

// Words that open a clause of place or time with its own subject and verb: a closed class.
const placeOrTimeOpener = /^(?:where|wherever|when|whenever)$/i

/**
 * The words that open a clause a verb takes as its object, a question's ("I find it impressive
 * how Tim Berners-Lee | , Robert Cailliau and others were able to…", "We measured how much data |
 * …"): a cut that keeps its subject but not its verb stops inside it. (A closed class.)
 */
export const questionOpener = /^(?:how|why|what|whether)$/i

/**
 * Whether the last clause the words keep opens on a subordinator and holds a subject but no
 * verb yet ("…in cases where the rule"), or nothing at all after it ("…the point where"). An
 * elliptic clause ("where possible", "if needed") has no noun; "because of the rain" is a phrase.
 * `beforeRelative`: the words stop right before a relative clause (see below).
 */
export function subjectWithoutVerb(kept: Token[], openers = clauseOpener, beforeRelative = false): boolean {
  const opener = kept.findLastIndex((word) => openers.test(word.value))
  if (opener === -1) return false
  const tail = kept.slice(opener + 1)
  if (tail.length === 0) return true
  if (/^(IN|TO)$/.test(tail[0].tag) || tail.some((word) => /^(VB|MD)/.test(word.tag) || finiteAuxiliary.test(word.value))) return false
  // (Right before a relative clause, "that", "which", "who", the last word is the noun it describes: "…where some of the
  // design decisions | that made perfect sense…" ends on no verb in -s.)
  if (!beforeRelative && endsOnVerbReadAsPlural(tail)) return false
  return tail.some((word) => /^(NN|PRP$)/.test(word.tag))
}

/** "…of how your program works/NNS": a clause's last word, a plural the tagger reads after a noun, is its verb in -s. */
export function endsOnVerbReadAsPlural(words: Token[]): boolean {
  const [last, before] = [words.at(-1), words.at(-2)]
  return last?.tag === 'NNS' && /s$/.test(last.value) && /^(NN|NNP|PRP)$/.test(before?.tag ?? '')
}

/**
 * Whether a cut keeps a subject without a finite verb ("Page Rules configured in Cloudflare",
 * its "configured" a participle describing it) and the words after it are a preposition and its
 * noun phrase followed right away by the clause's finite verb ("for the domain were setting…").
 */
function verbAfterPhrase(kept: Token[], rest: Token[]): boolean {
  if (rest[0]?.tag !== 'IN' || subordinator.test(rest[0].value) || hasFiniteVerb(kept)) return false
  for (let index = 1; index < rest.length && index <= 6; index++) {
    if (finiteWord(rest[index])) return index > 1
    if (!/^(DT|JJ[RS]?|NNP?S?|CD|PRP\$|POS|VBG)$/.test(rest[index].tag)) return false
  }
  return false
}

/** "it's just not as important", "they are simply not…", "it isn't always": a pronoun, its "be" and a denial that limits, with no conjunction before. */
function qualifiesByDenial(words: Token[]): boolean {
  const [subject, verb, ...rest] = words
  if (
    !/^(?:it|they|this|that)$/i.test(subject?.value ?? '') ||
    !/^(?:is|are|was|were|['’]s|['’]re|isn['’]t|aren['’]t|wasn['’]t)$/i.test(verb?.value ?? '')
  )
    return false
  // (Only a denial that limits the claim, "just not", "not as important", "not always": not a second fact, "it wasn't easy".)
  const contracted = /n['’]t$/i.test(verb.value)
  const denial = contracted ? -1 : rest.findIndex((word) => /^(?:not|n['’]t)$/i.test(word.value))
  if (!contracted && denial === -1) return false
  const before = rest.slice(0, Math.max(denial, 0))
  const after = rest.slice(denial + 1)
  if (before.some((word) => !/^(?:just|simply|only|merely|still)$/i.test(word.value))) return false
  return before.length > 0 || /^(?:as|that|quite|always|necessarily|all)$/i.test(after[0]?.value ?? '')
}

/**
 * Last resort: stop before a preposition or conjunction, keeping a verb and a noun; only after
 * more than `tried` words, where the cuts up to it are known to fail.
 */
export function byPhrase(tokens: Token[], limit: number, tried = 0): Cut | undefined {
  const words = tokens.filter((token) => token.kind === 'word')
  // A sentence that opens on another subordinate clause gives no phrase; one that opens on a condition
  // is cut only past the main clause after its comma, whose subject and verb the cut keeps: "When you
  // run jekyll serve locally, it starts a web server, usually at http://localhost:4000 | , that you use…".
  const main = !startsSubordinate(words) ? 0 : opensCondition(words) ? mainClauseAfterOpening(tokens, words) : -1
  if (main === -1) return undefined
  // "…not as X but as Y" cut after X says the opposite.
  const negation = words.findIndex((word) => /^(not|n[’']t|never)$/i.test(word.value))
  const contrast = words.findIndex((word, index) => index > negation && word.tag === 'CC' && /^but$/i.test(word.value))
  // "both" or "either", and whether the words up to a cut hold its "and" or "or".
  const correlative = words.findIndex((word) => /^(both|either)$/i.test(word.value))
  const paired = (count: number) => words.slice(correlative + 1, count).some((word) => /^(and|or)$/i.test(word.value))
  for (let count = Math.min(limit, words.length - 1); count >= 5 && count > tried; count--) {
    const next = words[count]
    // (A main clause that bids, "If a function needs some values, put them as typed parameters | rather than…" (review 111,
    // a Go tutorial), has its verb too.)
    if (main > 0 && (count < main + 3 || (!hasFiniteVerb(words.slice(main, count)) && words[main]?.tag !== 'VB'))) continue
    // "…raise millions | just to buy servers": an adverb can open the phrase that is cut off.
    // (Not "…took way | longer than expected": a comparative and its "than" complete the verb.)
    // (Nor a degree that waits for its clause: "…was low | enough that it would be worth…"; nor a
    // comparative, which completes the verb: "…capability is 2-3x | faster in the new version".)
    // (Nor a comparative in -er the tagger reads as an adverb, "…continue the conversation for a bit | longer before we
    // abandon…" (review 97): "a bit longer", "much later" are one measure.)
    // ("…put them as typed parameters | rather than trying to fetch them…": in advice, "rather than" opens the
    // alternative turned down, and the advice stands without it.)
    const opensPhrase =
      (/^rather$/i.test(next.value) && /^than$/i.test(words[count + 1]?.value ?? '') && words[main]?.tag === 'VB') ||
      (next.tag === 'RB' &&
        /^(IN|TO)$/.test(words[count + 1]?.tag ?? '') &&
        !/^than$/i.test(words[count + 1].value) &&
        !/^(enough|too)$/i.test(next.value) &&
        // (Nor the particle that completes the verb, "rOpenSci brings software developers and users | together to innovate…"
        // (review 126, an essay on rOpenSci): without it "brings … users" says another thing.)
        // (Not a compound preposition, "ahead of", "apart from", "along with", "away from": a phrase of its own.)
        !(/^(?:together|apart|aside|back|away|along|ahead)$/i.test(next.value) && !/^(?:of|from|with)$/i.test(words[count + 1].value)) &&
        !/^(?:longer|later|sooner|earlier|further|farther|faster|slower|more|less)$/i.test(next.value))
    // Not before "to": "a way | to describe", "want | to learn" leave the verb or noun wanting.
    // A "to" before a noun phrase is a preposition, and may be cut before ("refers | to the kind of…").
    const preposition = next.tag === 'TO' && /^(DT|PRP\$|JJ|CD)/.test(words[count + 1]?.tag ?? '')
    const purpose = opensPurpose(words, count)
    if (!/^(IN|CC|WDT|WP|WRB)$/.test(next.tag) && !opensPhrase && !preposition && !purpose) continue
    // Nor before a particle the tagger reads as a preposition, with no object before a mark ends it: "…your friends and
    // family have weekends | off - you don't…" (review 99, an essay on leaving cooking for the web).
    if (next.tag === 'IN' && particleAlone(tokens, next)) continue
    // Nor before the question an adjective or a verb of knowing takes ("…wasn't too sure | what was
    // going on", "…we didn't know | why it failed"): without it the sentence says another thing.
    if (/^(what|how|why|whether|who|whom|where|when|which)$/i.test(next.value) && takesQuestion(words[count - 1], words[count - 2]))
      continue
    // Nor between two adjectives a conjunction pairs ("…they are also fundamental | and critical to…").
    if (next.tag === 'CC' && /^JJ/.test(words[count - 1]?.tag ?? '') && /^JJ/.test(words[count + 1]?.tag ?? '')) continue
    // Nor before what "treat", "regard" or "view" says of its object ("…is treating the AI | like it already knows…").
    if (/^(?:as|like)$/i.test(next.value) && treatsAs(words.slice(0, count))) continue
    // Nor before "without" or "except" (review 96, a data write-up: "…consider storing the data | without compression"):
    // what they leave out is what the claim is about; cut off, it says another thing.
    if (/^(?:without|except)$/i.test(next.value)) continue
    // Nor before the "for each" or "for every" that says what a claim is made of one by one: "You could calculate a
    // P-value | for each individual" (review 111, a statistics post).
    if (eachOf(words, count)) continue
    // Nor before what a verb of showing or saying says, whatever the tagger read the verb as: "Questions like the one
    // asked on the newsgroup… show/NN | that other people were beginning to see…" (review 111, a history).
    if (/^that$/i.test(next.value) && reportingVerb.test(words[count - 1]?.value ?? '')) continue
    // Nor before the phrase that says where or for what a superlative holds, "…the perfect person | for the job",
    // "…one of the biggest Python meetings | in the world" (review 110 and 111): without it, the claim is of everything.
    if (next.tag === 'IN' && /^(?:for|in|of|on|at|among|since|ever)$/i.test(next.value) && endsOnSuperlative(words.slice(0, count)))
      continue
    // Nor before the other half of a contrast, "…of a particular area, | while Steering is concerned with…" (see byClauses).
    if (contrastsAnother(words, count)) continue
    // Nor between "make" (or "keep", "get") and the "as … as possible" it makes its object ("…to make the upgrade path | from
    // experimental decorators as smooth as possible", review 100, Lit 3.0's launch): the object alone is not what is made.
    if (makesAsPossible(words, count)) continue
    // Nor inside the subject of the clause a subordinator opened, before its verb: "…can be
    // necessary in cases where the rule | and/or TypeScript's type system misunderstand your code".
    if (subjectWithoutVerb(words.slice(0, count))) continue
    // ("…a template | on which we will embed…": a preposition and "which" open a relative clause too.)
    const opensRelativeClause = opensRelative(words.slice(count)) || prepositionalRelative(words, count)
    // Nor before the relative clause that says which "a place" is meant ("a place | where…").
    if (opensRelativeClause && endsIndefinite(words.slice(0, count)) && !describedEnough(words.slice(0, count), words.slice(count)))
      continue
    // "…and are the place | where users find information": after "be", "the place", "the one",
    // "the reason" name nothing until the relative clause says which.
    if (opensRelativeClause && namesByRelative(words.slice(0, count)) && !afterCommaAt(tokens, next)) continue
    if (opensRelativeClause && pickedOutByRelative(words.slice(0, count)) && !afterCommaAt(tokens, next)) continue
    // "…so scarce | in many countries that…": no cut between "so" or "such" and its "that" clause.
    if (awaitsResult(words.slice(0, count)) && words.slice(count).some((word) => /^that$/i.test(word.value))) continue
    // "…even scenarios | that have nothing to do with…": a "that" after a noun and before a verb
    // opens a relative clause, which says which ones are meant.
    if (/^that$/i.test(next.value) && definedByRelative(words.slice(0, count), words[count + 1])) continue
    // "My plan was to make a couple dozen core rules | and then leave the rest to plugins": an
    // infinitive or modal governs both verbs of a compound predicate; the first alone is half the plan.
    if (next.tag === 'CC' && /^(and|or)$/i.test(next.value) && sharesGoverningVerb(words, count)) continue
    // "…with such talented | and passionate people": two adjectives joined before the noun they share.
    const shared = /^JJ/.test(words[count + 1]?.tag ?? '') && /^NN/.test(words[count + 2]?.tag ?? '')
    if (next.tag === 'CC' && /^JJ/.test(words[count - 1].tag) && shared && !afterCommaAt(tokens, next)) continue
    // Nor before "of", which completes the noun before it ("was part | of the workflow"), nor
    // before the "that" clause a verb reports ("said to me | that statisticians can learn").
    // (Nor after a name: "I agree with Josef | that recognition…" reports what is agreed.)
    const reported =
      /^(VB|PRP|JJ)/.test(words[count - 1].tag) || (words[count - 1].tag === 'NNP' && !/^(VB|MD)/.test(words[count + 1]?.tag ?? ''))
    if (/^of$/i.test(next.value) || (/^that$/i.test(next.value) && reported)) continue
    // "…automate stopping the capture | when there's a spike": a condition after the claim bounds it.
    // (Nor any cut before it: "…and far less damage | when developers accidentally use…".)
    if (boundLater(tokens, words, count)) continue
    // "…helped me figure | out the flow": right after an object pronoun a "noun" is a bare verb, and its particle follows.
    if (next.tag === 'IN' && words[count - 1].tag === 'NN' && objectPronoun.test(words[count - 2]?.value ?? '')) continue
    // "There was one part of Josef's post | that bounced…": what "there was" introduces is said after it.
    // ("We have a recursive type DecoratedProcedureUtilsRecord | that walks through all the procedures…" (review 119, tRPC's post
    // on TypeScript's speed): so is what a "we have a…" brings in, as "there is" does.)
    if (
      opensRelativeClause &&
      (isExistential(words.slice(0, count)) || (bringsInByHave(words.slice(0, count)) && saysWhatItDoes(words.slice(count))))
    )
      continue
    // "We understand that there have been some concerns | around the GDPR compliance of the Matrix Public Archive"
    // (review 118, Matrix's incident report): what an existential "there" brings in is said by the phrase after it.
    // (Not a reason or a time said of it, "There was an outage | because the disk filled up": the outage stands.)
    if (
      /^(?:IN|TO)$/.test(next.tag) &&
      !clauseOpener.test(next.value) &&
      !/^(?:since|after|before|until|as|once)$/i.test(next.value) &&
      endsOnExistentialNoun(words.slice(0, count))
    )
      continue
    // "…a webhook which checks | whether a set of labels is set": the clause is what the verb takes.
    // (After "to", a word the tagger reads as a noun is the infinitive's verb: "…who want to customize/NN | how…".)
    const verbBefore = /^VB/.test(words[count - 1].tag) || /^(WDT|WP|TO)$/.test(words[count - 2]?.tag ?? '')
    if (/^(whether|if|how|what|why|where|who|which)$/i.test(next.value) && verbBefore) continue
    // "Let's look at how template fragments | , in an obscure language, can help…": the question
    // the verb takes has no verb of its own yet.
    if (asksWithoutVerb(words.slice(0, count))) continue
    // "…output to files or stdout due | to organizational needs", "…instead | of": the two words are one preposition.
    if (
      /^(to|of)$/i.test(next.value) &&
      /^(due|according|owing|thanks|prior|contrary|instead|because|ahead|regardless|irrespective)$/i.test(words[count - 1].value)
    )
      continue
    // "…farming out all the examples one | by one", "step | by step": a word said again after "by" is one adverb with it.
    if (/^by$/i.test(next.value) && words[count + 1]?.value.toLowerCase() === words[count - 1].value.toLowerCase()) continue
    // "…a skill plateau that is unrelated | to your role", "…is similar | to", "…a priority relative | to the other
    // work" (review 92): an adjective of relation
    // waits for the phrase that says to what. (A closed class.)
    if (
      /^(to|with|from)$/i.test(next.value) &&
      /^(unrelated|related|similar|identical|equivalent|comparable|prone|subject|akin|dedicated|devoted|specific|proportional|proportionate|sensitive|due|close|irrelevant|relevant|immune|resistant|analogous|orthogonal|susceptible|accustomed|opposed|different|distinct|separate|compatible|incompatible|consistent|inconsistent|familiar|unfamiliar|limited|restricted|confined|tied|exposed|vulnerable|equal|attached|entitled|adjacent|relative|prior|contrary|superior|inferior|subsequent|parallel|perpendicular|preferable|according|owing)$/i.test(
        words[count - 1].value,
      )
    )
      continue
    // "…started working on open source with an explicit aim | towards capitalizing on it" (review 93): a noun of
    // aim, need or chance waits for the phrase that says what it is for. (A closed class.)
    if (
      /^(?:to|towards?|of|for|at)$/i.test(next.value) &&
      /^(?:aim|aims|goal|goals|intention|intent|purpose|desire|need|ability|attempt|effort|plan|plans|wish|hope|focus|emphasis|commitment|tendency|willingness|eagerness|reluctance|failure|refusal|inability|opportunity|chance|way|ways)$/i.test(
        words[count - 1].value,
      ) &&
      /^(?:DT|JJ|PRP\$)/.test(words[count - 2]?.tag ?? '')
    )
      continue
    // "…can be used both to remember captured elements | and to gather…": "both" waits for its "and".
    if (/^(and|or)$/i.test(next.value) && correlative !== -1 && correlative < count && !paired(count)) continue
    // "There are currently no plans | for the team to create custom spans, and…": a phrase cut
    // before a preposition that keeps less than half of its sentence says a smaller thing than
    // the author did. (Not a clause before ", and": "…has a small number of maintainers | , and as a result…".)
    const paused = markAt(tokens, tokens.indexOf(next)) === ','
    // (A relative clause's "that" before its verb, which the tagger gives IN too, is no preposition: "…a
    // plugin called @tailwindcss/forms | that normalizes…" keeps what the clause adds to, whatever its length.)
    // (A purpose after a described deed may be most of the sentence: "We will conduct an additional audit |
    // to identify and address potential points of failure in our system" says what was done.)
    if (
      /^(IN|TO)$/.test(next.tag) &&
      !paused &&
      !(purpose && (endsIndefinite(words.slice(0, count)) || count >= minPurposeKept)) &&
      count < words.length * minKept &&
      !(opensRelativeClause && /^that$/i.test(next.value) && verbAfterThat(words[count + 1]))
    )
      continue
    // (After a condition, only before a relative clause or a comma: "…we assume it will break tests |
    // outside Google" drops the contrast the condition set up.)
    if (main > 0 && /^(IN|TO)$/.test(next.tag) && !paused && !opensRelativeClause) continue
    // "…Page Rules configured in Cloudflare | for the domain were setting both a Browser and Edge
    // cache TTL…": the clause's own verb comes after the phrase, so the word the cut kept as its
    // verb was a participle describing the subject, and the cut says nothing of it.
    if (verbAfterPhrase(words.slice(0, count), words.slice(count))) continue
    // "…is to use unstructured logs, parse them | with regular expressions, and add…": a
    // predicate of a series cut before its phrase, the series' last item still to come.
    if (next.tag === 'IN' && seriesOfPredicatesGoesOn(tokens, next)) continue
    // "…according to js-framework-benchmark Svelte is | fast as heck": a form of "be" or "have" waits for what it says.
    if (auxiliaryForm.test(words[count - 1].value)) continue
    // "…to figure | out" or "…framed it | not as": a particle or a negation belongs to its verb.
    if (/^(VB|RB)/.test(words[count - 1].tag) || (words[count - 2] && /^VB/.test(words[count - 2].tag) && words[count - 1].tag === 'PRP'))
      continue
    if (negation !== -1 && contrast !== -1 && count > negation && count <= contrast) continue
    // "We can't expect every member of our ecosystem to come to the table | with the same
    // intentions…": a negation reaches the phrase after it; without it the denial says more.
    // (Within its clause: "You don't actually sell a brand, you build a community | with…" is past it.)
    const scoped =
      negation !== -1 &&
      negation < count &&
      !tokens.slice(tokens.indexOf(words[negation]), tokens.indexOf(next)).some((token) => /^[,;:—–]$/.test(token.value))
    // ("…did not keep up with them | at all" only stresses the denial.)
    const stress = /^at$/i.test(next.value) && /^all$/i.test(words[count + 1]?.value ?? '')
    if (scoped && next.tag === 'IN' && !stress && !/^(because|since|although|though)$/i.test(next.value)) continue
    // "…cannot legally use any part of your project | in their code, …, unless you explicitly give
    // them the right": a claim cut loose from its exception says the opposite.
    if (words.slice(count).some((word) => /^(unless|except|excepting)$/i.test(word.value))) continue
    // "…may prevent your project | from being considered Open Source": a verb of stopping wants its "from".
    if (/^from$/i.test(next.value) && words.slice(Math.max(0, count - 5), count).some((word) => stopping.test(word.value))) continue
    // "…should directly own | and control the tools", "…to deposit | and disseminate their articles":
    // two verbs share the object after the second; the first alone has none.
    const bare =
      words[count - 2]?.tag === 'TO' ||
      words[count - 2]?.tag === 'MD' ||
      (/^RB/.test(words[count - 2]?.tag ?? '') && words[count - 3]?.tag === 'MD')
    if (next.tag === 'CC' && bare) continue
    // "…cannot be computed using any technique | except brute force": the exception bounds the claim.
    if (/^(except|excluding|besides)$/i.test(next.value)) continue
    // "The core concepts were there | but it was very raw": the contrast is the point, and no
    // cut before it keeps it.
    if (contrastsAfter(words, count)) continue
    const before = tokens.slice(0, tokens.indexOf(next))
    if (dropsCorrection(before, tokens.slice(tokens.indexOf(next)))) continue
    // "…is the ability, still under development, | for the dictionary to pull…": nor right after an aside the words after it finish.
    if (/^(IN|TO)$/.test(next.tag) && !subordinator.test(next.value) && endsOnAside(before)) continue
    // "…at a cost of $10+(($100*8 hours)/(25 | to 50))": not inside brackets.
    if (before.filter((token) => /^[([]$/.test(token.value)).length > before.filter((token) => /^[)\]]$/.test(token.value)).length) continue
    // "It’s much easier to change a rule | in a lightweight prototype than in production": a
    // comparison needs its second half.
    const compared = comparedBy(words.slice(0, count))
    if (compared && words.slice(count).some((word) => word.value.toLowerCase() === compared)) continue
    // "…only becomes extraordinary | when scaled…": "only" makes the condition the point.
    // (Not an "only" that counts a noun: "…guarantee that only one thread can execute a job instance | at any moment".)
    const onlyBounds = words
      .slice(0, count)
      .some((word, index) => /^only$/i.test(word.value) && !/^(?:CD|DT|PDT|PRP\$|NNP?S?|JJ[RS]?)$/.test(words[index + 1]?.tag ?? ''))
    if (/^(IN|WRB)$/.test(next.tag) && onlyBounds) continue
    // "…a different output | than it used to", "as slow | as Y": a comparison needs its second half.
    if (/^than$/i.test(next.value) || (/^as$/i.test(next.value) && /^as$/i.test(words[count - 2]?.value ?? ''))) continue
    // "…process user input | by first validating it", "…will return | without closing the file":
    // a preposition before a gerund says how, or on what condition, the claim holds.
    const after = words.slice(count + 1, count + 3)
    // (Prepositions of means, condition and time: a closed class; "while maintaining…" only adds.)
    const gerund = after[0]?.tag === 'VBG' || after[1]?.tag === 'VBG'
    if (/^(by|for|without|after|before|upon|through|until)$/i.test(next.value) && gerund) continue
    // "…added support | for split debug information": a bare noun right after its verb wants its complement.
    let object = count - 1
    while (object > 1 && /^JJ/.test(words[object - 1].tag)) object--
    // ("…is subject | to the Code of Conduct": a "to" before a noun phrase is such a preposition.)
    if ((next.tag === 'IN' || preposition) && words[count - 1].tag === 'NN' && /^VB/.test(words[object - 1]?.tag ?? '')) continue
    // "…to match the name of the tests | to the name of the test's target", "I see an abundance of
    // X | as a code smell", "…a multiplication | between two derivatives": after a noun these
    // prepositions open the verb's second argument or the noun's complement, which the claim needs.
    // (A closed class; "in", "at", "on" after a noun more often only add where or when.)
    // (Not "as well" that only adds "too" at the clause's end: "…was set to the support address | as well".)
    const asWell = /^as$/i.test(next.value) && /^well$/i.test(after[0]?.value ?? '') && !/^as$/i.test(after[1]?.value ?? '')
    if (
      /^(to|as|into|onto|between)$/i.test(next.value) &&
      /^NN/.test(words[count - 1].tag) &&
      !/^(VB|MD)/.test(after[0]?.tag ?? '') &&
      !asWell
    )
      continue
    // "…will treat values | whose type is…": a relative clause right after a noun says which ones.
    if (/^(WP\$|WDT|WP)$/.test(next.tag) && /^NN/.test(words[count - 1].tag) && !afterCommaAt(tokens, next)) continue
    // "…is a great support | for error recovery", "…the need | for speed": a noun that says what it is
    // for only with its "for" (a closed class) wants it, as an adjective wants its complement.
    if (/^for$/i.test(next.value) && forNoun.test(words[count - 1].value)) continue
    // ("Apps that are written in Rust provide the confidence | in memory safety and reliability…" (review 98): so does
    // a noun of trust or interest its "in" or "into" says of what.)
    if (/^(?:in|into)$/i.test(next.value) && inNoun.test(words[count - 1].value)) continue
    // "…runs at 1fps | on my M1 Mac Mini", "…is fast | in our tests": a phrase about the author's own
    // case bounds the claim to it. (First-person possessives: a closed class.)
    if (next.tag === 'IN' && /^(my|our)$/i.test(after[0]?.value ?? '')) continue
    // "…return equal results | in any order it likes": a quantified phrase bounds the claim.
    // ("…nothing to do with APIs | at all" only stresses it.)
    // (Not "every" or "all": without them the claim says less, but not other.)
    if (next.tag === 'IN' && /^(any|no|only)$/i.test(after[0]?.value ?? '') && after[1]) continue
    // "…usually appropriate | for simulations": an adjective wants its complement.
    if (next.tag === 'IN' && /^JJ/.test(words[count - 1].tag)) continue
    // "…cleaner, more general | , and reusable": the last item of a list.
    // (Not before a clause of its own: "…[BOS, e, m, m, a, BOS] | , and the model learns…".)
    const afterComma = markAt(tokens, tokens.indexOf(next)) === ','
    const series = tokens.slice(0, tokens.indexOf(next)).filter((token) => token.value === ',').length >= 2
    // (A verb after a relative pronoun is the relative clause's: "…, and Tittu Varghese, whose input was…".)
    const afterItem = words.slice(count + 1)
    // ("…and the central idea that I wanted to drive home": so is a "that" after a noun.)
    // (So is one after a question word, an item itself: "…, and how learners would set up their screens".)
    const relative = afterItem.findIndex(
      (word, index) => /^(WDT|WP|WP\$|WRB)$/.test(word.tag) || (/^that$/i.test(word.value) && /^NN/.test(afterItem[index - 1]?.tag ?? '')),
    )
    const ownClause = afterItem.slice(0, relative === -1 ? undefined : relative).some((word) => /^(VB[DPZ]|MD)$/.test(word.tag))
    if (next.tag === 'CC' && afterComma && series && !ownClause) continue
    // "…figure out the flow of the talk | and the central idea": nouns joined by "and" with no
    // verb after are one object; the cut would drop the list's last item.
    const nounAfter = /^(DT|JJ|NN|PRP\$|CD)/.test(after[0]?.tag ?? '')
    if (next.tag === 'CC' && /^(and|or)$/i.test(next.value) && /^NN/.test(words[count - 1].tag) && nounAfter && !ownClause && !afterComma)
      continue
    // "So GitHub comes along, gains critical mass | , and nearly all of us put…": the last of a
    // series of predicates is still to come.
    if (next.tag === 'CC' && afterComma && /^VB[DPZ]$/.test(wordAfterLastComma(tokens, next)?.tag ?? '')) continue
    // "we added Round | and Truncate methods": nouns joined by "and" are one phrase.
    if (next.tag === 'CC' && !afterComma && /^NN/.test(words[count - 1].tag) && /^(NN|JJ)/.test(after[0]?.tag ?? '')) continue
    // "…from one step of the network | to the next", "…between zero | and one": a range has two ends.
    const recent = words.slice(Math.max(0, count - 6), count).map((word) => word.value.toLowerCase())
    // ("…or $26 | to $42": between two numbers, "to" is a range's too; "…must choose between generating
    // subpar code | or duplicating…": a choice "between" has two sides, whether joined by "and" or "or".)
    const numbers = /\d/.test(words[count - 1].value) && /\d/.test(words[count + 1]?.value ?? '')
    // ("…a drop from around 300 - 400 milliseconds | down to 30 or 40 milliseconds" (a corpus transcript): so is "down to" or "up to".)
    const rangeTo = /^to$/i.test(next.value) || (/^(?:down|up|back|all)$/i.test(next.value) && /^to$/i.test(after[0]?.value ?? ''))
    if ((rangeTo && (recent.includes('from') || numbers)) || (/^(and|or)$/i.test(next.value) && recent.includes('between'))) continue
    // "…maps the cell state to either 0 | or 1", "both X | and Y": a correlative pair has two halves.
    const pair = correlatives.get(next.value.toLowerCase())
    if (pair && recent.includes(pair)) continue
    // "…is the idea | that they might…": a "that" before a subject opens what the noun says, not a relative clause.
    if (/^that$/i.test(next.value) && /^(PRP|DT|NNP)/.test(after[0]?.tag ?? '') && /^NN/.test(words[count - 1].tag)) continue
    // A preposition that opens no noun phrase is a particle of the verb before it ("pop up").
    if (next.tag === 'IN' && !/^(DT|PRP|NN|JJ|CD|VBG)/.test(words[count + 1]?.tag ?? '') && !opensRelativeClause && !asWell) continue
    const head = words.slice(0, count)
    // ("…the global environment Jest itself is running in |, and copy…": a relative clause without its "that" ends on its preposition.)
    const strandedInContact = /^(IN|TO|RP)$/.test(head.at(-1)?.tag ?? '') && strandedInContactRelative(head)
    if (!hasVerb(head) || (dangles(head) && !strandedInContact) || !head.some((word) => /^(NN|PRP|CD)/.test(word.tag))) continue
    // "A globally installed node, deno | , or bun now follows…": a participle before its noun
    // modifies it; a head with no other verb is a noun phrase.
    if (head.every((word, index) => !/^(VB|MD)/.test(word.tag) || attributive(head, index))) continue
    if (opensClauseWithoutItsVerb(head, words.slice(count))) continue
    // "The funny thing, as the fella brought in to pull projects out of fires | for folks…": the
    // cut ends inside an "as" or "since" clause whose main clause has not come.
    if (waitsForMainClause(tokens.slice(0, tokens.indexOf(next)))) continue
    // "The note was partly a joke | but also…": the other part is the point.
    if (promisesMore(head)) continue
    if (leavesComplement(head, words.slice(count), tokens.slice(tokens.indexOf(next), tokens.indexOf(next) + 80))) continue
    if (endsBeforeWhatItModifies(head, words.slice(count))) continue
    return { tokens: tokens.slice(0, tokens.indexOf(next)), quality: 0.5 }
  }
  return undefined
}

// Nouns whose "for" says what they are (support for X, the need for Y, the case for Z): a closed class.
const forNoun =
  /^(?:support|need|needs|demand|room|reason|reasons|request|requests|preference|alternative|alternatives|replacement|substitute|responsibility|appetite|recipe|solution|solutions|motivation|basis|justification|recommendation|recommendations|argument|arguments|case|credit|appreciation|respect|passion|desire|hunger|thirst|search|quest|call|calls|plea|push|enthusiasm|tolerance|capacity|template|prerequisite|prerequisites|requirement|requirements)$/i

/**
 * Whether a verb of making (make, keep, get, render) at most ten words before `count` has its "as … as possible" (or
 * "ever", "before") complement after it, one to three words between the two "as": "as smooth as possible", "as quick
 * and smooth as possible".
 */
function makesAsPossible(words: Token[], count: number): boolean {
  const made = words
    .slice(0, count)
    .findLastIndex((word) => /^(?:make|makes|made|making|keep|keeps|kept|keeping|get|render)$/i.test(word.value))
  if (made === -1 || count - made > 10) return false
  const rest = words.slice(count, count + 14).map((word) => word.value.toLowerCase())
  return rest.some(
    (word, index) =>
      word === 'as' &&
      [2, 3, 4].some((gap) => rest[index + gap] === 'as' && /^(?:possible|ever|before)$/.test(rest[index + gap + 1] ?? '')),
  )
}

/** Whether a word the tagger reads as a preposition ends its clause, a mark of punctuation after it: a particle ("off", "out"). */
function particleAlone(tokens: Token[], word: Token): boolean {
  if (!/^(?:off|out|up|down|on|in|over|away|back|around|through|by)$/i.test(word.value)) return false
  const after = tokens.slice(tokens.indexOf(word) + 1).find((token) => token.kind !== 'space')
  return after === undefined || after.kind === 'punctuation'
}

// Nouns whose "in" or "into" says of what they are (confidence in X, insight into Y): a closed class.
const inNoun =
  /^(?:confidence|trust|faith|belief|interest|investment|investments|insight|insights|visibility|stake|pride|participation|involvement|expertise|experience|background|proficiency|fluency|gains|improvement|improvements|increase|increases|decrease|decreases|drop|rise|growth|decline|reduction|reductions)$/i

// Adverbs that single out the case a claim holds most in: a closed class.
const singlesOut = /^(especially|particularly|notably|mostly|mainly|chiefly)$/i
// Words that open examples set off by a comma (", such as A, B and C", ", notably A and B"): a closed class.
const examplesOpening = /^(such|including|like|e\.g|notably|especially|particularly)$/i

/**
 * "The first step, the one we are currently working on, is to leverage…" (review 128, Elixir's essay on types), "Apache
 * Flink 1.4.0, released in December 2017, introduced…": the subject's noun phrase, an aside after it set off by two commas
 * that renames or dates it (a noun phrase on a determiner, or a participle's phrase), and the sentence's verb right after
 * the second comma. The tokens without the aside, or `undefined` where the sentence opens on no such subject.
 * (Not a series of subjects, "Go, Rust, and C are…": the aside holds no "and" or "or", and opens on no name.)
 */
export function withoutSubjectAside(tokens: Token[]): Token[] | undefined {
  const commas = tokens.flatMap((token, index) => (token.value === ',' ? [index] : []))
  if (commas.length < 2) return undefined
  const [open, close] = commas
  const subject = tokens.slice(0, open).filter((token) => token.kind === 'word')
  const aside = tokens.slice(open + 1, close).filter((token) => token.kind === 'word')
  const verb = tokens.slice(close + 1).find((token) => token.kind === 'word')
  if (subject.length === 0 || subject.length > 6 || aside.length < 2 || !verb) return undefined
  // (A subject on its determiner or a name, ending on its noun, with no verb of its own: "The first step", "Apache Flink 1.4.0".)
  if (!/^(?:DT|PRP\$|NNPS?|JJ|CD)$/.test(subject[0].tag) || !/^(?:NNP?S?|CD)$/.test(subject.at(-1)?.tag ?? '')) return undefined
  if (subject.some((word) => /^(?:VB|MD|IN|WDT|WP|WRB)/.test(word.tag) && !/^(?:of)$/i.test(word.value))) return undefined
  const renames = aside[0].tag === 'DT' && /^(?:the|a|an|one)$/i.test(aside[0].value)
  // (Not one that names it, "A new module, called `JSON`, has been added…" (review 128, Elixir 1.18): the name is the news.)
  // (Nor one that says as what it is taken, "The dereference *t, interpreted as an L-value expression, is just…" (a corpus
  // article on C): the claim holds only so.)
  const participle =
    aside[0].tag === 'VBN' &&
    !/^(?:called|named|dubbed|titled|entitled|known|nicknamed|codenamed|labelled|labeled)$/i.test(aside[0].value) &&
    !/^as$/i.test(aside[1]?.value ?? '')
  if (!renames && !participle) return undefined
  if (aside.some((word) => /^(?:and|or|but|nor)$/i.test(word.value))) return undefined
  // (Nor an aside that carries a claim of its own, "The new release, the first to support Windows natively, ships…", a figure
  // or a superlative; nor one that says whose claim the sentence is, "The real problem, the maintainers argue, is…".)
  // (A participle's date, "released in December 2017", is no such figure.)
  if (aside.some((word) => (renames && word.tag === 'CD') || /^(?:JJS|RBS)$/.test(word.tag) || /^(?:first|only|last)$/i.test(word.value)))
    return undefined
  if (
    aside.some((word) =>
      /^(?:says?|said|argues?|argued|claims?|claimed|notes?|noted|writes?|wrote|believes?|thinks?|according)$/i.test(word.value),
    )
  )
    return undefined
  if (!/^(?:VB[DPZ]|MD)$/.test(verb.tag) && !finiteAuxiliary.test(verb.value)) return undefined
  return [
    ...tokens.slice(0, open),
    { kind: 'space', value: ' ', tag: '' },
    ...tokens.slice(close + 1).filter((token, index) => index > 0 || token.kind !== 'space'),
  ]
}
/**
 * "Documentation systems, such as Quarto and MkDocs, can help you…", "The team rewrote the
 * pipeline, including the cache, the runner and the deploy scripts": examples set off by a comma name instances of what the
 * sentence already said; without them it says the same of its head noun, where cutting after
 * the list's first item would say it of that item alone. The tokens without the examples, or
 * `undefined` where there are none, or they hold a verb of their own (", like we said").
 */
export function withoutExamples(tokens: Token[]): Token[] | undefined {
  const comma = tokens.findIndex((token, index) => {
    if (token.value !== ',') return false
    let word = tokens.slice(index + 1, index + 3).find((each) => each.kind === 'word')
    // ("…about twenty new packages, most notably PyArrow, Polars and DuckDB": the highlights among them.)
    if (word && /^most$/i.test(word.value) && /^notably$/i.test(nextWord(tokens, word)?.value ?? '')) word = nextWord(tokens, word)
    return (
      word !== undefined &&
      examplesOpening.test(word.value) &&
      (!/^such$/i.test(word.value) || /^as$/i.test(nextWord(tokens, word)?.value ?? ''))
    )
  })
  if (comma <= 0) return undefined
  const head = tokens.slice(0, comma).filter((token) => token.kind === 'word')
  if (!head.some((word) => /^NN/.test(word.tag))) return undefined
  const rest = tokens.slice(comma + 1)
  // The comma that closes the examples, and the word after it.
  const close = rest.findIndex((token) => token.value === ',')
  const afterClose = close > 0 ? rest.findIndex((token, index) => index > close && token.kind === 'word') : -1
  // (A head with any verb has its claim before the examples: "Node.js made | further additions".)
  if (!head.some((word) => /^(VB|MD)/.test(word.tag))) {
    // In the subject: the examples run up to the sentence's verb, with or without a closing comma.
    // ("protons, like electrons and other charged particles, emit…": where a comma closes them before
    // a verb, the verb after it; a participle before its noun, "charged particles", is no verb.)
    // ("No other customer info, including private code, | emails/VBZ, passwords, usernames, or other PII, was accessible"
    // (review 142, Sourcegraph's incident report): not a word the list goes on with, a comma right after it.)
    // (Read on from the word, never from a copy of the rest of the sentence for each: a sentence of thousands of "like a,"
    // took seconds.)
    const after = (index: number, wanted: (token: Token) => boolean) => {
      for (let at = index + 1; at < rest.length; at++) if (wanted(rest[at])) return rest[at]
      return undefined
    }
    const listed = (index: number) => after(index, (token) => token.kind !== 'space')?.value === ','
    const verb =
      afterClose !== -1 && /^(VB[DNPZ]?|MD)$/.test(rest[afterClose].tag) && !listed(afterClose)
        ? afterClose
        : rest.findIndex(
            (token, index) =>
              token.kind === 'word' &&
              /^(VB[DNPZ]|MD)$/.test(token.tag) &&
              !listed(index) &&
              !(/^VB[NG]$/.test(token.tag) && /^NN/.test(after(index, (next) => next.kind === 'word')?.tag ?? '')),
          )
    // (Names only, before it: "such as array in Erlang rely/RB on…, and implementing those
    // would…" is a misread verb and a clause of its own, not examples.)
    const named = rest.slice(0, verb).filter((token) => token.kind === 'word')
    const attributive = (word: Token, index: number) => /^VB[NG]$/.test(word.tag) && /^NN/.test(named[index + 1]?.tag ?? '')
    if (
      verb === -1 ||
      !listsExamples(rest.slice(0, verb)) ||
      named.some((word, index) => /^(VB|RB)/.test(word.tag) && !attributive(word, index))
    )
      return undefined
    return [...tokens.slice(0, comma), { kind: 'space', value: ' ', tag: '' }, ...rest.slice(verb)]
  }
  // ("If the compliance officer discovers any issues, such as a proprietary component linking to a GPL licensed one, the
  // compliance officer forwards the ticket to engineering" (review 140, the TODO Group's guide): examples inside a clause
  // that "if" or "when" opens go up to their closing comma, and the main clause after it stays; cut at the sentence's
  // end, they left the condition alone, "If the compliance officer discovers any issues".)
  if (openingClauseWord.test(head[0]?.value ?? '') && afterClose !== -1 && listsExamples(rest.slice(0, close)))
    return [...tokens.slice(0, comma), ...rest.slice(close)]
  const verb = head.findLastIndex((word) => /^(VB|MD)/.test(word.tag))
  // ("…how fast videos and other content, such as recommendations and comments, load on web pages", "some database
  // queries/VBZ, like aggregations with many unique groups, require a lot of memory" (review 114): examples closed by a
  // comma before a verb, or inside a clause whose verb has not come yet, are set off inside the subject: only they go.)
  const pending = head.slice(verb + 1).findLastIndex((word) => /^(WRB|WDT|WP)$/.test(word.tag))
  if (
    afterClose !== -1 &&
    listsExamples(rest.slice(0, close)) &&
    (/^(VB[DPZ]?|MD)$/.test(rest[afterClose].tag) || (pending !== -1 && !head.slice(verb + 1 + pending).some(finiteWord)))
  )
    return [...tokens.slice(0, comma), { kind: 'space', value: ' ', tag: '' }, ...rest.slice(afterClose)]
  // "The survey gathered a ton of useful answers, such as ages, incomes and commute times": an
  // object counted only as "a ton of", "many" or "several" things names them in its examples.
  const object = head
    .slice(verb + 1)
    .map((word) => word.value.toLowerCase())
    .join(' ')
  if (vagueCount.test(object)) return undefined
  // After the claim: up to a comma that opens a clause of its own, or the sentence's end.
  let end = rest.findIndex((token, index) => token.value === ',' && opensClauseAt(rest, index + 1))
  if (end === -1) end = rest.findLastIndex((token) => token.kind === 'word') + 1
  return listsExamples(rest.slice(0, end)) ? [...tokens.slice(0, comma), ...rest.slice(end)] : undefined
}

/** Words that open a clause before the sentence's main clause, saying when or why it holds (a closed class of English). */
const openingClauseWord = /^(?:if|when|whenever|once|because|since|although|though|while|whilst|unless|after|before)$/i

/** Counts that say how many things there are and not what they are (a closed class). */
const vagueCount =
  /(?:^|\s)(?:a\s+(?:ton|lot|bunch|number|variety|range|host|couple)\s+of|lots\s+of|tons\s+of|plenty\s+of|many|several|various|numerous|multiple)(?:\s|$)/

/**
 * The opening word and at least one example, without a clause of their own: no finite verb, no
 * pronoun for a subject, no question word ("including how unknown hosts are handled"), and no
 * bracket left open ("such as elem(tuple, | index)").
 */
function listsExamples(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word').slice(1)
  const opened = tokens.filter((token) => /^[([]$/.test(token.value)).length
  const closed = tokens.filter((token) => /^[)\]]$/.test(token.value)).length
  // ("such as 13 and -42 | as types as well": an "as" past the opening one goes on with the sentence.)
  const goesOn = words.slice(1).some((word) => /^as$/i.test(word.value))
  return (
    words.length >= 1 &&
    opened === closed &&
    !goesOn &&
    !hasFiniteVerb(words) &&
    !words.some((word) => /^(PRP|WDT|WP|WP\$|WRB)$/.test(word.tag))
  )
}

/** The word after `word` in `tokens`. */
function nextWord(tokens: Token[], word: Token): Token | undefined {
  return tokens.slice(tokens.indexOf(word) + 1).find((token) => token.kind === 'word')
}

/**
 * The tokens from `from` open a clause: a relative word, or a conjunction or subject before a finite verb. (Their first five
 * words read from there, not from a copy of the rest for each comma: a sentence of thousands of "like a," took seconds.)
 */
function opensClauseAt(tokens: Token[], from: number): boolean {
  const words: Token[] = []
  for (let at = from; at < tokens.length && words.length < 5; at++) if (tokens[at].kind === 'word') words.push(tokens[at])
  return /^(WDT|WP|WP\$|WRB)$/.test(words[0]?.tag ?? '') || hasFiniteVerb(words)
}
