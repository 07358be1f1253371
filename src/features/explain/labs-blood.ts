// Plain words for blood count, clotting and iron tests, keyed by LOINC. Each cites the public page
// it follows.
import type { Explanation } from './types.ts'

export const BLOOD: Record<string, Explanation> = {
  // https://medlineplus.gov/lab-tests/hemoglobin-test/
  hemoglobin: {
    en: 'Hemoglobin is the protein in red blood cells that carries oxygen. A low level is called anemia and can make you feel tired.',
    es: 'La hemoglobina es la proteína de los glóbulos rojos que lleva el oxígeno. Un nivel bajo se llama anemia y puede causar cansancio.',
  },
  // https://medlineplus.gov/lab-tests/hematocrit-test/
  hematocrit: {
    en: 'Hematocrit is the share of your blood made up of red blood cells. A low share can be a sign of anemia.',
    es: 'El hematocrito es la parte de la sangre formada por glóbulos rojos. Un valor bajo puede ser señal de anemia.',
  },
  // https://medlineplus.gov/lab-tests/red-blood-cell-rbc-count/
  rbc: {
    en: 'Red blood cells carry oxygen from your lungs to the rest of your body. This counts how many you have.',
    es: 'Los glóbulos rojos llevan el oxígeno de los pulmones al resto del cuerpo. Esta prueba cuenta cuántos tiene.',
  },
  // https://medlineplus.gov/lab-tests/red-blood-cell-indices/
  mcv: {
    en: 'MCV is the average size of your red blood cells. It helps find the cause of anemia.',
    es: 'El VCM es el tamaño promedio de los glóbulos rojos. Ayuda a encontrar la causa de una anemia.',
  },
  // https://medlineplus.gov/lab-tests/white-blood-count-wbc/
  wbc: {
    en: 'White blood cells fight infection. A high count can be a sign of infection or inflammation; a low count can make infections more likely.',
    es: 'Los glóbulos blancos combaten las infecciones. Un número alto puede indicar infección o inflamación; uno bajo puede facilitar las infecciones.',
  },
  // https://medlineplus.gov/lab-tests/platelet-tests/
  platelets: {
    en: 'Platelets are tiny blood cells that help your blood clot. Too few can cause easy bleeding or bruising.',
    es: 'Las plaquetas son células muy pequeñas que ayudan a coagular la sangre. Si hay pocas, puede sangrar o tener moretones con facilidad.',
  },
  // https://medlineplus.gov/lab-tests/prothrombin-time-test-and-inr-ptinr/
  inr: {
    en: 'INR shows how long your blood takes to clot. It is used to check blood thinners such as warfarin.',
    es: 'El INR muestra cuánto tarda la sangre en coagular. Se usa para controlar anticoagulantes como la warfarina.',
  },
  // https://medlineplus.gov/lab-tests/ferritin-blood-test/
  ferritin: {
    en: 'Ferritin shows how much iron your body has stored. A low level can mean low iron.',
    es: 'La ferritina muestra cuánto hierro tiene guardado el cuerpo. Un nivel bajo puede indicar falta de hierro.',
  },
  // https://medlineplus.gov/lab-tests/vitamin-b-levels/
  b12: {
    en: 'Vitamin B12 helps make red blood cells and keeps nerves healthy.',
    es: 'La vitamina B12 ayuda a producir glóbulos rojos y mantiene sanos los nervios.',
  },
  // https://medlineplus.gov/lab-tests/c-reactive-protein-crp-test/
  crp: {
    en: 'C-reactive protein rises when there is inflammation in the body, for example from an infection.',
    es: 'La proteína C reactiva sube cuando hay inflamación en el cuerpo, por ejemplo por una infección.',
  },
  // https://medlineplus.gov/lab-tests/lead-test/
  lead: {
    en: 'This measures lead in the blood. Lead is a poison, and even small amounts can harm a child’s growth and learning.',
    es: 'Mide el plomo en la sangre. El plomo es tóxico, e incluso poca cantidad puede dañar el crecimiento y el aprendizaje de un niño.',
  },
}

export const BLOOD_LOINC: Record<string, keyof typeof BLOOD> = {
  '718-7': 'hemoglobin',
  '4544-3': 'hematocrit', '20570-8': 'hematocrit',
  '789-8': 'rbc',
  '787-2': 'mcv',
  '6690-2': 'wbc', '26464-8': 'wbc',
  '777-3': 'platelets', '26515-7': 'platelets',
  '6301-6': 'inr', '34714-6': 'inr',
  '2276-4': 'ferritin',
  '2132-9': 'b12',
  '1988-5': 'crp', '30522-7': 'crp',
  '5671-3': 'lead', '77307-7': 'lead',
}
