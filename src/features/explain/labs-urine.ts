// Plain words for urine tests, keyed by LOINC. Each cites the public page it follows.
import type { Explanation } from './types.ts'

export const URINE: Record<string, Explanation> = {
  // https://medlineplus.gov/lab-tests/microalbumin-creatinine-ratio/
  albuminCreatinine: {
    en: 'This compares a protein called albumin with creatinine in your urine. Albumin in urine can be an early sign of kidney damage, often from diabetes or high blood pressure.',
    es: 'Compara una proteína llamada albúmina con la creatinina en la orina. La albúmina en la orina puede ser una señal temprana de daño en los riñones, a menudo por diabetes o presión alta.',
  },
  // https://medlineplus.gov/lab-tests/protein-in-urine/
  protein: {
    en: 'This checks for protein in your urine. Healthy kidneys keep protein in the blood, so protein in urine can be a sign of a kidney problem.',
    es: 'Busca proteína en la orina. Los riñones sanos mantienen la proteína en la sangre, así que encontrarla en la orina puede indicar un problema de los riñones.',
  },
  // https://medlineplus.gov/lab-tests/urinalysis/
  color: {
    en: 'Urine is usually pale to dark yellow. Its color can change with how much you drink, foods, medicines or some health problems.',
    es: 'La orina suele ser de amarillo claro a oscuro. Su color puede cambiar según lo que bebe, los alimentos, los medicamentos o algunos problemas de salud.',
  },
  // https://medlineplus.gov/lab-tests/urinalysis/
  specificGravity: {
    en: 'Specific gravity shows how concentrated your urine is. It helps show whether you are drinking enough and how well your kidneys concentrate urine.',
    es: 'La densidad muestra qué tan concentrada está la orina. Ayuda a ver si toma suficiente líquido y qué tan bien concentran la orina los riñones.',
  },
  // https://medlineplus.gov/lab-tests/glucose-in-urine-test/
  glucose: {
    en: 'This checks for sugar in your urine. Sugar in urine can be a sign of high blood sugar.',
    es: 'Busca azúcar en la orina. El azúcar en la orina puede ser señal de azúcar alta en la sangre.',
  },
}

export const URINE_LOINC: Record<string, keyof typeof URINE> = {
  '9318-7': 'albuminCreatinine', '14959-1': 'albuminCreatinine', '32294-1': 'albuminCreatinine',
  '20454-5': 'protein', '2888-6': 'protein', '5804-0': 'protein',
  '5778-6': 'color',
  '5811-5': 'specificGravity', '2965-2': 'specificGravity',
  '5792-7': 'glucose', '25428-4': 'glucose',
}
