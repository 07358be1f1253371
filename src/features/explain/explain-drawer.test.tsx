// The ⓘ drawer opens with what the value means and where it came from, in plain words, and keeps
// the FHIR mapping under "Technical details": folded for patients, open for clinicians.
import { screen, within } from '@testing-library/react'
import type { Observation } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { toAllergy } from '../../domain/allergy.ts'
import { toLabResult, toVitalSign, type LabResult } from '../../domain/observation.ts'
import { allergiesOf, labsOf, vitalsOf } from '../../domain/test-fixtures.ts'
import type { Locale } from '../../i18n/locale.ts'
import { allergyAbout } from '../allergies/allergy-about.ts'
import { ProvenanceDrawer } from '../provenance/provenance-drawer.tsx'
import type { ProvenanceTarget } from '../provenance/provenance-context.tsx'
import { renderApp, sandboxServer, testSession } from '../sources/test-fixtures.ts'

const { sandbox } = sandboxServer()

/** Lorraine's critical potassium of 6.4 mmol/L in May 2026, as Epic flags it (HH). */
async function criticalPotassium(): Promise<LabResult> {
  const labs = (await labsOf('epic', 'lorraine')).map((o) => toLabResult(o as Observation)).filter((l): l is LabResult => l !== null)
  const lab = labs.find((l) => l.loinc === '2823-3' && l.interpretation === 'HH')
  if (!lab) throw new Error('no critical potassium')
  return lab
}

function openDrawer(target: ProvenanceTarget, mode: 'patient' | 'clinician', locale: Locale = 'en') {
  const session = testSession(sandbox, 'epic', 'lorraine', { mode })
  renderApp(<ProvenanceDrawer session={session} target={target} onClose={() => undefined} />, { mode, locale })
  return screen.getByRole('dialog')
}

const headings = (dialog: HTMLElement) => within(dialog).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
const technical = (dialog: HTMLElement) => within(dialog).getByTestId('technical-details') as HTMLDetailsElement
const region = (dialog: HTMLElement, name: string) => within(dialog).getByRole('region', { name })
const explanation = (dialog: HTMLElement, name = 'What this means') => within(region(dialog, name)).getByTestId('explanation')

