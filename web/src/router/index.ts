// Routes (history mode). Every route names its page title in meta.title; a
// view that knows better (an article's label) refines it with setPageTitle.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

import { setPageTitle } from '@/title'

declare module 'vue-router' {
  interface RouteMeta {
    title?: string
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

router.afterEach((to) => {
  setPageTitle(to.meta.title)
})
