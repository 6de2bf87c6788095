// Editing a 保密词表 in the browser: the checks the server makes too, done
// first so the user sees which row is wrong before saving, and the parsing
// of a pasted list (one term per line).
import { MAX_NOTE_CHARS, MAX_TERMS, MAX_TERM_CHARS, type DictionaryTerm } from '@/api/dictionary'

export interface TermRow extends DictionaryTerm {
  key: number
}

function chars(s: string): number {
  return Array.from(s).length
}

// Control characters (line breaks included) cannot be part of a term.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/

/** The first problem with the rows, in Chinese, or null when they can be saved. */
export function rowProblem(rows: DictionaryTerm[]): string | null {
  if (rows.length > MAX_TERMS) return `保密词表最多 ${MAX_TERMS} 个词条`
  const seen = new Set<string>()
  for (let i = 0; i < rows.length; i++) {
    const at = `第 ${i + 1} 个词条`
    const term = rows[i].term.trim()
    const note = rows[i].note.trim()
    if (term === '') return `${at}为空`
    if (CONTROL.test(term) || CONTROL.test(note)) return `${at}含有换行或控制字符`
    if (chars(term) > MAX_TERM_CHARS) return `${at}过长（最多 ${MAX_TERM_CHARS} 个字）`
    if (chars(note) > MAX_NOTE_CHARS) return `${at}的说明过长（最多 ${MAX_NOTE_CHARS} 个字）`
    if (seen.has(term)) return `${at}“${term}”重复`
    seen.add(term)
  }
  return null
}

/**
 * Terms from pasted text: one per line, blank lines skipped, a note after a
 * tab (as copied from a spreadsheet). Terms already in `existing` are left out.
 */
export function parsePasted(text: string, existing: DictionaryTerm[]): DictionaryTerm[] {
  const have = new Set(existing.map((t) => t.term.trim()))
  const out: DictionaryTerm[] = []
  for (const line of text.split(/\r?\n/)) {
    const [rawTerm, ...rest] = line.split('\t')
    const term = rawTerm.trim()
    if (term === '' || have.has(term)) continue
    have.add(term)
    out.push({ term, note: rest.join(' ').trim() })
  }
  return out
}

/** Whether two lists say the same (what a save would change). */
export function sameTerms(a: DictionaryTerm[], b: DictionaryTerm[]): boolean {
  return a.length === b.length && a.every((t, i) => t.term.trim() === b[i].term.trim() && t.note.trim() === b[i].note.trim())
}
