// Shapes and calls of the access endpoints (docs/api-contract.md, section
// "Access (issue 4)"): sessions, organisations, members, accounts, import,
// audit and 我的记录. Plain data as the server sends it.
import { getJson, sendJson, uploadWithProgress } from './client'

export type RoleName =
  | 'member'
  | 'branch_secretary'
  | 'committee_member'
  | 'committee_admin'
  | 'auditor'
  | 'system_admin'
  | 'approver'

export const ROLE_NAMES: Record<RoleName, string> = {
  member: '党员',
  branch_secretary: '支部书记',
  committee_member: '组织委员',
  committee_admin: '党委管理员',
  auditor: '审计员',
  system_admin: '系统管理员',
  // Named on a 党委 to approve its cadres' requests (以职务身份开展网络活动审批).
  approver: '审批人',
}

export interface OrgRef {
  id: number
  name: string
  /** false once merged into another organisation or dissolved */
  active: boolean
}

export interface Org {
  id: number
  code: string
  name: string
  type: 'committee' | 'working_committee' | 'general_branch' | 'branch' | string
  type_name: string
  parent: number | null
  active: boolean
  /** set when merged into another; null when active or dissolved */
  merged_into?: number | null
}

export interface Member {
  id: number
  name: string
  number: string
  org: OrgRef
  category: 'full' | 'probationary' | string
  category_name: string
  cadre: boolean
  cadre_level: string
  cadre_level_name: string
  status: string
  status_name: string
  status_since: string | null
  joined: string | null
  regularised: string | null
}

export interface MemberDetail extends Member {
  org_history: Array<{ org: OrgRef; from: string; to: string | null }>
  status_history: Array<{ status: string; status_name: string; from: string; to: string | null }>
}

export interface Role {
  role: RoleName | string
  role_name: string
  org: OrgRef | null
  /** a member or branch role of a member off the roll: it counts for nothing */
  lapsed?: boolean
}

export interface User {
  id: number
  username: string
  /** on_roll false: transferred out, left or deceased (their member and branch roles lapse);
   *  cadre: the roster's 是否党员干部, in the session only (the caller's own) */
  member: { id: number; name: string; on_roll?: boolean; cadre?: boolean } | null
  roles: Role[]
  disabled: boolean
}

export interface SessionInfo {
  user: User
  csrf: string
  expires_at: string
  idle_timeout_seconds: number
}

// ---- session ------------------------------------------------------------

export function login(username: string, password: string): Promise<SessionInfo> {
  return sendJson('POST', '/api/v1/login', { username, password })
}

export function logout(): Promise<{ ok: boolean }> {
  return sendJson('POST', '/api/v1/logout')
}

export function logoutAll(): Promise<{ ok: boolean; ended: number }> {
  return sendJson('POST', '/api/v1/logout-all')
}

export function getSession(): Promise<SessionInfo> {
  return getJson('/api/v1/session')
}

export function changePassword(current_password: string, new_password: string): Promise<{ ok: boolean }> {
  return sendJson('POST', '/api/v1/password', { current_password, new_password })
}

// ---- organisations and members -----------------------------------------

/** An organisation as the pickers list it, with its parent's name (which tells apart the many 第一党支部). */
export interface OrgChoice extends Org {
  parent_name: string | null
}

/** The organisations the viewer may read, a keyset page at a time: without `q` in tree order, with
 * `q` those whose name, then code, begins with it (docs/api-contract.md). */
export function findOrganisations(
  q: string,
  limit = 20,
  after: string | null = null,
  signal?: AbortSignal,
): Promise<Page & { organisations: OrgChoice[] }> {
  const params = new URLSearchParams({ limit: String(limit) })
  if (q) params.set('q', q)
  if (after) params.set('after', after)
  return getJson(`/api/v1/organisations?${params}`, signal)
}

/** An organisation a page names: named when the viewer may read it or it is above the page's
 * organisation (its 上级党组织); `readable`: the viewer may open its page. */
export interface OrgMention {
  id: number
  name: string | null
  readable: boolean
}

/** What the viewer may do with an organisation, as the server decided. */
export interface OrgMay {
  update: boolean
  create_child: boolean
  move: boolean
  merge: boolean
  deactivate: boolean
  import_roster: boolean
  export_roster: boolean
  export_hierarchy: boolean
  /** 开通账号 for the members of this organisation and below (account.provision) */
  provision_accounts: boolean
  /** a 党委 whose approvers (审批人) the viewer lists and changes */
  name_approvers: boolean
}

