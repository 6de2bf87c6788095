// Reading-order helpers over the rulebook model. A chapter holds articles
// outside any section and sections; ordered by their article numbers they
// give the chapter as printed.
import type { Article, Chapter, Section } from '@/api/types'

export type ChapterBlock =
  | { kind: 'article'; key: string; article: Article }
  | { kind: 'section'; key: string; section: Section }

function firstNumber(section: Section): number {
  return section.articles[0]?.number ?? Number.MAX_SAFE_INTEGER
}

export function chapterBlocks(chapter: Chapter): ChapterBlock[] {
  const blocks: Array<ChapterBlock & { order: number }> = []
  for (const article of chapter.articles ?? []) {
    blocks.push({ kind: 'article', key: `a${article.number}`, article, order: article.number })
  }
  for (const section of chapter.sections ?? []) {
    blocks.push({ kind: 'section', key: `s${chapter.number}-${section.number}`, section, order: firstNumber(section) })
  }
  return blocks.sort((a, b) => a.order - b.order)
}

/** "第三章 网络行为管理"; a regulation without chapters has chapter 0 with no label. */
export function chapterHeading(chapter: { label: string; title: string }): string {
  return [chapter.label, chapter.title].filter((s) => s && s.trim() !== '').join(' ')
}

/** The article's text without line breaks, for one-line previews. */
export function articlePreview(article: Article): string {
  const first = article.paragraphs[0] ?? article.items[0]?.text ?? article.text ?? ''
  return first.replace(/\s+/g, '')
}

export function articleAnchor(n: number): string {
  return `article-${n}`
}

export function chapterAnchor(n: number): string {
  return `chapter-${n}`
}

/** Parses a route parameter as an article number; null unless a plain positive integer. */
export function parseArticleNumber(raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^[0-9]{1,5}$/.test(raw)) return null
  const n = Number(raw)
  return n >= 1 ? n : null
}
