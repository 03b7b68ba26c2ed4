import clojure from 'highlight.js/lib/languages/clojure'
import dart from 'highlight.js/lib/languages/dart'
import dockerfile from 'highlight.js/lib/languages/dockerfile'
import elixir from 'highlight.js/lib/languages/elixir'
import elm from 'highlight.js/lib/languages/elm'
import erlang from 'highlight.js/lib/languages/erlang'
import fsharp from 'highlight.js/lib/languages/fsharp'
import haskell from 'highlight.js/lib/languages/haskell'
import julia from 'highlight.js/lib/languages/julia'
import latex from 'highlight.js/lib/languages/latex'
import nginx from 'highlight.js/lib/languages/nginx'
import nix from 'highlight.js/lib/languages/nix'
import ocaml from 'highlight.js/lib/languages/ocaml'
import powershell from 'highlight.js/lib/languages/powershell'
import protobuf from 'highlight.js/lib/languages/protobuf'
import scala from 'highlight.js/lib/languages/scala'
import { common } from 'lowlight'
import rehypeHighlight, { type Options } from 'rehype-highlight'

/**
 * rehype-highlight with lowlight's common grammars and the languages blogs write in beyond them
 * (Elixir's, Haskell's, Clojure's, Scala's posts, Dockerfiles, nginx configurations…): without
 * their grammar a block is plain text, with a warning. Loaded only for an article with code.
 */
export function highlighter(options: Options) {
  return rehypeHighlight({
    ...options,
    languages: {
      ...common,
      clojure,
      dart,
      dockerfile,
      elixir,
      elm,
      erlang,
      fsharp,
      haskell,
      julia,
      latex,
      nginx,
      nix,
      ocaml,
      powershell,
      protobuf,
      scala,
    },
  })
}
