import type { Paragraph, PhrasingContent, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { countWords } from './words.ts'

/*
 * Interviews and Q&A transcripts open each turn with who speaks: `**Name**: text`,
 * `**Name** : text`, `Name: **question**`, `Q:` / `A:`, `**Q.**`. The label is not what a
 * slide should say: this step takes it off the paragraph (so the key-point code reads the
 * turn alone) and keeps it on the paragraph's data, for the notes and handout to print in
 * front of the turn (see handlers.ts). A turn that only acknowledges ("Sure.", "Exactly.",
 * "Même chose.") is said but gets no point of its own.
 *
 * Questions: the interviewer's question stays a paragraph like any turn, so its key point is
 * the question itself and the answers' points follow it on the slide; the audience hears what
 * was asked before what was answered, in every interview alike.
 */

declare module 'mdast' {
  interface ParagraphData {
    /** Who speaks this paragraph in an interview, shown before it in the notes and handout. */
    lecternSpeaker?: string
  }
}

/** A turn of this many words or fewer, without a question, only acknowledges ("Sure.", "Yeah, exactly."). */
const acknowledgementWords = 3
/** Labels that name a part of a text, not a person, when a post writes them as run-in labels. */
const notSpeakers = /^(note|notes|nb|update|edit|tl;?dr|warning|tip|summary|example|source|credit|credits|disclaimer|p\.?s)$/i
/** A speaker's name: up to four capitalised words, or `Q`/`A`. */
const name = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}?[\p{L}\p{M}'’.-]+){0,3}$/u

interface Turn {
  paragraph: Paragraph
  label: string
  /** Take the label off the paragraph. */
  strip: () => void
}

/** Recognise the speakers' labels of an interview or Q&A and move them off their paragraphs. */
export function remarkSpeakerTurns() {
  return function (tree: Root) {
    const turns: Turn[] = []
    visit(tree, 'paragraph', (paragraph) => {
      const turn = turnOf(paragraph)
      if (turn) turns.push(turn)
    })
    if (!isTranscript(turns)) return
    for (const turn of turns) {
      turn.strip()
      turn.paragraph.data = { ...turn.paragraph.data, lecternSpeaker: turn.label }
      unwrapWholeStrong(turn.paragraph)
      const said = toString(turn.paragraph).trim()
      if (countWords(said) <= acknowledgementWords && !said.includes('?')) turn.paragraph.data.lecternNoteOnly = true
    }
  }
}

/**
 * A transcript has at least two speakers who each speak at least twice: one run-in label
 * used twice ("**Note**: …") is the author's emphasis, not a conversation.
 */
function isTranscript(turns: Turn[]): boolean {
  const counts = new Map<string, number>()
  for (const turn of turns) counts.set(turn.label, (counts.get(turn.label) ?? 0) + 1)
  return [...counts.values()].filter((count) => count >= 2).length >= 2
}

/** The speaker's label that opens a paragraph, if it has one. */
function turnOf(paragraph: Paragraph): Turn | undefined {
  const [first, second] = paragraph.children
  if (!first) return undefined
  if (first.type === 'strong' && first.children.every((child) => child.type === 'text')) {
    // `**Name**: text`, `**Name** : text`, `**Name:** text`, `**Q.** text`.
    const inside = toString(first).trim()
    const after = second?.type === 'text' ? second.value : ''
    const closed = /[:.]$/.test(inside)
    const colon = closed ? /^\s+/.exec(after) : /^\s*:\s*/.exec(after)
    const label = inside.replace(/\s*[:.]$/, '')
    if (!colon || !isLabel(label) || (inside.endsWith('.') && !/^[QA]$/.test(label))) return undefined
    if (second?.type !== 'text' || (second.value.length === colon[0].length && paragraph.children.length === 2)) return undefined
    return {
      paragraph,
      label,
      strip: () => {
        second.value = second.value.slice(colon[0].length)
        paragraph.children.splice(0, second.value === '' ? 2 : 1)
      },
    }
  }
  if (first.type === 'text') {
    // `Name: **question**`, `Name : text`, `Q: text`.
    const found = /^([^:\n]{1,40}?)\s?:\s+/.exec(first.value)
    if (!found || !isLabel(found[1]) || (first.value.length === found[0].length && paragraph.children.length === 1)) return undefined
    return {
      paragraph,
      label: found[1],
      strip: () => {
        first.value = first.value.slice(found[0].length)
        if (first.value === '') paragraph.children.splice(0, 1)
      },
    }
  }
  return undefined
}

function isLabel(text: string): boolean {
  return name.test(text) && !notSpeakers.test(text)
}

/** A question set all in bold (`Frank : **…?**`) reads as any other turn once its label is off. */
function unwrapWholeStrong(paragraph: Paragraph): void {
  const shown = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '')
  if (shown.length !== 1 || shown[0].type !== 'strong') return
  const strong = shown[0]
  paragraph.children = paragraph.children.flatMap((child): PhrasingContent[] => (child === strong ? strong.children : [child]))
}
