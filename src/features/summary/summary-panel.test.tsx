import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { bpCategory } from '../../domain/vital-ranges.ts'
import { describe, expect, it } from 'vitest'
import { http } from 'msw'
import { emptySearches, emptySearchesWithOutcome, failSearches, renderPanel, requests, server, sessionFor, withSandboxServer, VENDORS } from '../test-fixtures.ts'
import { patientByKey } from '../../../mocks/data/patients.ts'
import { issues } from '../../../mocks/vendors/epic/fhir/outcomes.ts'
import { SummaryPanel } from './summary-panel.tsx'

withSandboxServer()

const NO_OBSERVATIONS = 'patient/Patient.read patient/MedicationRequest.read patient/AllergyIntolerance.read patient/Medication.read'

/** The parts appear together, once each has its first answer; a skeleton of the same layout stands in until then. */
async function renderSummary(...args: Parameters<typeof renderPanel>) {
  const rendered = renderPanel(...args)
  expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([])
  await screen.findAllByRole('heading', { level: 3 }, { timeout: 5000 })
  return rendered
}

// Lorraine's latest abnormal lab. Epic flags her A1c 6.7 % "High"; Oracle Health sends labs with no
// interpretation and ranges with a numeric high only (vendors.md §8), so her A1c (range "<5.7", text
// only) cannot be flagged there, and the summary's abnormal lab is the glucose 101 mg/dL over its high
// of 99, flagged "High" by the app and marked as computed.
const ABNORMAL = {
  epic: { name: 'Hemoglobin A1c', value: '6.7 %', source: 'Hemoglobin A1c/Hemoglobin.total in Blood', computed: false },
  cerner: { name: 'Glucose (blood sugar)', value: '101 mg/dL', source: /^Glucose/, computed: true },
} as const
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const part = (name: string) => screen.getByRole('region', { name })
const partTitles = () => within(screen.getByRole('region', { name: /^(Summary|Resumen)$/ })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)

