import type { OperationOutcome } from 'fhir/r4'
import { describe, expect, it } from 'vitest'
import { challengeText, correlationIdOf, errorFromResponse, FhirError, isAbortError, isFhirError, isOperationOutcome, kindForStatus, malformed, outcomeFromXml, outcomeText } from './errors.ts'

describe('kindForStatus', () => {
  it.each([
    [401, 'unauthorized'], [403, 'forbidden'], [404, 'not-found'], [410, 'not-found'], [406, 'not-acceptable'], [415, 'not-acceptable'],
    [408, 'timeout'], [429, 'server'], [500, 'server'], [503, 'server'], [499, 'bad-request'], [400, 'bad-request'], [409, 'bad-request'],
  ] as const)('%i → %s', (status, kind) => {
    expect(kindForStatus(status)).toBe(kind)
  })
})

describe('outcomeText', () => {
  it('puts the most severe issue first, prefers diagnostics, then details text, then the first coding display, and says each once', () => {
    const oo: OperationOutcome = {
      resourceType: 'OperationOutcome',
      issue: [
        { severity: 'information', code: 'informational', diagnostics: 'Just so you know' },
        { severity: 'warning', code: 'processing', diagnostics: '  ', details: { text: ' Partial results ' } },
        { severity: 'error', code: 'processing', details: { coding: [{ display: 'Coded error' }, { display: 'second' }] } },
        { severity: 'fatal', code: 'exception', diagnostics: ' Server fell over ' },
        { severity: 'error', code: 'processing', diagnostics: 'Server fell over' },
        { severity: 'bogus' as 'error', code: 'processing', diagnostics: 'Odd severity' },
        { severity: 'error', code: 'processing' },
      ],
    }
    expect(outcomeText(oo)).toBe('Server fell over; Coded error; Partial results; Just so you know; Odd severity')
  })

  it('is undefined when no issue has any text', () => {
    expect(outcomeText({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing' }] })).toBeUndefined()
    expect(outcomeText({ resourceType: 'OperationOutcome' } as OperationOutcome)).toBeUndefined()
    expect(outcomeText({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing', details: {} }, { severity: 'error', code: 'processing', details: { coding: [] } }] })).toBeUndefined()
  })
})

describe('challengeText', () => {
  it('reads error_description, else error, from a Bearer challenge, in any case', () => {
    expect(challengeText('Bearer realm="x", ERROR="invalid_token", Error_Description="Token expired"')).toBe('Token expired')
    expect(challengeText('Bearer error="insufficient_scope"')).toBe('insufficient_scope')
    expect(challengeText('Bearer error_description="", error="invalid_token"')).toBe('invalid_token')
    expect(challengeText('Bearer realm="x"')).toBeUndefined()
    expect(challengeText('')).toBeUndefined()
    expect(challengeText(null)).toBeUndefined()
  })
})

describe('correlationIdOf', () => {
  it('takes the first plain id among the known headers, in their order', () => {
    expect(correlationIdOf(new Headers({ 'x-request-id': 'r-2', 'x-correlation-id': ' c-1 ' }))).toBe('c-1')
    expect(correlationIdOf(new Headers({ 'opc-request-id': 'ABC/123@host:9+x=y.z' }))).toBe('ABC/123@host:9+x=y.z')
    expect(correlationIdOf(new Headers({ 'x-amzn-requestid': 'amzn-1' }))).toBe('amzn-1')
  })

  it('skips ids that are not short and plain (server-controlled text is not shown as is)', () => {
    expect(correlationIdOf(new Headers({ 'x-correlation-id': '<script>', 'request-id': 'ok-1' }))).toBe('ok-1')
    expect(correlationIdOf(new Headers({ 'x-correlation-id': 'a'.repeat(129) }))).toBeUndefined()
    expect(correlationIdOf(new Headers({ 'x-correlation-id': 'a'.repeat(128) }))).toBe('a'.repeat(128))
    expect(correlationIdOf(new Headers({ 'x-correlation-id': 'two words' }))).toBeUndefined()
    expect(correlationIdOf(new Headers())).toBeUndefined()
  })
})

describe('outcomeFromXml', () => {
  it('reads severity, code, diagnostics and details text of each issue, decoding entities', () => {
    const xml = `<OperationOutcome xmlns="http://hl7.org/fhir">
      <issue><severity value="warning"/><code value="processing"/><diagnostics value="a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#233; &#x263A;"/></issue>
      <issue><details><text value="Only details"/></details></issue>
    </OperationOutcome>`
    expect(outcomeFromXml(xml)).toEqual({
      resourceType: 'OperationOutcome',
      issue: [
        { severity: 'warning', code: 'processing', diagnostics: 'a <b> & "c" \'d\' é ☺' },
        { severity: 'error', code: 'unknown', details: { text: 'Only details' } },
      ],
    })
  })

  it('is undefined for other XML and for an outcome without issues', () => {
    expect(outcomeFromXml('<Bundle><entry/></Bundle>')).toBeUndefined()
    expect(outcomeFromXml('<OperationOutcomeX/>')).toBeUndefined()
    expect(outcomeFromXml('<OperationOutcome></OperationOutcome>')).toBeUndefined()
  })
})

describe('errorFromResponse', () => {
  const none = new Headers()

  it('uses the page title of an HTML answer, else its first heading, else the status line', () => {
    expect(errorFromResponse(502, 'Bad Gateway', none, '<html><title> Gateway &amp; proxy </title><h1>Other</h1></html>').message).toBe('Gateway & proxy')
    expect(errorFromResponse(502, 'Bad Gateway', none, '<html><body><h2>Upstream down</h2></body></html>').message).toBe('Upstream down')
    expect(errorFromResponse(502, 'Bad Gateway', none, '<html><body><p>nothing</p></body></html>').message).toBe('HTTP 502 Bad Gateway')
    expect(errorFromResponse(502, '', none, '<html></html>').message).toBe('HTTP 502')
  })

  it('keeps a short plain-text body, but not a long one', () => {
    expect(errorFromResponse(500, 'Internal Server Error', none, ' Database unavailable ').message).toBe('Database unavailable')
    expect(errorFromResponse(500, 'Internal Server Error', none, 'x'.repeat(200)).message).toBe('x'.repeat(200))
    expect(errorFromResponse(500, 'Internal Server Error', none, 'x'.repeat(201)).message).toBe('HTTP 500 Internal Server Error')
  })

  it('JSON that is not an OperationOutcome, or an outcome without text, falls back to the challenge or status line', () => {
    const challenge = new Headers({ 'www-authenticate': 'Bearer error="invalid_token"' })
    expect(errorFromResponse(401, 'Unauthorized', challenge, '{"error":"nope"}').message).toBe('invalid_token')
    const silent = errorFromResponse(400, 'Bad Request', none, '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid"}]}')
    expect(silent.message).toBe('HTTP 400 Bad Request')
    expect(silent.outcome?.issue[0]?.code).toBe('invalid')
    expect(errorFromResponse(500, 'Internal Server Error', none, 'null').message).toBe('HTTP 500 Internal Server Error')
    expect(errorFromResponse(500, 'Internal Server Error', none, '{ "broken": ').message).toBe('HTTP 500 Internal Server Error (unreadable error body)')
  })

  it('an XML outcome without text keeps the outcome and says the status line', () => {
    const e = errorFromResponse(422, 'Unprocessable', none, '<OperationOutcome><issue><severity value="error"/></issue></OperationOutcome>')
    expect(e.message).toBe('HTTP 422 Unprocessable')
    expect(e.outcome?.issue).toHaveLength(1)
  })

  it('carries status, kind, url and the correlation id', () => {
    const e = errorFromResponse(404, 'Not Found', new Headers({ 'x-request-id': 'abc' }), '', 'https://fhir.example/Patient/1')
    expect(e).toBeInstanceOf(FhirError)
    expect(e).toMatchObject({ name: 'FhirError', status: 404, kind: 'not-found', url: 'https://fhir.example/Patient/1', correlationId: 'abc', message: 'HTTP 404 Not Found' })
    expect(errorFromResponse(404, 'Not Found', none, '')).not.toHaveProperty('correlationId', expect.anything())
  })
})

describe('small predicates', () => {
  it('tells a FhirError, an abort and an OperationOutcome from anything else', () => {
    expect(isFhirError(malformed(200, 'cut off'))).toBe(true)
    expect(isFhirError(new Error('x'))).toBe(false)
    expect(malformed(200, 'xml', 'u', 'wrong-format')).toMatchObject({ kind: 'wrong-format', status: 200, url: 'u', message: 'xml' })
    expect(malformed(200, 'cut off').kind).toBe('malformed')
    expect(isAbortError(new DOMException('stop', 'AbortError'))).toBe(true)
    expect(isAbortError({ name: 'TimeoutError' })).toBe(false)
    expect(isAbortError(null)).toBe(false)
    expect(isAbortError('AbortError')).toBe(false)
    expect(isOperationOutcome({ resourceType: 'OperationOutcome' })).toBe(true)
    expect(isOperationOutcome({ resourceType: 'Bundle' })).toBe(false)
    expect(isOperationOutcome(null)).toBe(false)
    expect(isOperationOutcome('OperationOutcome')).toBe(false)
  })
})
