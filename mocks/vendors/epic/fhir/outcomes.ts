// Epic's OperationOutcome issues. Codes, displays and diagnostics follow the recorded
// responses so that clients keyed on the 4xxx/59xxx codes behave as they would against Epic.
import type { OperationOutcome, OperationOutcomeIssue } from 'fhir/r4'
import { OUTCOME_SYSTEM } from './codes.ts'

type Severity = OperationOutcomeIssue['severity']
type IssueCode = OperationOutcomeIssue['code']

function issue(
  severity: Severity,
  code: IssueCode,
  epicCode: string,
  display: string,
  extra: Partial<OperationOutcomeIssue> = {},
): OperationOutcomeIssue {
  return {
    severity,
    code,
    details: { coding: [{ system: OUTCOME_SYSTEM, code: epicCode, display }], text: display },
    ...extra,
  }
}

function at(element: string): Pick<OperationOutcomeIssue, 'location' | 'expression'> {
  return { location: [`/f:${element}`], expression: [element] }
}

export function outcome(...issues: OperationOutcomeIssue[]): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: issues }
}

const PARTIAL_RECORD =
  'This response includes information available to the authorized user at the time of the request. It may not contain the entire record available in the system.'
const SUPPRESSED =
  "The authenticated client's search request applies to a sub-resource that the client is not authorized for. Results of this sub-type will not be returned."

export const issues = {
  /** Patient-facing searches always carry this warning. */
  partialRecord: () => issue('warning', 'processing', '4119', PARTIAL_RECORD),
  noResults: () => issue('warning', 'processing', '4101', 'Resource request returns no results.'),
  /** 59204 on the clinical lists; the 59205 variant on other searches (Patient, Medication). */
  suppressed: (type: string, subType: string, epicCode: '59204' | '59205' = '59204') =>
    issue('warning', 'suppressed', epicCode, SUPPRESSED, {
      diagnostics: `Client not authorized for ${type} - ${subType}. Search results of this type have not been included.`,
    }),
  required: (diagnostics: string, element: string) =>
    issue('fatal', 'required', '59108', 'A required element is missing.', { diagnostics, ...at(element) }),
  invalidValue: (diagnostics: string, element: string) =>
    issue('information', 'value', '59109', 'An element value is invalid.', { diagnostics, ...at(element) }),
  invalidRequired: (element: string) =>
    issue('fatal', 'value', '59111', 'An element value is invalid.', {
      diagnostics: 'Required search parameter is provided but has an invalid value',
      ...at(element),
    }),
  unknownParameter: (name: string) =>
    issue('information', 'informational', '59100', 'Content invalid against the specification or a profile.', {
      diagnostics: `Unknown parameter: ${name.toUpperCase()}. Parameter has been ignored.`,
      ...at(name),
    }),
  demographicsRequired: () =>
    issue('fatal', 'business-rule', '59159', 'Business rule violation.', {
      diagnostics: 'This resource requires demographics or _id parameter for searching.',
      location: ['/f:demographics/_id'],
      expression: ['demographics', '_id'],
    }),
  notFound: () =>
    issue('fatal', 'not-found', '59008', 'The FHIR ID provided was not found.', {
      diagnostics: 'Invalid FHIR ID provided',
      ...at('id'),
    }),
  userNotAllowed: () =>
    issue('fatal', 'processing', '4118', 'The authenticated user is not authorized to view the requested data.'),
}
