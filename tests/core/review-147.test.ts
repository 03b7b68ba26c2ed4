import { describe, expect, it } from 'vitest'
import { compress } from '../../src/core/key-points/compress.ts'

/*
 * What a review of articles lectern had not seen (round 147) found wrong on their slides, and what the decks of round 146
 * still showed wrong. Each case is written from the article's own words.
 */

describe('review 147', () => {
  it('should drop the “that said” and “anyway” that open a point in Spanish, Portuguese, French, Italian and German', () => {
    // A Spanish post on real-time apps: "Dicho eso, la naturaleza asíncrona de Node.js…" turned from the sentence before.
    expect(compress('Dicho eso, Node.js es una buena elección para un servidor de WS.', 'es')?.text).toBe(
      'Node.js es una buena elección para un servidor de WS',
    )
    expect(compress('De todas formas es importante usar una tecnología que conocemos.', 'es')?.text).toBe(
      'Es importante usar una tecnología que conocemos',
    )
    expect(compress('Dito isso, o Node.js é uma boa escolha para o servidor.', 'pt')?.text).toBe(
      'O Node.js é uma boa escolha para o servidor',
    )
    expect(compress('Cela dit, Node.js reste un bon choix pour le serveur.', 'fr')?.text).toBe('Node.js reste un bon choix pour le serveur')
    expect(compress('Detto questo, Node.js è una buona scelta per il server.', 'it')?.text).toBe('Node.js è una buona scelta per il server')
    expect(compress('Jedenfalls, Node.js ist eine gute Wahl für den Server.', 'de')?.text).toBe('Node.js ist eine gute Wahl für den Server')
    // (Where the verb comes second, the sentence without its opening word would ask: it is kept, and leans.)
    expect(compress('Jedenfalls ist Node.js eine gute Wahl für den Server.', 'de')?.leans).toBe(true)
  })
})
