// What the registers' pages derive from a kind as the server declares it
// (/api/v1/records/kinds): who creates it and reads its register (by role id,
// as the server decides — the UI only shapes what it shows), how a record is
// titled and summed up in a list, and the colour of a state.
import type { RoleName } from '@/api/access'
import type { KindTransition, RecordKind, RecordSummary } from '@/api/registers'

export interface KindViewer {
  isMember: boolean
  isCadre: boolean
  hasAnyRole: (roles: readonly RoleName[]) => boolean
}

/** The transition that creates a record of the kind. */
export function creation(kind: RecordKind): KindTransition | undefined {
  return kind.transitions.find((t) => t.from === '')
}

/** Whether the viewer records this kind about themself: a member (a cadre for the cadre kinds), or a holder of a role that creates it. */
export function creates(kind: RecordKind, viewer: KindViewer): boolean {
  const t = creation(kind)
  if (!t || kind.created_by_role) return false
  if (t.by.includes('member')) {
    // A cadre kind with an exemption (an organisation's own account) is open to its responsible person too.
    if (viewer.isMember && (!kind.cadres_only || viewer.isCadre || !!kind.cadres_exempt)) return true
  }
  const roles = t.by.filter((r) => r !== 'member') as RoleName[]
  return viewer.isMember && roles.length > 0 && viewer.hasAnyRole(roles)
}

/** Whether the viewer makes records of a kind made by a role (a talk about a member, a session of the branch): from the register. */
export function recordsForOthers(kind: RecordKind, viewer: KindViewer): boolean {
  const t = creation(kind)
  if (!t || !kind.created_by_role) return false
  const roles = t.by.filter((r) => r !== 'member') as RoleName[]
  return roles.length > 0 && viewer.hasAnyRole(roles)
}

/** Whether the viewer holds a role that reads the kind's register. */
export function readsRegister(kind: RecordKind, viewer: KindViewer): boolean {
  const roles = kind.readers.filter((r) => r !== 'member') as RoleName[]
  return roles.length > 0 && viewer.hasAnyRole(roles)
}

/** Whether the viewer holds a role that counts the kind without reading it. */
export function countsOnly(kind: RecordKind, viewer: KindViewer): boolean {
  const roles = kind.count_readers as RoleName[]
  return !readsRegister(kind, viewer) && roles.length > 0 && viewer.hasAnyRole(roles)
}

/** A field's value as people read it: a choice by its label. */
export function fieldText(kind: RecordKind | null | undefined, values: Record<string, string> | null | undefined, field: string): string {
  const v = values?.[field] ?? ''
  const f = kind?.fields.find((x) => x.id === field)
  return f?.choices.find((c) => c.id === v)?.label ?? v
}

/** The record's title in lists: its kind's title field, else the kind's title. */
export function recordTitle(kind: RecordKind | null | undefined, r: RecordSummary): string {
  const t = kind?.title_field ? fieldText(kind, r.fields, kind.title_field) : ''
  return t || r.title
}

/** A line of the record's short fields (choices, one-liners) besides its title. */
export function recordLine(kind: RecordKind | null | undefined, r: RecordSummary): string[] {
  if (!kind) return []
  return kind.fields
    .filter((f) => f.id !== kind.title_field && f.id !== kind.date_field && (f.type === 'choice' || f.type === 'line'))
    .slice(0, 2)
    .map((f) => fieldText(kind, r.fields, f.id))
    .filter((v) => v !== '')
}

/** The colour of a state: waiting for the member (returned) red, final grey or green, open yellow. */
export function stateType(kind: RecordKind | null | undefined, state: string): 'success' | 'warning' | 'info' | 'danger' {
  const s = kind?.states.find((x) => x.id === state)
  if (!s) return 'info'
  // A state the member confirms periodically (an account on record) is settled until it is due.
  if (s.due_months) return 'success'
  if (s.waiting_for.includes('member')) return 'danger'
  if (s.waiting_for.length === 0) return state === 'withdrawn' || state === 'rejected' ? 'info' : 'success'
  return 'warning'
}

export function todayIso(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
