// One plain-language explanation, in every language the app speaks.
export interface Explanation {
  en: string
  es: string
}
