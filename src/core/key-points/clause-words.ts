/*
 * Closed-class words that mark where a clause starts or leans, per language, for the
 * languages lectern has no part-of-speech tagger for. They are short, closed lists (a few
 * dozen function words a language has had for centuries), and no maintained library offers
 * them for text that `Intl.Segmenter` has already cut: retext and compromise tag English
 * only, franc only names the language. Each list is kept here, in one place, so a speaker
 * of the language can correct it without reading the code.
 */

/** What marks the edges of clauses in one language. */
export interface ClauseWords {
  /**
   * An impersonal clause that ends on its adjective ("il est même courant", "es importante", "es ist
   * üblich"), and the words that open the clause it waits for ("de ne pas mesurer…", "que…", "zu…"):
   * a point never stops between the two, past an aside set off by commas.
   */
  impersonal?: { opening: RegExp; complements: string[] }
  /**
   * A clause that opens on its verb in the conditional ("sería posible…", "il serait possible…",
   * "poderia…", "sarebbe…"): the phrase fronted before it ("Con los recursos necesarios,") is its
   * condition, which a point keeps.
   */
  conditional?: RegExp
  /**
   * Openers that only link a sentence to the one before ("Además,", "また、", "此外，"):
   * dropped from the start of a point. Lower case; matched before a comma or a space.
   */
  connectives: string[]
  /**
   * Words that open an adverbial clause or phrase ("si", "cuando", "para", "如果"): a piece
   * that starts with one leans on the main clause beside it, so it is never a point alone.
   */
  subordinators: string[]
  /**
   * Conjunctions whose clause never stands as a sentence alone ("si", "porque", "parce que",
   * "weil"): a sentence of one clause that opens with one ("Si quieres probarlo antes.",
   * "Weil der Server die Daten kennt.") is a fragment, said after or before the clause it
   * belongs to. Narrower than `subordinators`, which holds prepositions too ("para", "como").
   */
  fragmentOpeners?: string[]
  /**
   * Prepositions that open an adverbial phrase ("En esta publicación,", "В Borg,"): a short
   * piece that starts with one and ends on a comma leans on the clause after it.
   */
  openers: string[]
  /**
   * Openers of a condition, a time, an exception or the second half of a pair ("if",
   * "when", "except", "but also"): a point may not stop right before one, nor after one
   * opened inside its last clause, or it would say more or other than the author did
   * ("etcd will not start | if…").
   */
  conditions: string[]
  /**
   * Words that carry a clause on from the piece before it (relative pronouns, "such as",
   * "or"): a point never starts with one.
   */
  continuations: string[]
  /**
   * Words a phrase cannot end on (articles, prepositions, copulas, "que"): what they lead
   * into was cut off. Words of one or two letters in lower case are caught without a list.
   */
  dangling: string[]
  /** Words that point at the block after the paragraph ("the following", "以下", "abaixo"): such a sentence is a lead-in. */
  pointers: string[]
  /** Pronouns that point back at the sentence before ("Esto…", "Это…", "这…"): such a point leans on it. */
  leaning: string[]
  /**
   * Pronouns that point back wherever they stand in the point, not only at its start: a neuter
   * demonstrative standing for a whole claim ("Man kann sich dies als … vorstellen", "In den
   * meisten Fällen mag dies zutreffen"). Not one that is also a determiner ("questo metodo").
   */
  backReferences?: string[]
  /** The language puts subordinate clauses before the main one (Chinese, Japanese, Korean). */
  mainClauseLast?: boolean
  /**
   * Endings of a clause that goes on past its comma (German "…hatte,", "…ist,": the
   * participle or object follows): a point may stop there only at the sentence's end.
   */
  unfinished?: RegExp
  /** Endings of a clause that goes on (Japanese and Korean conjunctive forms): a point may not stop after one. */
  continuing?: RegExp
  /**
   * Characters one of which a Chinese clause with a predicate holds (an aspect mark, a copula, a
   * modal, an adverb, a common verb): a piece with none is a subject or a frame whose predicate
   * comes after it ("1990年底，欧洲核能研究组织科学家Tim Berners-Lee | ，在…的基础上，发明了万维网"), and a point may not stop after it.
   */
  predicateMark?: RegExp
  /** Endings of a finished sentence (Japanese and Korean final forms): a point may stop after one. */
  final?: RegExp
  /** 、 separates the items of a list, not clauses (Chinese). */
  enumerationComma?: boolean
  /**
   * Connectives of what follows from the clauses before (Chinese "因此", "所以"): the conclusion the sentence
   * draws is its point, and a point may not stop right before it. Unlike `consequences` ("则", "那么"), a
   * run may start at one, its connective dropped.
   */
  conclusions?: string[]
  /** A clause that opens with its verb (German "habe ich…" after a fronted clause): read alone, it is a question. */
  verbFirst?: RegExp
  /**
   * Forms of "be" and "have" that open a subject's predicate after a phrase set off by commas
   * ("La versione che pubblichiamo oggi, seppur revisionata e corretta, | è solo una prima parte"):
   * a point may not stop before one, or it keeps the subject without what is said of it.
   */
  predicates?: string[]
  /**
   * Words of "of" that go on a noun phrase after a comma set off a phrase inside it ("Le danger inhérent à l'utilisation, à
   * fortiori involontaire, | du bon sens est donc…"): a point may not stop before one whose clause reaches a predicate.
   */
  ofWords?: string[]
  /**
   * Finite verbs that leave the verb they govern to their clause's end (German modals and
   * auxiliaries: "…können Sie kommerziellen Support, gehostete Optionen … in Rechnung stellen"):
   * a point that keeps one stops at that verb, not before it.
   */
  bracketVerbs?: string[]
  /** The topic a sentence opens with (Japanese "…は", Korean "…은/는"), kept with a main clause cut from the end. */
  topic?: RegExp
  /** A noun topic a sentence opens with before more of its clause ("各インスタンスは API サーバーに…"). */
  topicOpening?: RegExp
  /**
   * A particle that says a clause's subject or topic (Japanese が, は, も): a figure in a clause
   * without one measures what the sentence before named ("クラスター全体では 570GB に達します": what does?).
   */
  subject?: RegExp
  /**
   * A clause whose unsaid subject is the reader or the writer, not a thing of the sentence
   * before: a request ("…してください"), or the writer's own past action on an object ("…のサポートを追加しました").
   */
  ownSubject?: RegExp
  /**
   * Endings of a clause that sets a condition (Japanese "…と、", "…場合は、"): the main clause
   * after it may not be taken without it, or it claims more than the author did.
   */
  conditionEnd?: RegExp
  /**
   * An opening that says by doing what to the thing the sentence before named the clause after it holds (Spanish "Al
   * seguirlo para tus spans, …", Portuguese "Ao segui-lo, …"): as with a condition, the main clause after it may not be
   * taken without it.
   */
  meansOpening?: RegExp
  /**
   * Endings of a piece that is the topic of the clause after it (Japanese "…には、", "…は、"):
   * a point cut from after it starts mid-sentence unless it keeps it.
   */
  topicEnd?: RegExp
  /**
   * An opening that bounds the claim to a share of its cases (Japanese "一部のページでは",
   * "残りのオリジンでは"): a run of the clauses after it without it claims more than the writer did.
   */
  scope?: RegExp
  /**
   * Words that open the clause a verb or a placeholder before the comma waits for (German
   * "…nicht klar, welche…", "…sehen, wie…"): a point may not stop right before one.
   */
  complements?: string[]
  /**
   * A piece that is the clause a noun or verb before the comma waits for, told by its shape (German:
   * a zu-infinitive, "…in der Lage, | eine passende Antwort zu liefern"; a question after its
   * preposition, "…die Frage, | bei wie vielen Sätzen…"): a point may not stop right before one.
   */
  complementClause?: (piece: string) => boolean
  /** Words that open what a condition before them leads to (Chinese 则, 那么): a point may not stop right before one. */
  consequences?: string[]
  /**
   * Pronouns that take up the piece before them as their subject (French "…, c'est bidon"):
   * what stands before is only the topic, so a point may not stop right before one.
   */
  resumptives?: string[]
  /**
   * Indefinite articles, and the relative pronouns that say which thing one left open
   * ("eine Version zu erstellen, | die die Benutzeroberfläche…"): a point may not stop between them.
   */
  indefinites?: string[]
  relatives?: string[]
  /** Negations: a denial may not stop before the purpose or condition that bounds it ("…keinen Code hinzugefügt, | um…"). */
  negations?: string[]
  /** Fronted adverbs take the verb right after them (German "Dann übergibst du…"): one is dropped only with its comma. */
  verbSecond?: boolean
  /**
   * Conjunctions that open the second half of a contrast ("pero", "但"): a point may not stop
   * before one ("Se había estudiado por más de 100 años, | pero nunca antes se había observado"),
   * and the half after one may be the point without the half before.
   */
  contrasts?: string[]
  /** Conjunctions that open an alternative ("o", "或者"): a point may not stop before one. */
  alternatives?: string[]
  /** Determiners that open a noun phrase ("las", "los", "cada"): one with a relative clause after its noun is a subject. */
  determiners?: string[]
  /** A plural noun, told by its ending from the verb forms before "que" ("Proyectos", not "Sabemos"). */
  pluralNoun?: RegExp
  /** Openers of the first half of a pair ("ya sea…, o…", "entweder… oder"): a point may not stop after that half. */
  correlatives?: string[]
  /**
   * Endings of a verb phrase whose verb waits for its object ("vamos a usar", "tenemos que
   * instalar"): a point may not start after it, at the object it leaves behind.
   */
  periphrasis?: RegExp
  /**
   * Endings of a piece that is an argument of the verb after the comma (Japanese "…の特徴が、",
   * "…を、"): a point cut from after one starts mid-sentence.
   */
  argumentEnd?: RegExp
  /**
   * The list a sentence ends on: its "and" ("et", "y", "und") and the words that open an item
   * of it (articles, possessives, "de"). After a comma, short pieces that open so and end on
   * "… and X" are the list's other items: a point may not stop before them.
   */
  listItems?: { and: string[]; openers: string[] }
  /**
   * Openings of a subject pronoun that stands for nothing before ("il faut", "il y a"), or of an adverb that links to
   * nothing before ("auch wenn", "auch nach", German's "even"): no leaning, though the word is in `leaning`.
   */
  impersonals?: string[]
  /** Words that open an example ("比如", "例えば"): a point may not stop after the clause one opens, a lead-in to the example. */
  examples?: string[]
}

/*
 * Verbs of the third person that say what something includes, allows or offers: opening a point, their subject is
 * in the sentence before (a closed class of the commonest; not "Es…", "Hay…", "Hace…", which stand without one). Not a
 * form that is also the familiar command, "Define una variable…", "Genera un token…" (Spanish's singular, Italian's
 * "genera", "facilita"), nor one whose subject follows it, "Serve una chiave API…", "Requiere Node 20…".
 */
const subjectlessSpanish = ['incluyen', 'permiten', 'ofrecen', 'proporcionan', 'contienen', 'facilitan', 'aportan', 'generan', 'definen']
const subjectlessPortuguese = [
  'inclui',
  'incluem',
  'permite',
  'permitem',
  'oferece',
  'oferecem',
  'fornece',
  'fornecem',
  'contém',
  'contêm',
  'facilitam',
  'geram',
  'definem',
]
const subjectlessItalian = [
  'include',
  'includono',
  'permette',
  'permettono',
  'consente',
  'consentono',
  'offre',
  'offrono',
  'fornisce',
  'forniscono',
  'contiene',
  'contengono',
  'facilitano',
  'generano',
  'definisce',
  'definiscono',
  // ("Sono diventate la norma", "Stanno investendo nella formazione continua", "Rappresenta un valore aggiunto…" (review
  // 139, an Italian essay): a plural verb that opens the sentence, or "rappresenta", says its claim of a subject the sentence
  // before named, "le aziende", "tutte queste opportunità". Not "è", "può", "ha", which open impersonal sentences too.)
  'sono',
  'stanno',
  'hanno',
  'possono',
  'devono',
  'diventano',
  'rappresenta',
  'rappresentano',
]

