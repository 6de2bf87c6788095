// Pure helpers of the 发布前自查 page: the server reports byte offsets into
// the UTF-8 text; the page works on JavaScript strings (UTF-16). Nothing here
// keeps or sends the text.
import type { CheckFinding, Severity } from '@/api/check'

/** Byte offset (UTF-8) → string index, for every code point boundary of `text`. */
export function byteToIndex(text: string): (byte: number) => number {
  const bytes: number[] = [] // bytes[k]: UTF-8 offset of the k-th boundary
  const indices: number[] = []
  let b = 0
  let i = 0
  for (const ch of text) {
    bytes.push(b)
    indices.push(i)
    const cp = ch.codePointAt(0) ?? 0
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    i += ch.length
  }
  bytes.push(b)
  indices.push(i)
  return (byte: number) => {
    // Smallest boundary at or after `byte` (offsets from the server fall on boundaries).
    let lo = 0
    let hi = bytes.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (bytes[mid] < byte) lo = mid + 1
      else hi = mid
    }
    return indices[lo]
  }
}

export interface Segment {
  text: string
  /** index into the findings list, or -1 for plain text */
  finding: number
}

/** `text` cut into plain and marked segments; overlapping findings merge into the first. */
export function segments(text: string, findings: CheckFinding[]): Segment[] {
  const toIndex = byteToIndex(text)
  const spans = findings
    .map((f, k) => ({ start: toIndex(f.start), end: toIndex(f.end), k }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Segment[] = []
  let at = 0
  for (const s of spans) {
    if (s.end <= at) continue
    const start = Math.max(s.start, at)
    if (start > at) out.push({ text: text.slice(at, start), finding: -1 })
    out.push({ text: text.slice(start, s.end), finding: s.k })
    at = s.end
  }
  if (at < text.length) out.push({ text: text.slice(at), finding: -1 })
  return out
}

/**
 * A copy of `text` with each finding masked as the server says (its `masked`: 138****5678, an ID's
 * birth date), as the CLI's --redact does; overlapping findings of several detectors are masked whole.
 * null when a finding may not be masked into something publishable (a secret marking): then no copy
 * is offered at all.
 */
export function redact(text: string, findings: CheckFinding[]): string | null {
  if (findings.some((f) => f.masked === null)) return null
  const toIndex = byteToIndex(text)
  const spans = findings
    .map((f) => ({ start: toIndex(f.start), end: toIndex(f.end), masked: f.masked ?? '' }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const maskAll = (s: string) => Array.from(s, (c) => (c === '\n' || c === '\r' ? c : '*')).join('')
  let out = ''
  let at = 0
  for (let i = 0; i < spans.length; ) {
    const { start } = spans[i]
    let { end } = spans[i]
    let single = true
    let j = i + 1
    for (; j < spans.length && spans[j].start < end; ++j) {
      single &&= spans[j].start === start && spans[j].end === spans[i].end && spans[j].masked === spans[i].masked
      end = Math.max(end, spans[j].end)
    }
    out += text.slice(at, start) + (single ? spans[i].masked : maskAll(text.slice(start, end)))
    at = end
    i = j
  }
  return out + text.slice(at)
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 14 → "第十四条" (1–999). */
export function articleLabel(n: number): string {
  const num = (v: number): string => {
    if (v < 10) return DIGITS[v]
    if (v < 20) return '十' + (v % 10 ? DIGITS[v % 10] : '')
    if (v < 100) return DIGITS[Math.floor(v / 10)] + '十' + (v % 10 ? DIGITS[v % 10] : '')
    const rest = v % 100
    return DIGITS[Math.floor(v / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + DIGITS[rest] : rest < 20 ? '一' + num(rest) : num(rest))
  }
  return `第${num(n)}条`
}

export interface DetectorInfo {
  title: string
  explanation: string
}

const detectors: Record<string, DetectorInfo> = {
  'secret.classification_mark': {
    title: '密级标志',
    explanation: '“绝密”“机密”“秘密”等密级标志说明内容可能属于国家秘密。涉密内容一律不得在网上发布或转发。',
  },
  'secret.internal_mark': {
    title: '内部资料标记',
    explanation: '“内部资料”“不得外传”等标记说明内容只限内部使用，属于工作秘密，不应公开发布。',
  },
  'secret.document_number': {
    title: '发文字号',
    explanation: '发文字号表明这是机关的正式公文。未公开发布的公文，不应转发或截图到网上。',
  },
  'pii.cn_resident_id': {
    title: '居民身份证号',
    explanation: '身份证号是敏感个人信息，公开后可能被冒用身份、诈骗。发布前应删除或遮盖。',
  },
  'pii.cn_mobile': { title: '手机号码', explanation: '手机号码属于个人信息，公开后可能招来骚扰和诈骗。' },
  'pii.bank_card': { title: '银行卡号', explanation: '银行卡号属于敏感个人信息（金融账户），不应公开。' },
  'pii.cn_uscc': { title: '统一社会信用代码', explanation: '统一社会信用代码可识别具体单位，确认可以公开后再发布。' },
  'pii.cn_passport': { title: '护照号码', explanation: '护照号码是敏感个人信息，公开后可能被冒用。' },
  'pii.email': { title: '电子邮箱', explanation: '电子邮箱属于个人信息，公开前请征得本人同意。' },
  'org.dictionary': { title: '本单位保密词', explanation: '本单位列入保密词表的词语（如项目代号、内部系统名称），不应公开。' },
  'doc.hidden_content': {
    title: '文档隐藏内容',
    explanation: '文档里有读者看不到但仍随文件传出去的内容（批注、修订记录、隐藏文字、作者和单位信息）。',
  },
  'media.gps_location': { title: '拍摄位置', explanation: '照片里记录了拍摄地点的经纬度，发出去别人就能知道在哪里拍的。' },
  'media.device_info': { title: '设备信息', explanation: '照片里记录了拍摄设备的型号或序列号。' },
  'media.photographed_document': {
    title: '拍摄的文件',
    explanation: '从图片中识别出的文字带有密级标志、内部资料标记或发文字号，图片很可能是工作文件的照片或截图，不应在网上发布。',
  },
}

export function detectorInfo(id: string): DetectorInfo {
  return detectors[id] ?? { title: id, explanation: '' }
}

export const severityLabel: Record<Severity, string> = { high: '高风险', medium: '中风险', low: '低风险' }
export const severityTag: Record<Severity, 'danger' | 'warning' | 'info'> = {
  high: 'danger',
  medium: 'warning',
  low: 'info',
}