describe('the ⓘ drawer for a lab result', () => {
  it('patient: what it means, then where it came from; the FHIR mapping folded under Technical details', async () => {
    const lab = await criticalPotassium()
    const dialog = openDrawer({ label: 'Potassium 6.4 mmol/L', provenance: lab.provenance, field: 'value', about: { kind: 'lab', lab } }, 'patient')
    expect(headings(dialog).slice(0, 2)).toEqual(['What this means', 'Where this came from'])

    const meaning = region(dialog, 'What this means')
    expect(meaning).toHaveTextContent('Potassium is a mineral that helps your heart and muscles work. Levels that are too high or too low can affect your heartbeat.')
    expect(meaning).toHaveTextContent('Your result is far above the usual range (3.5–5.1 mmol/L), and the lab marked it as critical.')
    expect(dialog).toHaveAccessibleDescription(/^Potassium is a mineral/)

    const origin = region(dialog, 'Where this came from')
    expect(origin).toHaveTextContent('Health systemRiverside Test Health')
    expect(origin).toHaveTextContent(/DateMay 19, 2026/)
    expect(lab.performer).toBeTruthy()
    expect(origin).toHaveTextContent(`Recorded by${lab.performer}`)
    expect(origin).not.toHaveTextContent(/FHIR|valueQuantity/)

    const details = technical(dialog)
    expect(details.open).toBe(false)
    expect(within(details).getByText('Technical details').tagName).toBe('SUMMARY')
    // The mapping is all inside it, after the plain parts.
    expect(within(details).getByRole('region', { name: 'This value' })).toHaveTextContent('valueQuantity')
    expect(origin.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(meaning).not.toHaveTextContent(/FHIR/)
  })

  it('clinician: the same order, a one-sentence explanation, and the technical details open', async () => {
    const lab = await criticalPotassium()
    const dialog = openDrawer({ label: 'Potassium', provenance: lab.provenance, field: 'value', about: { kind: 'lab', lab } }, 'clinician')
    expect(headings(dialog).slice(0, 2)).toEqual(['What this means', 'Where this came from'])
    expect(within(region(dialog, 'What this means')).getByTestId('explanation')).toHaveTextContent(/^Potassium is a mineral that helps your heart and muscles work\.$/)
    expect(region(dialog, 'What this means')).toHaveTextContent('Critically high, flagged by the lab (3.5–5.1 mmol/L).')
    expect(technical(dialog).open).toBe(true)
  })

  it.each(['patient', 'clinician'] as const)('%s: a test with no explanation gets a neutral sentence, never an empty section', async (mode) => {
    const lab = { ...(await criticalPotassium()), loinc: '99999-9' }
    const dialog = openDrawer({ label: 'Unknown test', provenance: lab.provenance, about: { kind: 'lab', lab } }, mode)
    expect(within(region(dialog, 'What this means')).getByTestId('explanation')).toHaveTextContent(
      'This app has no plain-language explanation for this item yet. Your care team can tell you what it means for you.',
    )
  })
})

describe('comments and recorders', () => {
  it.each([['en', 'Note'], ['es', 'Nota']] as const)('%s: each is shown under where it came from, as the lab wrote it', async (locale, term) => {
    const labs = (await labsOf('cerner', 'lorraine')).map((o) => toLabResult(o as Observation)).filter((l): l is LabResult => !!l?.notes)
    const lab = labs.find((l) => l.notes?.includes('Called to provider.'))
    if (!lab) throw new Error('no lab with a comment')
    const dialog = openDrawer({ label: 'Lab', provenance: lab.provenance, field: 'value', about: { kind: 'lab', lab } }, 'clinician', locale)
    expect(region(dialog, locale === 'en' ? 'Where this came from' : 'De dónde viene')).toHaveTextContent(`${term}Called to provider.`)
  })

  it('an allergy: who recorded it and its comment, beside its date', async () => {
    const allergy = (await allergiesOf('cerner', 'lorraine')).resources.map((a) => toAllergy(a)).find((a) => a?.notes?.length)
    if (!allergy?.recorder) throw new Error('no allergy with a comment and a recorder')
    const dialog = openDrawer({ label: 'Allergy', provenance: allergy.provenance, about: allergyAbout(allergy) }, 'patient')
    const origin = region(dialog, 'Where this came from')
    expect(origin).toHaveTextContent(`Recorded by${allergy.recorder}`)
    expect(origin).toHaveTextContent('NoteReaction as a teenager; tolerated cephalexin in 2019.')
  })
})

describe('the ⓘ drawer for other values', () => {
  it('a vital sign is explained by its kind', async () => {
    const reading = (await vitalsOf('epic', 'lorraine', 1)).map((o) => toVitalSign(o as Observation)).find((v) => v?.kind === 'blood-pressure')
    if (!reading) throw new Error('no blood pressure')
    const dialog = openDrawer({ label: 'Blood pressure', provenance: reading.provenance, about: { kind: 'vital', reading } }, 'patient')
    expect(explanation(dialog)).toHaveTextContent(/^Blood pressure is the force of blood/)
    expect(within(region(dialog, 'What this means')).queryByTestId('result-words')).toBeNull()
  })

  it('an allergy: the neutral sentence, and its recorded date', async () => {
    const allergy = (await allergiesOf('epic', 'lorraine')).resources.map((r) => toAllergy(r)).find((a) => a?.substance === 'Penicillins')
    if (!allergy?.recorded) throw new Error('no penicillin allergy with a date')
    const dialog = openDrawer({ label: 'Penicillins', provenance: allergy.provenance, about: { kind: 'record', date: allergy.recorded } }, 'patient')
    expect(explanation(dialog)).toHaveTextContent(/^This app has no plain-language explanation/)
    expect(region(dialog, 'Where this came from')).toHaveTextContent(/Date\w{3} \d{1,2}, \d{4}/)
  })

  it('without a model, says when the record was last updated', async () => {
    const lab = await criticalPotassium()
    const dialog = openDrawer({ label: 'Potassium', provenance: { ...lab.provenance, lastUpdated: '2026-05-19T15:00:00Z' } }, 'patient')
    expect(region(dialog, 'Where this came from')).toHaveTextContent(/Last updatedMay 19, 2026/)
    expect(explanation(dialog)).toHaveTextContent(/^This app has no plain-language explanation/)
  })
})

describe('the ⓘ drawer in Spanish', () => {
  it('names its sections, explains and compares in Spanish', async () => {
    const lab = await criticalPotassium()
    const dialog = openDrawer({ label: 'Potasio', provenance: lab.provenance, field: 'value', about: { kind: 'lab', lab } }, 'patient', 'es')
    expect(headings(dialog).slice(0, 2)).toEqual(['Qué significa', 'De dónde viene'])
    expect(within(technical(dialog)).getByText('Detalles técnicos')).toBeInTheDocument()
    const meaning = region(dialog, 'Qué significa')
    expect(explanation(dialog, 'Qué significa')).toHaveTextContent(/^El potasio es un mineral/)
    expect(meaning).toHaveTextContent('Su resultado está muy por encima del rango habitual (3.5–5.1 mmol/L), y el laboratorio lo marcó como crítico.')
    expect(region(dialog, 'De dónde viene')).toHaveTextContent('Sistema de saludRiverside Test Health')
    expect(region(dialog, 'De dónde viene')).toHaveTextContent('Registrado por')
  })
})
