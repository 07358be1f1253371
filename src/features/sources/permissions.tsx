import type { MessageKey } from '../../i18n/catalog.ts'
import { useI18n } from '../../i18n/i18n.tsx'
import { canRead, canSearch, parseGrants } from '../../launch/grants.ts'
import type { SmartSession } from '../../launch/smart-session.ts'

const TYPES: Array<[string, MessageKey]> = [
  ['Patient', 'permission.Patient'],
  ['Observation', 'permission.Observation'],
  ['MedicationRequest', 'permission.MedicationRequest'],
  ['AllergyIntolerance', 'permission.AllergyIntolerance'],
]

/** Requested versus granted, per kind of information, in plain words. */
export function Permissions({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  const requested = parseGrants(session.requestedScope)
  return (
    <div>
      <table className="w-full text-left">
        <thead>
          <tr>
            <th scope="col">{t('permission.what')}</th>
            <th scope="col">{t('permission.asked')}</th>
            <th scope="col">{t('permission.granted')}</th>
          </tr>
        </thead>
        <tbody data-testid="shared-types">
          {TYPES.map(([type, label]) => {
            const check = type === 'Patient' ? canRead : canSearch
            const shared = check(session.grants, type)
            return (
              <tr key={type} data-type={type}>
                <th scope="row" className="font-normal">{t(label)}</th>
                <td>{check(requested, type) ? t('permission.yes') : t('permission.no')}</td>
                <td>
                  <strong>{shared ? t('permission.shared') : t('permission.notShared')}</strong>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <details className="mt-2 text-sm">
        <summary>{t('permission.rawScopes')}</summary>
        <p data-testid="granted-scope" className="break-words">{session.grants.scopes.join(' ')}</p>
      </details>
    </div>
  )
}
