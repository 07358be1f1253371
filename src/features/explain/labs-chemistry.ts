// Plain words for the blood chemistry tests (basic and comprehensive metabolic panels, liver and
// kidney tests), keyed by LOINC. Written for a patient leaflet; each cites the public page it follows.
import type { Explanation } from './types.ts'

export const CHEMISTRY: Record<string, Explanation> = {
  // https://medlineplus.gov/lab-tests/blood-glucose-test/
  glucose: {
    en: 'Glucose is the sugar in your blood that gives your body energy. High levels can be a sign of diabetes; low levels can make you shaky or confused.',
    es: 'La glucosa es el azúcar de la sangre que da energía al cuerpo. Un nivel alto puede ser señal de diabetes; uno bajo puede causar temblores o confusión.',
  },
  // https://medlineplus.gov/lab-tests/potassium-blood-test/
  potassium: {
    en: 'Potassium is a mineral that helps your heart and muscles work. Levels that are too high or too low can affect your heartbeat.',
    es: 'El potasio es un mineral que ayuda a que el corazón y los músculos funcionen. Un nivel muy alto o muy bajo puede afectar el ritmo del corazón.',
  },
  // https://medlineplus.gov/lab-tests/sodium-blood-test/
  sodium: {
    en: 'Sodium is a salt that keeps the right amount of water in your body and helps nerves and muscles work.',
    es: 'El sodio es una sal que mantiene la cantidad correcta de agua en el cuerpo y ayuda a los nervios y músculos.',
  },
  // https://medlineplus.gov/lab-tests/chloride-blood-test/
  chloride: {
    en: 'Chloride is a salt that works with sodium to keep your body’s fluids in balance.',
    es: 'El cloruro es una sal que trabaja con el sodio para mantener el equilibrio de los líquidos del cuerpo.',
  },
  // https://medlineplus.gov/lab-tests/carbon-dioxide-co2-in-blood/
  bicarbonate: {
    en: 'This measures bicarbonate (carbon dioxide) in your blood, which keeps your blood from becoming too acidic.',
    es: 'Mide el bicarbonato (dióxido de carbono) en la sangre, que evita que la sangre se vuelva demasiado ácida.',
  },
  // https://medlineplus.gov/lab-tests/bun-blood-urea-nitrogen/
  bun: {
    en: 'Urea nitrogen is a waste product your kidneys remove from the blood. It helps show how well your kidneys are working.',
    es: 'El nitrógeno ureico es un desecho que los riñones eliminan de la sangre. Ayuda a ver qué tan bien funcionan los riñones.',
  },
  // https://medlineplus.gov/lab-tests/creatinine-test/
  creatinine: {
    en: 'Creatinine is a waste product from your muscles that your kidneys filter out. A high level can mean your kidneys are not filtering as well as they should.',
    es: 'La creatinina es un desecho de los músculos que los riñones filtran. Un nivel alto puede indicar que los riñones no filtran tan bien como deberían.',
  },
  // https://medlineplus.gov/lab-tests/glomerular-filtration-rate-gfr-test/
  egfr: {
    en: 'eGFR estimates how much blood your kidneys clean each minute. A lower number means the kidneys are working less well.',
    es: 'La TFGe calcula cuánta sangre limpian los riñones cada minuto. Un número más bajo significa que los riñones funcionan peor.',
  },
  // https://medlineplus.gov/lab-tests/calcium-blood-test/
  calcium: {
    en: 'Calcium is a mineral your bones, heart, muscles and nerves need to work well.',
    es: 'El calcio es un mineral que necesitan los huesos, el corazón, los músculos y los nervios para funcionar bien.',
  },
  // https://medlineplus.gov/lab-tests/magnesium-blood-test/
  magnesium: {
    en: 'Magnesium is a mineral that helps your muscles, nerves and heart work.',
    es: 'El magnesio es un mineral que ayuda a los músculos, los nervios y el corazón.',
  },
  // https://medlineplus.gov/lab-tests/phosphate-in-blood/
  phosphorus: {
    en: 'Phosphate is a mineral that works with calcium to build strong bones and teeth.',
    es: 'El fosfato es un mineral que trabaja con el calcio para formar huesos y dientes fuertes.',
  },
  // https://medlineplus.gov/lab-tests/total-protein-and-albumin-globulin-a-g-ratio/
  protein: {
    en: 'Total protein measures the proteins in your blood, which help fight infection and keep you healthy. It can reflect your nutrition and liver or kidney health.',
    es: 'La proteína total mide las proteínas de la sangre, que ayudan a combatir infecciones. Puede reflejar la nutrición y la salud del hígado o los riñones.',
  },
  // https://medlineplus.gov/lab-tests/albumin-blood-test/
  albumin: {
    en: 'Albumin is a protein made by your liver that keeps fluid from leaking out of your blood vessels.',
    es: 'La albúmina es una proteína que produce el hígado y que evita que el líquido salga de los vasos sanguíneos.',
  },
  // https://medlineplus.gov/lab-tests/bilirubin-blood-test/
  bilirubin: {
    en: 'Bilirubin is a yellow substance made when old red blood cells break down. High levels can be a sign of a liver problem.',
    es: 'La bilirrubina es una sustancia amarilla que se forma cuando se descomponen los glóbulos rojos viejos. Un nivel alto puede indicar un problema del hígado.',
  },
  // https://medlineplus.gov/lab-tests/alkaline-phosphatase/
  alp: {
    en: 'Alkaline phosphatase is an enzyme found mostly in the liver and bones. High levels can point to a liver or bone problem.',
    es: 'La fosfatasa alcalina es una enzima que está sobre todo en el hígado y los huesos. Un nivel alto puede indicar un problema del hígado o de los huesos.',
  },
  // https://medlineplus.gov/lab-tests/alt-blood-test/
  alt: {
    en: 'ALT is an enzyme found mainly in the liver. A high level can mean the liver is irritated or damaged.',
    es: 'La ALT es una enzima que está sobre todo en el hígado. Un nivel alto puede indicar que el hígado está irritado o dañado.',
  },
  // https://medlineplus.gov/lab-tests/ast-test/
  ast: {
    en: 'AST is an enzyme found in the liver and muscles. A high level can mean liver or muscle damage.',
    es: 'La AST es una enzima que está en el hígado y los músculos. Un nivel alto puede indicar daño del hígado o de los músculos.',
  },
  // https://medlineplus.gov/lab-tests/gamma-glutamyl-transferase-ggt-test/
  ggt: {
    en: 'GGT is a liver enzyme. A high level can be a sign of liver or bile duct problems, or of alcohol use.',
    es: 'La GGT es una enzima del hígado. Un nivel alto puede indicar problemas del hígado o de las vías biliares, o consumo de alcohol.',
  },
  // https://medlineplus.gov/lab-tests/uric-acid-test/
  uricAcid: {
    en: 'Uric acid is a waste product in your blood. Too much can cause gout or kidney stones.',
    es: 'El ácido úrico es un desecho de la sangre. Si hay demasiado, puede causar gota o cálculos en los riñones.',
  },
}

/** LOINC → explanation; several codes for one analyte (method or specimen) share one text. */
export const CHEMISTRY_LOINC: Record<string, keyof typeof CHEMISTRY> = {
  '2345-7': 'glucose', '2339-0': 'glucose', '41653-7': 'glucose',
  '2823-3': 'potassium', '6298-4': 'potassium',
  '2951-2': 'sodium', '2947-0': 'sodium',
  '2075-0': 'chloride',
  '2028-9': 'bicarbonate', '1963-8': 'bicarbonate',
  '3094-0': 'bun', '6299-2': 'bun',
  '2160-0': 'creatinine', '38483-4': 'creatinine',
  '62238-1': 'egfr', '98979-8': 'egfr', '33914-3': 'egfr', '48642-3': 'egfr', '48643-1': 'egfr',
  '17861-6': 'calcium',
  '19123-9': 'magnesium',
  '2777-1': 'phosphorus',
  '2885-2': 'protein',
  '1751-7': 'albumin',
  '1975-2': 'bilirubin',
  '6768-6': 'alp',
  '1742-6': 'alt', '1743-4': 'alt',
  '1920-8': 'ast',
  '2324-2': 'ggt',
  '3084-1': 'uricAcid',
}
