export type Params = Record<string, string | number>

/** Fills `{name}` holes; an unknown hole stays visible so a missing parameter is noticed. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
}
