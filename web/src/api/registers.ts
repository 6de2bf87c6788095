// The registers (issue 10): record kinds of the workflow core, a member's own
// records, the branch's register, one record with its history, transitions,
// and 待办. The server decides everything (who may, what is valid); the UI
// shows what it is told.
import { ApiError, getJson, sendJson } from '@/api/client'
import type { StatementThread } from '@/api/access'

export interface KindField {
  id: string
  label: string
  /** money: yuan as text ("35.50"), at most `max_value`; records: ids of other records, comma-separated */
  type: 'line' | 'text' | 'url' | 'date' | 'choice' | 'money' | 'articles' | 'records'
  required: boolean
  max_chars: number
  max_value?: number
  choices: Array<{ id: string; label: string }>
  /** values the regulation forbids, refused by the server with the article (以职务身份开展网络借贷) */
  refused?: Array<{ id: string; label: string; message: string; articles: number[] }>
  not_after_today: boolean
  hint: string
  /** records: the kind and state each cited record must have (a confirmed contribution) */
  ref_kind?: string
  ref_state?: string
  /** a self-review's chapter of the rulebook in force (the label names it) */
  chapter?: number
}

export interface KindState {
  id: string
  name: string
  waiting_for: string[]
  due_days: number
  /** due again this many months after entering it (a yearly re-confirmation: 12) */
  due_months?: number
  /** shown in 待办 only from this many months before it is due */
  notice_months?: number
}

export interface KindTransition {
  verb: string
  name: string
  /** "" for the record's creation */
  from: string
  to: string
  /** role ids that may make it ("member": the record's subject) */
  by: string[]
  reason_required: boolean
  /** new values of the record's own fields (the creation, a fix) */
  carries_fields: boolean
  /** fields of the step's own (a forward's department and day), kept in the history */
  fields: KindField[]
  /** when not empty, the only fields of the record it changes (a link recorded on publication) */
  only_fields: string[]
}

export interface RecordKind {
  id: string
  title: string
  /** the short name the 登记与申报 section links it by */
  short_title: string
  /** what the form is for, and what happens after it is submitted */
  purpose: string
  next_steps: string
  /** the field lists show as the record's title, and the one that dates it */
  title_field: string
  /** what its records are about: a member, or an organisation (a session, a report) */
  subject: 'member' | 'organisation'
  /** made by a role (a secretary records it about a member, or for an organisation), not by the member themself */
  created_by_role: boolean
  date_field: string
  /** only cadres (the roster's 是否党员干部) create it */
  cadres_only: boolean
  /** ... except a record whose `field` is `value` (an account the organisation runs) */
  cadres_exempt?: { field: string; value: string } | null
  /** a kind never made by POST /api/v1/records/{kind} (attendance: from the session's roster): the route that makes it */
  made_by_route?: string | null
  topics: string[]
  articles: number[]
  rulebook: string | null
  readers: string[]
  count_readers: string[]
  fields: KindField[]
  states: KindState[]
  transitions: KindTransition[]
}

export interface RecordSummary {
  id: number
  kind: string
  title: string
  state: string
  state_name: string
  fields: Record<string, string>
  date: string
  due: string | null
  overdue: boolean
  /** the member it is about; null for an organisation's record (a session, a report) */
  subject: { id: number; name: string } | null
  org: { id: number; name: string }
  created: string
  updated: string
  version: number
  mine: boolean
  may: { verbs: Array<{ verb: string; name: string }>; answer?: boolean }
  /** a year-end report: the organisation's figures for the year, frozen when it was (re)submitted; else null */
  figures?: FrozenFigures | null
}

/** One overview indicator as a yearly report froze it: a number only where records exist behind it. */
export interface FrozenFigure {
  id: string
  label: string
  topic: string
  measure: 'by_month' | 'open_now'
  available: boolean
  total?: number
  count?: number
  overdue?: number
  pending?: string
}

export interface FrozenFigures {
  year: number
  computed_on: string
  indicators: FrozenFigure[]
}

export interface RecordStep {
  position: number
  verb: string
  verb_name: string
  from: string
  from_name: string
  to: string
  to_name: string
  actor: { name: string; mine: boolean }
  role: string
  role_name: string
  reason: string
  /** the values the step carried: the record's fields (creation, fix) or the step's own */
  fields: Record<string, string> | null
  time: string
}

/** A file kept with a record: the cleaned copy, and what cleaning removed. */
export interface RecordAttachment {
  position: number
  name: string
  content_type: string
  size: number
  removed: string[]
  by: { name: string; mine: boolean }
  role: string
  time: string
  url: string
}

/** The self-check run kept with a step of a record whose kind checks its drafts (组织发布审核). */
export interface KeptCheck {
  step: number
  time: string
  report: {
    files?: Array<{
      path: string
      findings: Array<{ detector: string; excerpt: string; suggestion: string; article: number | null }>
      error?: string
    }>
  }
}

export interface RecordDetail extends RecordSummary {
  history: RecordStep[]
  statements: StatementThread[]
  attachments: RecordAttachment[]
  attachments_max: number
  /** Absent for a kind that keeps none; null for a reader who may not read them. */
  checks?: KeptCheck[] | null
  may: RecordSummary['may'] & { attach?: boolean }
}

export interface TodoItem extends RecordSummary {
  waiting_for: string
  waiting_for_name: string
  escalated?: boolean
}

/** Errors by field, as the server names them; "" is the form as a whole. */
export function fieldErrorsOf(e: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (e instanceof ApiError && e.body && typeof e.body === 'object' && 'field_errors' in e.body) {
    const list = (e.body as { field_errors: unknown }).field_errors
    if (Array.isArray(list)) {
      for (const x of list) {
        const field = String(x?.field ?? '')
        if (!(field in out)) out[field] = String(x?.message ?? '')
      }
    }
  }
  return out
}

