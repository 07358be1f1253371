// Epic's error answers. Token and API-enablement failures have empty bodies (only the
// WWW-Authenticate header says why); unrouted types get IIS's HTML 404 page, not FHIR.
import type { OperationOutcomeIssue } from 'fhir/r4'
import { NO_CACHE, respond } from './negotiate.ts'
import { issues, outcome } from './outcomes.ts'

/** A bad token: the body is the two characters `""` labelled as JSON, as recorded. */
export function unauthorized(): Response {
  return new Response('""', {
    status: 401,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'www-authenticate': 'Bearer error="invalid_token", error_description="The access token provided is not valid"',
      'cache-control': NO_CACHE,
    },
  })
}

export function forbidden(): Response {
  return new Response(null, {
    status: 403,
    headers: {
      'www-authenticate':
        'Bearer error="insufficient_scope", error_description="The access token provided is valid, but is not authorized for this service"',
      'cache-control': NO_CACHE,
    },
  })
}

const IIS_404 = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <fieldset><h2>404 - File or directory not found.</h2>
 <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
 </fieldset>
</div>
</body>
</html>
`

export function unknownType(): Response {
  return new Response(IIS_404, { status: 404, headers: { 'content-type': 'text/html' } })
}

export function notFound(req: Request): Response {
  return respond(req, 404, outcome(issues.notFound()))
}

export function userNotAllowed(req: Request): Response {
  return respond(req, 403, outcome(issues.userNotAllowed()))
}

/** Epic's pair for a bad parameter value: 59109 (information) then 59111 (fatal). */
export function invalidParam(req: Request, element: string, diagnostics: string): Response {
  return badRequest(req, issues.invalidValue(diagnostics, element), issues.invalidRequired(element))
}

export function badRequest(req: Request, ...problems: OperationOutcomeIssue[]): Response {
  return respond(req, 400, outcome(...problems))
}
