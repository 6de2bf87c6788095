// POST /api/v1/check — self-check of pasted text or files. What is sent is
// checked in that one request and is neither stored nor logged by the server;
// this module keeps nothing either (no cache, no storage).
import { ApiError } from '@/api/client'
import { useSessionStore } from '@/stores/session'

/** The server's limit for one check request (all files together). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
export const MAX_FILES = 10

export type Severity = 'low' | 'medium' | 'high'

export interface CheckFinding {
  detector: string
  severity: Severity
  /** byte offsets into the checked UTF-8 text (of the part named by location) */
  start: number
  end: number
  article: number | null
  excerpt: string
  suggestion: string
  /** the extractor's name of the part (word/document.xml); null for pasted text */
  location: string | null
  /** where, as a member says it (正文, 第 3 张幻灯片的备注); shown instead of location */
  where: string | null
  /** the finding as a shared copy shows it (138****5678); null: the content must not be published */
  masked: string | null
}

export interface MetadataFinding {
  detector: string
  /** what it is: doc.comment, doc.tracked_change, media.gps, … */
  kind: string
  severity: Severity
  article: number | null
  location: string
  /** where, as a member says it: 文档属性（作者）, 照片的拍摄设备（型号） */
  where: string
  description: string
  excerpt: string
  suggestion: string
}

export interface CheckedFile {
  path: string
  findings: CheckFinding[]
  metadata: MetadataFinding[]
  /** set when the content must not be published at all (a secret marking): no masked copy is offered */
  do_not_publish: string | null
  warnings: string[]
  error?: string
  error_code?: string
}

export interface CheckReport {
  files: CheckedFile[]
}

const messages: Record<string, string> = {
  payload_too_large: '文件过大：一次提交的内容不能超过 20 MB',
  unsupported_media_type: '无法识别的提交格式',
  busy: '正在检查的文件较多，请稍后重试',
}

// Self-check is for signed-in members: the session's CSRF token goes along.
function csrfHeader(): Record<string, string> {
  const token = useSessionStore().csrf
  return token ? { 'X-CSRF-Token': token } : {}
}

async function post(body: BodyInit, headers: Record<string, string>, signal?: AbortSignal): Promise<CheckReport> {
  let response: Response
  try {
    response = await fetch('/api/v1/check', {
      method: 'POST',
      body,
      headers: { Accept: 'application/json', ...csrfHeader(), ...headers },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError('network', '网络错误：无法连接服务器，请检查网络后重试')
  }
  let data: unknown = null
  if ((response.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      data = await response.json()
    } catch {
      data = null
    }
  }
  if (!response.ok) {
    const err = (data as { error?: { code?: unknown; message?: unknown } } | null)?.error
    const code = typeof err?.code === 'string' ? err.code : response.status === 413 ? 'payload_too_large' : 'internal'
    const message =
      messages[code] ??
      (typeof err?.message === 'string' && err.message.trim() !== '' ? err.message : `检查失败（HTTP ${response.status}）`)
    throw new ApiError(code, message, response.status)
  }
  const files = (data as CheckReport | null)?.files
  if (!Array.isArray(files)) throw new ApiError('bad_response', '服务器返回的数据无法识别', response.status)
  return data as CheckReport
}

export function checkText(text: string, signal?: AbortSignal): Promise<CheckReport> {
  return post(JSON.stringify({ text }), { 'Content-Type': 'application/json' }, signal)
}

export function checkFiles(files: File[], signal?: AbortSignal): Promise<CheckReport> {
  const form = new FormData()
  for (const f of files) form.append('file', f, f.name)
  return post(form, {}, signal)
}

// POST /api/v1/check/clean — a cleaned copy of one document or photo, built
// in memory by the server and handed back; the report of what was removed
// comes in the X-Clean-Report header (percent-encoded JSON).
export type Revisions = 'accept' | 'reject'

export interface CleanReport {
  format: string
  revisions: Revisions
  tracked_changes: number
  removed: string[]
  remaining: string[]
}

export interface CleanedCopy {
  blob: Blob
  filename: string
  report: CleanReport
}

/** Names of files the server can clean (it decides by content; this only chooses where to offer it). */
export function cleanable(name: string): boolean {
  return /\.(docx|xlsx|pptx|pdf|jpe?g|png)$/i.test(name)
}

function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')
  if (star) {
    try {
      return decodeURIComponent(star[1])
    } catch {
      // fall through
    }
  }
  return fallback
}

export async function cleanFile(file: File, revisions: Revisions, signal?: AbortSignal): Promise<CleanedCopy> {
  const form = new FormData()
  form.append('file', file, file.name)
  form.append('revisions', revisions)
  let response: Response
  try {
    response = await fetch('/api/v1/check/clean', {
      method: 'POST',
      body: form,
      headers: { ...csrfHeader() },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError('network', '网络错误：无法连接服务器，请检查网络后重试')
  }
  if (!response.ok) {
    let err: { code?: unknown; message?: unknown } | undefined
    try {
      err = ((await response.json()) as { error?: typeof err })?.error
    } catch {
      err = undefined
    }
    const code = typeof err?.code === 'string' ? err.code : response.status === 413 ? 'payload_too_large' : 'internal'
    const message =
      code === 'busy' || code === 'payload_too_large'
        ? messages[code]
        : typeof err?.message === 'string' && err.message.trim() !== ''
          ? err.message
          : `清理失败（HTTP ${response.status}）`
    throw new ApiError(code, message, response.status)
  }
  let report: CleanReport
  try {
    report = JSON.parse(decodeURIComponent(response.headers.get('x-clean-report') ?? '')) as CleanReport
  } catch {
    throw new ApiError('bad_response', '服务器返回的数据无法识别', response.status)
  }
  if (!Array.isArray(report?.removed) || !Array.isArray(report?.remaining))
    throw new ApiError('bad_response', '服务器返回的数据无法识别', response.status)
  const blob = await response.blob()
  return { blob, filename: filenameOf(response.headers.get('content-disposition'), `cleaned.${report.format}`), report }
}
