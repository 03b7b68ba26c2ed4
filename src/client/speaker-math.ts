/**
 * Reveal's speaker view is a page of its own, written into a new window, with only its own
 * styles: formulas in the notes would show as KaTeX's raw markup there. When the deck has
 * KaTeX's stylesheet, the speaker view gets it too, as soon as Reveal has written it.
 */
export function shareMathStyleWithSpeakerView(): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href*="katex"]')
  // In dev, Vite puts imported CSS in <style> elements.
  const style = [...document.querySelectorAll('style')].find((element) => element.textContent?.includes('.katex'))
  if (!link && !style) return
  const open = window.open.bind(window)
  window.open = (...args: Parameters<typeof window.open>) => {
    const popup = open(...args)
    if (popup && args[1] === 'reveal.js - Notes') {
      // Reveal writes the page right after opening the window; the stylesheet goes in after it.
      setTimeout(() => {
        const copy = link
          ? Object.assign(popup.document.createElement('link'), { rel: 'stylesheet', href: link.href })
          : popup.document.createElement('style')
        if (!link && style) copy.textContent = style.textContent
        popup.document.head?.append(copy)
      })
    }
    return popup
  }
}
