// Keyboard behaviour of a modal dialog (WAI-ARIA APG): focus moves in on open, Tab and Shift+Tab
// stay inside, Escape closes, and focus goes back to what opened it. A plain element with
// role="dialog" is used rather than <dialog>.showModal(), so it behaves the same in every browser
// and in jsdom.
import { useEffect, useEffectEvent, type RefObject } from 'react'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'

function focusables(root: HTMLElement): HTMLElement[] {
  // Closed <details> hide their content but keep it in the DOM; skip what cannot take focus.
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('details:not([open]) > :not(summary)'))
}

export function useModalFocus(dialog: RefObject<HTMLElement | null>, initial: RefObject<HTMLElement | null>, onClose: () => void) {
  const close = useEffectEvent(onClose)
  useEffect(() => {
    const root = dialog.current
    if (!root) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    ;(initial.current ?? root).focus()

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault()
        close()
        return
      }
      if (e.key !== 'Tab') return
      const list = focusables(root)
      if (!list.length) {
        e.preventDefault()
        return
      }
      const first = list[0]
      const last = list[list.length - 1]
      const active = document.activeElement
      const inside = active instanceof Node && root.contains(active)
      if (e.shiftKey && (!inside || active === first || active === initial.current)) {
        e.preventDefault()
        last.focus()
      } else if (!e.shiftKey && (!inside || active === last)) {
        e.preventDefault()
        first.focus()
      }
    }
    // A click on the page behind (or assistive tech moving focus) must not leave focus outside.
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Node && !root.contains(e.target)) (initial.current ?? root).focus()
    }
    const overflow = document.body.style.overflow
    document.body.style.overflow = 'hidden'
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('focusin', onFocusIn)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('focusin', onFocusIn)
      document.body.style.overflow = overflow
      if (opener?.isConnected) opener.focus()
    }
  }, [dialog, initial])
}
