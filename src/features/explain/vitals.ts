// Plain words for each vital sign the app recognises, growth measures included. "Other" is a
// measurement of no known kind, so it has no text here and gets the neutral sentence.
import type { VitalKind } from '../../domain/vital-kinds.ts'
import type { Explanation } from './types.ts'

export const VITALS: Partial<Record<VitalKind, Explanation>> = {
  // https://medlineplus.gov/ency/article/007490.htm
  'blood-pressure': {
    en: 'Blood pressure is the force of blood against the walls of your arteries. The top number is when your heart beats, the bottom number is when it rests between beats.',
    es: 'La presión arterial es la fuerza de la sangre contra las paredes de las arterias. El número de arriba es cuando el corazón late; el de abajo, cuando descansa entre latidos.',
  },
  // https://medlineplus.gov/ency/article/003399.htm
  'heart-rate': {
    en: 'Heart rate (pulse) is how many times your heart beats in a minute. For most adults at rest it is between 60 and 100.',
    es: 'La frecuencia cardíaca (pulso) es cuántas veces late el corazón en un minuto. En la mayoría de los adultos en reposo está entre 60 y 100.',
  },
  // https://medlineplus.gov/ency/article/002341.htm
  'resp-rate': {
    en: 'Breathing rate is how many breaths you take in a minute. For adults at rest it is usually 12 to 20.',
    es: 'La frecuencia respiratoria es cuántas veces respira en un minuto. En adultos en reposo suele ser de 12 a 20.',
  },
  // https://medlineplus.gov/ency/article/001982.htm
  temperature: {
    en: 'Body temperature is how warm your body is. A temperature of 38 °C (100.4 °F) or higher is usually a fever.',
    es: 'La temperatura corporal indica qué tan caliente está el cuerpo. Una temperatura de 38 °C (100.4 °F) o más suele ser fiebre.',
  },
  // https://medlineplus.gov/weightcontrol.html
  weight: {
    en: 'Your body weight. Changes over time can matter more than one reading.',
    es: 'El peso del cuerpo. Los cambios con el tiempo pueden importar más que una sola medida.',
  },
  // https://medlineplus.gov/ency/article/002341.htm
  height: {
    en: 'Your height, or a child’s length when measured lying down. It is used to follow growth and to work out BMI.',
    es: 'La estatura, o la longitud de un niño medido acostado. Se usa para seguir el crecimiento y calcular el IMC.',
  },
  // https://medlineplus.gov/ency/article/007196.htm
  bmi: {
    en: 'Body mass index (BMI) compares your weight with your height. For adults, 18.5 to 24.9 is usually called a healthy weight.',
    es: 'El índice de masa corporal (IMC) compara el peso con la estatura. En adultos, de 18.5 a 24.9 suele considerarse un peso saludable.',
  },
  // https://medlineplus.gov/ency/article/003403.htm
  spo2: {
    en: 'Oxygen saturation shows how much of your blood is carrying oxygen, measured with a clip on your finger. Most healthy people are at 95% or higher.',
    es: 'La saturación de oxígeno muestra cuánta sangre lleva oxígeno; se mide con una pinza en el dedo. La mayoría de las personas sanas tienen 95 % o más.',
  },
  // https://www.cdc.gov/growthcharts/index.htm
  'weight-percentile': {
    en: 'This compares a child’s weight with other children of the same age and sex. At the 40th percentile, 40 out of 100 children weigh less.',
    es: 'Compara el peso de un niño con el de otros niños de la misma edad y sexo. En el percentil 40, 40 de cada 100 niños pesan menos.',
  },
  // https://www.cdc.gov/growthcharts/index.htm
  'height-percentile': {
    en: 'This compares a child’s height with other children of the same age and sex. At the 40th percentile, 40 out of 100 children are shorter.',
    es: 'Compara la estatura de un niño con la de otros niños de la misma edad y sexo. En el percentil 40, 40 de cada 100 niños son más bajos.',
  },
  // https://www.cdc.gov/growthcharts/index.htm
  'bmi-percentile': {
    en: 'This compares a child’s BMI with other children of the same age and sex. Between the 5th and 85th percentile is usually called a healthy weight.',
    es: 'Compara el IMC de un niño con el de otros niños de la misma edad y sexo. Entre el percentil 5 y el 85 suele considerarse un peso saludable.',
  },
  // https://www.cdc.gov/growthcharts/index.htm
  'weight-z': {
    en: 'This shows how far a child’s weight is from the average for their age and sex. 0 is average; most children are between −2 and +2.',
    es: 'Muestra qué tan lejos está el peso de un niño del promedio para su edad y sexo. 0 es el promedio; la mayoría está entre −2 y +2.',
  },
  // https://www.cdc.gov/growthcharts/index.htm
  'height-z': {
    en: 'This shows how far a child’s height is from the average for their age and sex. 0 is average; most children are between −2 and +2.',
    es: 'Muestra qué tan lejos está la estatura de un niño del promedio para su edad y sexo. 0 es el promedio; la mayoría está entre −2 y +2.',
  },
  // https://www.cdc.gov/growthcharts/index.htm
  'bmi-z': {
    en: 'This shows how far a child’s BMI is from the average for their age and sex. 0 is average; most children are between −2 and +2.',
    es: 'Muestra qué tan lejos está el IMC de un niño del promedio para su edad y sexo. 0 es el promedio; la mayoría está entre −2 y +2.',
  },
}
