// Shapes of the rulebook API (docs/api-contract.md, v1). Plain data as the
// server sends it; the UI never mutates these.

export interface RulebookSummary {
  id: string
  title: string
  version: string
  effective_date: string
  chapter_count: number
  article_count: number
}

export interface Item {
  number: number
  marker: string
  text: string
  /** index of the paragraph the item list follows */
  paragraph: number
}

export interface Annotation {
  kind: string
  kind_label: string
  binds: string
  binds_label: string
  topics: string[]
}

export interface Article {
  number: number
  label: string
  text: string
  paragraphs: string[]
  items: Item[]
  annotation?: Annotation | null
}

export interface Section {
  number: number
  label: string
  title: string
  articles: Article[]
}

export interface Chapter {
  number: number
  label: string
  title: string
  articles: Article[]
  sections: Section[]
}

export interface Rulebook {
  id: string
  title: string
  version: string
  effective_date: string
  preamble: string[]
  chapters: Chapter[]
}

export interface Heading {
  number: number
  label: string
  title: string
}

export interface ArticlePage {
  rulebook: { id: string; title: string }
  chapter: Heading
  section: Heading | null
  article: Article
  previous: number | null
  next: number | null
}

export interface Fragment {
  text: string
  match: boolean
}

export interface SearchHit {
  number: number
  label: string
  score: number
  chapter: Heading
  fragments: Fragment[]
}

export interface SearchResult {
  query: string
  /** The regulation's wording searched besides the query (q=公众号 → ['公众账号']). */
  also_searched: string[]
  total: number
  results: SearchHit[]
}
