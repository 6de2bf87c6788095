// Statements reach the reader (issue 9): replies and 已处理 by a reader who
// may answer, 待回复的说明 a page at a time, and 我的记录 as one file.
import { getJson, sendJson } from '@/api/client'
import type { Statement } from '@/api/access'

export interface PendingStatement {
  id: number
  kind: string
  record_id: number
  title: string
  subject: { id: number; name: string }
  org: { id: number; name: string }
  text: string
  time: string
  /** written since the caller last opened that member's page */
  new: boolean
  may: { answer: boolean }
}

export interface PendingPage {
  statements: PendingStatement[]
  new_count: number
  /** cursor of the next page; null: no more */
  next: number | null
}

export const PENDING_PAGE = 50

/** One page of 待回复的说明; `after` is the previous page's `next`. */
export function pendingStatements(after?: number | null, signal?: AbortSignal): Promise<PendingPage> {
  const params = new URLSearchParams({ limit: String(PENDING_PAGE) })
  if (after) params.set('after', String(after))
  return getJson(`/api/v1/statements/pending?${params.toString()}`, signal)
}

/** The header's badge: how many wait (up to 200) and how many are new; shows nothing, so is not audited. */
export function pendingCount(signal?: AbortSignal): Promise<{ count: number; new_count: number; next: number | null }> {
  return getJson('/api/v1/statements/pending?count=1&limit=200', signal)
}

export function replyToStatement(id: number, text: string): Promise<{ statement: Statement }> {
  return sendJson('POST', `/api/v1/statements/${id}/replies`, { text })
}

export function markStatementHandled(id: number): Promise<{ statement: Statement }> {
  return sendJson('POST', `/api/v1/statements/${id}/handled`)
}

export type CopyFormat = 'xlsx' | 'json'

/** 我的记录 whole, as an attachment (PIPL: the right to a copy). */
export function myRecordsExportUrl(format: CopyFormat): string {
  return `/api/v1/me/records/export?format=${format}`
}
