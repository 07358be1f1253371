// The part of @lhncbc/ucum-lhc (untyped CommonJS) that units.ts uses.
declare module '@lhncbc/ucum-lhc' {
  export interface UcumConversion {
    status: 'succeeded' | 'failed' | 'error'
    toVal: number | null
    msg: string[]
  }
  export interface UcumUtils {
    convertUnitTo(
      from: string,
      value: number,
      to: string,
      options?: { molecularWeight?: number; charge?: number; suggest?: boolean },
    ): UcumConversion
  }
  export const UcumLhcUtils: { getInstance(): UcumUtils }
  const ucum: { UcumLhcUtils: { getInstance(): UcumUtils } }
  export default ucum
}
