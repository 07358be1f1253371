// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { preconnectToStoredServer } from './preconnect.ts'

function store(state: unknown) {
  sessionStorage.setItem('SMART_KEY', JSON.stringify('k1'))
  sessionStorage.setItem('k1', typeof state === 'string' ? state : JSON.stringify(state))
}
const hints = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].map((l) => [l.href, l.crossOrigin])

afterEach(() => {
  sessionStorage.clear()
  document.head.querySelectorAll('link[rel="preconnect"]').forEach((l) => l.remove())
})

describe('preconnectToStoredServer', () => {
  it('opens the FHIR server and a token endpoint on another host, each once, in the anonymous pool', () => {
    store({ serverUrl: 'https://fhir-myrecord.example.com/r4/t1', tokenUri: 'https://authorization.example.com/tenants/t1/token' })
    expect(preconnectToStoredServer()).toEqual(['https://fhir-myrecord.example.com', 'https://authorization.example.com'])
    expect(hints()).toEqual([
      ['https://fhir-myrecord.example.com/', 'anonymous'],
      ['https://authorization.example.com/', 'anonymous'],
    ])
  })

  it('one hint when the token endpoint is on the FHIR server\'s host, none for the app\'s own origin', () => {
    store({ serverUrl: 'https://fhir.example.org/api/FHIR/R4', tokenUri: 'https://fhir.example.org/oauth2/token' })
    expect(preconnectToStoredServer()).toEqual(['https://fhir.example.org'])
    sessionStorage.clear()
    document.head.querySelectorAll('link').forEach((l) => l.remove())
    store({ serverUrl: `${window.location.origin}/fhir` })
    expect(preconnectToStoredServer()).toEqual([])
  })

  it('adds nothing without a stored launch, or when what is stored is not a launch', () => {
    expect(preconnectToStoredServer()).toEqual([])
    store('{not json')
    expect(preconnectToStoredServer()).toEqual([])
    store({ serverUrl: 'javascript:alert(1)', tokenUri: 42 })
    expect(preconnectToStoredServer()).toEqual([])
    expect(hints()).toEqual([])
  })

  it('adds nothing, and does not throw, where the frame may not use storage', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    expect(preconnectToStoredServer(document, blocked)).toEqual([])
  })
})
