import { searchGranted } from '../../fhir/completeness.ts'
import type { MessageKey } from '../../i18n/catalog.ts'
import { useViewMode } from '../../app/view-mode.tsx'
import { useI18n } from '../../i18n/i18n.tsx'
import { canRead, parseGrants, type Grants } from '../../launch/grants.ts'
import type { SmartSession } from '../../launch/smart-session.ts'
import { LAB_CATEGORY } from '../labs/queries.ts'
import { VITAL_CATEGORY } from '../vitals/queries.ts'
import { Check, Lock } from 'lucide-react'
import { Glyph } from '../../components/ui/glyph.tsx'

const TYPES: Array<[string, MessageKey]> = [
  ['Patient', 'permission.Patient'],
  ['Observation', 'permission.Observation'],
  ['MedicationRequest', 'permission.MedicationRequest'],
  ['AllergyIntolerance', 'permission.AllergyIntolerance'],
]

type Access = 'all' | 'labs' | 'vitals' | 'partly' | 'none'

/**
 * How much of a type the grants allow, the way the app will use it: the patient is read, lists are
 * searched, and v2 granular scopes can allow some Observation categories and not others.
 */
function accessOf(grants: Grants, type: string): Access {
  if (type === 'Patient') return canRead(grants, type) ? 'all' : 'none'
  if (!searchGranted(grants, type)) return 'none'
  if (type !== 'Observation') return 'all'
  const labs = searchGranted(grants, type, LAB_CATEGORY)
  const vitals = searchGranted(grants, type, VITAL_CATEGORY)
  return labs && vitals ? 'all' : labs ? 'labs' : vitals ? 'vitals' : 'partly'
}

const ACCESS_TEXT: Record<Exclude<Access, 'none'>, MessageKey> = {
  all: 'permission.shared',
  labs: 'sources.permissions.labsOnly',
  vitals: 'sources.permissions.vitalsOnly',
  partly: 'sources.permissions.partly',
}

/** Requested versus granted, per kind of information, in plain words. */
export function Permissions({ session }: { session: SmartSession }) {
  const { t } = useI18n()
  // "Your details" is the patient's own view; a clinician is reading someone else's record.
  const clinician = useViewMode() === 'clinician'
  const requested = parseGrants(session.requestedScope)
  const rows = TYPES.map(([type, key]) => ({ type, label: clinician && type === 'Patient' ? ('permission.Patient.clinician' as const) : key, asked: accessOf(requested, type) !== 'none', access: accessOf(session.grants, type) }))
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="py-1 pr-2">{t('permission.what')}</th>
              <th scope="col" className="py-1 pr-2">{t('permission.asked')}</th>
              <th scope="col" className="py-1">{t('permission.granted')}</th>
            </tr>
          </thead>
          <tbody data-testid="shared-types">
            {rows.map(({ type, label, asked, access }) => (
              <tr key={type} data-type={type} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-1 pr-2 font-normal">{t(label)}</th>
                <td className="py-1 pr-2">{asked ? t('permission.yes') : t('permission.no')}</td>
                <td className="py-1">
                  <strong>
                    <Glyph icon={access === 'none' ? Lock : Check} className="mr-1" />
                    {access === 'none' ? t('permission.notShared') : t(ACCESS_TEXT[access])}
                  </strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.some((r) => r.access !== 'all') && <p className="mt-2 text-sm">{t('sources.permissions.notSharedHelp')}</p>}
      <details className="mt-2 text-sm">
        <summary>{t('permission.rawScopes')}</summary>
        <p data-testid="granted-scope" className="wrap-anywhere">
          {session.grants.scopes.join(' ')}
        </p>
      </details>
    </div>
  )
}
