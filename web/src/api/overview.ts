// The committee overview (issue 11): counts by organisation over its whole
// subtree, by month of a year and open now; nobody is named in any answer.
import { getJson } from '@/api/client'

export interface OverviewIndicator {
  id: string
  label: string
  topic: string
  /** the articles it serves, through the rulebook's topics */
  articles: number[]
  measure: 'by_month' | 'open_now'
  /** false: its kind of record has not arrived; `pending` says what brings its numbers */
  available: boolean
  pending?: string
  kind?: { id: string; title: string }
  states?: Array<{ id: string; name: string }>
  months?: number[]
  total?: number
  count?: number
  overdue?: number
}

export interface Overview {
  org: { id: number; name: string; type: string }
  year: number
  months: string[]
  children: number
  indicators: OverviewIndicator[]
  due: Array<{ indicator: string; label: string; count: number; overdue: number }>
  missing: Array<{ indicator: string; label: string }>
}

export interface ChildOverview {
  id: number
  name: string
  type: string
  active: boolean
  children: number
  indicators: OverviewIndicator[]
}

export function overview(org: number, year: number, signal?: AbortSignal): Promise<Overview> {
  return getJson(`/api/v1/overview?org=${org}&year=${year}`, signal)
}

export function overviewChildren(
  org: number,
  year: number,
  after?: string | null,
  signal?: AbortSignal,
): Promise<{ organisations: ChildOverview[]; next: string | null; total: number }> {
  const params = new URLSearchParams({ org: String(org), year: String(year), limit: '50' })
  if (after) params.set('after', after)
  return getJson(`/api/v1/overview/children?${params}`, signal)
}

export function overviewExportUrl(org: number, year: number): string {
  return `/api/v1/overview/export?org=${org}&year=${year}`
}

/** A yearly plan or report of a branch, as the roll-up shows it (no people). */
export interface BranchDocument {
  id: number
  state: string
  state_name: string
  updated: string
}

export interface BranchReport {
  id: number
  name: string
  type: string
  active: boolean
  reported: boolean
  report: BranchDocument | null
  plan: BranchDocument | null
}

/** The 党支部 of org's subtree and whether each has submitted its year-end report (missing: only those that have not). */
export function overviewReports(
  org: number,
  year: number,
  missing: boolean,
  after?: string | null,
  signal?: AbortSignal,
): Promise<{ organisations: BranchReport[]; next: string | null; total: number }> {
  const params = new URLSearchParams({ org: String(org), year: String(year), limit: '50', missing: missing ? '1' : '0' })
  if (after) params.set('after', after)
  return getJson(`/api/v1/overview/reports?${params}`, signal)
}
