/*
 * Lines that label something shown rather than say something: "Code: maps/list.go",
 * "YouTube video: https://…", "Figure 2: Throughput per core". Beside their code block or
 * picture they read; as a key point they say nothing.
 */

// A label, a colon and one token that names a file or an address, and nothing else.
const labelledReference = /^\p{L}[\p{L} ]{0,24}:\s*\S*[./]\S*$/u
// An address alone, or after only a reference's number ("[1] : <https://…>", "2. https://…").
const bareAddress = /^[[\]()\d\s.:,*–-]*(?:https?:\/\/|www\.)\S+$/i
// The words that number a caption are a closed class (what a figure, table or listing is
// called), and "Figure 3:" is not a part of speech a tagger could tell apart.
const numberedCaption = /^(?:fig(?:ure)?|table|listing|image|photo|video|exhibit|chart)\.?\s*\d+[a-z]?\s*[.:—–-]/i

// A quotation's source on a line of its own after it: "-- 《微软的 AI 策略》", "— Rob Pike, 2012".
const attribution = /^(?:--|—|―|–)\s*\S[^.!?。！？]{0,80}$/u

/** Whether a paragraph's text is a caption, a label for a file or link, or a quotation's source, not a point. */
export function isCaption(text: string): boolean {
  const trimmed = text.trim()
  return labelledReference.test(trimmed) || bareAddress.test(trimmed) || numberedCaption.test(trimmed) || attribution.test(trimmed)
}
