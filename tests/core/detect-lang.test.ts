import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/core/index.ts'

const spanish =
  'Por defecto, cuando un pod entra en un estado de terminación, Kubernetes crea inmediatamente un Pod de reemplazo. Por lo tanto, ambos Pods están en ejecución al mismo tiempo. El escenario en el que dos Pods están en ejecución al mismo tiempo es problemático para algunos marcos de trabajo populares de aprendizaje automático, los cuales requieren que solo haya un Pod en ejecución para un índice dado.'

describe('the article’s language', () => {
  it('should tell the language of an article that does not name it from its prose', () => {
    const { deck, html } = renderDeck(`# Trabajos\n\n## Política de reemplazo\n\n${spanish}\n`)
    expect(deck.meta.lang).toBe('es')
    expect(html).toContain('Pod')
  })

  it('should tell Japanese, Chinese and Korean by their scripts, among many names, commands and addresses in Latin letters', () => {
    // (Review 84: a Zenn post on apt-key, read as English, its points cut by the English tagger.)
    const japanese = [
      '本家 [Debian](https://www.debian.org/) を使っている人は既にご存知だとは思うが，パッケージ管理ツールの APT でパッケージへの電子署名用 OpenPGP 公開鍵を管理する apt-key コマンドが非推奨になっている。',
      '`sudo apt update` を実行すると `W: Key is stored in legacy trusted.gpg keyring (/etc/apt/trusted.gpg)` みたいなワーニングが出る。',
      'Docker の公式ドキュメント https://docs.docker.com/engine/install/ubuntu/ を見ると手順が変わっている。',
    ].join('\n\n')
    expect(renderDeck(`# apt-key\n\n## 経緯\n\n${japanese}\n`).deck.meta.lang).toBe('ja')
    const chinese =
      '本文我想分享一下，我们在实践过程中遇到的关于内存占用过高的问题。使用 `jemalloc-ctl` 和 `jemallocator` 可以获取 memory profile 文件。'
    expect(renderDeck(`# Rust\n\n## 问题\n\n${chinese}\n`).deck.meta.lang).toBe('zh')
    const korean =
      '쿠버네티스 클러스터에서 `kubectl get pods` 명령으로 파드의 상태를 확인할 수 있습니다. 이 글에서는 자주 쓰는 명령을 정리합니다.'
    expect(renderDeck(`# K8s\n\n## 명령\n\n${korean}\n`).deck.meta.lang).toBe('ko')
    // A few words of Japanese in an English post leave it English.
    expect(renderDeck(`# Trip\n\n## Tokyo\n\n${spanish.replace(/./g, (c) => (c === 'P' ? 'p' : c))} 東京\n`).deck.meta.lang).not.toMatch(
      /^(?:ja|zh)$/,
    )
  })

  it('should keep the frontmatter’s lang, and English for too little prose to tell', () => {
    expect(renderDeck(`---\nlang: de\n---\n# T\n\n## A\n\n${spanish}\n`).deck.meta.lang).toBe('de')
    expect(renderDeck('# T\n\n## A\n\nPor defecto, un Pod.\n').deck.meta.lang).toBe('en')
  })
})
