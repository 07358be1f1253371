/**
 * Browsers that block third-party storage (Chromium with third-party cookies phased out, some
 * hardened WebViews) throw on any sessionStorage access inside a cross-site EHR frame.
 */
export function sessionStorageUsable(): boolean {
  try {
    const s = window.sessionStorage
    const probe = '__chart-lens-probe'
    s.setItem(probe, '1')
    s.removeItem(probe)
    return true
  } catch {
    return false
  }
}
