// Plain words for diabetes, cholesterol, hormone and heart tests, keyed by LOINC. Each cites the
// public page it follows.
import type { Explanation } from './types.ts'

export const METABOLIC: Record<string, Explanation> = {
  // https://medlineplus.gov/lab-tests/hemoglobin-a1c-hba1c-test/
  a1c: {
    en: 'A1c shows your average blood sugar over the past 2 to 3 months. It is used to find and follow diabetes.',
    es: 'La A1c muestra el promedio del azúcar en la sangre de los últimos 2 a 3 meses. Se usa para detectar y controlar la diabetes.',
  },
  // https://medlineplus.gov/lab-tests/cholesterol-levels/
  cholesterol: {
    en: 'Total cholesterol is all the cholesterol in your blood. Too much can build up in your arteries and raise the risk of heart disease.',
    es: 'El colesterol total es todo el colesterol de la sangre. Si hay demasiado, puede acumularse en las arterias y aumentar el riesgo de enfermedad del corazón.',
  },
  // https://medlineplus.gov/ldlthebadcholesterol.html
  ldl: {
    en: 'LDL is the “bad” cholesterol that can clog arteries. Lower is usually better.',
    es: 'El LDL es el colesterol “malo” que puede tapar las arterias. Por lo general, más bajo es mejor.',
  },
  // https://medlineplus.gov/hdlthegoodcholesterol.html
  hdl: {
    en: 'HDL is the “good” cholesterol that carries extra cholesterol away from your arteries. Higher is usually better.',
    es: 'El HDL es el colesterol “bueno” que retira el exceso de colesterol de las arterias. Por lo general, más alto es mejor.',
  },
  // https://medlineplus.gov/lab-tests/triglycerides-test/
  triglycerides: {
    en: 'Triglycerides are a type of fat in your blood. High levels can raise the risk of heart disease.',
    es: 'Los triglicéridos son un tipo de grasa de la sangre. Un nivel alto puede aumentar el riesgo de enfermedad del corazón.',
  },
  // https://medlineplus.gov/lab-tests/tsh-thyroid-stimulating-hormone-test/
  tsh: {
    en: 'TSH is a hormone that tells your thyroid how much thyroid hormone to make. A high TSH often means an underactive thyroid; a low TSH, an overactive one.',
    es: 'La TSH es una hormona que le indica a la tiroides cuánta hormona producir. Una TSH alta suele indicar tiroides lenta; una baja, tiroides acelerada.',
  },
  // https://medlineplus.gov/lab-tests/thyroxine-t4-test/
  freeT4: {
    en: 'Free T4 is the main hormone your thyroid makes. It helps control how your body uses energy.',
    es: 'La T4 libre es la principal hormona que produce la tiroides. Ayuda a controlar cómo el cuerpo usa la energía.',
  },
  // https://medlineplus.gov/lab-tests/vitamin-d-test/
  vitaminD: {
    en: 'Vitamin D helps your body use calcium to keep bones strong. Low levels are common and can weaken bones.',
    es: 'La vitamina D ayuda al cuerpo a usar el calcio para mantener los huesos fuertes. Un nivel bajo es frecuente y puede debilitar los huesos.',
  },
  // https://medlineplus.gov/lab-tests/prostate-specific-antigen-psa-test/
  psa: {
    en: 'PSA is a protein made by the prostate. A higher level can have many causes, including an enlarged or inflamed prostate, and sometimes cancer.',
    es: 'El PSA es una proteína que produce la próstata. Un nivel más alto puede tener muchas causas, como una próstata agrandada o inflamada, y a veces cáncer.',
  },
  // https://medlineplus.gov/lab-tests/natriuretic-peptide-tests-bnp-nt-probnp/
  ntProBnp: {
    en: 'NT-proBNP is released by the heart when it is under strain. A high level can be a sign of heart failure.',
    es: 'El NT-proBNP lo libera el corazón cuando está sobrecargado. Un nivel alto puede ser señal de insuficiencia cardíaca.',
  },
}

export const METABOLIC_LOINC: Record<string, keyof typeof METABOLIC> = {
  '4548-4': 'a1c', '17856-6': 'a1c', '59261-8': 'a1c',
  '2093-3': 'cholesterol',
  '13457-7': 'ldl', '18262-6': 'ldl', '2089-1': 'ldl',
  '2085-9': 'hdl',
  '2571-8': 'triglycerides',
  '3016-3': 'tsh', '11580-8': 'tsh',
  '3024-7': 'freeT4',
  '62292-8': 'vitaminD', '1989-3': 'vitaminD', '14635-7': 'vitaminD',
  '2857-1': 'psa',
  '33762-6': 'ntProBnp', '30934-4': 'ntProBnp',
}
