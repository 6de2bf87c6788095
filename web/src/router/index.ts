// Routes (history mode). Every route names its page title in meta.title; a
// view that knows better (an article's label) refines it with setPageTitle.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

import { allows, ADMINS, AUDITORS, IMPORTERS, ORG_READERS, QUIZ_ACCESS, STATEMENTS_ACCESS, type Access } from '@/nav'
import { useSessionStore } from '@/stores/session'
import { setPageTitle } from '@/title'

declare module 'vue-router' {
  interface RouteMeta {
    title?: string
    /** who may open the page; absent: anyone (the rulebook stays public) */
    access?: Access
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/rules' },
  {
    path: '/rules',
    component: () => import('@/components/RulesLayout.vue'),
    children: [
      {
        path: '',
        name: 'rules',
        component: () => import('@/views/RulesView.vue'),
        meta: { title: '规定原文' },
      },
      {
        path: ':n',
        name: 'article',
        component: () => import('@/views/ArticleView.vue'),
        props: true,
        meta: { title: '条文' },
      },
    ],
  },
  {
    path: '/search',
    name: 'search',
    component: () => import('@/views/SearchView.vue'),
    meta: { title: '条文检索' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { title: '登录' },
  },
  {
    path: '/records',
    name: 'records',
    component: () => import('@/views/RecordsView.vue'),
    meta: { title: '我的记录', access: { kind: 'member' } },
  },
  {
    // 学习教育 (issue 11): plan, sessions, coverage; a session's attendance from the roster.
    path: '/education',
    name: 'education',
    component: () => import('@/views/education/EducationView.vue'),
    meta: { title: '学习教育', access: { kind: 'roles', roles: ORG_READERS } },
  },
  {
    path: '/education/sessions/:id(\\d+)/attendance',
    name: 'education-attendance',
    component: () => import('@/views/education/AttendanceView.vue'),
    props: true,
    meta: { title: '登记出勤', access: { kind: 'roles', roles: ['branch_secretary', 'committee_member'] } },
  },
  {
    // 学习测验 (issue 11): the member's quizzes and results; the branch's bank and quizzes.
    path: '/quiz',
    name: 'quiz',
    component: () => import('@/views/quiz/QuizView.vue'),
    meta: { title: '学习测验', access: QUIZ_ACCESS },
  },
  {
    path: '/quiz/:id(\\d+)',
    name: 'quiz-one',
    component: () => import('@/views/quiz/QuizTakeView.vue'),
    props: true,
    meta: { title: '测验', access: { kind: 'signed_in' } },
  },
  {
    // Every kind of the registers, one view driven by /api/v1/records/kinds.
    path: '/registers/:kind([a-z_]+)',
    name: 'register-kind',
    component: () => import('@/views/registers/KindView.vue'),
    props: true,
    meta: { title: '登记与申报', access: { kind: 'member' } },
  },
  {
    // 组织发布审核 has a form of its own (the draft is the organisation's document, and its
    // self-check is kept with the review); a static path outranks the generic one.
    path: '/registers/post_review',
    name: 'post-reviews',
    component: () => import('@/views/registers/PostReviewsView.vue'),
    meta: { title: '组织发布审核', access: { kind: 'member' } },
  },
  {
    path: '/registers/:kind([a-z_]+)/register',
    name: 'register',
    component: () => import('@/views/registers/RegisterView.vue'),
    props: true,
    meta: { title: '登记册', access: { kind: 'roles', roles: ORG_READERS } },
  },
  {
    path: '/registers/:kind/:id(\\d+)',
    name: 'register-record',
    component: () => import('@/views/registers/RecordView.vue'),
    props: true,
    meta: { title: '登记记录', access: { kind: 'signed_in' } },
  },
  {
    // 概览 (issue 11): counts by organisation over its subtree; ?org=&year= for drill-down.
    path: '/overview',
    name: 'overview',
    component: () => import('@/views/overview/OverviewView.vue'),
    meta: { title: '概览', access: { kind: 'roles', roles: ORG_READERS } },
  },
  {
    // 指导 (art. 23): the guidance rules that apply to the member.
    path: '/guidance',
    name: 'guidance',
    component: () => import('@/views/registers/GuidanceView.vue'),
    meta: { title: '网络行为指导', access: { kind: 'member' } },
  },
  {
    path: '/todo',
    name: 'todo',
    component: () => import('@/views/TodoView.vue'),
    meta: { title: '待办', access: { kind: 'signed_in' } },
  },
  {
    path: '/organisation',
    name: 'organisation',
    component: () => import('@/views/organisation/OrganisationView.vue'),
    meta: { title: '组织管理', access: { kind: 'roles', roles: ORG_READERS } },
  },
  {
    path: '/members/:id',
    name: 'member',
    component: () => import('@/views/MemberView.vue'),
    props: true,
    meta: { title: '党员信息', access: { kind: 'roles', roles: ORG_READERS } },
  },
  {
    path: '/statements',
    name: 'statements',
    component: () => import('@/views/StatementsView.vue'),
    meta: { title: '待回复说明', access: STATEMENTS_ACCESS },
  },
  {
    path: '/import',
    name: 'import',
    component: () => import('@/views/ImportView.vue'),
    meta: { title: '导入名册', access: { kind: 'roles', roles: IMPORTERS } },
  },
  {
    path: '/users',
    name: 'users',
    component: () => import('@/views/UsersView.vue'),
    meta: { title: '用户与角色', access: { kind: 'roles', roles: ADMINS } },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('@/views/AuditView.vue'),
    meta: { title: '审计日志', access: { kind: 'roles', roles: AUDITORS } },
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/views/ForbiddenView.vue'),
    meta: { title: '无权访问' },
  },
  {
    path: '/check',
    name: 'self-check',
    component: () => import('@/views/SelfCheckView.vue'),
    meta: { title: '发布前自查', access: { kind: 'member' } },
  },
  { path: '/self-check', redirect: '/check' },
  {
    path: '/dictionary',
    name: 'dictionary',
    component: () => import('@/views/DictionaryView.vue'),
    meta: { title: '保密词表', access: { kind: 'signed_in' } },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { title: '页面不存在' },
  },
]

// Height of the sticky header, so anchored headings are not hidden under it.
const HEADER_OFFSET = 72

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior(to, _from, saved) {
    if (saved) return saved
    if (to.hash) return { el: decodeURIComponent(to.hash), top: HEADER_OFFSET, behavior: 'smooth' }
    return { top: 0 }
  },
})

/** A redirect target after login: a path inside this app, never elsewhere. */
export function safeRedirect(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/login')) return '/'
  return raw
}

// Pages other than the rulebook need a session; the server still decides
// every request, this only spares the user a page of errors.
router.beforeEach(async (to) => {
  const access = to.meta.access
  if (!access || access.kind === 'public') return true
  const session = useSessionStore()
  let user
  try {
    user = await session.ensureLoaded()
  } catch {
    // The server cannot be reached: let the page show its own error.
    return true
  }
  if (!user) return { name: 'login', query: { redirect: to.fullPath } }
  const viewer = { loggedIn: true, isMember: session.memberId !== null, hasAnyRole: session.hasAnyRole }
  if (!allows(access, viewer)) return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})

router.afterEach((to) => {
  setPageTitle(to.meta.title)
})
