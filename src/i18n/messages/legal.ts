// Strings for the links to the privacy policy, terms and support. Kept apart from the rest of the catalog
// because the start page shows them without downloading the catalog (see src/app/legal-footer.tsx).
export const en = {
  'legal.label': 'About this app',
  'legal.privacy': 'Privacy',
  'legal.terms': 'Terms',
  'legal.support': 'Support',
  'legal.newTab': '(opens in a new tab)',
}

export const es: Record<keyof typeof en, string> = {
  'legal.label': 'Acerca de esta aplicación',
  'legal.privacy': 'Privacidad',
  'legal.terms': 'Términos',
  'legal.support': 'Ayuda',
  'legal.newTab': '(se abre en una pestaña nueva)',
}