const spanish: ClauseWords = {
  ofWords: ['de', 'del'],
  predicates: [
    'tiene',
    'tienen',
    'tenía',
    'puede',
    'pueden',
    'es',
    'son',
    'era',
    'eran',
    'fue',
    'fueron',
    'será',
    'serán',
    'sería',
    'está',
    'están',
    'estaba',
    'ha',
    'han',
    'había',
    'sigue',
    'resulta',
  ],

  impersonal: { opening: /^es\s+(?:[\p{L}]+\s+)?[\p{L}]+$/iu, complements: ['que', 'de'] },
  // (An unstressed pronoun may come first: "se podría…", "nos gustaría…"; not "lo", "la", which
  // are articles too: "la ingeniería…" opens on a noun.)
  conditional: /^(?:(?:se|le|les|nos|me|te|no)\s+)*[\p{L}]+r[íi]a(?:s|n|mos)?(?![\p{L}])/iu,
  fragmentOpeners: ['si', 'porque', 'aunque', 'cuando', 'a menos que', 'ya que', 'puesto que', 'mientras que'],
  // (Closed classes: the language's "and" and the articles, possessives and "of" an item opens with.)
  listItems: { and: ['y', 'e'], openers: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'su', 'sus'] },
  connectives: [
    // ("Dicho eso, la naturaleza asíncrona de Node.js…", "De todas formas es importante usar una tecnología…" (review 146, a Spanish
    // post on real-time apps): "that said", "anyway" only turn from what the sentence before said; the claim stands without them.)
    'dicho esto',
    'dicho eso',
    'de todas formas',
    'de todas maneras',
    'de todos modos',
    'en cualquier caso',
    'aun así',
    // ("De esta forma podemos ahorrar en gastos…" (review 146, a Spanish post on real-time apps): "this way", pointing back at the way the sentence before told.)
    'de esta forma',
    'de esta manera',
    'de este modo',
    'de esa forma',
    'de esa manera',
    'de ese modo',
    'además',
    'adicionalmente',
    'sin embargo',
    'no obstante',
    'por ejemplo',
    'por eso',
    'por lo tanto',
    'por otro lado',
    'en cambio',
    'asimismo',
    'también',
    'luego',
    'entonces',
    'así',
    'de hecho',
    'en resumen',
    'finalmente',
    'por último',
    'es decir',
    'pero',
    'y',
  ],
  subordinators: [
    'si',
    // ("Ahora que los lanzamientos de Canary son una forma oficial…,": the clause waits for the main one.)
    'ahora que',
    'a medida que',
    'siempre que',
    'cuando',
    'aunque',
    'para',
    'al',
    'como',
    'mientras',
    'porque',
    'según',
    'a diferencia de',
    'independientemente de',
    'a pesar de',
    'antes de',
    'después de',
    'en lugar de',
    'con el fin de',
    'dado que',
    'una vez que',
    'una vez',
    'tan pronto como',
    'ya que',
    'puesto que',
    'en esta publicación',
    'entre',
    'a partir de',
    'de acuerdo con',
    'junto con',
    'además de',
    // ("No importa cuánto avance la Inteligencia Artificial, | el personal docente va a seguir siendo imprescindible"
    // (review 104, a Spanish post on AI in teaching): "no matter how", a concession that waits for its main clause.)
    'no importa',
    'sin importar',
    // ("Dondequiera que haya casos de uso legítimos que aporten valor, | también hay delincuentes…" (review 122, a Spanish
    // tutorial): "wherever", a clause of place that waits for its main one; so do clauses of time. Not a condition, "siempre y
    // cuando", "a menos que": the main clause without it claims more than the writer did.)
    'dondequiera que',
    'donde quiera que',
    'cada vez que',
    'hasta que',
    'aun cuando',
    // (As in Portuguese: "conforme", and "cuanto más…, más…".)
    'conforme',
    'cuanto más',
    'cuanto menos',
    'cuanto mayor',
    'cuanto menor',
  ],
  // (The prepositions a fronted phrase opens with; not "para", which often runs into the main clause without a comma.)
  openers: [
    'comparado con',
    'comparados con',
    'comparada con',
    'comparadas con',
    'en comparación con',
    'a diferencia de',
    'frente a',
    'en',
    'con',
    'sobre',
    'desde',
    'durante',
    'gracias a',
    'de',
    'a',
    'más allá de',
    'por',
    'dependiendo de',
    'tras',
    'sin',
    'bajo',
    'entre',
    'hacia',
    'hasta',
    'mediante',
    'según',
    'ante',
    'antes de',
    'después de',
    'a pesar de',
    'en lugar de',
  ],
  conditions: ['si', 'salvo', 'excepto', 'a menos que', 'siempre que', 'solo si', 'sino', 'cuando'],
  // ("Al seguirlo para tus spans personalizados, | te alineas con la filosofía…" (review 126, OpenTelemetry's post): "al" and
  // an infinitive with the pronoun of what the sentence before named, which the clause after it is about. Not "Al seguir el
  // formato…, | creas un vocabulario claro", whose opening names it, nor "Al final,", whose noun ends otherwise.)
  meansOpening: /^al\s+[\p{L}]+(?:ar|er|ir)(?:lo|la|los|las|le|les)(?:\s|,|$)/iu,
  continuations: [
    'que',
    'quien',
    'quienes',
    'cuyo',
    'cuya',
    'donde',
    'el cual',
    'la cual',
    'los cuales',
    'las cuales',
    'lo que',
    'o',
    'u',
    'y',
    'e',
    'ni',
    'como',
  ],
  dangling: [
    'que',
    'del',
    'los',
    'las',
    'una',
    'uno',
    'para',
    'por',
    'con',
    'sin',
    'entre',
    'sobre',
    'hacia',
    'desde',
    'hasta',
    'según',
    'muy',
    'más',
    'sus',
    'es',
    'son',
    'está',
    'están',
    'cual',
    'cuales',
    // ("Te invitamos a firmar la declaración pero, sobre todo, | a seguir reflexionando…" (review 104): a contrast or
    // its "above all" waits for what it sets against the words before it.)
    'pero',
    'sobre todo',
  ],
  pointers: ['siguiente', 'siguientes', 'a continuación'],
  // (A possessive or subject pronoun that opens the point, "Su masa es…", stands for a noun the sentence before named.)
  // ("Permiten reaccionar de forma proactiva…" (review 109, a Spanish conference report): a verb in the plural that opens the
  // point has its subject, dropped as Spanish drops it, in the sentence before.)
  leaning: [
    'esto',
    'eso',
    'ello',
    'aquello',
    'su',
    'sus',
    'él',
    'ella',
    'ellos',
    'ellas',
    'tampoco',
    'por eso',
    'por ello',
    ...subjectlessSpanish,
  ],
  contrasts: ['pero', 'sin embargo'],
  alternatives: ['o', 'u'],
  correlatives: ['ya sea', 'tanto', 'o bien'],
  indefinites: ['un', 'una', 'unos', 'unas', 'algún', 'alguna', 'algunos', 'algunas', 'todos', 'todas', 'cualquier'],
  relatives: ['que', 'quien', 'quienes', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'donde', 'el cual', 'la cual', 'los cuales', 'las cuales'],
  periphrasis: /\s(a|de|que)\s+[\p{L}]+(ar|er|ir)$/u,
  pluralNoun: /^[\p{L}]{3,}(?<!am|em|im)[oa]s$/u,
  determiners: [
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'unos',
    'unas',
    'este',
    'esta',
    'estos',
    'estas',
    'ese',
    'esa',
    'esos',
    'esas',
    'cada',
    'todos',
    'todas',
    'algunos',
    'algunas',
    'muchos',
    'muchas',
    'mis',
    'sus',
    'nuestros',
    'nuestras',
  ],
}

