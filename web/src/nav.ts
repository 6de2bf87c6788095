// The main navigation. An entry with `access` shows only to a logged-in user
// the rule admits (the server still decides every request); pages of later
// issues are listed with ready: false and stay hidden until their views exist.
import type { RoleName } from '@/api/access'

export type Access =
  | { kind: 'public' }
  /** any logged-in account */
  | { kind: 'signed_in' }
  /** an account that belongs to a member */
  | { kind: 'member' }
  | { kind: 'roles'; roles: readonly RoleName[] }
  /** an account without a member that reads registers (a committee's staff): 登记册 in the nav */
  | { kind: 'staff_readers' }
  /** an account that belongs to a member, or holds one of the roles */
  | { kind: 'member_or_roles'; roles: readonly RoleName[] }

export interface NavEntry {
  label: string
  to: string
  /** route names that mark this entry as current */
  matches: string[]
  ready: boolean
  access: Access
}

export const ORG_READERS: readonly RoleName[] = ['branch_secretary', 'committee_member', 'committee_admin', 'auditor']
export const IMPORTERS: readonly RoleName[] = ['branch_secretary', 'committee_member', 'committee_admin']
export const ADMINS: readonly RoleName[] = ['system_admin']
export const AUDITORS: readonly RoleName[] = ['auditor']
/** Who reads members' records and so their statements: 待回复说明 (beside the user menu). */
export const STATEMENTS_ACCESS: Access = { kind: 'roles', roles: ORG_READERS }
/** 学习测验: members take quizzes; the branch secretary / committee members keep the bank. */
export const QUIZ_ACCESS: Access = { kind: 'member_or_roles', roles: ['branch_secretary', 'committee_member'] }
export const DICTIONARY_KEEPERS: readonly RoleName[] = ['branch_secretary', 'committee_member', 'committee_admin']

export const navEntries: NavEntry[] = [
  { label: '规定原文', to: '/rules', matches: ['rules', 'article'], ready: true, access: { kind: 'public' } },
  { label: '条文检索', to: '/search', matches: ['search'], ready: true, access: { kind: 'public' } },
  { label: '发布前自查', to: '/check', matches: ['self-check'], ready: true, access: { kind: 'member' } },
  { label: '我的记录', to: '/records', matches: ['records'], ready: true, access: { kind: 'member' } },
  // 登记与申报 (issue 10), one entry (its pages link each kind the caller records, the registers and
  // 待办, from the kinds the server declares): members land on 我的贡献, staff accounts that read
  // registers on the register.
  { label: '登记与申报', to: '/registers/contribution', matches: ['register-kind', 'post-reviews', 'register', 'register-record', 'todo', 'guidance'], ready: true, access: { kind: 'member' } },
  { label: '登记与申报', to: '/registers/contribution/register', matches: ['register', 'register-record', 'todo'], ready: true, access: { kind: 'staff_readers' } },
  // 学习教育 (issue 11): the branch's plan, sessions and attendance; coverage for committees above.
  { label: '学习教育', to: '/education', matches: ['education', 'education-attendance'], ready: true, access: { kind: 'roles', roles: ORG_READERS } },
  // 学习测验 (issue 11): members take quizzes; the branch keeps the bank and composes them.
  { label: '学习测验', to: '/quiz', matches: ['quiz', 'quiz-one'], ready: true, access: QUIZ_ACCESS },
  // Members reach their lists from 发布前自查; the nav shows the page to those who keep one.
  { label: '保密词表', to: '/dictionary', matches: ['dictionary'], ready: true, access: { kind: 'roles', roles: DICTIONARY_KEEPERS } },
  { label: '概览', to: '/overview', matches: ['overview'], ready: true, access: { kind: 'roles', roles: ORG_READERS } },
  { label: '组织管理', to: '/organisation', matches: ['organisation', 'member'], ready: true, access: { kind: 'roles', roles: ORG_READERS } },
  { label: '导入名册', to: '/import', matches: ['import'], ready: true, access: { kind: 'roles', roles: IMPORTERS } },
  { label: '用户与角色', to: '/users', matches: ['users'], ready: true, access: { kind: 'roles', roles: ADMINS } },
  { label: '审计日志', to: '/audit', matches: ['audit'], ready: true, access: { kind: 'roles', roles: AUDITORS } },
]

export interface Viewer {
  loggedIn: boolean
  isMember: boolean
  hasAnyRole: (roles: readonly RoleName[]) => boolean
}

export function allows(access: Access, viewer: Viewer): boolean {
  switch (access.kind) {
    case 'public':
      return true
    case 'signed_in':
      return viewer.loggedIn
    case 'member':
      return viewer.loggedIn && viewer.isMember
    case 'roles':
      return viewer.loggedIn && viewer.hasAnyRole(access.roles)
    case 'staff_readers':
      return viewer.loggedIn && !viewer.isMember && viewer.hasAnyRole(ORG_READERS)
    case 'member_or_roles':
      return viewer.loggedIn && (viewer.isMember || viewer.hasAnyRole(access.roles))
  }
}
