import { useSyncExternalStore } from 'react'
import { useI18n } from '../i18n/i18n.tsx'

const subscribe = (cb: () => void) => {
  window.addEventListener('online', cb)
  window.addEventListener('offline', cb)
  return () => {
    window.removeEventListener('online', cb)
    window.removeEventListener('offline', cb)
  }
}

export function OfflineBanner() {
  const { t } = useI18n()
  const online = useSyncExternalStore(subscribe, () => navigator.onLine)
  if (online) return null
  return (
    <div role="status" className="bg-amber-100 p-2 text-center text-amber-950 print:hidden">
      {t('offline.banner')}
    </div>
  )
}