const portuguese: ClauseWords = {
  ofWords: ['de', 'do', 'da', 'dos', 'das'],
  predicates: [
    'pode',
    'podem',
    'é',
    'são',
    'era',
    'eram',
    'foi',
    'foram',
    'será',
    'serão',
    'seria',
    'está',
    'estão',
    'estava',
    'tem',
    'têm',
    'tinha',
    'continua',
  ],

  impersonal: { opening: /^é\s+(?:[\p{L}]+\s+)?[\p{L}]+$/iu, complements: ['que', 'de'] },
  conditional: /^(?:(?:se|nós|não|eu|ele|ela|eles|elas)\s+)*[\p{L}]+(?:ria|riam|ríamos)(?![\p{L}])/iu,
  fragmentOpeners: ['porque', 'embora', 'quando', 'a menos que', 'já que', 'uma vez que'],
  // (Closed classes: the language's "and" and the articles, possessives and "of" an item opens with.)
  listItems: { and: ['e'], openers: ['o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'seu', 'sua', 'seus', 'suas'] },
  connectives: [
    // ("That said", "anyway": see Spanish.)
    'dito isso',
    'dito isto',
    'de qualquer forma',
    'de qualquer maneira',
    'de qualquer modo',
    'em todo caso',
    'em qualquer caso',
    // ("This way", pointing back at the way the sentence before told: see Spanish's.)
    'desta forma',
    'dessa forma',
    'desta maneira',
    'dessa maneira',
    'deste modo',
    'desse modo',
    'além disso',
    'no entanto',
    'entretanto',
    'contudo',
    'porém',
    'por exemplo',
    'por isso',
    'portanto',
    'assim',
    'também',
    'então',
    'de fato',
    'finalmente',
    'ou seja',
    'mas',
    'e',
  ],
  subordinators: [
    'se',
    'agora que',
    'à medida que',
    'quando',
    'embora',
    'para',
    'ao',
    'como',
    'enquanto',
    'porque',
    'caso',
    'para além de',
    // ("Além de fazer a obrigatória revisão-relâmpago do processo do Scrum, eles falaram…" (review 149, a Portuguese
    // conference retrospective): "besides doing…" waits for what else was done.)
    'além de',
    'ao invés de',
    'apesar de',
    'antes de',
    'depois de',
    'em vez de',
    'já que',
    'uma vez que',
    'mesmo que',
    'segundo',
    // ("Depois que um pacote é enviado, antes de receber um(a) editor(a), o(a) Editor(a)-chefe deve avaliar…" (review 95).)
    'depois que',
    'antes que',
    'assim que',
    'logo que',
    'desde que',
    'sempre que',
    'ainda que',
    'visto que',
    'dado que',
    // ("Conforme a gente avança na carreira, algumas habilidades…", "Quanto maior a quantidade de assuntos…, melhor vai ser…"
    // (review 143, a Portuguese essay): "as", and the first half of "the more…, the more…": each waits for its main clause.)
    'conforme',
    'quanto mais',
    'quanto menos',
    'quanto maior',
    'quanto menor',
    'quanto melhor',
    'quanto pior',
  ],
  // (The prepositions a fronted phrase opens with; not "para", which often runs into the main clause without a comma.)
  openers: [
    'comparado a',
    'comparado com',
    'comparados a',
    'comparados com',
    'comparada a',
    'comparada com',
    'em comparação com',
    'ao contrário de',
    'diferente de',
    'em',
    'no',
    'na',
    'nos',
    'nas',
    'com',
    'sobre',
    'desde',
    'durante',
    'graças a',
    'de',
    'a',
    'sob',
    'entre',
    'até',
    'após',
    'por',
    'pelo',
    'pela',
    'sem',
    'perante',
    'mediante',
    'antes de',
    'depois de',
    'apesar de',
    'em vez de',
  ],
  conditions: ['se', 'caso', 'exceto', 'salvo', 'a menos que', 'desde que', 'mas também', 'como também', 'quando'],
  // ("Ao segui-lo, …", "Ao instalá-lo, …": the infinitive loses its "r" before the pronoun's hyphen.)
  meansOpening: /^ao\s+[\p{L}]+-(?:o|a|os|as|lo|la|los|las)(?:\s|,|$)/iu,
  continuations: ['que', 'quem', 'cujo', 'cuja', 'onde', 'o qual', 'a qual', 'os quais', 'as quais', 'ou', 'e', 'nem', 'como'],
  dangling: [
    'que',
    'dos',
    'das',
    'uma',
    'um',
    'para',
    'por',
    'com',
    'sem',
    'nos',
    'nas',
    'pelo',
    'pela',
    'entre',
    'sobre',
    'até',
    'muito',
    'mais',
    'seu',
    'sua',
    'seus',
    'suas',
    'é',
    'são',
    'está',
    'estão',
  ],
  pointers: ['seguinte', 'seguintes', 'abaixo', 'a seguir'],
  // ("Ele permite que configurações selecionadas…" (review 101): a subject pronoun names what only the sentence before names.)
  // (As in Spanish, a verb that opens the point has its subject in the sentence before: "Inclui cores, tipografia…"; the
  // familiar command is another form here, "Inclua…".)
  // ("Mesmo assim você não vai aprender" (review 143): "even so", after what the sentence before said.)
  leaning: ['isso', 'isto', 'aquilo', 'ele', 'ela', 'eles', 'elas', 'por isso', 'mesmo assim', 'ainda assim', ...subjectlessPortuguese],
  contrasts: ['mas', 'porém', 'contudo', 'no entanto'],
  alternatives: ['ou'],
  correlatives: ['seja', 'quer', 'tanto', 'ou seja'],
  indefinites: ['um', 'uma', 'uns', 'umas', 'algum', 'alguma', 'alguns', 'algumas', 'todos', 'todas', 'qualquer'],
  relatives: ['que', 'quem', 'cujo', 'cuja', 'cujos', 'cujas', 'onde', 'o qual', 'a qual', 'os quais', 'as quais'],
  periphrasis: /\s(a|de|que)\s+[\p{L}]+(ar|er|ir)$/u,
  determiners: [
    'o',
    'a',
    'os',
    'as',
    'um',
    'uma',
    'uns',
    'umas',
    'este',
    'esta',
    'estes',
    'estas',
    'esse',
    'essa',
    'esses',
    'essas',
    'cada',
    'todos',
    'todas',
    'alguns',
    'algumas',
    'muitos',
    'muitas',
    'meus',
    'seus',
    'nossos',
    'nossas',
  ],
}

/** French conjunctions of time and of "as long as", whose clause never stands alone (review 140: "Tant qu'ils ne commencent pas…"). */
const frenchTimeConjunctions = [
  'tant que',
  'dès que',
  'une fois que',
  'depuis que',
  'pendant que',
  "jusqu'à ce que",
  'chaque fois que',
  'aussitôt que',
]

const french: ClauseWords = {
  ofWords: ['de', 'du', 'des', "d'", 'd’'],
  predicates: [
    'est',
    'sont',
    'était',
    'étaient',
    'fut',
    'sera',
    'seront',
    'serait',
    'a',
    'ont',
    'avait',
    'reste',
    'demeure',
    'peut',
    'peuvent',
  ],

  impersonal: { opening: /^(?:il|c['’])\s*est\s+(?:[\p{L}]+\s+)?[\p{L}]+$/iu, complements: ['de', 'que'] },
  conditional:
    /^(?:(?:il|elle|on|nous|vous|ils|elles|ce|cela|ça|je|tu)\s+|[jc]['’])?(?:(?:ne|se|nous|vous|lui|leur|y|en)\s+|[nslmt]['’])*[\p{L}]+r(?:ait|aient|ais|ions|iez)(?![\p{L}])/iu,
  fragmentOpeners: ['si', 'parce que', 'bien que', 'quand', 'lorsque', 'à moins que', 'puisque', 'quoique', ...frenchTimeConjunctions],
  // "Entre nous, sortir des taux de couverture, | c'est bidon si…", "Dès le moment où on sait
  // écrire du JavaScript, | c'est assez cool": French puts the topic first and takes it up with "c'est".
  resumptives: ["c'est", 'c’est', 'ce sont', "ce n'est", 'ce n’est', 'cela', 'ça'],
  // (Closed classes: the language's "and" and the articles, possessives and "of" an item opens with.)
  listItems: {
    and: ['et'],
    openers: [
      'le',
      'la',
      'les',
      "l'",
      'l’',
      'un',
      'une',
      'des',
      'du',
      'de',
      "d'",
      'd’',
      'son',
      'sa',
      'ses',
      'leur',
      'leurs',
      'ce',
      'cette',
      'ces',
    ],
  },
  connectives: [
    // ("That said", "anyway": see Spanish.)
    'cela dit',
    'ceci dit',
    'cela étant dit',
    'de toute façon',
    'de toute manière',
    'en tout cas',
    "quoi qu'il en soit",
    // ("This way", pointing back at the way the sentence before told: see Spanish's.)
    'de cette façon',
    'de cette manière',
    // ("Notez de plus que renoncer à ses droits d'auteur n'est pas une chose anodine" (review 143, a French essay on licences):
    // "note that", the writer pointing at the claim after it.)
    'notez de plus que',
    'notez bien que',
    'notez que',
    'remarquez que',
    'à noter que',
    'de plus',
    'en outre',
    'cependant',
    'toutefois',
    'pourtant',
    'néanmoins',
    'par exemple',
    'par conséquent',
    'ainsi',
    'donc',
    'alors',
    'aussi',
    'en effet',
    'en fait',
    'du coup',
    'voilà',
    'heureusement',
    'de manière générale',
    "d'ailleurs",
    'enfin',
    'bref',
    'mais',
    'et',
    // ("Qui plus est, …": moreover; "Eh bien, …": well.)
    'qui plus est',
    'eh bien',
    'dès lors',
  ],
  subordinators: [
    'si',
    // ("Quitte à laisser…", "Là où BEM nous forçait…": a clause set beside the main one, which follows its comma.)
    'quitte à',
    'là où',
    'maintenant que',
    'à mesure que',
    'quand',
    'lorsque',
    ...frenchTimeConjunctions,
    'même si',
    // ("Par conséquent, même en signant un accord quelconque, il/elle ne peut pas…" (review 143): a gerund of concession or
    // manner, "even by signing", "while doing", waits for the main clause as a clause of time does.)
    'même en',
    'tout en',
    'bien que',
    'pour',
    'en tant que',
    'comme',
    'afin de',
    'puisque',
    'alors que',
    'tandis que',
    'avant de',
    'après',
    'au lieu de',
    'en plus de',
    'malgré',
    'sans',
    'selon',
    'parce que',
    'sachant que',
    'en ce qui concerne',
    'une fois que',
    'dès que',
  ],
  // (The prepositions a fronted phrase opens with; not "pour", which often runs into the main clause without a comma.)
  openers: [
    'comparé à',
    'comparés à',
    'comparée à',
    'comparées à',
    'par rapport à',
    'contrairement à',
    'à la différence de',
    'face à',
    'dans',
    'sur',
    'en',
    'avec',
    'chez',
    'depuis',
    'pendant',
    'grâce à',
    'de',
    'à',
    'au',
    'aux',
    'lors de',
    'lors du',
    'lors des',
    'durant',
    'après',
    'avant',
    'par',
    'sous',
    'selon',
    'entre',
    'malgré',
    'parmi',
    'vers',
    'sans',
    'à travers',
    'au cours de',
    'au lieu de',
  ],
  conditions: ['si', 'sauf', 'à condition', 'à moins', 'pourvu que', 'seulement si', 'mais aussi', 'quand', 'lorsque'],
  continuations: ['qui', 'que', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'ou', 'et', 'ni', 'comme'],
  dangling: [
    'que',
    'qui',
    'dont',
    'des',
    'les',
    'une',
    'aux',
    'pour',
    'par',
    'avec',
    'sans',
    'dans',
    'sur',
    'sous',
    'entre',
    'vers',
    'chez',
    'très',
    'plus',
    'est',
    'sont',
    "c'est",
    'c’est',
    'ces',
    'cette',
    'son',
    'ses',
    'leur',
    'leurs',
    'notre',
    'votre',
    'notamment',
    'comme',
    'puis',
    'ensuite',
    "d'une part",
    'd’une part',
  ],
  complements: ['comment', 'pourquoi', 'combien'],
  // "CSS a beau n'être qu'un langage informatique, | on a parfois l'impression…": a concession
  // ("avoir beau"), which the main clause after its comma answers.
  continuing: /\b(?:ai|as|a|avons|avez|ont|avait|avaient)\s+beau\b/iu,
  indefinites: ['un', 'une', 'des'],
  relatives: ['qui', 'que', "qu'", 'qu’', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  negations: ['pas', 'jamais', 'aucun', 'aucune', 'rien'],
  pointers: ['suivant', 'suivante', 'suivants', 'suivantes', 'ci-dessous'],
  // ("Il" is left out: "Il y a…", "Il faut…" are impersonal; "Elle" and "Ils" always stand for a noun said before.)
  // ("C'est une collection de propriétés…", "C'est le cas de…": what "ce" is, the sentence before says.)
  leaning: [
    'cela',
    'ceci',
    'ça',
    'elle',
    'ils',
    'elles',
    'celui-ci',
    'celle-ci',
    'ceux-ci',
    // ("Celles-ci sont aussi très intéressantes…", "De telles mesures sont présentes…", "Un autre exemple est celui de
    // Canonical" (review 143, a French essay): the things, the measures, the example the sentences before named.)
    'celles-ci',
    'de telles',
    'de tels',
    'un tel',
    'une telle',
    'un autre exemple',
    'une autre raison',
    "c'est",
    'c’est',
    'ce sont',
    "c'était",
    'c’était',
    // ("Ce n'est pas sexy", "Sauf que vous ne l'avez pas écrit", "Il s'assoit et il commence": the
    // thing, the claim or the person the sentence before named.)
    "ce n'est",
    'ce n’est',
    'sauf que',
    'il',
    // ("Pas quand l'inspiration vient": a denial of what the sentence before said, without its verb.)
    'pas',
  ],
  // ("Il faut…", "Il y a…", "Il est possible de…": "il" that stands for nothing.)
  impersonals: [
    'il faut',
    'il y a',
    'il est',
    'il existe',
    'il suffit',
    "il s'agit",
    'il s’agit',
    'il reste',
    'il semble',
    'il vaut',
    'il se peut',
    'il arrive',
    'il manque',
    'il convient',
    'il importe',
    'il paraît',
  ],
  contrasts: ['mais', 'cependant', 'toutefois', 'pourtant'],
  alternatives: ['ou'],
  correlatives: ['soit', 'ou bien', "d'une part", 'd’une part'],
}

const italian: ClauseWords = {
  ofWords: ['di', 'del', 'della', 'dei', 'degli', 'delle', 'dello'],
  predicates: [
    'è',
    'sono',
    'era',
    'erano',
    'fu',
    'furono',
    'sarà',
    'saranno',
    'sarebbe',
    'ha',
    'hanno',
    'aveva',
    'resta',
    'rimane',
    'può',
    'possono',
  ],

  impersonal: { opening: /^è\s+(?:[\p{L}]+\s+)?[\p{L}]+$/iu, complements: ['che', 'di'] },
  conditional: /^(?:(?:si|non|ci|ne|mi|ti|vi)\s+)*[\p{L}]+(?:rebbe|rebbero|remmo|rei|resti|reste)(?![\p{L}])/iu,
  fragmentOpeners: ['perché', 'sebbene', 'benché', 'quando', 'a meno che', 'poiché', 'siccome', 'dato che', 'visto che', 'giacché'],
  // (Closed classes: the language's "and" and the articles, possessives and "of" an item opens with.)
  listItems: {
    and: ['e', 'ed'],
    openers: ['il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'un', 'una', 'uno', 'di', 'del', 'della', 'dei', 'delle'],
  },
  connectives: [
    // ("That said", "anyway": see Spanish.)
    'detto questo',
    'detto ciò',
    'in ogni caso',
    'comunque',
    'ad ogni modo',
    'in ogni modo',
    // ("This way", pointing back at the way the sentence before told: see Spanish's.)
    'in questo modo',
    'in tal modo',
    'inoltre',
    'tuttavia',
    'però',
    'per esempio',
    'ad esempio',
    'quindi',
    'dunque',
    'infatti',
    'invece',
    'anche',
    'poi',
    'ma',
    'e',
  ],
  subordinators: [
    'se',
    'quando',
    'siccome',
    'anche se',
    'sebbene',
    'benché',
    'per',
    'come',
    'mentre',
    'poiché',
    'perché',
    'prima di',
    'dopo',
    'invece di',
    'oltre a',
    'oltre ad',
    'secondo',
  ],
  // (The prepositions a fronted phrase opens with; not "per", which often runs into the main clause without a comma.)
  openers: [
    'in',
    'nel',
    'nella',
    'con',
    'su',
    'durante',
    'grazie a',
    'di',
    'a',
    'tra',
    'fra',
    'dopo',
    'prima di',
    'senza',
    'secondo',
    'tramite',
    'verso',
    'sotto',
    'oltre',
    'nonostante',
    'dal',
    'dalla',
    'sul',
    'sulla',
    // (The preposition with its article: "Col passare del tempo, …" (review 139, an Italian essay) stood as a point alone. Not
    // "alla", "sui", "dai"…, which as often open a clause of their own: "Alla fine abbiamo scelto Postgres, perché…".)
    'col',
    'coi',
  ],
  conditions: ['se', 'tranne', 'salvo', 'purché', 'a meno che', 'quando'],
  continuations: ['che', 'cui', 'dove', 'il quale', 'la quale', 'o', 'e', 'né', 'come'],
  dangling: [
    'che',
    'del',
    'della',
    'dei',
    'delle',
    'una',
    'uno',
    'per',
    'con',
    'senza',
    'tra',
    'fra',
    'nel',
    'nella',
    'sul',
    'sulla',
    'molto',
    'più',
    'sono',
    'suo',
    'sua',
  ],
  pointers: ['seguente', 'seguenti', 'qui sotto'],
  // (As in Spanish, a verb that opens the point has its subject in the sentence before: "Include colori, tipografia…"; the
  // familiar command is another form here, "Includi…".)
  leaning: ['ciò', 'questo', ...subjectlessItalian],
  contrasts: ['ma', 'però', 'tuttavia'],
  alternatives: ['o', 'oppure'],
}

/**
 * Whether a German piece is a zu-infinitive a noun or verb before it waits for ("…hat primär das
 * Ziel, | die Absicht … zu erkennen", "…herauszufinden"), not one of purpose ("um … zu") or
 * manner ("ohne … zu"), or a question after its preposition ("bei wie vielen Sätzen…").
 */
function germanComplement(piece: string): boolean {
  const words = piece
    .trim()
    .replace(/[.!?]+$/u, '')
    .split(/\s+/u)
  if (/^(?:um|ohne|statt|anstatt|außer)$/iu.test(words[0] ?? '')) return false
  if (
    /^(?:bei|in|mit|für|an|auf|aus|von|über|unter|nach|zu)$/iu.test(words[0] ?? '') &&
    /^(?:wie|was|wem|wen|welche[mnrs]?)$/iu.test(words[1] ?? '')
  )
    return true
  const [before, last] = words.slice(-2)
  if (words.length < 2 || !last || !/^[\p{Ll}]+$/u.test(last)) return false
  // ("hinzufügen" has its "zu" in its prefix; "hinzuzufügen" is the zu-infinitive.)
  return before === 'zu' || (/^[\p{Ll}]+zu[\p{Ll}]+en$/u.test(last) && !/^(?:hin|her|da)zu(?!.*zu)/u.test(last))
}

/** German modals and the auxiliaries of tense and voice: a predicate's opening, and a verb that leaves its other half to the clause's end. */
const germanModals = ['kann', 'können', 'konnte', 'konnten', 'muss', 'müssen', 'soll', 'sollen', 'sollte', 'sollten']
const germanAuxiliaries = ['wird', 'werden', 'wurde', 'wurden', 'hat', 'haben', 'hatte', 'hatten']

const german: ClauseWords = {
  // ("Beginnend mit dem Release 1.25, | wurde die Standardeinstellung…", review 93: the past and the modals too.)
  predicates: ['ist', 'sind', 'war', 'waren', 'wäre', 'bleibt', ...germanAuxiliaries, ...germanModals],

  impersonal: { opening: /^es\s+ist\s+(?:[\p{L}]+\s+)?[\p{L}]+$/iu, complements: ['dass', 'zu', 'um'] },
  fragmentOpeners: ['wenn', 'weil', 'obwohl', 'falls', 'sobald', 'ob'],
  // (Closed classes: the language's "and" and the articles, possessives and "of" an item opens with.)
  listItems: {
    and: ['und', 'sowie'],
    openers: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'sein', 'seine', 'ihr', 'ihre', 'von'],
  },
  connectives: [
    // ("That said", "anyway": see Spanish.)
    'jedenfalls',
    'wie dem auch sei',
    'nichtsdestotrotz',
    'darüber hinaus',
    'außerdem',
    'zudem',
    'jedoch',
    'allerdings',
    'trotzdem',
    'zum beispiel',
    'beispielsweise',
    'deshalb',
    'daher',
    'also',
    'dann',
    'auch',
    'tatsächlich',
    'schließlich',
    'kurz gesagt',
    'aber',
    'und',
  ],
  subordinators: [
    'wenn',
    'als',
    'obwohl',
    'weil',
    'da',
    'um',
    'nachdem',
    'bevor',
    'während',
    'falls',
    'damit',
    'sobald',
    'statt',
    'anstatt',
    'im gegensatz zu',
    'aufgrund',
    'wegen',
    'trotz',
    'angesichts',
    'laut',
    'ob',
    'indem',
    'ohne',
    // ("Je mehr sich die Sätze ähneln, | desto höher ist die Kohäsion": the half with "je" waits for its "desto".)
    'je',
  ],
  openers: ['in', 'im', 'mit', 'bei', 'seit', 'auf', 'von', 'zu'],
  conditions: ['wenn', 'falls', 'außer', 'sofern', 'es sei denn', 'nur wenn', 'sondern', 'dass'],
  // The finite verb before its participle, or a pronominal adverb that points at the clause
  // after the comma ("…darüber nachdenken, ein Design…aufzuteilen").
  // ("Es wird nachschauen, ob eine der Aufgaben | , auf die es gewartet hat, bereits fertig ist", review 108, FastAPI's
  // German guide: a clause a subordinator opens puts its verb last; one that ends on a noun, in capitals as German
  // writes nouns, stops before it. Case matters here, so the pattern reads it: no `i` flag.)
  unfinished:
    /\s(ist|sind|war|waren|hat|hatte|hatten|habe|haben|wird|wurde|werden|kann|können)$|\b[Dd]ar?(an|auf|aus|für|in|mit|nach|über|um|von|vor|zu)(\s+[\p{L}]+){0,2}$|^(?:ob|dass|wenn|weil|obwohl|während|bevor|nachdem|damit|falls|sobald|sodass)\s+(?:\S+\s+)*[\p{Lu}][\p{L}\p{N}-]*$/u,
  complements: ['ob', 'wie', 'was', 'wo', 'wer', 'wann', 'warum', 'welche', 'welcher', 'welches', 'welchen', 'welchem'],
  complementClause: germanComplement,
  verbSecond: true,
  indefinites: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'alle', 'jede', 'jeder', 'jedes', 'jeden', 'einige', 'manche', 'viele'],
  correlatives: ['entweder', 'sowohl', 'weder'],
  relatives: ['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welche', 'welcher', 'welches'],
  negations: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals'],
  bracketVerbs: [...germanModals, 'musste', 'mussten', 'will', 'wollen', 'darf', 'dürfen', 'möchte', 'möchten', ...germanAuxiliaries],
  // German capitalises nouns: a lower-case word before a subject pronoun is the finite verb; so
  // is one with a verb's ending before an article or a noun ("…, sammeln Projekte manchmal Geld
  // ein", "…, ist die Finanzierung…", review 93), unless it is a preposition, an adverb or a
  // determiner of that shape (a closed class). (A noun in capitals or with a hyphen too: "…abzuwehren, werden E-Mail-Filter
  // oder andere technische Tools eingesetzt" (review 146, adesso's post on phishing) read "Werden E-Mail-Filter…", a question.)
  verbFirst:
    /^(?:[\p{Ll}]+\s+(?:ich|du|er|sie|Sie|es|wir|ihr|man|sich|mich|dich|uns|euch)\b|(?!(?:mit|seit|samt|laut|statt|anstatt|gegen|neben|zwischen|wegen|oben|unten|hinten|innen|außen|eben|bereits|meist|oft|dort|erst|fast|jetzt|selbst|sonst|nicht|zuerst|zuletzt|zunächst|zumindest|insgesamt|vielleicht|damit|somit|womit|den|einen|keinen|meinen|deinen|seinen|ihren|unseren|euren|diesen|jenen|welchen|allen|vielen|wenigen|meisten|anderen|beiden|solchen|einigen|manchen|jeden|denen|deren|dessen)\s)(?:[\p{Ll}]+(?:t|en|ln|rn)|sind|war|kann|muss|soll|will|darf|mag)\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|[\p{Lu}][\p{L}-]))/u,
  continuations: [
    'der',
    'die',
    'das',
    'dem',
    'den',
    'deren',
    'dessen',
    'welche',
    'welcher',
    'welches',
    'oder',
    'und',
    'wie',
    'plus',
    'sowie',
    'bzw',
    'sondern',
    'desto',
    'umso',
  ],
  dangling: [
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'für',
    'mit',
    'ohne',
    'von',
    'zum',
    'zur',
    'auf',
    'aus',
    'bei',
    'nach',
    'über',
    'unter',
    'und',
    'oder',
    'ist',
    'sind',
    'sehr',
    'mehr',
    'dass',
    'insbesondere',
    'darunter',
  ],
  pointers: ['folgende', 'folgenden', 'folgendes', 'folgendermaßen', 'unten'],
  // (The pronominal adverbs "dafür", "deshalb"… point back at what the sentence before said: "Dafür verwendest du den State".)
  // ("Dabei sehen wir uns…", "Dort…", "Damit…": adverbs that say "in, there, with what was just said".)
  leaning: [
    'dies',
    'das',
    'dafür',
    'dadurch',
    'daher',
    'deshalb',
    'deswegen',
    'darum',
    'dazu',
    'trotzdem',
    'nichtsdestotrotz',
    'jedenfalls',
    'dabei',
    'hierbei',
    'hierfür',
    'dort',
    'damit',
    'somit',
    // ("Zudem muss die Zivilgesellschaft stärker … eingebunden werden", "Auch die Kommunikation zu dem Vorhaben verläuft äußerst
    // schleppend" (review 119, a German NGO's press release): an adverb that adds to what the sentence before said, kept
    // where the verb follows it, says "also" of that.)
    'zudem',
    'außerdem',
    'ausserdem',
    'darüber hinaus',
    'ebenso',
    'ebenfalls',
    'auch',
    // ("Und doch erhalten digitale Ehrenamtsformen … zu wenig Aufmerksamkeit": "doch" sets it against what the sentence before said.)
    'doch',
    'und doch',
    // ("Es würde immer noch funktionieren", "Es teilt Python mit, dass…" (review 108, FastAPI's German guide): "es" for a
    // thing the sentence before named, as French "il" is read; not the "es" that stands for nothing, below.)
    'es',
  ],
  // ("Es gibt…", "Es ist wichtig, dass…", "Es lohnt sich…": "es" that stands for nothing.)
  impersonals: [
    'es gibt',
    'es ist',
    'es sind',
    'es war',
    'es waren',
    'es wäre',
    'es geht',
    'es lohnt',
    'es reicht',
    'es fehlt',
    'es handelt',
    'es bleibt',
    'es kommt',
    'es scheint',
    'es empfiehlt',
    'es wird empfohlen',
    'es hängt',
    'es braucht',
    'es dauert',
    'es stellt sich',
    'es zeigt sich',
    'es heißt',
    'es gab',
    // ("Es können durchaus weitere Abhängigkeiten … bestehen": a verb in the plural agrees with the subject after it.)
    'es können',
    'es könnten',
    'es müssen',
    'es sollten',
    'es sollen',
    'es werden',
    'es wurden',
    'es dürfen',
    'es haben',
    // ("Auch nach zwei Jahren Regierungszeit liegt noch keine Datenstrategie vor": "auch" before a condition or a time is "even";
    // not "auch in", "auch bei", which are "also".)
    'auch wenn',
    'auch nach',
    'auch ohne',
    'auch vor',
    'auch heute',
    'auch dann',
    'auch jetzt',
  ],
  backReferences: ['dies'],
  contrasts: ['aber', 'jedoch'],
  alternatives: ['oder'],
}

/*
 * Dutch (review 141, a post on technical debt from the Dutch government's developer site, whose "Want niets doen is geen
 * optie…" and "Maar ook zonder veranderingen…" were points as written, and "…besluiten we hiertoe niet graag" leaned on the
 * sentence before). No capitals tell Dutch nouns: its verb-first pattern knows the verb by the subject pronoun or the name
 * after it, not by the noun German capitalises.
 */
const dutch: ClauseWords = {
  predicates: [
    'is',
    'zijn',
    'was',
    'waren',
    'wordt',
    'worden',
    'werd',
    'werden',
    'blijft',
    'heeft',
    'hebben',
    'had',
    'kan',
    'kunnen',
    'moet',
    'moeten',
    'zal',
    'zullen',
  ],
  fragmentOpeners: ['als', 'omdat', 'hoewel', 'wanneer', 'zodra', 'doordat', 'indien', 'terwijl', 'tenzij', 'zodat'],
  listItems: { and: ['en'], openers: ['de', 'het', 'een', 'zijn', 'haar', 'hun', 'van'] },
  connectives: [
    'daarnaast',
    'bovendien',
    'verder',
    'echter',
    'toch',
    'daarom',
    'dus',
    'immers',
    'ten slotte',
    'tenslotte',
    'kortom',
    'bijvoorbeeld',
    'vervolgens',
    'daarna',
    'uiteindelijk',
    'overigens',
    'natuurlijk',
    'ook',
    'maar',
    'want',
    'en',
  ],
  subordinators: [
    'als',
    'omdat',
    'wanneer',
    'hoewel',
    'terwijl',
    'nadat',
    'voordat',
    'zodat',
    'doordat',
    'indien',
    'zodra',
    'tenzij',
    'sinds',
    'totdat',
    'alsof',
    'mits',
    'om',
    'zonder',
    'ondanks',
    'volgens',
  ],
  openers: ['in', 'met', 'bij', 'op', 'van', 'voor', 'na', 'door', 'tijdens', 'vanaf', 'over'],
  conditions: ['als', 'indien', 'tenzij', 'mits', 'zodra', 'wanneer', 'behalve', 'maar ook'],
  continuations: ['die', 'dat', 'wie', 'wat', 'waar', 'welke', 'waarvan', 'waarin', 'waarmee', 'waardoor', 'of', 'en', 'zoals', 'plus'],
  // (Not the prepositions that are a separable verb's particle at its clause's end, "Het project liep uit", "…legt het
  // uit": "op", "aan", "uit", "over", "bij".)
  dangling: [
    'de',
    'het',
    'een',
    'van',
    'voor',
    'met',
    'zonder',
    'naar',
    'onder',
    'en',
    'of',
    'is',
    'zijn',
    'zeer',
    'meer',
    'dat',
    'die',
    'om',
  ],
  pointers: ['volgende', 'volgend', 'hieronder', 'onderstaande', 'als volgt'],
  // ("Dit issue is nog niet opgepakt", "Daarom…", "Hierdoor…": what the sentence before named or said.)
  leaning: [
    'dit',
    'deze',
    'dat',
    'daarom',
    'daardoor',
    'hierdoor',
    'daarmee',
    'hiermee',
    'daarbij',
    'hierbij',
    'daarvoor',
    'hiervoor',
    'hiertoe',
    'daartoe',
    'toch',
    'ook',
  ],
  // ("…besluiten we hiertoe niet graag": a pronominal adverb for the claim before, wherever it stands.)
  backReferences: ['hiertoe', 'daartoe', 'hierdoor', 'daardoor', 'hiermee', 'daarmee'],
  relatives: ['die', 'dat', 'wie', 'wat', 'waar', 'welke'],
  contrasts: ['maar', 'echter'],
  alternatives: ['of'],
  // ("Omdat herbouw altijd meer tijd kost dan je denkt, | besluiten we hiertoe niet graag": after a clause fronted before it,
  // the main clause opens on its verb, its subject pronoun after it; read alone, it is a question.)
  // (Or a name: "…, | gebruikte Cunningham een financiële analogie", a verb's ending before a capital. Not a conjunction's,
  // preposition's or article's clause, "maar het budget…", "in het begin…": a closed class of the words that are no verb.)
  verbFirst:
    /^(?!(?:maar|want|en|of|in|op|van|voor|met|bij|dat|als|omdat|toen|door|naar|uit|aan|over|om|dan|zodat|tussen|tegen|binnen|buiten|boven|beneden|achter|naast|zonder|tijdens|volgens|bovendien|echter|niet|de|het|een|wat|wie|waar|die|dus|ook|nog|toch)\s)(?:[\p{Ll}]+\s+(?:ik|je|jij|u|hij|zij|ze|we|wij|het|men|er|jullie)(?![\p{L}])|[\p{Ll}]+(?:t|de|te|den|ten|en)\s+[\p{Lu}])/u,
}

const russian: ClauseWords = {
  connectives: [
    'кроме того',
    'однако',
    'тем не менее',
    'например',
    'поэтому',
    'таким образом',
    'также',
    'затем',
    'итак',
    'впрочем',
    'наконец',
    'то есть',
    'но',
    'и',
    'а',
  ],
  subordinators: [
    'если',
    'когда',
    'хотя',
    'чтобы',
    'благодаря',
    'по мере',
    'поскольку',
    'так как',
    'несмотря на',
    'в отличие от',
    'вместо того',
    'после того',
    'перед тем',
    'пока',
    'раскрывая',
  ],
  openers: ['в', 'во', 'на', 'с', 'со', 'при', 'для', 'во время', 'после', 'до'],
  conditions: ['если', 'кроме', 'только если', 'разве что', 'при условии', 'так и', 'а также', 'когда'],
  continuations: [
    'который',
    'которая',
    'которое',
    'которые',
    'которых',
    'которым',
    'которой',
    'котором',
    'что',
    'где',
    'таких как',
    'такие как',
    'такой как',
    'как',
    'или',
    'и',
  ],
  // ("Проблема заключается в том | , что при удалении…" (review 137, React Labs in Russian): "в том", "тем" wait for the "что"
  // clause they stand for.)
  dangling: [
    'для',
    'при',
    'про',
    'над',
    'под',
    'без',
    'что',
    'как',
    'или',
    'это',
    'его',
    'её',
    'их',
    'очень',
    'более',
    'между',
    'через',
    'том',
    'тем',
    // ("Перед запуском мы хотим убедиться | , что семантика RSC одинакова…" (the same post): a verb of knowing, finding or
    // making sure waits for the "что" clause it is about; not a clause that "что" sums up, "…с новым планировщиком, что
    // позволило ускорить сборку", whose cut before it stands.)
    'убедиться',
    'убедились',
    'уверены',
    'уверен',
    'знать',
    'знаем',
    'знаю',
    'понять',
    'поняли',
    'понял',
    'узнать',
    'узнали',
    'заметить',
    'заметили',
    'сказать',
    'считаем',
    'считаю',
    'думаем',
    'думаю',
    'оказалось',
    'выяснилось',
    'означает',
    'показать',
    'показали',
    'показывает',
    'надеемся',
  ],
  pointers: ['следующий', 'следующая', 'следующее', 'следующие', 'следующим', 'ниже'],
  leaning: ['это', 'он', 'она', 'оно', 'они'],
  contrasts: ['но', 'однако', 'а'],
  alternatives: ['или', 'либо'],
}

const ukrainian: ClauseWords = {
  connectives: [
    'крім того',
    'однак',
    'проте',
    'тим не менш',
    'наприклад',
    'тому',
    'отже',
    'також',
    'потім',
    'нарешті',
    'тобто',
    'очевидно',
    'але',
    'і',
    'а',
  ],
  subordinators: [
    'якщо',
    'коли',
    'хоча',
    'щоб',
    'завдяки',
    'у порівнянні з',
    'порівняно з',
    'попри',
    'оскільки',
    'так як',
    'на відміну від',
    'замість',
    'після того',
    'перед тим',
    'поки',
    'на додачу до',
    'за допомоги',
    'за допомогою',
  ],
  openers: ['в', 'у', 'на', 'з', 'із', 'при', 'для', 'під час', 'після', 'до'],
  conditions: ['якщо', 'крім', 'лише якщо', 'за умови', 'чи', 'так і', 'а також', 'коли'],
  continuations: [
    'який',
    'яка',
    'яке',
    'які',
    'яких',
    'якого',
    'якій',
    'що',
    'де',
    'таких як',
    'такі як',
    'як',
    'або',
    'і',
    'й',
    'та',
    'чи',
  ],
  dangling: ['для', 'при', 'про', 'над', 'під', 'без', 'від', 'що', 'як', 'або', 'це', 'його', 'її', 'їх', 'дуже', 'більш', 'між', 'через'],
  pointers: ['наступний', 'наступна', 'наступне', 'наступні', 'наступним', 'нижче'],
  leaning: ['це', 'він', 'вона', 'воно', 'вони'],
  contrasts: ['але', 'проте', 'однак', 'а'],
  alternatives: ['або', 'чи'],
}

/** Chinese words that open what a condition before them leads to ("如果…，则…"): a run neither ends before nor starts on one. */
const chineseConsequences = ['则', '那么', '就', '便']

const chinese: ClauseWords = {
  connectives: [
    // ("如上所述，…": as said above, the sentence goes on to say it again.)
    '如上所述',
    // ("前面提到了，每个节点的性能…" (review 92): as said before.)
    '前面提到了',
    '前面提到',
    '前文提到',
    '如前所述',
    // ("但是到今年，据我们了解，已经有一些用户…" (review 97, an interview): as far as we know: the writer's stance, not what is so.)
    '据我们了解',
    '据我们所知',
    '据我所知',
    '据了解',
    '此外',
    '另外',
    '而且',
    // ("而 Go 的库，当然是大部分用 Go 实现的" (review 117, a Chinese post on APISIX): "whereas", a link to the sentence before.)
    '而',
    '因此',
    '所以',
    '但是',
    '但',
    '可是',
    '然而',
    '不过',
    '同时',
    '例如',
    '比如',
    '总之',
    // ("最后一点，一个好的项目需要配备完善的文档" (review 140, a Chinese essay on open source): "the last point", "one more point".)
    '最后一点',
    '还有一点',
    '另外一点',
    '首先',
    '其次',
    '最后',
    '最近',
    '那么',
    '也就是说',
    // ("也就是把所有…", "除此之外，我们也需要…": that is, besides that.)
    '也就是',
    '除此之外',
    // ("比如说，…", "所以说，…": the connective with its 说, never a point opening on "说，".)
    '比如说',
    '例如说',
    '所以说',
    '需要强调的是',
    '你看',
    '于是',
    // "事实上，…", "众所周知，…", "准确来说，…": how the sentence stands to what is known or was said, not its claim.
    '事实上',
    '其实',
    '众所周知',
    '人所皆知',
    '准确来说',
    '准确地说',
    '确切地说',
    '具体来说',
    '换句话说',
    '简单来说',
    '总的来说',
    // "其一，…": where it stands among the speaker's points, as the bullets' order says.
    '其一',
    '其二',
    '其三',
  ],
  subordinators: [
    '如果',
    '虽然',
    '尽管',
    '为了',
    // "为确保…", "为避免…": 为 before a verb of aim is 为了 ("in order to"), not "for" or "be".
    '为确保',
    '为保证',
    '为避免',
    '为防止',
    '为提高',
    '为解决',
    '为方便',
    '为满足',
    // "经过数位开发者的持续努力，…": what the main clause came after.
    '经过',
    // ("针对高频的小文件 Cumulative Compaction，实现了…", "相较于之前版本…的 -235 问题，…" (review 112, Doris's release): what
    // the clause after is aimed at, or set against.)
    '针对',
    '相较于',
    '相比于',
    '当',
    '在',
    '除了',
    '因为',
    '由于',
    '即使',
    '无论',
    '不管',
    // ("不论是Push模式还是Pull模式，Karmada都…" (review 102): no matter whether, as 无论.)
    '不论',
    '通过',
    '作为',
    '对于',
    '随着',
    '若',
    '只要',
    '一旦',
    '想要',
    '既然',
    '从',
    '根据',
    '按照',
    '依据',
    // ("之所以起这个名字，是因为…": the reason that follows says why.)
    '之所以',
    // ("受益于 Rust 强大的表达和抽象能力，开发者可以…" (review 94): thanks to, given, since: what the main clause after
    // them stands on. Not 基于, 借助 or 凭借, which as often open a noun's modifier, "基于 Go 的微服务框架 Kitex 被…".)
    '受益于',
    '得益于',
    '鉴于',
    '自从',
    // ("即便不考虑和 Dubbo 保持兼容这一特点，Dubbo-go 也…", "而只要它们支持 gRPC 或者 HTTP 协议，Dubbo-go 就…" (review 97,
    // an interview): even if, as long as, suppose, after the 而 that links them to the sentence before.)
    '即便',
    '哪怕',
    '就算',
    '假如',
    '假设',
    '倘若',
    '要是',
    '而只要',
    '而如果',
    '而即使',
    // ("而关于整个系统的使用，开发者只需要…" (review 115, KubeVela's launch post): as for, regarding, what the main clause is about.)
    '关于',
    '至于',
    '而关于',
    '而至于',
  ],
  openers: [],
  conditions: ['如果', '除非', '只有', '只要', '即便', '哪怕', '就算', '假如', '倘若', '要是'],
  enumerationComma: true,
  // ("从 IaaS 层的容器，| 到 PaaS 层的数据库，再到 SaaS 层…": 到 and 再到 go on from a 从 before them.)
  // ("如果首个 Writer 是个比较小的写入，| 则缩小 max_size 的上限": 则, 那么 and 就 open what a condition before them leads to.)
  continuations: [
    '或',
    '或者',
    '以及',
    '和',
    '并',
    '并且',
    '而',
    '与',
    '跟',
    '对',
    '把',
    '被',
    '从',
    '向',
    '给',
    '到',
    '再到',
    ...chineseConsequences,
  ],
  consequences: chineseConsequences,
  examples: ['比如', '例如', '譬如', '举个例子', '举例来说', '举例而言'],
  // (With the verbs that take a clause as their object, "我们很高兴地宣布，…": what they say follows.)
  // ("…并不是纯粹的 Lua，准确来说": nor on the words that announce the correction after them.)
  dangling: [
    '的',
    '和',
    '与',
    '或',
    '即',
    '在',
    '对',
    '把',
    '被',
    '从',
    '向',
    '是',
    '宣布',
    '表示',
    '认为',
    '发现',
    '指出',
    // ("2011年，微软工程师Scott Hanselman提出，| JavaScript将是互联网的汇编语言": what was put forward follows.)
    '提出',
    '称',
    '强调',
    '提到',
    '写道',
    '预测',
    '相信',
    // ("著名分析公司Flexera在2021的调查报告显示，| 超过93%的企业…", "我们很容易得出：| …", "…可以参考 | <its address>"
    // (review 102, a test report): what a report shows, what follows, where to read, come after.)
    // (Not 证明 or 说明, which close a passive, "…实践所证明", or name a text, "…安装说明"; nor 参考 alone, "仅供参考".)
    '显示',
    '表明',
    '得出',
    '看出',
    '可以参考',
    '请参考',
    // ("Seata 项目最核心的价值在于：…", "…所谓事务模式是指：…" (review 104, Seata's post on XA): what it lies in, what
    // it means, what it includes, follow.)
    '在于',
    '是指',
    '指的是',
    '包括',
    '分为',
    '意味着',
    '准确来说',
    '准确地说',
    '确切地说',
    '具体来说',
    '换句话说',
    '也就是说',
    '比如',
    '例如',
  ],
  // "…，是没有意义的", "…，而是 Nginx + LuaJIT": the predicate of the clause before the comma,
  // or the correction of its denial; a point may not stop right before one.
  // ("…我们可以通过对大量的数据进行分析，| 发现服务器性能的分布…" (review 92): what the analysis found is
  // the predicate the clause before the comma led to.)
  // ("前面介绍到的所有开发者侧体验，| 都离不开…" (review 115): 都 and 均, "all", open the predicate of the subject before the comma.)
  complements: ['是', '就是', '才是', '都是', '也是', '而是', '发现', '得出', '证明', '表明', '都', '均'],
  // ("每个节点的性能受到多种因素的影响，| 因此我们无法精确地选择最好的节点" (review 92).)
  conclusions: ['因此', '所以', '因而', '从而', '故而'],
  pointers: ['以下', '如下', '下面', '下列'],
  // (Also a reply or a turn that takes up the sentence before: "是啊", "相反", "正因如此", "回到最初的问题".)
  // ("上述配置", "如上所述", "上面是一个用例": what was said or shown above.)
  leaning: [
    '这',
    '它',
    '他',
    '她',
    '该',
    // ("我们可以使用上述的代码…": the code above, on another slide.)
    '上述',
    '我们可以使用上述',
    // ("也就是把所有…" where the connective stays before its 把: "that is", of the sentence before.)
    '也就是',
    '是啊',
    '是的',
    '相反',
    '正因如此',
    '也正因如此',
    '回到最初的问题',
    '或者',
    '上述',
    '如上',
    '上面',
    '上文',
    '前述',
    '以上',
    // ("上图是…示意图", "此时，快照的概念…": the figure above, the moment the sentence before set.)
    '上图',
    '下图',
    '此时',
  ],
  // ("易观的大家长 Edward 在一次季度总结中曾提到这样一句话" after the quotation "What's your Legacy？" (review 109, a Chinese story):
  // "such a sentence", "these words", the words quoted before, which the slide does not show.)
  // (And "I always thought so", "这么认为", what the sentence before said.)
  backReferences: ['这样一句话', '这句话', '这样的话', '这番话', '这段话', '这么认为', '这样认为', '这么想', '这样想'],
  mainClauseLast: true,
  // A time or condition frame closed by its postposition ("在分析日志后", "升级时", "自2023年1月起", "在云原生技术极大普及的今天").
  // (And the view the claim is seen from: "就我个人观点看", "在我看来", "对用户而言".)
  continuing:
    /(后|之后|以后|时|的时候|前|之前|以前|以来|的话|情况下|同时|的今天|(?<=(?:自|从)[^，,、]{1,20})起|(?<=(?:就|从|在|对|以)[^，,、]{0,20})(?:看|看来|来看|来说|而言))$/u,
  contrasts: ['但是', '但', '可是', '然而', '不过'],
  negations: ['不是', '并非', '不仅', '不只', '不单'],
  alternatives: ['或者', '或是', '还是'],
  predicateMark:
    /[了过着是有在将会可要应已曾让使把被给用做作进出发开成为得到说叫称提推建加改变支持需走来去看写读想知认采实现包含具属达取代保决解表示很更最非太都也不没无未再还就才又仍即便则所以而且并与及或如像似等]/u,
}

/*
 * Japanese and Korean end a clause with its verb, and a comma after a conjunctive ending
 * (…して、…ので、…지만, …면) leaves the sentence unfinished: only a final form ends one.
 */
const japanese: ClauseWords = {
  connectives: [
    'また',
    // (Before "しかし", the word it opens: "しかしながら言語自体も…" (review 136, JavaScript Primer) lost only its first three kana.)
    'しかしながら',
    'しかし',
    'そのため',
    'したがって',
    'つまり',
    'さらに',
    'ただし',
    'ただ',
    'なお',
    'そして',
    'それでも',
    'それ以来',
    '例えば',
    '結局のところ',
    'もちろん',
    'そしてもちろん',
    'ということで',
    'というわけで',
    'つづいて',
    '続いて',
    'では',
    'まずはじめに',
    'まず',
    'その前に',
    'ちなみに',
    'ところで',
    'なので',
    // ("ところが、例年とは…", "とにかく、…" (review 103, a Japanese post on the surveyor exams): "however", "anyway".)
    'ところが',
    'とにかく',
    // ("あるいは、多くのユーザーはそれぞれの期待を持っているでしょう" (review 118, a Japanese interview): "or", "moreover",
    // "so", "that is", "even so", "on the other hand", "now" link to the sentence before; with their comma only, as several
    // open longer words, "それによって", "だからこそ", "それに加えて".)
    'あるいは、',
    'または、',
    'もしくは、',
    'しかも、',
    'それに、',
    'だから、',
    'ですから、',
    'すなわち、',
    'とはいえ、',
    '一方で、',
    'さて、',
  ],
  subordinators: [],
  openers: [],
  conditions: [],
  // ("…させるべきか、| という問題があります", "…を使いたいから、| というものがあります" (review 95): a piece that opens on the
  // quoting particle goes on from the words it quotes, which it names; a run never starts on it.)
  continuations: ['という', 'といった', 'というもの', 'と思う', 'と思い', 'と考え', 'と言', 'と感じ'],
  dangling: [],
  pointers: ['以下', '下記', '次の', '次のように'],
  // (The determiners "この", "その" too: "このため、…", "その場合、…" point back at the sentence before.)
  // (And "ここ", "そこ": "しかし、そこに追加すると…" points at the place the sentence before named.)
  // ("上記の設定", "前述のとおり", "以上のように": what was said or shown above.)
  leaning: [
    'これ',
    'それ',
    'これら',
    'それら',
    'この',
    'その',
    'こうした',
    'そうした',
    'こういう',
    'そういう',
    'ここ',
    'そこ',
    '上記',
    '前述',
    '先述',
    '以上',
  ],
  mainClauseLast: true,
  continuing:
    /(て|で|し|が|ので|から|ば|たら|なら|けど|けれど|ても|でも|ながら|ため|場合|とき|際|ず|ると|ように|は|も|には|では|とは|の|に|を|と|や|か)$/u,
  final: /(ます|です|ました|でした|ません|ください)$/u,
  topic: /^[^、。]{1,12}は$/u,
  topicOpening: /^[^\p{Script=Hiragana}、。\s]{2,12}は(?=\s|[^\p{Script=Hiragana}])/u,
  // (Not the は of "では", "には": a place or time the clause is in, not what it is about.)
  subject: /(?<![でにて])[はがも]/u,
  ownSubject: /(ください|しましょう|ましょう)$|を[^。]*ました$/u,
  conditionEnd: /(と|ば|たら|なら|ても|場合は|場合には|場合|ときは|とき|際は|際には)$/u,
  // (Or "も", "also" of the topic, right after its noun: "一時期停滞したJavaScriptも、…"; not "技術的にも", "でも", "ても".)
  topicEnd: /(?:(?<!で)は|(?<=[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9])も)$/u,
  scope: /^(?:一部|残り|多く|ほとんど|大半|大部分|特定|いくつか|半数|少数|大多数)/u,
  contrasts: ['しかし', 'ただし'],
  // A case particle (not は, the topic, kept by `topic`; not が after a verb, where it means "but").
  argumentEnd: /(を|に|の|や|へ|において|における|について|によって|により|(?<![すたるいだ])が)$/u,
}

const korean: ClauseWords = {
  connectives: [
    '따라서',
    '그러나',
    '하지만',
    '그리고',
    '또한',
    '그래서',
    '즉',
    '예를 들어',
    '예를 들면',
    '게다가',
    '그런 다음',
    '대신',
    '기본적으로',
  ],
  subordinators: [],
  openers: [],
  conditions: [],
  continuations: [],
  dangling: [],
  pointers: ['아래', '다음'],
  // (And "in this case", "because of this", "as a result", "the said…": "이 경우 Segment를 재계산하려고 합니다" says what happens in a case only the sentence before names.)
  leaning: [
    '이것',
    '그것',
    '이는',
    '이러한',
    '이런',
    '그런',
    '이 경우',
    '그 경우',
    '이로 인해',
    '이로 인하여',
    '이 때문에',
    '그 때문에',
    '그 결과',
    '이에 따라',
    '해당',
    // ("이를 통해 데이터베이스 변경을 실행하고…", "이들을 각각 안정적 채널에 배포하기는 어렵습니다", "그 반대의 경우도 마찬가지입니다"
    // (review 110, React Labs in Korean): "this", "these", "the opposite case", for what the sentence before named.)
    '이를',
    '이들',
    '이들을',
    '이들은',
    '이에',
    '그 반대',
    // ("그렇다면 마크다운 상단에 프로퍼티를 적는 방식으로 해결하기로 결정", "이렇게 하면 … 페이지가 보이게 된다", "이걸 이용하면 된다"
    // (review 147, a Korean wiki's story): "in that case", "doing so", "this", for what the sentence before said.)
    '그렇다면',
    '그러면',
    '그럼',
    '이렇게',
    '그렇게',
    '이걸',
    '그걸',
    '이거',
    '그거',
  ],
  mainClauseLast: true,
  continuing: /(면|지만|는데|은데|인데|고|며|서|도록|려면|니까|므로|거나|든지|면서|는지|듯이|든|나|만|이|가|은|는|을|를|에|의|와|과)$/u,
  // (Not the "까" of "…니까", "since": "…귀찮은 일이니까, | … 추가해 주었다" (review 147, a Korean wiki's story) is a reason.)
  final: /(다|요|죠|(?<!니)까)$/u,
  topic: /^\S{1,12}(은|는)(?=\s)/u,
  contrasts: ['하지만', '그러나'],
}

const byLanguage: Record<string, ClauseWords> = {
  es: spanish,
  pt: portuguese,
  fr: french,
  it: italian,
  de: german,
  nl: dutch,
  ru: russian,
  uk: ukrainian,
  zh: chinese,
  ja: japanese,
  ko: korean,
}

/** The clause words of `lang` (a BCP 47 tag), or `undefined` for a language without a list. */
export function clauseWordsOf(lang: string): ClauseWords | undefined {
  return byLanguage[lang.toLowerCase().split(/[-_]/)[0]]
}

/*
 * Openers of what a speaker says around the point rather than the point: thanks, greetings,
 * and the markers of an example. Closed classes of a few set phrases per language, which no
 * tagger marks: "Thank you so much" and "For example, …" tag like any other sentence.
 */

/** The set phrases that open a sentence said around the point, in one language. */
export interface AsideWords {
  /** Thanks and greetings ("thank you", "welcome", "merci"): a courtesy, never the point. Lower case, matched at a sentence's start. */
  courtesies: string[]
  /** Markers of an example ("for example", "por ejemplo"): the sentence illustrates the point made elsewhere. Lower case, at a sentence's start. */
  examples: string[]
  /**
   * Thanks that end a sentence, in languages that put the verb last ("…には大変お世話になりました",
   * "…表示感谢"): a courtesy whatever the sentence names before it. Matched at a sentence's end.
   */
  closingCourtesies?: string[]
  /**
   * Phrases that name the text itself or the writer's other pages ("this article", "my github",
   * "este artículo"): a sentence with one talks about the text, not its subject. Lower case, anywhere.
   */
  selfReferences?: string[]
  /**
   * Openings and verb phrases that send the reader elsewhere ("you can read", "is available on",
   * "here's", "puedes seguir"): with a link in the sentence, it points at another page rather
   * than making a claim. Lower case, anywhere in the sentence, matched as whole words.
   */
  pointers?: string[]
  /**
   * Demonstrative determiners ("esta receta", "dicho problema"): before a noun the paragraph does
   * not name, they point at what only the sentence before said. Lower case, whole words. (English
   * is read by its tagger instead.)
   */
  demonstratives?: string[]
  /**
   * Demonstrative pronouns that stand for something said, never for a noun after them ("Não faça
   * isso", "levam isso além"): anywhere in a point, they point at what only the sentence before said.
   */
  pronouns?: string[]
  /**
   * Words that point back at an earlier part of the text or at an alternative it named ("explicado
   * arriba", "ci-dessus", "stattdessen", "em vez disso"): anywhere in a point, it leans on what a
   * slide before said. Lower case, whole words; phrases where a word alone is ambiguous ("arriba"
   * is also "upwards").
   */
  backReferences?: string[]
  /**
   * Openings of a sentence that only turns the talk to what comes next ("pasemos a", "passons à",
   * "kommen wir zu"), for the languages read without a tagger: with no more than a short phrase
   * after them, the slide after shows what they turn to. Lower case, at a sentence's start.
   */
  turns?: string[]
  /**
   * Openings that say what the talk will speak of ("vamos a hablar de", "parlons de"): the topic
   * they name may be long, and the sentence still claims nothing of it.
   */
  talksAbout?: string[]
  /** Endings of such a turn, in languages that put the verb last ("…を見ていきましょう"). */
  closingTurns?: string[]
  /**
   * Openings that present what follows ("aquí tienes", "voici", "hier sind"): the items, code or
   * figure after the sentence are the points. Lower case, at a sentence's start.
   */
  promises?: string[]
  /** Words that ask politely ("por favor", "bitte"): a request wrapped in one is still a call to act. Lower case, at a sentence's start. */
  please?: string[]
}

const asides: Record<string, AsideWords> = {
  en: {
    courtesies: [
      // ("As always, we're also here to support and answer questions about these tools" (review 146, M-Lab's write-up): an offer of
      // help closing a post.)
      'as always, we’re here to',
      "as always, we're here to",
      'as always, we’re also here to',
      "as always, we're also here to",
      'as always, we are here to',
      'as always, we are also here to',
      'we’re always here to help',
      "we're always here to help",
      'we are always here to help',
      'we’re here to help',
      "we're here to help",
      'we are here to help',
      'feel free to reach out',
      'don’t hesitate to reach out',
      "don't hesitate to reach out",
      'thank you',
      'thanks',
      'many thanks',
      'special thanks',
      'hello',
      'hi everyone',
      'hey everyone',
      // A greeting before the speaker's name ("Hi, I am Mukulika", "Hey, I'm Bob…", "Hi there!").
      'hi, i',
      'hey, i',
      'hi there',
      'hey there',
      'welcome',
      'happy birthday',
      'congratulations',
      'good morning',
      'good afternoon',
      'good evening',
      'i hope this',
      'i hope that this',
      'i hope you',
      'i hope it',
      'i hope that it',
      // ("We hope you had a wonderful holiday season and that you're all having a wonderful 2024 so far!", review 101.)
      'we hope you',
      'we hope that you',
      'we hope this',
      'we hope that this',
      'i hope that you',
      'hope this helps',
      'happy hacking',
      'happy coding',
      // Thanks said otherwise ("Big thanks to Plasticity for funding this work!", "We owe the
      // community a huge debt", "We are indebted to everyone who…"): acknowledgements, said not shown.
      'big thanks',
      'huge thanks',
      // ("Another big thanks goes to all the contributors…" (review 127, gitoxide's year in review).)
      'another big thanks',
      'another huge thanks',
      'another thank you',
      'a big thank',
      'a huge thank',
      'my thanks',
      'our thanks',
      'we owe',
      'we are indebted',
      'we’re indebted',
      "we're indebted",
      'i am indebted',
      'we are grateful',
      'we’re grateful',
      "we're grateful",
      // A shout-out or a mention ("A big shout out to Bjorn Lu for leading the release process") credits someone.
      'a big shout out',
      'a shout out',
      "i'd like to call out",
      'i’d like to call out',
      'i want to call out',
      'shout out',
      'a big shout-out',
      'a huge shout-out',
      'a huge shout out',
      'a shout-out',
      'shout-out',
      'shout-outs',
      'a special mention',
      'special mention',
      'i am grateful',
      'i’m grateful',
      "i'm grateful",
      // Sign-offs ("Stay tuned!", "See you next year", "Enjoy the rest of your conference", "Stay safe everyone",
      // "I plan to write more on Reinforcement Learning in the future", "I'd love to see your experiments on GitHub",
      // "We'd be happy to talk with you more about…", "Happy New Year!").
      'stay tuned',
      'stay safe',
      'stay healthy',
      'i plan to write',
      "i'll write more",
      'i’ll write more',
      'i will write more',
      "i'd love to see your",
      'i’d love to see your',
      'i would love to see your',
      "we'd be happy to",
      'we’d be happy to',
      'we would be happy to',
      'happy new year',
      'merry christmas',
      'happy holidays',
      // An apology for the text or the event ("Sorry if we missed to mention anyone.", "We apologize for the inconvenience").
      'sorry if',
      'sorry for',
      'sorry about',
      'sorry to',
      'apologies for',
      'apologies to',
      'my apologies',
      'our apologies',
      'we apologize',
      'we apologise',
      'i apologize',
      'i apologise',
      'we sincerely apologize',
      'we sincerely apologise',
      // A credit ("Credit goes to first-time contributor @NullDivision for implementing this feature!").
      'credit goes to',
      'credits go to',
      'kudos to',
      // Where to reach the writer ("You can get me at brian@… or on the Elm Slack").
      'you can get me at',
      'you can reach me',
      // ("You can also find me on the following platforms: Github, Linkedin…" (review 125, a Crawlee post's close).)
      'you can find me on',
      'you can also find me on',
      'you can follow me on',
      'you can also follow me on',
      'feel free to email',
      'shoot me an email',
      'see you',
      'until next time',
      // ("That's all for today": the talk's end said, not a point of it.)
      "that's all for",
      'that’s all for',
      'that is all for',
      // ("This concludes our tour": the end of a part said, not a point of it.)
      'this concludes our',
      'this concludes my',
      'this concludes the',
      'that concludes our',
      'that concludes my',
      'that concludes the',
      "that's it for",
      'that’s it for',
      'cheers',
      'enjoy',
      'have fun',
      'we love seeing',
      "we'd love to hear",
      'we’d love to hear',
      'we would love to hear',
      "i'd love to hear",
      'i’d love to hear',
      'i would love to hear',
      // (Subject left out, as a comment's sign-off: "Would love to hear your thoughts, case studies or experiences.")
      'would love to hear',
      'love to hear your',
      // An invitation to the reader ("Please feel free to drop a comment…"): said at the end, never a point.
      'feel free',
      "don't hesitate to",
      'don’t hesitate to',
      'we encourage you',
      'i encourage you',
      'we would like to encourage you',
      "we'd like to encourage you",
      'we’d like to encourage you',
      // An appeal for money or an offer of paid help ("Please consider donating to the project",
      // "If you are a company, we offer commercial support"): a release post's footer.
      'consider donating',
      'consider sponsoring',
      'donate to',
      'you can donate',
      'you can sponsor',
      'become a sponsor',
      'we offer commercial support',
      'we also offer commercial support',
      'commercial support is available',
      // Where to follow the project ("To stay up to date, follow us on X or Mastodon", "Join our
      // Discord to chat with the team"): the channels a post ends with, never its point.
      'follow us',
      'join our',
      'join us on',
      // A call to act or to get in touch ("Don’t wait--start securing your workflows today",
      // "You should subscribe to our newsletter", "Contact us at…"): what a post asks of its readers.
      "don't wait",
      'don’t wait',
      'do not wait',
      'contact us',
      'get in touch',
      'reach out to us',
      'reach out to our',
      // A job advert ("We're hiring! Apply on our careers page").
      'we are hiring',
      'we’re hiring',
      "we're hiring",
      'you should subscribe',
      'subscribe to',
      'sign up for',
      'sign up to',
      // ("Want to submit to our blog? Sign up and let us know.", Couchers' blog footer (review 105).)
      'sign up and',
      // ("Also, be sure to register to receive communications about upcoming monthly regional events" (review 126, a
      // Carpentries testimonial's editorial note).)
      'be sure to register to receive',
      'make sure to register to receive',
      'register to receive communications',
      'register to receive updates',
      'register to receive news',
      'let us know',
      // A request to tell the writers about problems or to follow the project ("Please report any
      // issues you run into", "Reach out on GitHub or on Slack", "Be sure to follow us on
      // Mastodon", "Star the repository"): where to reach them, said at the end, never a point.
      'report any issues',
      'report any bugs',
      'report any problems',
      'report issues',
      'report bugs',
      'file an issue',
      'file a bug',
      'filing an issue',
      'tweet us',
      'tweet @',
      'open an issue',
      'submit an issue',
      'reach out',
      'be sure to follow',
      'make sure to follow',
      'be sure to report',
      'make sure to report',
      'please report',
      "don't forget to",
      'don’t forget to',
      'star the',
      'star us',
      'leave a comment',
      // "Comment below, and tweet us your thoughts…": the blog's comment box, not the talk's point.
      'comment below',
      'share your thoughts',
      'leave us',
      'drop us',
      'drop a comment',
      'let us know',
      'let me know',
      // The writer's wish for the readers' feedback ("I would love to hear about your experience!",
      // "Your feedback is crucial for guiding the project"): an invitation, as "we'd love to hear" is.
      'i would love to hear',
      "i'd love to hear",
      'i’d love to hear',
      // ("Curious to hear what you think or what are your ways to deal with it.")
      'curious to hear',
      "i'm curious to hear",
      'i’m curious to hear',
      'i am curious to hear',
      "i'm curious what you think",
      'i’m curious what you think',
      'curious what you think',
      'looking forward to hearing',
      // ("We look forward to seeing what the next year brings" (review 127, Godot's 2022 retrospective): a wish that closes.)
      'we look forward to seeing what',
      "we're looking forward to seeing what",
      'we’re looking forward to seeing what',
      'we are looking forward to seeing what',
      'we can’t wait to see what',
      "we can't wait to see what",
      'look forward to hearing',
      'i look forward to hearing',
      'we would love your',
      "we'd love your",
      'we’d love your',
      'i would love your',
      "i'd love your",
      'i’d love your',
      'your feedback is',
      'your feedback will',
      'your feedback helps',
      // ("We welcome your feedback! Write to us through the grpc-io Google Group…" (review 126, gRPC's post).)
      'we welcome your feedback',
      // ("As always, we're happy to hear feedback on the mailing list" (review 127, pandas' post on extension arrays).)
      'we are happy to hear',
      "we're happy to hear",
      'we’re happy to hear',
      'we are always happy to hear',
      "we're always happy to hear",
      'we’re always happy to hear',
      'we welcome feedback',
      'feedback is welcome',
      'all feedback is welcome',
      // A speaker's introduction of themself ("My name's Hayden, and I…"): a greeting.
      'my name is',
      "my name's",
      'my name’s',
    ],
    // ("Not mentioning cloud vendors adopting Prometheus' API…": one more example, said in passing;
    // "Assume you have 1000 IoT devices in 20 locations": a supposition an example starts from.)
    examples: [
      'for example',
      'for instance',
      'e.g.',
      'as an example',
      'one example',
      'another example',
      'imagine',
      // ("Consider an agent learning to play chess.": a case set up; not advice, "Consider using a cache".)
      'consider a',
      'consider an',
      'not to mention',
      'not mentioning',
      'let alone',
      'assume',
      'suppose',
      "let's say",
      'let’s say',
    ],
    please: ['please'],
    pointers: [
      "here's",
      'here’s',
      'here is',
      'here are',
      'you can read',
      'you can see',
      'you can find',
      'you can share',
      'you can check',
      'you can follow',
      'you can join',
      'you can watch',
      'you can download',
      'download a copy',
      'download the',
      'check out',
      // ("Don't miss out on the rest of the [release changelog](…)" (review 120, Crystal's 1.0 post).)
      "don't miss",
      'don’t miss',
      'is available on',
      'is available at',
      'is available from',
      'are available on',
      'are available at',
      'can be seen in',
      'can be seen on',
      'can be found in',
      'can be found on',
      'can be found at',
      'see the',
      'for questions',
      'for more information',
      'for more details',
      'learn more',
      'read more',
      // ("For the full list of changes, please consult the full changelog on GitHub.")
      'for the full list',
      'for a full list',
      'for the complete list',
      'please consult',
      // ("[How the world separates its digits](…) provides an overview of…", "Also a good read on formatting numbers: [Formatting numbers…](…)")
      'provides an overview',
      'gives an overview',
      'for an overview',
      'more insight',
      'further insight',
      'a good read',
      'a great read',
      'worth a read',
      'worth reading',
      'further reading',
      'recommended reading',
      // ("Take a look at the [`code`](…) docs as you follow along.")
      'take a look at',
      'have a look at',
      // ("Full details in the [upgrade guide](…).")
      'full details in',
      'more details in',
      'further details in',
      // ("The MDX format is described in [§ What is MDX?](…)": where it is said, not what.)
      'is described in',
      'are described in',
      'is explained in',
      'are explained in',
      'is documented in',
      'are documented in',
      'is detailed in',
      'are detailed in',
    ],
    selfReferences: [
      // "…quirks that are beyond the scope of this document": what the text leaves out.
      'beyond the scope of this',
      'out of scope for this',
      'this article',
      'the article',
      'this post',
      'this blog post',
      'this blog',
      'this tutorial',
      'this guide',
      // "This section is surprisingly long and is the most interesting in my opinion": a part of the text.
      'this section',
      'this chapter',
      'this walkthrough',
      'this series',
      'my github',
      'my blog',
      'our blog',
      // The page's own furniture under a picture or link ("Click to enlarge").
      'click here',
      'click to enlarge',
      'click to see',
      'click for',
      // "Some events may be omitted for brevity": what the text left out, and why.
      'omitted for brevity',
      'left out for brevity',
      'shortened for brevity',
      'edited for brevity',
      'simplified for brevity',
      'omitted for clarity',
      'simplified for clarity',
      'edited for clarity',
    ],
  },
  es: {
    courtesies: [
      'no dudes en',
      'gracias',
      'muchas gracias',
      'hola',
      'bienvenidos',
      'bienvenidas',
      'bienvenido',
      'bienvenida',
      'espero que',
      'un saludo',
      'saludos',
      'agradecemos',
      'agradezco',
      'queremos agradecer',
      'nos vemos',
      'hasta pronto',
      'con esto concluye',
      'esto concluye',
      'nos gustaría agradecer',
      'quiero agradecer',
      'quisiera agradecer',
      'quisiéramos agradecer',
      // A call to get in touch, follow or join ("ponte en contacto con nosotros", "únete a nuestro Discord").
      'ponte en contacto',
      'póngase en contacto',
      'pónganse en contacto',
      'contáctanos',
      'contáctenos',
      'escríbenos',
      'síguenos',
      'suscríbete',
      'únete a',
      'únete al',
      'únase a',
      // Praise for the reader at the end of a step ("¡Buen trabajo!").
      'buen trabajo',
      'enhorabuena',
      'felicidades',
      'felicitaciones',
    ],
    closingCourtesies: ['a quien agradecer', 'a quienes agradecer'],
    examples: ['por ejemplo'],
    pointers: [
      'puedes contribuir',
      'puedes seguir',
      'puedes leer',
      'puedes ver',
      'puedes encontrar',
      'está disponible en',
      'más información',
      'vea más',
      'ver más',
      'véase',
      'consulta',
      'consulte',
      'más detalles en',
      'lee también',
      'ver también',
    ],
    // ("Vamos a hablar de cómo trabajar con fechas…", "Ahora hablemos de por qué…": what the next sentences tell.)
    talksAbout: [
      'vamos a hablar de',
      'vamos a hablar sobre',
      'hablemos de',
      'hablemos sobre',
      'ahora hablemos de',
      'ahora vamos a hablar de',
      'el punto que queremos tratar',
    ],
    turns: [
      'pasemos a',
      'pasemos al',
      'pasando a',
      'pasando al',
      'ahora pasemos a',
      'ahora pasemos al',
      'ahora podemos pasar a',
      'ahora podemos pasar al',
      'vamos a pasar a',
      'vamos a pasar al',
      'veamos',
      'ahora veamos',
      'vamos a ver',
      'empecemos por el',
      'empecemos por la',
      'empecemos por los',
      'empecemos por las',
      'empecemos por un',
      'empecemos por una',
      'comencemos por el',
      'comencemos por la',
      'comencemos por un',
      'comencemos por una',
      'lea más abajo',
      'lee más abajo',
      'sigue leyendo',
      'siga leyendo',
    ],
    promises: ['aquí tienes', 'aquí tiene', 'aquí está', 'aquí están', 'he aquí', 'a continuación tienes', 'a continuación se muestra'],
    please: ['por favor'],
    selfReferences: ['este artículo', 'este post', 'esta entrada', 'este tutorial', 'esta serie', 'este blog', 'mi github', 'mi blog'],
    demonstratives: [
      'este',
      'esta',
      'estos',
      'estas',
      'ese',
      'esa',
      'esos',
      'esas',
      'aquel',
      'aquella',
      'dicho',
      'dicha',
      'dichos',
      'dichas',
    ],
    pronouns: ['esto', 'eso', 'aquello'],
    backReferences: [
      'explicado arriba',
      'mencionado arriba',
      'descrito arriba',
      'visto arriba',
      'mencionado anteriormente',
      'explicado anteriormente',
      'en su lugar',
      'lo mismo ocurre',
      'lo mismo pasa',
      'lo mismo sucede',
      'lo mismo se aplica',
      'lo mismo aplica',
      // ("Na imagem anterior encontramos o termo…" (review 139, a Portuguese post): a figure shown before, which the slide
      // does not show.)
      'imagen anterior',
      'figura anterior',
      'gráfico anterior',
      'diagrama anterior',
    ],
  },
  pt: {
    courtesies: [
      'obrigado',
      'obrigada',
      'olá',
      'bem-vindos',
      'bem-vindo',
      'bem-vinda',
      'espero que',
      'agradecemos',
      'até breve',
      'isso conclui',
      'com isso concluímos',
      'gostaríamos de agradecer',
      'queremos agradecer',
      'agradeço',
      // A call to get in touch, follow or join.
      'entre em contato',
      'entre em contacto',
      'fale conosco',
      'siga-nos',
      'inscreva-se',
      'junte-se',
      'parabéns',
      'bom trabalho',
    ],
    closingCourtesies: ['a agradecer'],
    examples: ['por exemplo'],
    // ("Leia também a [parte 2](…) da restrospectiva." (review 149, a Portuguese conference retrospective): the next part, linked.)
    pointers: [
      'leia mais',
      'leia em',
      'leia também',
      'veja também',
      'veja mais',
      'saiba mais',
      'mais informações',
      'confira',
      'está disponível em',
    ],
    talksAbout: ['vamos falar sobre', 'vamos falar de', 'falemos de', 'falemos sobre', 'agora vamos falar'],
    turns: [
      'passemos a',
      'passemos ao',
      'passemos para',
      'passando para',
      'passando ao',
      'vamos passar para',
      'vejamos',
      'vamos ver',
      'leia mais abaixo',
      'veja abaixo',
      'continue lendo',
    ],
    promises: ['aqui está', 'aqui estão', 'eis', 'segue abaixo', 'seguem abaixo'],
    please: ['por favor'],
    selfReferences: ['este artigo', 'este post', 'este tutorial', 'neste artigo', 'neste post'],
    demonstratives: ['este', 'esta', 'estes', 'estas', 'esse', 'essa', 'esses', 'essas', 'aquele', 'aquela'],
    pronouns: ['isso', 'isto', 'aquilo'],
    backReferences: [
      'mencionado acima',
      'descrito acima',
      'explicado acima',
      'visto acima',
      'mencionado anteriormente',
      'em vez disso',
      'no lugar disso',
      'o mesmo vale',
      'o mesmo acontece',
      'o mesmo se aplica',
      'imagem anterior',
      'figura anterior',
      'gráfico anterior',
      'diagrama anterior',
      'imagem acima',
      'figura acima',
    ],
  },
  fr: {
    courtesies: [
      'merci',
      'un grand merci',
      'bonjour',
      'bienvenue',
      "n'hésitez pas",
      'n’hésitez pas',
      'nous remercions',
      'je remercie',
      'à bientôt',
      'voilà qui conclut',
      'ceci conclut',
      'cela conclut',
      // A call to get in touch or to subscribe ("Communiquez avec notre équipe!").
      'communiquez avec',
      'contactez-nous',
      'écrivez-nous',
      'abonnez-vous',
      'suivez-nous',
      'rejoignez-nous',
      'nous aimerions remercier',
      'nous aimerions aussi remercier',
      'nous tenons à remercier',
      'je tiens à remercier',
      'nous souhaitons remercier',
      'nous voulons remercier',
      // A wish to hear from the reader ("Nous espérons vous lire !", "Au plaisir de vous lire").
      'nous espérons vous lire',
      'au plaisir de vous lire',
      // Praise for the reader at the end of a step ("Bravo !").
      'bravo',
      'bien joué',
      'félicitations',
    ],
    // "Nous avons beaucoup de monde à remercier !": the thanks to come, announced.
    closingCourtesies: ['à remercier'],
    examples: ['par exemple'],
    pointers: [
      'consultez',
      'lisez',
      'pour en savoir plus',
      'en savoir plus',
      'plus d’informations',
      "plus d'informations",
      'rendez-vous sur',
      'voir aussi',
      'à lire aussi',
    ],
    talksAbout: ['parlons de', 'parlons maintenant de', 'nous allons parler de', 'on va parler de'],
    turns: [
      'passons à',
      'passons au',
      'passons aux',
      'passons maintenant à',
      'passons maintenant au',
      'voyons',
      'voyons maintenant',
      'place à',
      'commençons par un',
      'commençons par une',
      'commençons par le',
      'commençons par la',
      'commençons par les',
      "commençons par l'",
      'commençons par l’',
      'lisez la suite',
    ],
    // ("Un exemple devrait vous permettre d'y voir plus clair": the example follows.)
    promises: ['voici', 'ci-dessous', 'prenons un exemple', 'voyons un exemple', 'un exemple devrait', 'un exemple va'],
    please: ["s'il vous plaît", 's’il vous plaît', 'merci de'],
    selfReferences: ['cet article', 'ce billet', 'ce tutoriel', 'mon blog', 'cliquez pour', 'cliquez ici'],
    demonstratives: ['ce', 'cet', 'cette', 'ces'],
    pronouns: ['cela', 'ceci', 'ça'],
    backReferences: [
      'ci-dessus',
      'mentionné plus haut',
      'décrit plus haut',
      'vu plus haut',
      'mentionné précédemment',
      'il en va de même',
      'image précédente',
      'figure précédente',
      'graphique précédent',
      'schéma précédent',
    ],
  },
  it: {
    courtesies: [
      'grazie',
      'ciao',
      'benvenuti',
      'benvenuto',
      'benvenuta',
      'vorremmo ringraziare',
      'ringraziamo',
      'ringrazio',
      'contattaci',
      'seguici',
      'iscriviti',
      'unisciti',
      'complimenti',
      'congratulazioni',
      'ottimo lavoro',
    ],
    examples: ['per esempio', 'ad esempio'],
    pointers: ['leggi', 'maggiori informazioni', 'per saperne di più'],
    turns: ['passiamo a', 'passiamo al', 'passiamo alla', 'passiamo ai', 'passiamo ora a', 'vediamo', 'vediamo ora'],
    talksAbout: ['parliamo di', 'parliamo ora di'],
    promises: ['ecco', 'di seguito', 'qui sotto'],
    please: ['per favore', 'per cortesia'],
    selfReferences: ['questo articolo', 'questo post'],
    demonstratives: ['questo', 'questa', 'questi', 'queste', 'quel', 'quella', 'quei', 'quelle'],
    pronouns: ['ciò'],
    backReferences: [
      'sopra descritto',
      'descritto sopra',
      'visto sopra',
      'menzionato sopra',
      'citato in precedenza',
      'lo stesso vale',
      'lo stesso accade',
      'vale lo stesso',
      'immagine precedente',
      'figura precedente',
      'grafico precedente',
      'schema precedente',
    ],
  },
  de: {
    courtesies: [
      'danke',
      'vielen dank',
      'ein großes dankeschön',
      'wir danken',
      'hallo',
      'willkommen',
      'herzlich willkommen',
      'bis bald',
      'wir bedanken uns',
      'wir möchten uns bedanken',
      'ich bedanke mich',
      'kontaktiere uns',
      'kontaktieren sie uns',
      'folge uns',
      'folgen sie uns',
      'tritt unserem',
      'treten sie unserem',
      // Praise for the reader at the end of a step ("Sehr gut gemacht!").
      'sehr gut gemacht',
      'gut gemacht',
      'glückwunsch',
      'herzlichen glückwunsch',
    ],
    closingCourtesies: ['zu danken', 'zu bedanken'],
    examples: ['zum beispiel', 'z. b.', 'z.b.'],
    pointers: ['siehe', 'lesen sie', 'mehr dazu', 'weitere informationen', 'mehr informationen'],
    // ("Lass uns nun einen Effect erstellen", "Nun lass uns dem Signal einen Wert geben": a tutorial's turn to its next step.)
    turns: [
      'kommen wir zu',
      'kommen wir nun zu',
      'schauen wir uns',
      'sehen wir uns',
      'werfen wir einen blick',
      'weiter geht',
      'lass uns nun',
      'lass uns jetzt',
      'lasst uns nun',
      'nun lass uns',
      'jetzt lass uns',
      'lass uns',
      'lasst uns',
    ],
    talksAbout: ['sprechen wir über', 'reden wir über', 'sprechen wir nun über'],
    promises: ['hier ist', 'hier sind', 'im folgenden', 'nachfolgend', 'unten sehen'],
    please: ['bitte'],
    selfReferences: [
      'dieser artikel',
      'diesem artikel',
      'dieser beitrag',
      'diesem beitrag',
      'dieser blogpost',
      'diesem blogpost',
      'dieser blog-post',
      'diesem blog-post',
      'diesem post',
    ],
    demonstratives: ['dieser', 'diese', 'dieses', 'diesem', 'diesen'],
    // ("Das Gleiche gilt für Abhängigkeiten" (review 108, FastAPI's German guide): the same as what the paragraph before said.)
    backReferences: [
      'wie oben',
      'vorherigen abbildung',
      'vorherigen grafik',
      'obigen abbildung',
      'obigen grafik',
      'oben genannt',
      'oben genannten',
      'oben beschrieben',
      'oben beschriebenen',
      'stattdessen',
      'das gleiche gilt',
      'dasselbe gilt',
      'gleiches gilt',
      'ebenso gilt',
      'das gleiche passiert',
    ],
  },
  nl: {
    courtesies: [
      'dank',
      'bedankt',
      'dank je',
      'dank u',
      'dankjewel',
      'dankuwel',
      'hartelijk dank',
      'veel dank',
      'wij danken',
      'ik dank',
      'hallo',
      'welkom',
      'tot de volgende keer',
      'tot snel',
      'volg ons',
      'neem contact op',
      'gefeliciteerd',
      'goed gedaan',
    ],
    closingCourtesies: ['bedanken', 'te danken'],
    examples: ['bijvoorbeeld', 'zo is er', 'een voorbeeld'],
    pointers: ['lees', 'meer informatie', 'meer weten', 'zie ook'],
    turns: ['laten we', 'we gaan nu', 'nu gaan we', 'tijd voor'],
    promises: ['hier is', 'hier zijn', 'hieronder', 'in het volgende'],
    please: ['alsjeblieft', 'alstublieft', 'graag'],
    selfReferences: ['dit artikel', 'deze blog', 'deze blogpost', 'dit bericht', 'deze post'],
    // ("Dit leerdoel bestond uit twee subdoelen": a demonstrative and a noun its paragraph does not
    // name; "Dit zorgt ervoor…", the pronoun before its verb, as well. Not "die" or "dat", which
    // also open relative and subordinate clauses.)
    demonstratives: ['deze', 'dit', 'dergelijke'],
    backReferences: [
      'hierdoor',
      'daardoor',
      'hiermee',
      'daarmee',
      'hierbij',
      'daarbij',
      'hiervan',
      'daarvan',
      'hierin',
      'daarin',
      'hierop',
      'daarop',
      'hierboven',
      'zoals gezegd',
      'in plaats daarvan',
    ],
  },
  ru: { courtesies: ['спасибо', 'благодарю', 'привет', 'добро пожаловать'], examples: ['например'] },
  uk: { courtesies: ['дякую', 'привіт', 'вітаю', 'ласкаво просимо'], examples: ['наприклад'] },
  zh: {
    courtesies: ['谢谢', '感谢', '非常感谢', '特别感谢', '欢迎', '大家好', '再见', '明年见', '下次见', '请关注', '敬请期待'],
    examples: ['例如', '比如', '举个例子', '举例来说', '举例而言'],
    closingCourtesies: ['表示感谢', '表示衷心的感谢', '致以谢意', '敬请期待', '欢迎反馈'],
    turns: [
      '让我们来看',
      '让我们看看',
      '我们来看',
      '下面我们来看',
      '接下来我们来看',
      '接下来，我们来看',
      '接下来看看',
      // ("带着这个疑问，让我们开始这次探索之旅" (review 127, APISIX's post on NGINX reloads): with the question in mind, the tour begins.)
      '带着这个疑问，让我们',
      '带着这些疑问，让我们',
      '带着这样的疑问，让我们',
      // ("下文会介绍 Min Commit TS 的计算方式": what a later part will tell.)
      '下文会介绍',
      '下文将介绍',
      '下面会介绍',
      '下面将介绍',
      '后文会介绍',
      '后文将介绍',
    ],
    promises: ['以下是', '下面是', '如下所示'],
    // "更多有关…的资料请参考：<link>": where to read more.
    pointers: ['请参考', '请参阅', '请查看', '详见', '参见', '了解更多', '更多详情', '更多信息'],
  },
  ja: {
    courtesies: ['ありがとう', 'ようこそ', 'こんにちは', 'またね', 'お楽しみに', 'どうぞお楽しみに'],
    examples: ['例えば', 'たとえば'],
    // "詳しくは<link>をご覧ください": where to read more.
    // ("配信されているリージョンは [こちらのドキュメント](…) にあります" (review 149, a Japanese post on JavaScript runtimes): what a
    // linked page holds, said to be there; only with a link in the sentence, see `pointsElsewhere`.)
    pointers: [
      'をご覧ください',
      'を参照してください',
      'を参照ください',
      '詳しくは',
      '詳細は',
      'にあります',
      'に載っています',
      'に記載されています',
      'にまとめられています',
      'で確認できます',
    ],
    closingTurns: ['見ていきましょう', '見てみましょう', 'みていきましょう', 'みてみましょう', '始めましょう', 'はじめましょう'],
    closingCourtesies: [
      // A call to join or get in touch ("…にご参加ください", "お待ちしています", "…も歓迎します").
      'お待ちしています',
      'お待ちしております',
      'ご参加ください',
      'に参加してください',
      'と交流してください',
      'お問い合わせください',
      'フォローしてください',
      '歓迎します',
      '歓迎いたします',
      'お世話になりました',
      // The closing question of a post, "How was it?" ("いかがだったでしょうか", review 103).
      'いかがでしたか',
      'いかがでしたでしょうか',
      'いかがだったでしょうか',
      // A year's greeting ("2024年もよろしくお願いいたします").
      'よろしくお願いいたします',
      'よろしくお願いします',
      'よろしくお願い致します',
      'ありがとうございました',
      'ありがとうございます',
      '感謝いたします',
      '感謝しています',
      '感謝します',
    ],
    // ("当然これではほぼ全てのブラウザで警告が出ます" (review 108, a Japanese essay on a home server): "with this", the
    // certificate the sentence before named; "いいえ、そうは思いません", an answer to the question before it.)
    demonstratives: [],
    pronouns: ['いいえ', 'はい'],
    // ("外部からそれらに到達可能になってはいけません": "those", the passwords and keys the sentence before named; "どっちも", "both".)
    backReferences: [
      'これでは',
      'これだと',
      'それだと',
      'そうは思',
      'このような',
      'そのような',
      'それら',
      'これら',
      'どっちも',
      'どちらも',
    ],
  },
  ko: {
    courtesies: ['감사합니다', '고맙습니다', '환영합니다', '안녕하세요'],
    examples: ['예를 들어'],
    // "좀 더 자세히 알아보겠습니다" ("let's look closer"), "이제 … 생성할 차례입니다" ("now it's time to create …").
    closingTurns: [
      '알아보겠습니다',
      '살펴보겠습니다',
      '알아봅시다',
      '살펴봅시다',
      '알아볼까요',
      '살펴볼까요',
      '차례입니다',
      '시작해 봅시다',
      '시작하겠습니다',
      // ("우선, 조금의 정리를 진행하겠습니다": "first, we'll go through some housekeeping", review 98.)
      '진행하겠습니다',
      '진행해 보겠습니다',
    ],
    // ("이 글에서는 새로운 사이트에 대해 소개해 드리겠습니다": "in this post we introduce the new site", review 98.)
    selfReferences: [
      '이 글에서는',
      '이 글에서',
      '이 글은',
      '이번 글에서는',
      '이번 글에서',
      '이 포스트에서는',
      '이 게시물에서는',
      '이 블로그',
    ],
    // (And a closing plea, "많은 지원 부탁드립니다!": "please apply", "많은 관심 부탁드립니다": "please take an interest".)
    // ("언제나 글 마지막은 채용공고입니다": "the end of every post is a job ad".)
    // ("…구름에도 이 자리를 빌려 감사 인사를 전합니다.😄": "we take this occasion to thank Goorm", "그때 또 만나요!": "see you then!"
    // (review 134, a Korean event review).)
    closingCourtesies: [
      '감사드립니다',
      '감사합니다',
      '고맙습니다',
      '감사 인사를 전합니다',
      '감사의 인사를 전합니다',
      '감사를 전합니다',
      '또 만나요',
      '그때 만나요',
      '다음에 만나요',
      '다음 글에서 만나요',
      '또 뵙겠습니다',
      '다음에 뵙겠습니다',
      '부탁드립니다',
      '부탁드려요',
      '채용공고입니다',
      '채용 중입니다',
      '채용하고 있습니다',
    ],
  },
}

/** The aside openers of `lang` (a BCP 47 tag), or `undefined` for a language without a list. */
export function asideWordsOf(lang: string): AsideWords | undefined {
  return asides[lang.toLowerCase().split(/[-_]/)[0]]
}