let kindsOnce: Promise<{ kinds: RecordKind[] }> | null = null

/** The kinds, asked once per page load (they change only with the server). */
export function recordKinds(): Promise<{ kinds: RecordKind[] }> {
  if (!kindsOnce) {
    kindsOnce = getJson<{ kinds: RecordKind[] }>('/api/v1/records/kinds').catch((e: unknown) => {
      kindsOnce = null
      throw e
    })
  }
  return kindsOnce
}

/** Whom or what a record made by a role is about: a member of the branch, or an organisation. */
export interface RecordTarget {
  subject?: number
  org?: number
}

export function submitRecord(kind: string, fields: Record<string, string>, target: RecordTarget = {}): Promise<{ record: RecordSummary }> {
  return sendJson('POST', `/api/v1/records/${encodeURIComponent(kind)}`, { fields, ...target })
}

export function myRegister(
  kind: string,
  after?: string | null,
): Promise<{ records: RecordSummary[]; next: string | null; counts: Array<{ state: string; state_name: string; count: number }> }> {
  const params = new URLSearchParams({ limit: '50' })
  if (after) params.set('after', after)
  return getJson(`/api/v1/me/registers/${encodeURIComponent(kind)}?${params.toString()}`)
}

export interface RegisterFilter {
  org?: number | null
  state?: string
  from?: string
  to?: string
  /** one member's records (a nomination's evidence picker): no total is given */
  subject?: number | null
}

function filterParams(f: RegisterFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (f.org) params.set('org', String(f.org))
  if (f.state) params.set('state', f.state)
  if (f.from) params.set('from', f.from)
  if (f.to) params.set('to', f.to)
  if (f.subject) params.set('subject', String(f.subject))
  return params
}

export function registerPage(
  kind: string,
  f: RegisterFilter,
  after?: string | null,
): Promise<{ records: RecordSummary[]; next: string | null; total: number }> {
  const params = filterParams(f)
  params.set('limit', '50')
  if (after) params.set('after', after)
  return getJson(`/api/v1/records/${encodeURIComponent(kind)}?${params.toString()}`)
}

export function registerExportUrl(kind: string, f: RegisterFilter, format: 'xlsx' | 'csv' = 'xlsx'): string {
  const params = filterParams(f)
  params.set('format', format)
  return `/api/v1/records/${encodeURIComponent(kind)}/export?${params.toString()}`
}

export function readRecord(kind: string, id: number): Promise<{ record: RecordDetail }> {
  return getJson(`/api/v1/records/${encodeURIComponent(kind)}/${id}`)
}

export function transition(
  kind: string,
  id: number,
  body: { verb: string; reason?: string; fields?: Record<string, string>; version: number },
): Promise<{ record: RecordDetail }> {
  return sendJson('POST', `/api/v1/records/${encodeURIComponent(kind)}/${id}/transitions`, body)
}

export interface KindCount {
  kind: string
  title: string
  state: string
  state_name: string
  count: number
  /** of them, due before today */
  overdue: number
}

/** Counts by kind and state over what the caller reads or counts (numbers only, nobody named). */
export function recordCounts(): Promise<{ counts: KindCount[] }> {
  return getJson('/api/v1/records/counts')
}

/** The caller's yearly "nothing changed" on all their records of the kind that await it (accounts). */
export function confirmAll(kind: string): Promise<{ confirmed: number; records: RecordSummary[] }> {
  return sendJson('POST', `/api/v1/records/${encodeURIComponent(kind)}/confirm-all`, {})
}

export function todo(): Promise<{ items: TodoItem[]; more: boolean; today: string }> {
  return getJson('/api/v1/todo')
}

/** Adds files to a record (multipart/form-data); the server cleans each before storing it. */
export function uploadAttachments(
  kind: string,
  id: number,
  files: File[],
): Promise<{ attachments: RecordAttachment[]; notice: string }> {
  const form = new FormData()
  for (const f of files) form.append('file', f, f.name)
  return sendJson('POST', `/api/v1/records/${encodeURIComponent(kind)}/${id}/attachments`, form)
}

// ---- 学习教育 (issue 11) ------------------------------------------------------------

export type AttendanceStatus = 'present' | 'excused' | 'absent'

export interface AttendanceEntry {
  member: number
  status: AttendanceStatus
  reason?: string
}

/** The whole roster of the session's branch at once; the server checks every member is on it once. */
export function recordAttendance(
  session: number,
  attendance: AttendanceEntry[],
  version?: number,
): Promise<{ session: number; recorded: number; present: number; excused: number; absent: number }> {
  return sendJson('POST', `/api/v1/education/sessions/${session}/attendance`, { attendance, version })
}

export interface EducationMonth {
  month: string
  sessions: number
  expected: number
  present: number
  excused: number
  absent: number
  made_up: number
  coverage: number | null
}

/** Sessions and coverage by month over an organisation's subtree: numbers only. */
export function educationCoverage(org: number, year: number): Promise<{ org: number; year: number; months: EducationMonth[]; sessions: number; expected: number; coverage: number | null }> {
  return getJson(`/api/v1/education/coverage?org=${org}&year=${year}`)
}

/** The guidance rules that apply to the caller, from their branch up (art. 23). */
export function myGuidance(): Promise<{
  rules: RecordSummary[]
  more: boolean
  applies: { cadre: boolean; personal_account: boolean; organisation_account: boolean } | null
}> {
  return getJson('/api/v1/me/guidance')
}
