// Typed calls for the rulebook endpoints of docs/api-contract.md.
import { getJson } from './client'
import type { ArticlePage, Rulebook, RulebookSummary, SearchResult } from './types'

const base = '/api/v1/rulebooks'

/** The longest query the server accepts (longer → 400 bad_request). */
export const MAX_QUERY_LENGTH = 200

export function listRulebooks(signal?: AbortSignal): Promise<{ rulebooks: RulebookSummary[] }> {
  return getJson(base, signal)
}

export function getRulebook(id: string, signal?: AbortSignal): Promise<Rulebook> {
  return getJson(`${base}/${encodeURIComponent(id)}`, signal)
}

export function getArticle(id: string, n: number, signal?: AbortSignal): Promise<ArticlePage> {
  return getJson(`${base}/${encodeURIComponent(id)}/articles/${n}`, signal)
}

export function searchRulebook(id: string, q: string, limit = 20, signal?: AbortSignal): Promise<SearchResult> {
  const params = new URLSearchParams({ q, limit: String(limit) })
  return getJson(`${base}/${encodeURIComponent(id)}/search?${params.toString()}`, signal)
}
