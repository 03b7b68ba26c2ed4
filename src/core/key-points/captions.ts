import { tagSentence } from './tagging.ts'

/*
 * Lines that label something shown rather than say something: "Code: maps/list.go",
 * "YouTube video: https://…", "Figure 2: Throughput per core", a picture's credit or what it
 * shows. Beside their code block or picture they read; as a key point they say nothing.
 */

// A label, a colon and one token that names a file or an address, and nothing else.
const labelledReference = /^[\p{L}][\p{L} ]{0,24}:\s*\S*[./]\S*$/u
// An address alone, or after only a reference's number ("[1] : <https://…>", "2. https://…").
const bareAddress = /^[[\]()\d\s.:,*–-]*(?:https?:\/\/|www\.)\S+$/i
// The words that number a caption are a closed class (what a figure, table or listing is
// called), and "Figure 3:" is not a part of speech a tagger could tell apart.
// (Numbered by chapter too, "Table 2-1:", "Figure 3.2."; and the same words in the languages the corpus
// holds: "Abbildung 2:", "Tableau 1 :", "表 2-1:", "図1-1：", "图 3：", "그림 1.")
const numberedCaption =
  /^(?:(?:fig(?:ure|ura)?|table|tableau|tabla|tabela|tabelle|abb(?:ildung)?|listing|image|imagen|photo|video|exhibit|chart|grafik|gráfico)\.?\s*\d+(?:[-.]\d+)*[a-z]?\s*[.:—–-]|(?:表|図|图|圖|표|그림)\s*[0-9０-９]+(?:[-.‐－][0-9０-９]+)*\s*[.:：．])/iu

/**
 * The label a caption opens on, numbered or not, "Pic:", "Photo:", "Figure 3:", "Abbildung 2:" (the words `numberedCaption`
 * names, with the colon that sets a label apart): a line it opens is a picture's caption wherever it stands (see structure.ts).
 * A closed class.
 */
export const captionLabel =
  /^(?:pic|picture|photo|image|caption|figure|fig\.|foto|bild|abbildung|abb\.|imagen|imagem|immagine|figura|illustration|screenshot|capture|写真|图|圖|그림)(?:\s*\d+(?:\.\d+)?)?\s*[:：]/iu

// A quotation's source on a line of its own after it: "-- 《微软的 AI 策略》", "— Rob Pike, 2012".
const attribution = /^(?:--|—|―|–)\s*\S[^.!?。！？]{0,80}$/u

// A sentence whose subject is the pictures beside it and that says where they come from or what
// they were taken on ("Screenshots are from a 1920x1080 screen:", "These screenshots are on a
// 13” laptop", "All photos were taken by the author"): it describes the pictures, not the subject. So does a picture named by
// what it shows, without a verb of its own: "Picture of participants in a recent event" (review 134, a saved R-Ladies post).
const describesPictures =
  /^(?:(?:the|these|those|all|both|our|my)\s+)?(?:screenshots?|screen\s*shots?|images?|photos?|photographs?|pictures?|figures?|illustrations?)\s+(?:above\s+|below\s+|here\s+)?(?:are|were|is|was)\s+(?:all\s+)?(?:from|on|of|taken|made|captured|courtesy|by|with|in)\b(?:[^.!?]|\.\d){0,80}[.:]?$/iu

/** A picture named by what it shows: "Picture of participants in a recent event", "Screenshot of the new settings page." */
const pictureNamed =
  /^(?:an?\s+)?(?:screenshot|photo|photograph|picture|image|illustration|drawing|diagram|map)\s+(?:of|showing|from)\s+[^.!?]{1,80}[.:]?$/iu

/** Whether a line names a picture by what it shows, without a verb of its own ("…changed how I commute" says something of it). */
function namesPicture(text: string): boolean {
  if (!pictureNamed.test(text)) return false
  return !tagSentence(text)
    .filter((token) => token.kind === 'word')
    .slice(2)
    .some((token) => /^(?:VBD|VBZ|VBP|MD)$/.test(token.tag))
}

