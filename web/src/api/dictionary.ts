// Organisation dictionaries (保密词表): the terms self-check looks for on
// behalf of an organisation, readable by every member they apply to.
import type { Org } from './access'
import { getJson, sendJson } from './client'

export interface DictionaryTerm {
  term: string
  note: string
}

export interface OrgDictionary {
  /** null for an organisation above what the user may read: its terms apply, its name is not shown */
  org: Org | null
  inherited: boolean
  terms: DictionaryTerm[]
  updated_at: string | null
  updated_by: string | null
}

export interface OrgDictionaryPage extends OrgDictionary {
  may: { edit: boolean }
}

export function dictionaryOwner(d: OrgDictionary): string {
  return d.org?.name ?? '上级党组织'
}

export interface MyDictionaries {
  dictionaries: OrgDictionary[]
  term_count: number
}

export const MAX_TERMS = 1000
export const MAX_TERM_CHARS = 50
export const MAX_NOTE_CHARS = 200

export function myDictionaries(signal?: AbortSignal): Promise<MyDictionaries> {
  return getJson<MyDictionaries>('/api/v1/me/dictionary', signal)
}

export function getOrgDictionary(org: number, signal?: AbortSignal): Promise<OrgDictionaryPage> {
  return getJson<OrgDictionaryPage>(`/api/v1/organisations/${org}/dictionary`, signal)
}

export function saveOrgDictionary(org: number, terms: DictionaryTerm[]): Promise<OrgDictionaryPage> {
  return sendJson<OrgDictionaryPage>('PUT', `/api/v1/organisations/${org}/dictionary`, { terms })
}
