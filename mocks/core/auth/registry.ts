// Redirect URIs the local app registrations accept: the dev server and the preview server used by e2e.
const DEFAULT_APP_ORIGINS = ['http://localhost:5173', 'http://localhost:4173']

export function appRedirectUris(): string[] {
  const extra = (process.env.SANDBOX_REDIRECT_URIS ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  return [...DEFAULT_APP_ORIGINS.map((o) => `${o}/callback`), ...extra]
}

export const US_CORE_APIS = ['Patient', 'Observation', 'MedicationRequest', 'AllergyIntolerance', 'Medication']

export const SMART_STYLE = {
  color_background: '#f4f6f8',
  color_error: '#9e1b1b',
  color_highlight: '#1f5fa8',
  color_modal_backdrop: '',
  color_success: '#1e7b34',
  color_text: '#1d2a36',
  dim_border_radius: '4px',
  dim_font_size: '13px',
  dim_spacing_size: '16px',
  font_family_body: "'Segoe UI', Arial, sans-serif",
  font_family_heading: "'Segoe UI', Arial, sans-serif",
}
