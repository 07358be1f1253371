// Patient-portal (MyChart / HealtheLife style) sign-ins for the sandbox login page.
// Every login uses the password "sandbox1" so test scripts and humans need only the username.
import type { PatientLogin } from './types.ts'

const PASSWORD = 'sandbox1'

export const patientLogins: PatientLogin[] = [
  { username: 'lorraine', password: PASSWORD, patientKeys: ['lorraine'], self: 'lorraine' },
  // Mateo is Sofía's father: one login, a record chooser with two records.
  { username: 'mateo', password: PASSWORD, patientKeys: ['mateo', 'sofia'], self: 'mateo' },
  { username: 'sofia', password: PASSWORD, patientKeys: ['sofia'], self: 'sofia' },
  { username: 'walter', password: PASSWORD, patientKeys: ['walter'], self: 'walter' },
  { username: 'hana', password: PASSWORD, patientKeys: ['hana'], self: 'hana' },
  // Sofía's mother is not a patient here, so she signs in as a RelatedPerson proxy.
  {
    username: 'lucia',
    password: PASSWORD,
    patientKeys: ['sofia'],
    relatedPerson: {
      ids: { epic: 'e2rA23M9TMkg7yckWoHJqXh3', cerner: '31065570' },
      name: { given: ['Lucía'], family: 'Morales Vega' },
    },
  },
]

/** Usernames are case-insensitive, as on both vendors' portals. */
export function findLogin(username: string, password: string): PatientLogin | undefined {
  const wanted = username.trim().toLowerCase()
  return patientLogins.find((l) => l.username === wanted && l.password === password)
}