// Who made a picture ("Photo by Jane Doe on Unsplash", "Header image courtesy of NASA",
// "Illustration credit: …"): a credit for the picture, said nowhere in a talk.
// (After a label of the writer's own language too, "Crédito da imagem: Photo by Jonathan Chng on Unsplash" (review 143, a
// Portuguese post); and the credit a stock photo site gives in another language, "Foto de … en Unsplash", "Photo de … sur
// Pexels": its site's name is the same in all.)
const pictureCredit =
  /^(?:[\p{L}][\p{L} ]{0,30}:\s*)?(?:(?:(?:header|cover|featured|hero|top|banner)\s+)?(?:photo|image|picture|illustration|artwork|graphic|video|photograph)s?\s+(?:by|credits?|courtesy(?:\s+of)?)\b[^.!?]{0,80}|(?:photo|foto|imagem|imagen|image|bild|immagine)\s+(?:de|di|von|par|por|door|da|do)\s+[^.!?]{1,60}?\s+(?:en|sur|auf|su|no|na|op|em|via)\s+(?:unsplash|pexels|pixabay|flickr))\.?$/iu

// The opening of a sentence that credits a picture's source, whatever follows it ("Taken from the
// CNCF flickr account", "Photo by Jane Doe on Unsplash", "Image courtesy of NASA"): said around a
// point, not one (English's closed phrases). `pictureCredit` is the whole line of a caption.
const pictureCreditOpening =
  /^(?:(?:photo|image|picture|illustration|screenshot|figure|diagram|graphic)s?\s+(?:by|from|courtesy|credit|source|copyright|©)|(?:taken|borrowed|reproduced|adapted)\s+from\s+(?:the\s+)?\S+(?:\s+\S+){0,4}?\s+(?:account|site|website|blog|page|gallery|archive|repo|repository)\b|courtesy\s+of\b|(?:photo|image)\s+credits?\b)/i

// Who did the work of the text itself, in a line of its own ("Triage done by @rylev.", "Edited by
// Jane Doe"): a participle of such work and its doer, a handle or a name, with nothing after it
// ("The migration was done by Alice" and "Code written by humans rots" say what happened). English's closed class.
const workCredit =
  /^(?!.*\b(?:is|are|was|were|be|been|has|have|had)\b)(?:[\p{L}-]+\s+){0,2}(?:done|written|edited|compiled|curated|prepared|triaged|translated|proofread|illustrated)(?:\s+and\s+[\p{L}]+)?\s+by\s+(?:\*{0,2}@[\w.-]+\*{0,2}|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})(?:\s+(?:and|&)\s+(?:@[\w.-]+|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}))?[.!]?$/u

/** Whether a line is a picture's credit and nothing more: "Photo by Hannah Busing on Unsplash", "Image courtesy of NASA". */
export function creditsPicture(text: string): boolean {
  return pictureCredit.test(text.trim())
}

/** Whether an English sentence opens on a picture's credit ("Taken from the CNCF flickr account"), or is a credit for the text's own making ("Triage done by @rylev"). */
export function opensOnPictureCredit(sentence: string): boolean {
  const text = sentence.trim()
  // (Names keep their capitals: only the opening word is read in lower case.)
  // (A work credit holds " by " between spaces: only a sentence that does is read for one, whose
  // look-ahead for a verb scans the whole sentence first.)
  const credited = /\sby\s/.test(text)
  return pictureCreditOpening.test(text) || (credited && workCredit.test(text.charAt(0).toLowerCase() + text.slice(1)))
}