describe.each(VENDORS)('Summary on %s', (vendor) => {
  it('Lorraine: high-criticality allergies open the summary, as an alert with substance and reaction', async () => {
    await renderSummary(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    const alert = await screen.findByTestId('allergy-alert')
    expect(partTitles()).toEqual(['Allergies', 'Active medications', 'Latest vitals', 'Recent abnormal labs'])
    expect(alert).toHaveTextContent('High-risk allergies')
    // Each severity follows its own reaction: the hives were moderate, not severe.
    expect(alert).toHaveTextContent(/penicillins — Hives \(moderate\), Anaphylaxis \(severe\)/i)
    expect(alert).toHaveTextContent(/peanut — Angioedema/i)
    // Lower criticality is listed under the alert, not in it; refuted and retracted ones not at all.
    expect(alert).not.toHaveTextContent(/latex/i)
    expect(part('Allergies')).toHaveTextContent(/latex — Itching \(mild\) · unconfirmed/i)
    expect(part('Allergies')).not.toHaveTextContent(/codeine|sulfonamide/i)
    expect(within(part('Allergies')).getByRole('link', { name: 'All allergies' })).toHaveAttribute('href', '#allergies')
  })

  it('Mateo: a temperature dated 2099 and a blood pressure of 1/1 are never the latest vitals', async () => {
    const facts = patientByKey('mateo')!.vitals().filter((v) => v.effective === '2026-09-29T15:45:00Z')
    const bp = facts.find((v) => v.kind === 'bp')!
    const temp = facts.find((v) => v.kind === 'temperature')!
    await renderSummary(<SummaryPanel session={sessionFor(vendor, 'mateo')} />)
    const vitals = part('Latest vitals')
    expect(await within(vitals).findByText(`${bp.systolic}/${bp.diastolic} mmHg`)).toBeInTheDocument()
    expect(within(vitals).getByText(`${temp.value} °C`)).toBeInTheDocument()
    expect(vitals).not.toHaveTextContent(/2099|1970|1969|1\/1 mmHg/)
    // Mateo is an adult: his real latest blood pressure gets its ACC/AHA category once his age is known.
    const expected = { normal: 'Normal', elevated: 'Elevated', 'stage-1': 'stage 1', 'stage-2': 'stage 2', crisis: 'crisis' }[bpCategory(bp.systolic!, bp.diastolic!, true)!]
    expect(await within(vitals).findByTestId('bp-category')).toHaveTextContent(expected)
  })

  it('clinician: abnormal labs use the short names of the labs table, not LOINC\'s long form', async () => {
    await renderSummary(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />, { mode: 'clinician' })
    const labs = part('Recent abnormal labs')
    expect(await within(labs).findByText('Glucose')).toBeInTheDocument()
    expect(labs).not.toHaveTextContent('[Mass/volume]')
  })

  it('Lorraine: active medications, latest vitals and abnormal latest labs, each linking to its section', async () => {
    await renderSummary(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    const meds = part('Active medications')
    expect(await within(meds).findByText(/^lisinopril 10 mg oral tablet$/i)).toBeInTheDocument()
    expect(meds).not.toHaveTextContent(/amlodipine|azithromycin/i)
    expect(within(meds).getByRole('link', { name: 'All medications' })).toHaveAttribute('href', '#medications')

    const vitals = part('Latest vitals')
    expect(await within(vitals).findByText('126/76 mmHg')).toBeInTheDocument()
    expect(within(vitals).getByText('36.6 °C')).toBeInTheDocument()
    expect(within(vitals).getByRole('link', { name: 'All vitals' })).toHaveAttribute('href', '#vitals')

    const labs = part('Recent abnormal labs')
    const abnormal = ABNORMAL[vendor]
    const latest = (await within(labs).findByText(abnormal.name)).closest('li') as HTMLElement
    expect(latest).toHaveTextContent('High')
    expect(latest).toHaveTextContent(abnormal.value)
    if (abnormal.computed) expect(latest).toHaveTextContent('computed by this app')
    else expect(latest).not.toHaveTextContent('computed by this app')
    // The latest potassium is normal again: the summary lists only abnormal latest results.
    expect(labs).not.toHaveTextContent('Potassium')
    expect(within(labs).getByRole('link', { name: 'All lab results' })).toHaveAttribute('href', '#labs')
  })

  it('values open their provenance', async () => {
    const { opened } = await renderSummary(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    const abnormal = ABNORMAL[vendor]
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`^More about ${escape(abnormal.name)} ${escape(abnormal.value)},`) }))
    expect(opened[0]).toMatchObject({ field: 'value', provenance: { resourceType: 'Observation' } })
    // The drawer is handed the result itself, so it can explain the test and compare the value.
    expect(opened[0]?.about).toMatchObject({ kind: 'lab', lab: { loinc: expect.any(String), value: { kind: 'quantity' } } })
    await userEvent.click(screen.getByRole('button', { name: /^More about penicillins$/i }))
    expect(opened[1]?.provenance.resourceType).toBe('AllergyIntolerance')
    expect(opened[1]?.about).toMatchObject({ kind: 'record', date: expect.any(String) })
  })

  it('labs and vitals not shared say "not shared", never "nothing recorded", and the rest still shows', async () => {
    await renderSummary(<SummaryPanel session={sessionFor(vendor, 'lorraine', NO_OBSERVATIONS)} />)
    expect(await within(part('Recent abnormal labs')).findByText('Not shared with this app.')).toBeInTheDocument()
    expect(await within(part('Latest vitals')).findByText('Not shared with this app.')).toBeInTheDocument()
    expect(part('Recent abnormal labs')).not.toHaveTextContent(/recorded/)
    expect(await within(part('Active medications')).findByText(/^metformin/i)).toBeInTheDocument()
    expect(requests.filter((r) => r.endsWith('/Observation'))).toEqual([])
  })

  it('one part failing or unsupported leaves the others in place', async () => {
    failSearches('AllergyIntolerance', 500)
    failSearches('MedicationRequest', 400)
    await renderSummary(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    const allergies = part('Allergies')
    expect(await within(allergies).findByRole('alert')).toHaveTextContent(/^Couldn’t load/)
    expect(within(allergies).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    // The failed search is shown, not sent again when the parts appear.
    expect(requests.filter((p) => p.endsWith('/AllergyIntolerance'))).toHaveLength(1)
    expect(await within(part('Active medications')).findByText(/does not provide this information to apps/)).toBeInTheDocument()
    expect(await within(part('Recent abnormal labs')).findByText(ABNORMAL[vendor].name)).toBeInTheDocument()
    // The order never depends on the answers: allergies keep the top place, failed or not.
    expect(partTitles()).toEqual(['Allergies', 'Active medications', 'Latest vitals', 'Recent abnormal labs'])
    // Trying again reloads that part only; the rest of the summary stays on screen meanwhile.
    let answer = () => undefined as void
    server.use(http.get('*/AllergyIntolerance', () => new Promise<undefined>((resolve) => (answer = () => resolve(undefined)))))
    await userEvent.click(within(allergies).getByRole('button', { name: 'Try again' }))
    expect(await within(part('Allergies')).findByRole('status')).toHaveTextContent('Loading')
    expect(partTitles()).toEqual(['Allergies', 'Active medications', 'Latest vitals', 'Recent abnormal labs'])
    expect(within(part('Active medications')).getByText(/does not provide this information to apps/)).toBeInTheDocument()
    answer()
    expect(await within(part('Allergies')).findByRole('alert')).toHaveTextContent(/^Couldn’t load/)
    expect(requests.filter((p) => p.endsWith('/AllergyIntolerance'))).toHaveLength(2)
  })

  it('an empty lab list says nothing was recorded', async () => {
    emptySearches('Observation', 'laboratory')
    await renderSummary(<SummaryPanel session={sessionFor(vendor, 'lorraine')} />)
    expect(await within(part('Recent abnormal labs')).findByText('No lab results recorded.')).toBeInTheDocument()
    expect(await within(part('Latest vitals')).findByText('126/76 mmHg')).toBeInTheDocument()
  })
})

describe('a search that never answers', () => {
  it('does not hide the parts that did answer for more than a few seconds', async () => {
    server.use(http.get('*/AllergyIntolerance', () => new Promise<never>(() => undefined)))
    renderPanel(<SummaryPanel session={sessionFor('epic', 'lorraine')} />)
    const meds = await screen.findByRole('region', { name: 'Active medications' }, { timeout: 8000 })
    expect(await within(meds).findByText(/^lisinopril 10 mg oral tablet$/i)).toBeInTheDocument()
    expect(within(part('Allergies')).getByRole('status')).toHaveTextContent('Loading')
    expect(partTitles()).toEqual(['Allergies', 'Active medications', 'Latest vitals', 'Recent abnormal labs'])
  }, 15_000)
})

describe('Walter: allergies never asked, worded as each server’s list state says', () => {
  it.each([
    // Epic's "Not on File" placeholder is ambiguous: the summary repeats it without claiming why.
    ['epic', /allergies are “not on file”\. That does not say whether they were reviewed/],
    ['cerner', /No allergy information was ever recorded: allergies have never been asked about/],
  ] as const)('%s', async (vendor, wording) => {
    await renderSummary(<SummaryPanel session={sessionFor(vendor, 'walter')} />)
    const allergies = part('Allergies')
    expect(await within(allergies).findByText(wording)).toBeInTheDocument()
    expect(allergies).not.toHaveTextContent(/Not shared|Nothing recorded|No known allergies/)
    // No high-risk allergy: the order is still the one fixed before any answer came.
    expect(partTitles()).toEqual(['Allergies', 'Active medications', 'Latest vitals', 'Recent abnormal labs'])
  })

  it('cerner: Hana’s "no known drug allergies" is said as such', async () => {
    await renderSummary(<SummaryPanel session={sessionFor('cerner', 'hana')} />)
    expect(await within(part('Allergies')).findByText('No known drug allergies.')).toBeInTheDocument()
  })
})

describe('an empty allergy answer with some kinds of records withheld from the app (Epic 59204, vendors.md §8.3)', () => {
  const withheldEmpty = () => emptySearchesWithOutcome('AllergyIntolerance', issues.suppressed('AllergyIntolerance', 'Outside Record'), issues.noResults())
  const NEVER_NONE = /never been asked|Not shared|No known allergies|No known drug allergies|Nothing recorded/

  it.each([
    ['clinician', /^No allergies listed for this app\. The health system withholds some kinds of allergy records from it: not a statement of no known allergies\.$/],
    ['patient', /^No allergies listed for this app\. Your health system keeps some kinds of allergy records from it, so this does not mean you have no allergies\.$/],
  ] as const)('%s: says none are listed for this app and some were withheld, never "never asked" or "none known"', async (mode, wording) => {
    withheldEmpty()
    await renderSummary(<SummaryPanel session={sessionFor('epic', 'walter')} />, { mode })
    const allergies = part('Allergies')
    expect(await within(allergies).findByText(wording)).toBeInTheDocument()
    expect(allergies).not.toHaveTextContent(NEVER_NONE)
    expect(screen.queryByTestId('allergy-alert')).toBeNull()
    expect(partTitles()).toEqual(['Allergies', 'Active medications', 'Latest vitals', 'Recent abnormal labs'])
  })

  it('in Spanish', async () => {
    withheldEmpty()
    await renderSummary(<SummaryPanel session={sessionFor('epic', 'walter')} />, { locale: 'es' })
    const allergies = part('Alergias')
    expect(await within(allergies).findByText(/^No hay alergias en la lista que recibió esta aplicación\. Su sistema de salud no comparte con ella algunos tipos de registros de alergias/)).toBeInTheDocument()
    expect(allergies).not.toHaveTextContent(/nunca se preguntó|Sin alergias conocidas/)
  })

  it('without the server’s note, an empty answer still says allergies were never asked about', async () => {
    emptySearches('AllergyIntolerance')
    await renderSummary(<SummaryPanel session={sessionFor('epic', 'walter')} />)
    expect(await within(part('Allergies')).findByText(/allergies have never been asked about/)).toBeInTheDocument()
  })
})

describe('Summary modes and language', () => {
  it('both modes see the whole instruction: the sig first, then the patient instruction; clinicians get source test and RxNorm names, patients plain ones', async () => {
    for (const mode of ['clinician', 'patient'] as const) {
      const view = await renderSummary(<SummaryPanel session={sessionFor('cerner', 'lorraine')} />, { mode })
      const meds = part('Active medications')
      expect(await within(meds).findByText('10 mg = 1 tab, Oral, daily')).toBeInTheDocument()
      // Oracle Health's own lower-case synonym, as sent for clinicians, starting a sentence for patients.
      expect(within(meds).getByText(mode === 'clinician' ? 'lisinopril 10 mg oral tablet' : 'Lisinopril 10 mg oral tablet')).toBeInTheDocument()
      expect(within(meds).getByText(/^Patient instruction: Take 1 tablet \(10 mg total\) by mouth daily\. Take in the morning/)).toBeInTheDocument()
      const labs = part('Recent abnormal labs')
      expect(await within(labs).findByText(mode === 'clinician' ? ABNORMAL.cerner.source : ABNORMAL.cerner.name)).toBeInTheDocument()
      view.unmount()
    }
  })

  it.each(VENDORS)('%s: Walter’s furosemide keeps its dose next to the extra-tablet instruction, with no order-entry text', async (vendor) => {
    await renderSummary(<SummaryPanel session={sessionFor(vendor, 'walter')} />)
    const item = (await within(part('Active medications')).findByText(/^furosemide/i)).closest('li') as HTMLElement
    // Epic's sig is the order text, Oracle Health's a structured one ("20 mg = 1 tab, Oral, daily").
    const sig = { epic: /Take 1 tablet \(20 mg total\) by mouth daily\.Patient instruction:/, cerner: /20 mg = 1 tab, Oral, dailyPatient instruction:/ }
    expect(item).toHaveTextContent(sig[vendor])
    expect(item).toHaveTextContent(/Patient instruction: .*Take 1 extra tablet if your weight goes up/)
    expect(part('Active medications')).not.toHaveTextContent(/Starting|, Normal|Historical Med/)
  })

  it('renders titles, flags and allergy words in Spanish', async () => {
    await renderSummary(<SummaryPanel session={sessionFor('epic', 'lorraine')} />, { locale: 'es' })
    expect(screen.getByRole('heading', { level: 2, name: 'Resumen' })).toBeInTheDocument()
    expect(await screen.findByTestId('allergy-alert')).toHaveTextContent('Alergias de alto riesgo')
    expect(partTitles()).toEqual(['Alergias', 'Medicamentos activos', 'Últimos signos vitales', 'Análisis anormales recientes'])
    const a1c = (await within(part('Análisis anormales recientes')).findByText('Hemoglobina A1c')).closest('li') as HTMLElement
    expect(a1c).toHaveTextContent('Alto')
    expect(part('Alergias')).toHaveTextContent('(grave)')
  })
})