export interface OrgEvent {
  kind: 'created' | 'renamed' | 'retyped' | 'moved' | 'merged' | 'recoded' | 'deactivated' | string
  kind_name: string
  date: string
  org: OrgMention
  from: OrgMention | null
  to: OrgMention | null
  before: string
  after: string
}

export interface OrganisationPage {
  organisation: Org
  may: OrgMay
  /** the organisation and every one above it, root first */
  path: OrgMention[]
  history: Array<{ parent: number | null; from: string; to: string | null }>
  events: OrgEvent[]
  /** organisations right below it (orgChildren pages them) */
  child_count: number
}

/** A keyset page (docs/api-contract.md, "Paging"): `next` goes back as `after`; null on the last page. */
export interface Page {
  next: string | null
  total: number
}

export const PAGE_SIZE = 50

function pageQuery(params: URLSearchParams, after?: string | null, limit?: number): string {
  if (after) params.set('after', after)
  if (limit) params.set('limit', String(limit))
  return params.toString()
}

/** An organisation with its counts: children right below it, members on the roll (null: not the viewer's to count). */
export interface OrgSummary extends Org {
  child_count: number
  members_here: number | null
  members_on_roll: number | null
}

/** Where the viewer's organisation tree starts. */
export function orgRoots(signal?: AbortSignal): Promise<{ roots: OrgSummary[] }> {
  return getJson('/api/v1/organisations/roots', signal)
}

/** The organisations right below one, a page at a time. */
export function orgChildren(id: number, after?: string | null, signal?: AbortSignal, limit = PAGE_SIZE): Promise<{ children: OrgSummary[] } & Page> {
  return getJson(`/api/v1/organisations/${id}/children?${pageQuery(new URLSearchParams(), after, limit)}`, signal)
}

export type OrgTypeId = 'committee' | 'working_committee' | 'general_branch' | 'branch'

export const ORG_TYPES: Array<{ id: OrgTypeId; name: string }> = [
  { id: 'committee', name: '党委' },
  { id: 'working_committee', name: '党工委' },
  { id: 'general_branch', name: '党总支' },
  { id: 'branch', name: '党支部' },
]

export function createOrganisation(parent: number, code: string, name: string, type: OrgTypeId): Promise<{ organisation: Org }> {
  return sendJson('POST', '/api/v1/organisations', { parent, code, name, type })
}

export function updateOrganisation(id: number, change: { name?: string; code?: string; type?: OrgTypeId }): Promise<{ organisation: Org }> {
  return sendJson('PATCH', `/api/v1/organisations/${id}`, change)
}

export function moveOrganisation(id: number, parent: number): Promise<{ organisation: Org }> {
  return sendJson('POST', `/api/v1/organisations/${id}/move`, { parent })
}

export function mergeOrganisation(id: number, into: number): Promise<{ organisation: Org }> {
  return sendJson('POST', `/api/v1/organisations/${id}/merge`, { into })
}

export function deactivateOrganisation(id: number): Promise<{ organisation: Org }> {
  return sendJson('POST', `/api/v1/organisations/${id}/deactivate`)
}

export type RelocateKind = 'move' | 'merge'

/** Where the viewer could move (or merge) an organisation; at most `limit`, `more` when there are others. */
export function relocationTargets(id: number, kind: RelocateKind, q: string, signal?: AbortSignal): Promise<{ targets: Org[]; more: boolean }> {
  const query = new URLSearchParams({ for: kind, limit: '20' })
  if (q) query.set('q', q)
  return getJson(`/api/v1/organisations/${id}/targets?${query}`, signal)
}

export function getOrganisation(id: number, signal?: AbortSignal): Promise<OrganisationPage> {
  return getJson(`/api/v1/organisations/${id}`, signal)
}

/** A page of the members of an organisation (and, with subtree, below it). */
export function listMembers(org: number, subtree: boolean, after?: string | null, signal?: AbortSignal, limit = PAGE_SIZE): Promise<{ members: Member[] } & Page> {
  const params = new URLSearchParams({ org: String(org) })
  if (subtree) params.set('subtree', '1')
  return getJson(`/api/v1/members?${pageQuery(params, after, limit)}`, signal)
}