// What a picture or chart beside it shows, as a noun phrase ("The chart above shows weekly active
// users since January", "Figure 2 shows the latency of each region", "Pictured: the team at the
// offsite", "Above: the dashboard after the migration"): the caption the picture already has.
// ("The chart shows that latency doubles", "…shows how…" state a finding: not these.)
// (So does a table's, "Table 2 compares the methods", and the passive of either, "A comparison
// between several evaluation methods is shown in Table 2", "The results are summarized below".)
// (Or longer, what it shows and what it is compared with: "Figure 1 shows the single GPU throughput of training BERT-Large
// optimized through DeepSpeed, comparing with the two well-known PyTorch implementations from NVIDIA BERT and Hugging Face BERT."
// (review 135, DeepSpeed's post); not a finding said after its comma, "…, with no change at all in the error rate".)
const showsPicture =
  /^(?:(?:the|this|our)\s+)?(?:figure|fig\.|chart|graph|plot|screenshot|screen\s*shot|diagram|image|photo|picture|map|illustration|table)(?:\s+\d+[a-z]?)?(?:\s+(?:above|below|here|on\s+the\s+(?:left|right)))?\s+(?:shows|depicts|illustrates|displays|pictures|compares|lists|plots|summari[sz]es|traces|outlines|sketches|walks\s+through|breaks\s+down)\s+(?!that\b|how\b|why\b|what\b|whether\b)(?:[^.!?]{1,100}|[^.!?,]{1,120},\s+(?:comparing|compared|contrasting|against|alongside|next\s+to|side\s+by\s+side)\b(?![^.!?]*(?:\d|%|percent|faster|slower|drop|rise|increase|decrease|fell|grew))[^.!?]{0,140})\.?$/iu
const shownIn =
  /^[^.!?]{1,100}?\s(?:is|are)\s+(?:shown|plotted|listed|summari[sz]ed|presented|visuali[sz]ed|depicted|illustrated|displayed|compared)\s+(?:(?:in|on)\s+(?:the\s+)?(?:figure|fig\.|table|chart|graph|plot|diagram|image|picture)(?:\s+\d+[a-z]?)?(?:\s+(?:above|below))?|(?:above|below|here))\.?$/iu
// "We see here the range of possible colors", "Here you can see the dashboard after the migration":
// the writer pointing at a picture, a noun phrase after "see" ("…see that…" states a finding).
const seenHere =
  /^(?:(?:here|below|above)\s*,?\s+)?(?:we|you)\s+(?:can\s+)?see\s+(?:(?:here|below|above)\s+)?(?!that\b|how\b|why\b|what\b|whether\b|if\b)(?:the|a|an|our|this|these|its|their)\s[^.!?]{1,100}\.?$/iu
const placedCaption = /^(?:above|below|pictured|left|right|top|bottom|inset)\s*[:—–]\s*\S[^.!?]{0,100}\.?$/iu
// "Source: NASA.", "Fonte: Francesca Belem Lopes Palmeira e Ariana Moura Cabral." (review 114, under a Portuguese post's
// figures): a line that only says where a picture or figure comes from, in a language's own word for it. A closed class.
const sourceLine =
  /^(?:sources?|credits?|fontes?|fuentes?|quellen?|bildquelle|crédits?|bron|źródło|出典|出处|来源|來源|출처)\s*[:：]\s*\S[^.!?。！？]{0,100}[.。]?$/iu
// "The modules related to the local database are in green": what a colour marks in a drawing, which
// says nothing without the drawing. (Colours are a closed class. Not "The red line is capacity…", which
// says what the line shows.)
const colours = 'red|green|blue|yellow|orange|purple|pink|grey|gray|black|white|brown|teal|cyan|magenta'
const colourCoded = new RegExp(
  `^[^.!?]{1,100}?\\s(?:is|are)\\s+(?:(?:shown|marked|highlighted|drawn|coloured|colored|painted)\\s+)?in\\s+(?:light\\s+|dark\\s+)?(?:${colours})\\.?$`,
  'iu',
)

