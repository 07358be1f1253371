// Privacy policy, terms and support links, as app marketplaces require them on screen: under the start
// page and in the chart's Data & sources section. The start page never downloads the language catalog,
// so this reads its few strings from their own message file by locale instead of through useI18n().
// (Imported by the chart shell itself, it made the bundler split React into its own first-load chunk,
// over the budget; the lazily loaded sources panel does not.)
import { useQuery } from '@tanstack/react-query'
import type { Locale } from '../i18n/locale.ts'
import * as legal from '../i18n/messages/legal.ts'
import { LINK_KEYS, loadDeployConfig, type LegalLinks } from '../launch/deploy-config.ts'

/** The pages in public/ (Spanish under public/es/), used for every link the deploy file leaves out. */
export function shippedLinks(locale: Locale): Required<LegalLinks> {
  const dir = locale === 'es' ? '/es' : ''
  return { privacy: `${dir}/privacy.html`, terms: `${dir}/terms.html`, support: `${dir}/support.html` }
}

export function LegalFooter({ locale = 'en' }: { locale?: Locale }) {
  const messages = locale === 'es' ? legal.es : legal.en
  const config = useQuery({ queryKey: ['deploy-config'], queryFn: loadDeployConfig, staleTime: Infinity, retry: false })
  // Until the file is read the right address is unknown; a wrong link is worse than a late one.
  if (config.isPending) return null
  // An unreadable file is reported by the page itself; the shipped pages are still right to offer.
  const links = { ...shippedLinks(locale), ...config.data?.links }
  return (
    <footer className="mt-8 py-3 text-sm text-slate-700 print:hidden dark:text-slate-300">
      <nav aria-label={messages['legal.label']}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {LINK_KEYS.map((key) => {
            const href = links[key]
            const mail = href.startsWith('mailto:')
            return (
              <li key={key}>
                {/* A new tab keeps the chart (and, inside an EHR, its frame) where it was. */}
                <a href={href} className="underline" {...(mail ? {} : { target: '_blank', rel: 'noopener noreferrer' })}>
                  {messages[`legal.${key}`]}
                  {!mail && <span className="sr-only"> {messages['legal.newTab']}</span>}
                </a>
              </li>
            )
          })}
        </ul>
      </nav>
    </footer>
  )
}