/** The member entry is a record: it comes with its subject's statements (说明). */
export interface MemberPage {
  member: MemberDetail
  statements: StatementThread[]
  may: { answer: boolean }
}

export function getMember(id: number, signal?: AbortSignal): Promise<MemberPage> {
  return getJson(`/api/v1/members/${id}`, signal)
}

export type ExportFormat = 'csv' | 'xlsx'

export function exportRosterUrl(org: number, format: ExportFormat = 'csv'): string {
  return `/api/v1/export/roster?org=${org}${format === 'xlsx' ? '&format=xlsx' : ''}`
}

export function exportHierarchyUrl(org: number, format: ExportFormat = 'csv'): string {
  return `/api/v1/export/hierarchy?org=${org}${format === 'xlsx' ? '&format=xlsx' : ''}`
}

// ---- accounts and roles -------------------------------------------------

/** A page of the accounts, by id. */
export function listUsers(after?: string | null, signal?: AbortSignal, limit = PAGE_SIZE): Promise<{ users: User[] } & Page> {
  return getJson(`/api/v1/users?${pageQuery(new URLSearchParams(), after, limit)}`, signal)
}

export function createUser(username: string, password: string, member_id: number | null): Promise<{ user: User }> {
  return sendJson('POST', '/api/v1/users', { username, password, member_id })
}

export interface Grant {
  role: string
  org: number | null
}

export function setRoles(userId: number, current_password: string, roles: Grant[]): Promise<{ user: User }> {
  return sendJson('POST', `/api/v1/users/${userId}/roles`, { current_password, roles })
}

export function disableUser(userId: number): Promise<{ user: User }> {
  return sendJson('POST', `/api/v1/users/${userId}/disable`)
}

export function enableUser(userId: number, current_password: string): Promise<{ user: User }> {
  return sendJson('POST', `/api/v1/users/${userId}/enable`, { current_password })
}

export function linkMember(userId: number, current_password: string, member_id: number | null): Promise<{ user: User }> {
  return sendJson('POST', `/api/v1/users/${userId}/member`, { current_password, member_id })
}

export function resetPassword(userId: number, current_password: string, new_password: string): Promise<{ ok: boolean }> {
  return sendJson('POST', `/api/v1/users/${userId}/password`, { current_password, new_password })
}

// ---- import -------------------------------------------------------------

export type ImportKind = 'roster' | 'hierarchy'

export interface ImportError {
  line: number
  column: string
  message: string
}

export interface ImportRow {
  line: number
  action: 'add' | 'update' | 'unchanged'
  key: string
  name: string
  changes?: Array<{ column: string; before: string; after: string }>
}

export interface ImportReport {
  dry_run: boolean
  applied: boolean
  ok: boolean
  format?: 'csv' | 'xlsx'
  encoding: string
  adds: number
  updates: number
  unchanged: number
  errors: ImportError[]
  warnings: string[]
  /** the synchronous import answers its rows; a job's report says how many (importJobRows pages them) */
  rows?: ImportRow[]
  row_count?: number
}

/** A column of the roster's import file: the values it takes when a fixed list. */
export interface ImportColumn {
  name: string
  needed_for_new: boolean
  note: string
  values: string[]
}

export function rosterColumns(signal?: AbortSignal): Promise<{ columns: ImportColumn[] }> {
  return getJson('/api/v1/import/roster/columns', signal)
}

export const ROSTER_TEMPLATE_URL = '/api/v1/import/roster/template'

export function importFile(kind: ImportKind, file: Blob, dryRun: boolean, onProgress: (f: number) => void): Promise<ImportReport> {
  const path = `/api/v1/import/${kind}${dryRun ? '?dry_run=1' : ''}`
  const body = file.type ? file : new Blob([file], { type: 'text/csv' })
  return uploadWithProgress(path, body, onProgress)
}

export type ImportPhase = 'queued' | 'reading' | 'checking' | 'saving' | 'done'

/** An import running on the server (POST /api/v1/import/jobs), polled for progress. */
export interface ImportJob {
  id: string
  kind: ImportKind
  dry_run: boolean
  phase: ImportPhase
  bytes_done: number
  bytes_total: number
  rows_done: number
  rows_total: number
  /** When done: what the synchronous import would have answered. */
  result_status?: number
  result?: unknown
}

