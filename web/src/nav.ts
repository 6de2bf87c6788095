// The main navigation. Pages of later issues are listed with ready: false and
// stay hidden until their views exist; the header is laid out for all five.
export interface NavEntry {
  label: string
  to: string
  /** route names that mark this entry as current */
  matches: string[]
  ready: boolean
}

export const navEntries: NavEntry[] = [
  { label: '规定原文', to: '/rules', matches: ['rules', 'article'], ready: true },
  { label: '条文检索', to: '/search', matches: ['search'], ready: true },
  { label: '发布前自查', to: '/self-check', matches: ['self-check'], ready: false },
  { label: '我的记录', to: '/records', matches: ['records'], ready: false },
  { label: '组织管理', to: '/organisation', matches: ['organisation'], ready: false },
]
