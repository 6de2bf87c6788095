// Quizzes drawn from the rulebook (issue 11, education): the branch's bank of
// questions (drafts generated from the rulebook in force, reviewed, edited and
// published), quizzes composed of published questions, the member's one attempt
// and own results. Scores belong to the member: no answer here carries anyone's
// score but the caller's own; the branch reads who completed (names only) and,
// after close with at least five takers, the share answered right per question.
import { getJson, sendJson } from '@/api/client'

export type QuestionKind = 'fill_blank' | 'which_article' | 'true_false' | string

export interface Question {
  id: number
  org: number
  rulebook: string
  article: number
  article_label: string
  kind: QuestionKind
  stem: string
  options: string[]
  answer: number
  source: string
  state: 'draft' | 'published' | 'discarded'
  edited: boolean
  version: number
}

export interface QuizSummary {
  id: number
  org: number
  title: string
  opens: string
  closes: string
  state: 'scheduled' | 'open' | 'closed'
  question_count: number
  takers: number
}

export interface ResultItem {
  stem: string
  options: string[]
  your_answer: number
  answer: number
  right: boolean
  article: number
  article_label: string
  source: string
}

export interface QuizResult {
  quiz: number
  title: string
  time: string
  right: number
  questions: number
  items: ResultItem[]
  /** false: taken by a reader of the quiz's bank, self-study the shares do not count */
  counted: boolean
}

export interface QuizDetail extends QuizSummary {
  questions: Array<{ id: number; kind: QuestionKind; stem: string; options: string[]; answer?: number }>
  can_take: boolean
  /** for a member the quiz is open to: whether their attempt counts in the shares
   * (not when they read the quiz's bank — its secretary or a committee member) */
  counted?: boolean
  /** the caller's own result (present only for a member the quiz is open to) */
  result?: QuizResult | null
}

function pageParams(extra: Record<string, string>, after?: string | null, limit = 50): string {
  const p = new URLSearchParams({ ...extra, limit: String(limit) })
  if (after) p.set('after', after)
  return p.toString()
}

export const kindNames: Record<string, string> = {
  fill_blank: '填空',
  which_article: '出自哪一条',
  true_false: '判断正误',
}

export const stateNames: Record<QuizSummary['state'], string> = {
  scheduled: '未开始',
  open: '进行中',
  closed: '已截止',
}

// ---- the bank --------------------------------------------------------------

export function generateQuestions(org: number, count: number): Promise<{ questions: Question[] }> {
  return sendJson('POST', '/api/v1/quiz/questions/generate', { org, count })
}

export function questionPage(
  org: number,
  state: 'draft' | 'published',
  after?: string | null,
): Promise<{ questions: Question[]; next: string | null; total: number }> {
  return getJson(`/api/v1/quiz/questions?${pageParams({ org: String(org), state }, after)}`)
}

export function editQuestion(q: Question, stem: string, options: string[], answer: number): Promise<{ question: Question }> {
  return sendJson('POST', `/api/v1/quiz/questions/${q.id}`, { stem, options, answer, version: q.version })
}

export function publishQuestion(q: Question): Promise<{ question: Question }> {
  return sendJson('POST', `/api/v1/quiz/questions/${q.id}/publish`, { version: q.version })
}

/** A draft set aside: it leaves the drafts and is never published (kept in the bank as discarded). */
export function discardQuestion(q: Question): Promise<{ question: Question }> {
  return sendJson('POST', `/api/v1/quiz/questions/${q.id}/discard`, { version: q.version })
}

// ---- quizzes ---------------------------------------------------------------

export function composeQuiz(body: { org: number; title: string; opens: string; closes: string; questions: number[] }): Promise<{ quiz: QuizSummary }> {
  return sendJson('POST', '/api/v1/quizzes', body)
}

export function orgQuizzes(org: number, after?: string | null): Promise<{ quizzes: QuizSummary[]; next: string | null; total: number }> {
  return getJson(`/api/v1/quizzes?${pageParams({ org: String(org) }, after)}`)
}

export function quizDetail(id: number): Promise<{ quiz: QuizDetail }> {
  return getJson(`/api/v1/quizzes/${id}`)
}

export function attemptQuiz(id: number, answers: number[]): Promise<{ result: QuizResult }> {
  return sendJson('POST', `/api/v1/quizzes/${id}/attempt`, { answers })
}

export interface Completion {
  member: number
  name: string
  time: string
}

export function quizCompletions(id: number, after?: string | null): Promise<{ completions: Completion[]; next: string | null; total: number }> {
  return getJson(`/api/v1/quizzes/${id}/completions?${pageParams({}, after)}`)
}

export interface QuizShares {
  quiz: number
  visible: boolean
  why_not?: string
  takers?: number
  shares: Array<{ question: number; stem: string; article: number; article_label: string; share: number }>
}

export function quizShares(id: number): Promise<QuizShares> {
  return getJson(`/api/v1/quizzes/${id}/shares`)
}

// ---- the member's own ------------------------------------------------------

export function myQuizzes(after?: string | null): Promise<{ quizzes: Array<QuizSummary & { taken: boolean }>; next: string | null; total: number }> {
  return getJson(`/api/v1/me/quizzes?${pageParams({}, after)}`)
}

export function myQuizResults(after?: string | null, limit = 20): Promise<{ results: QuizResult[]; next: string | null }> {
  return getJson(`/api/v1/me/quiz-results?${pageParams({}, after, limit)}`)
}