export function startImportJob(kind: ImportKind, file: Blob, dryRun: boolean, onUpload: (f: number) => void): Promise<{ job: ImportJob }> {
  const path = `/api/v1/import/jobs?kind=${kind}${dryRun ? '&dry_run=1' : ''}`
  const body = file.type ? file : new Blob([file], { type: 'application/octet-stream' })
  return uploadWithProgress(path, body, onUpload)
}

export function getImportJob(id: string, signal?: AbortSignal): Promise<{ job: ImportJob }> {
  return getJson(`/api/v1/import/jobs/${encodeURIComponent(id)}`, signal)
}

/** The report carried by a 422 import_invalid answer, if any. */
/** A page of a finished import job's report rows (changed: only rows that add or update). */
export function importJobRows(id: string, changed: boolean, after?: string | null, signal?: AbortSignal, limit = PAGE_SIZE): Promise<{ rows: ImportRow[] } & Page> {
  const params = new URLSearchParams()
  if (changed) params.set('changed', '1')
  return getJson(`/api/v1/import/jobs/${id}/rows?${pageQuery(params, after, limit)}`, signal)
}

export function reportOf(body: unknown): ImportReport | null {
  const r = (body as { report?: unknown } | null)?.report
  return r && typeof r === 'object' ? (r as ImportReport) : null
}

// ---- audit --------------------------------------------------------------

export interface AuditEntry {
  seq: number
  time: string
  actor: string
  actor_name: string // the member's name, else the login
  actor_roles: string // roles in effect when they acted ("支部书记"); '' when none recorded
  action: string
  action_name: string // Chinese, from the server's one table
  target: string
  target_name: string // "党员 张三（机关第一党支部）"; '' when nothing
  origin: string
  detail: string
}

export interface AuditQuery {
  actor?: string
  action?: string
  org?: number | null
  from?: string
  to?: string
}

export interface AuditPage {
  entries: AuditEntry[]
  next: string | null // `after` of the next page; null on the last
  total: number
  actions: Array<{ id: string; name: string }>
  may: { export: boolean; checkpoints: boolean; verify: boolean }
}

function auditParams(q: AuditQuery): URLSearchParams {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(q)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v))
  }
  return params
}

export function listAudit(q: AuditQuery, limit: number, after?: string | null, signal?: AbortSignal): Promise<AuditPage> {
  const params = auditParams(q)
  params.set('limit', String(limit))
  if (after) params.set('after', after)
  return getJson(`/api/v1/audit?${params.toString()}`, signal)
}

/** The .xlsx of the filtered log (a link: the browser downloads it). */
export function auditExportUrl(q: AuditQuery): string {
  const params = auditParams(q).toString()
  return params ? `/api/v1/audit/export?${params}` : '/api/v1/audit/export'
}

export const auditCheckpointsUrl = '/api/v1/audit/checkpoints?format=text'

export interface AuditVerifyPiece {
  from_seq: number
  to_seq: number
  head_seq: number
  entries: number
  checkpoints: number
  bad_signatures: number
  issues: Array<{ kind: string; seq: number; last_seq: number; message: string }>
  next: string | null
}

/** One piece of the chain's verification; `after` is the previous piece's next. */
export function verifyAudit(after?: string | null, signal?: AbortSignal): Promise<AuditVerifyPiece> {
  return getJson(after ? `/api/v1/audit/verify?after=${encodeURIComponent(after)}` : '/api/v1/audit/verify', signal)
}

// ---- 我的记录 -------------------------------------------------------------

/** A statement (说明) or a reply to one. */
export interface Statement {
  id: number
  text: string
  time: string
  author: { name: string; mine: boolean }
  /** the original a reply answers; null: an original */
  reply_to: number | null
  /** written by someone else since the caller last looked (member page) */
  new: boolean
  /** originals: when a reader marked it handled (已处理), and who */
  handled?: { time: string; by: string } | null
}

/** An original statement with the replies under it. */
export interface StatementThread extends Statement {
  replies: Statement[]
}

// Someone else seeing the member's data, as the audit log says: a read, an
// export or an import (dry run or not) whose file or report held it.
export interface RecordRead {
  seq: number
  time: string
  actor: string
  actor_name: string // the reader's name, else their login
  actor_roles: string // the roles in effect when they read ("支部书记")
  action: string
  action_name: string
  org: { id: number; name: string } | null
}

export interface PersonalRecord {
  kind: string
  id: number
  title: string
  data: Record<string, unknown>
  statements: StatementThread[]
}

