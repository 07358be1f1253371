// SMART `smart_style_url`: the EHR's colours and fonts, applied in clinician mode so the app blends in.
// Values are checked with CSS.supports so a hostile style document cannot inject arbitrary CSS.

const COLORS: Record<string, string> = {
  color_background: '--ehr-bg',
  color_text: '--ehr-text',
  color_highlight: '--ehr-highlight',
  color_error: '--ehr-error',
  color_success: '--ehr-success',
}

export function toCssVariables(style: Record<string, unknown>): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const [key, name] of Object.entries(COLORS)) {
    const v = style[key]
    if (typeof v === 'string' && CSS.supports('color', v)) vars[name] = v
  }
  const font = style.font_family_body
  if (typeof font === 'string' && /^[\w\s,'"-]{1,120}$/.test(font) && CSS.supports('font-family', font)) vars['--ehr-font'] = font
  const size = style.dim_font_size
  if (typeof size === 'string' && /^\d{1,2}(\.\d+)?px$/.test(size)) vars['--ehr-font-size'] = size
  return vars
}

export async function fetchEhrStyle(url: string, signal?: AbortSignal): Promise<Record<string, string>> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } })
  if (!res.ok) return {}
  return toCssVariables((await res.json()) as Record<string, unknown>)
}
