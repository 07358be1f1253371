// English strings. Spanish must provide every key (see es.ts); `{name}` placeholders are filled by t().
export const en = {
  'app.title': 'Chart Lens',
  'nav.summary': 'Summary',
  'nav.labs': 'Labs',
  'nav.vitals': 'Vitals',
  'nav.medications': 'Medications',
  'nav.allergies': 'Allergies',
  'nav.sources': 'Data & sources',
  'banner.age': '{age} y',
  'banner.born': 'Born {date}',
  'banner.mrn': 'MRN {mrn}',
  'sex.female': 'Female',
  'sex.male': 'Male',
  'sex.other': 'Other',
  'sex.unknown': 'Unknown',
  'state.loading': 'Loading…',
  'state.empty': 'Nothing recorded.',
  'state.notShared': 'Not shared with this app.',
  'state.notSupported': 'This health system does not provide it.',
  'state.failed': 'Could not load: {message}',
  'action.retry': 'Try again',
  'action.signOut': 'Sign out',
  'offline.banner': 'You are offline. What is shown may be out of date.',
  'theme.toggle': 'Dark mode',
  'language.label': 'Language',
} as const

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>