export interface MyRecords {
  member: Member | null
  records: PersonalRecord[]
  reads: RecordRead[]
  reads_next: string | null // `after` of the next page of reads; null: no more
  reads_total: number
}

// One page of reads at a time: `after` is the previous page's reads_next.
export function myRecords(after?: string | null, signal?: AbortSignal): Promise<MyRecords> {
  return getJson(after ? `/api/v1/me/records?after=${encodeURIComponent(after)}` : '/api/v1/me/records', signal)
}

export function addStatement(kind: string, id: number, text: string): Promise<{ statement: Statement }> {
  return sendJson('POST', `/api/v1/me/records/${encodeURIComponent(kind)}/${id}/statements`, { text })
}

// ---- getting people signed in (issue 9) ------------------------------------

/** POST /api/v1/login with an activation code: a password must be set first. */
export interface PasswordSetupRequired {
  password_setup_required: true
  message: string
}

export function loginOrSetup(username: string, password: string): Promise<SessionInfo | PasswordSetupRequired> {
  return sendJson('POST', '/api/v1/login', { username, password })
}

export function isSetupRequired(answer: SessionInfo | PasswordSetupRequired): answer is PasswordSetupRequired {
  return (answer as PasswordSetupRequired).password_setup_required === true
}

/** The first login: the activation code and one's own password; signs in. */
export function activate(username: string, code: string, new_password: string): Promise<SessionInfo> {
  return sendJson('POST', '/api/v1/activate', { username, code, new_password })
}

/** What an accounts job answers when done (counts, never codes). */
export interface ProvisionReport {
  dry_run: boolean
  created?: number
  would_create?: number
  remaining: number
  skipped: Array<{ number: string; reason: string }>
  org?: { id: number; name: string }
  expires?: string
}

export interface AccountsJob extends Omit<ImportJob, 'kind'> {
  kind: 'accounts'
  file_waiting: boolean
}

/** Accounts with activation codes for the members of org's subtree who have none (a background job). */
export function startAccountsJob(org: number, dryRun: boolean): Promise<{ job: AccountsJob }> {
  return sendJson('POST', `/api/v1/accounts/jobs?org=${org}${dryRun ? '&dry_run=1' : ''}`)
}

export function getAccountsJob(id: string, signal?: AbortSignal): Promise<{ job: AccountsJob }> {
  return getJson(`/api/v1/import/jobs/${encodeURIComponent(id)}`, signal)
}

/** The slips (开通通知, .xlsx): served once. */
export function slipsUrl(jobId: string): string {
  return `/api/v1/import/jobs/${encodeURIComponent(jobId)}/file`
}

export interface FoundMember {
  id: number
  name: string
  number: string
  /** whether the member has an account (can sign in) */
  has_account?: boolean
  org: { id: number; name: string; code: string }
}

/** Members by name or 党员编号 in the caller's scope (or `org`'s subtree); at most 20. */
export function searchMembers(q: string, signal?: AbortSignal, org?: number): Promise<{ members: FoundMember[]; more: boolean }> {
  const where = org === undefined ? '' : `&org=${org}`
  return getJson(`/api/v1/members/search?q=${encodeURIComponent(q)}${where}`, signal)
}

// ---- a 党委's approvers (审批人, issue 10) ----------------------------------

export interface Approver {
  user: number
  username: string
  disabled: boolean
  member: { id: number; name: string; number: string; org: { id: number; name: string } | null } | null
  /** when the grant was given (UTC); null when older than that record */
  since: string | null
}

/** The approvers of a 党委, a page at a time (by account). */
export function listApprovers(org: number, after?: string | null, signal?: AbortSignal, limit = PAGE_SIZE): Promise<{ approvers: Approver[]; next: string | null }> {
  return getJson(`/api/v1/organisations/${org}/approvers?${pageQuery(new URLSearchParams(), after, limit)}`, signal)
}

/** Names the account of `member` approver of the 党委 (re-authenticated). */
export function nameApprover(org: number, member: number, current_password: string): Promise<{ approver: Approver }> {
  return sendJson('POST', `/api/v1/organisations/${org}/approvers`, { member, current_password })
}

/** Takes the approver grant of account `user` on the 党委 back (re-authenticated). */
export function removeApprover(org: number, user: number, current_password: string): Promise<{ approver: Approver }> {
  return sendJson('POST', `/api/v1/organisations/${org}/approvers/${user}/remove`, { current_password })
}
