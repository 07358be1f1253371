// The drawer's own words for "What this means" and "Where this came from". They live here, beside
// the explanations, so they load with the drawer instead of with the first page.
import type { Locale } from '../../i18n/locale.ts'
import { fill, type Params } from '../../i18n/fill.ts'

const en = {
  kicker: 'About this value',
  meaning: 'What this means',
  origin: 'Where this came from',
  technical: 'Technical details',
  neutral: 'This app has no plain-language explanation for this item yet. Your care team can tell you what it means for you.',
  'origin.system': 'Health system',
  'origin.date': 'Date',
  'origin.by': 'Recorded by',
  'origin.updated': 'Last updated',
  'origin.unknown': 'not given',
  'origin.note': 'Note',
  'patient.HH': 'Your result is far above the usual range{range}, and the lab marked it as critical.',
  'patient.H': 'Your result is above the usual range{range}.',
  'patient.LL': 'Your result is far below the usual range{range}, and the lab marked it as critical.',
  'patient.L': 'Your result is below the usual range{range}.',
  'patient.AA': 'The lab marked your result as critically abnormal.',
  'patient.A': 'The lab marked your result as outside what is expected.',
  'patient.N': 'Your result is within the usual range{range}.',
  'patient.notAbove': 'Your result is not above the upper limit{range}. The lab sent no lower limit, so this app cannot tell whether it is too low.',
  'patient.notBelow': 'Your result is not below the lower limit{range}. The lab sent no upper limit, so this app cannot tell whether it is too high.',
  'patient.expected': 'The usual result is “{range}”.',
  'patient.noRange': 'No usual range came with this result, so this app cannot compare it.',
  'patient.computed': 'The lab did not mark it; this app compared it with the range.',
  'clinician.HH': 'Critically high, flagged by the lab{range}.',
  'clinician.H': 'Above the reference range{range}.',
  'clinician.LL': 'Critically low, flagged by the lab{range}.',
  'clinician.L': 'Below the reference range{range}.',
  'clinician.AA': 'Critically abnormal, flagged by the lab.',
  'clinician.A': 'Abnormal, flagged by the lab.',
  'clinician.N': 'Within the reference range{range}.',
  'clinician.notAbove': 'Not above the upper limit{range}; no lower limit was sent.',
  'clinician.notBelow': 'Not below the lower limit{range}; no upper limit was sent.',
  'clinician.expected': 'Expected: {range}.',
  'clinician.noRange': 'No reference range was sent.',
  'clinician.computed': 'Flag computed by this app from the range.',
}

export type ExplainKey = keyof typeof en

const es: Record<ExplainKey, string> = {
  kicker: 'Sobre este dato',
  meaning: 'Qué significa',
  origin: 'De dónde viene',
  technical: 'Detalles técnicos',
  neutral: 'Esta aplicación aún no tiene una explicación sencilla para este dato. Su equipo de atención médica puede decirle qué significa para usted.',
  'origin.system': 'Sistema de salud',
  'origin.date': 'Fecha',
  'origin.by': 'Registrado por',
  'origin.updated': 'Última actualización',
  'origin.unknown': 'no indicado',
  'origin.note': 'Nota',
  'patient.HH': 'Su resultado está muy por encima del rango habitual{range}, y el laboratorio lo marcó como crítico.',
  'patient.H': 'Su resultado está por encima del rango habitual{range}.',
  'patient.LL': 'Su resultado está muy por debajo del rango habitual{range}, y el laboratorio lo marcó como crítico.',
  'patient.L': 'Su resultado está por debajo del rango habitual{range}.',
  'patient.AA': 'El laboratorio marcó su resultado como críticamente anormal.',
  'patient.A': 'El laboratorio marcó su resultado como fuera de lo esperado.',
  'patient.N': 'Su resultado está dentro del rango habitual{range}.',
  'patient.notAbove': 'Su resultado no está por encima del límite superior{range}. El laboratorio no envió un límite inferior, así que esta aplicación no puede saber si es demasiado bajo.',
  'patient.notBelow': 'Su resultado no está por debajo del límite inferior{range}. El laboratorio no envió un límite superior, así que esta aplicación no puede saber si es demasiado alto.',
  'patient.expected': 'El resultado habitual es “{range}”.',
  'patient.noRange': 'Este resultado llegó sin rango habitual, así que esta aplicación no puede compararlo.',
  'patient.computed': 'El laboratorio no lo marcó; esta aplicación lo comparó con el rango.',
  'clinician.HH': 'Críticamente alto, marcado por el laboratorio{range}.',
  'clinician.H': 'Por encima del rango de referencia{range}.',
  'clinician.LL': 'Críticamente bajo, marcado por el laboratorio{range}.',
  'clinician.L': 'Por debajo del rango de referencia{range}.',
  'clinician.AA': 'Críticamente anormal, marcado por el laboratorio.',
  'clinician.A': 'Anormal, marcado por el laboratorio.',
  'clinician.N': 'Dentro del rango de referencia{range}.',
  'clinician.notAbove': 'No supera el límite superior{range}; no se envió límite inferior.',
  'clinician.notBelow': 'No está por debajo del límite inferior{range}; no se envió límite superior.',
  'clinician.expected': 'Esperado: {range}.',
  'clinician.noRange': 'No se envió rango de referencia.',
  'clinician.computed': 'Indicador calculado por esta aplicación a partir del rango.',
}

export const EXPLAIN_MESSAGES: Record<Locale, Record<ExplainKey, string>> = { en, es }

export function explainText(locale: Locale, key: ExplainKey, params?: Params): string {
  return fill(EXPLAIN_MESSAGES[locale][key], params)
}