// An entry of a list of works cited: authors as "Surname, I." first, a year, and what a citation
// holds (a DOI, pages, an issue, a publisher): "Drake, B. L.: The influence of climatic change on
// the Late Bronze Age Collapse…, Journal of Archaeological Science, 39(6), 1862–1870, doi:…, 2012."
const citedAuthor = /^[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?,\s+(?:[\p{Lu}]\.\s*(?:-\s*)?){1,3}(?:,|:|\s+and\b|\s+&|\s*\()/u
const citedYear = /\b(?:1[6-9]|20)\d\d\b/
const citationParts =
  /\bdoi\b|\bpp?\.\s*\d|\b\d+\s*\(\d+\)|\bvol\.|\b(?:press|publishing|publishers|journal|proceedings|university|thesis|conference)\b/i

/** Whether a paragraph is an entry of a list of works cited: said in the notes, never a point. */
export function citesWork(text: string): boolean {
  const trimmed = text.trim()
  return (
    ((citedAuthor.test(trimmed) || namedAuthorsYear.test(trimmed)) && citedYear.test(trimmed) && citationParts.test(trimmed)) ||
    authorsThenYear.test(trimmed)
  )
}

/**
 * Authors as "Surname, Given" and the others by their full names, then the year as a sentence of its own: "Goodfellow, Ian,
 * Yoshua Bengio, and Aaron Courville. 2016. Deep Learning. MIT Press." (review 133, an R Markdown post's references, the
 * author-date form Pandoc writes): a work cited, whatever follows its year.
 */
const authorsThenYear =
  /^[\p{Lu}][\p{L}'’-]+,\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}(?:,\s+(?:and\s+|&\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})*(?:,?\s+(?:and|&)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})?\.?\s+(?:1[6-9]|20)\d\d[a-z]?\.\s+\S/u

/**
 * Authors by their full names, then the year in brackets: "Laura Ación, Luciana Benotti, … & Paola Andrea Lefer. (2023).
 * Inteligencia Artificial y Educación… Zenodo. https://doi.org/…", the citation a post asks its readers to use (review 104).
 */
const namedAuthorsYear =
  /^[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3}(?:,\s+(?:&\s+|and\s+)?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})+\.\s*\((?:1[6-9]|20)\d\d[a-z]?\)\./u

// "The x-axis labels for the figure are in italics", "The legend lists the seven statements" (review 95, a
// survey's write-up): how a chart is drawn, its axes, labels and legend (a closed class), not what it shows.
// ("Bar chart where the X axis shows the percentage of respondents of the survey, and the Y axis represents the gender."
// (review 134, a saved R-Ladies page, over each of its charts): a chart named by its kind, then how it is drawn, is its
// description as alternative text gives it.)
const chartParts =
  /^(?:(?:an?\s+)?(?:(?:horizontal|vertical|stacked|grouped)\s+)?(?:bar|column|line|pie|scatter|area|donut|doughnut)\s+(?:chart|graph|plot)\s+(?:where|in\s+which)\s+(?:the\s+)?|(?:the|its|each|every)\s+)(?:[xy]-?axis|[xy]\s+axis|(?:horizontal|vertical)\s+axis|axes|legend|axis\s+labels?|[xy]-?axis\s+labels?|tick\s+labels?|colou?r\s+scale|colou?r\s+bar)\b[^.!?]{0,80}\s(?:is|are|shows?|lists?|gives?|reads?|marks?|runs?|goes|go|represents?|displays?|denotes?|indicates?|corresponds?)\b/iu

/** Whether a text opens on the number of a figure, table or listing it captions ("Figure 2:", "Table 1."). */
export function numbersCaption(text: string): boolean {
  return numberedCaption.test(text.trim())
}

/** "All times in PST", "All times are UTC.": the time zone a timeline is written in (review 136, mybinder's postmortem). */
const timeZoneNote =
  /^(?:[Aa]ll\s+)?(?:[Tt]imes?|[Dd]ates?\s+and\s+times?|[Tt]imestamps?)\s+(?:are\s+|is\s+)?(?:(?:given|shown|listed)\s+)?(?:in\s+)?(?:[A-Z]{1,3}T|UTC[+-]?\d*|GMT[+-]?\d*)(?:\s*\([^)]{1,40}\))?\.?$/u

/** Whether a paragraph's text is a caption, a label for a file or link, or a quotation's source, not a point. */
export function isCaption(text: string): boolean {
  const trimmed = text.trim()
  return (
    labelledReference.test(trimmed) ||
    bareAddress.test(trimmed) ||
    numberedCaption.test(trimmed) ||
    attribution.test(trimmed) ||
    describesPictures.test(trimmed) ||
    namesPicture(trimmed) ||
    timeZoneNote.test(trimmed) ||
    pictureCredit.test(trimmed) ||
    sourceLine.test(trimmed) ||
    showsPicture.test(trimmed) ||
    shownIn.test(trimmed) ||
    seenHere.test(trimmed) ||
    placedCaption.test(trimmed)
  )
}

/**
 * Whether a sentence only says what a figure or table beside it shows ("Figure 2 shows the battles
 * count of each combination of models", "A comparison between several evaluation methods is shown
 * in Table 2"): the figure's caption, said in the notes while the figure is on the slide; the
 * paragraph's other sentences say what it means.
 */
export function pointsAtFigure(sentence: string): boolean {
  const trimmed = sentence.trim()
  return (
    showsPicture.test(trimmed) ||
    shownIn.test(trimmed) ||
    seenHere.test(trimmed) ||
    colourCoded.test(trimmed) ||
    chartParts.test(trimmed) ||
    weShow.test(trimmed) ||
    opensOnFigure.test(trimmed) ||
    placedBlock.test(trimmed)
  )
}

// ("The log above comes from the multi-scaler which reports…" (review 129, Knative's post on its activator), "The right side
// shows the individual groups that we are operating on" (review 129, a post on Xarray's groupby): a sentence whose subject
// is the listing or picture by where it stands, or a side of it, says where it comes from or what part of it is what.
const placedBlock =
  /^(?:the|this)\s+(?:(?:log|logs|output|listing|snippet|trace|table|graph|chart|figure|diagram|image|picture|plot|screenshot)\s+(?:above|below|bellow)|(?:left|right|top|bottom|upper|lower)(?:-hand)?\s+(?:side|half|panel|part|plot|image|figure|column))\s+(?:(?:comes?|came|is|are|was|were)\s+from|(?:shows?|showed|depicts?|illustrates?|displays?|contains?)\s+(?!that\b|how\b|why\b|what\b|whether\b))/iu

// "We show the flowchart of the data loading process with GDS enabled" (review 96, a data write-up):
// the writer showing a drawing, named by its kind.
const weShow =
  /^(?:(?:here|below|above|in\s+the\s+(?:figure|chart|diagram|plot|graph|image|picture|table)(?:\s+(?:below|above))?)\s*,?\s+)?we\s+(?:show|present|plot|visuali[sz]e|illustrate|depict)\s+(?:(?:here|below|above)\s+)?(?:the|a|an|our|this|these)\s+(?:[\p{L}-]+\s+){0,2}(?:flowchart|flow\s*chart|figure|diagram|chart|graph|plot|table|screenshot|picture|image|illustration|map)s?(?![\p{L}-])(?:\s*[.:]?$|\s+(?:below|above|here|of|for|showing|with|from|in|that\s+shows)\b(?:[^.!?()]|\([^()]{0,60}\)){0,100}[.:]?$)/iu
// "図 2-2 が示しているのは…", "그림 1은 …": a sentence whose subject is a figure or a table by its number,
// in Japanese or Korean, says what the figure shows (review 96, a Zenn post). (Not "図 2 に示すように、
// レイテンシが半分になった", "如图 3 所示，延迟降低了一半": a finding said as the figure shows it.)
const opensOnFigure = /^(?:図|表|그림|표)\s*[0-9０-９]+(?:[-.‐－][0-9０-９]+)*\s*(?:が|は|이|가|은|는)/u
