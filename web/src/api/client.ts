// A small fetch wrapper: JSON in, JSON out, every failure turned into an
// ApiError whose message is Chinese and fit to show to the user.

export type ApiErrorCode =
  | 'network'
  | 'not_found'
  | 'bad_request'
  | 'payload_too_large'
  | 'method_not_allowed'
  | 'internal'
  | 'bad_response'
  | 'unauthenticated'
  | 'bad_credentials'
  | 'forbidden'
  | 'csrf'
  | 'reauth_failed'
  | 'throttled'
  | 'weak_password'
  | 'invalid_input'
  | 'conflict'
  | 'import_invalid'
  | string

export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly status: number
  /** The rest of the error body (e.g. an import's "report"). */
  readonly body: unknown

  constructor(code: ApiErrorCode, message: string, status = 0, body: unknown = null) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.body = body
  }

  get isNotFound(): boolean {
    return this.code === 'not_found' || this.status === 404
  }
}

const fallbackMessages: Record<string, string> = {
  not_found: '未找到请求的内容',
  bad_request: '请求有误，请检查输入后重试',
  payload_too_large: '提交的内容过大',
  method_not_allowed: '不支持该操作',
  internal: '服务器内部错误，请稍后重试',
  unauthenticated: '登录已失效，请重新登录',
  bad_credentials: '用户名或密码错误',
  forbidden: '您没有权限执行此操作',
  csrf: '页面已过期，请刷新后重试',
  reauth_failed: '当前密码不正确',
  throttled: '尝试次数过多，请稍后再试',
  weak_password: '密码至少需要 12 个字符',
  invalid_input: '输入有误，请检查后重试',
  conflict: '与已有数据冲突',
  import_invalid: '文件中有错误，未导入任何数据',
}

// Messages the UI words itself whatever the server says, so that the login
// page reads the same for every cause.
const fixedMessages: Record<string, string> = {
  bad_credentials: '用户名或密码错误',
  throttled: '尝试次数过多，请稍后再试',
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown }
}

function defaultCode(status: number): string {
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 429) return 'throttled'
  if (status >= 500) return 'internal'
  return 'bad_request'
}

export function errorFromBody(status: number, body: unknown): ApiError {
  const err = (body as ErrorBody | null)?.error
  const code = typeof err?.code === 'string' ? err.code : defaultCode(status)
  const message =
    fixedMessages[code] ??
    (typeof err?.message === 'string' && err.message.trim() !== ''
      ? err.message
      : (fallbackMessages[code] ?? `请求失败（HTTP ${status}）`))
  return new ApiError(code, message, status, body)
}

// ---- session hooks ----------------------------------------------------
// The session store tells the client which CSRF token to send, and hears
// when the server says the session is gone.

let csrfToken: string | null = null
let onUnauthenticated: (() => void) | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler
}

function noteFailure(e: ApiError, path: string): void {
  if (e.code === 'unauthenticated' && onUnauthenticated && !path.endsWith('/session') && !path.endsWith('/login')) {
    onUnauthenticated()
  }
}

const networkMessage = '网络错误：无法连接服务器，请检查网络后重试'

async function readBody(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('application/json')) return null
  try {
    return await response.json()
  } catch {
    return null
  }
}

/**
 * An unsafe request (POST/PUT/PATCH/DELETE) with a JSON body, with raw
 * bytes when body is a Blob, or multipart/form-data when it is a FormData.
 * Sends the session's CSRF token.
 */
export async function sendJson<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken
  let payload: BodyInit | undefined
  if (body instanceof Blob) {
    payload = body
    headers['Content-Type'] = body.type || 'application/octet-stream'
  } else if (body instanceof FormData) {
    payload = body // multipart/form-data: the browser writes the Content-Type with its boundary
  } else if (body !== undefined) {
    payload = JSON.stringify(body)
    headers['Content-Type'] = 'application/json'
  }
  let response: Response
  try {
    response = await fetch(path, { method, headers, body: payload, signal, credentials: 'same-origin' })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError('network', networkMessage)
  }
  const parsed = await readBody(response)
  if (!response.ok) {
    const err = errorFromBody(response.status, parsed)
    noteFailure(err, path)
    throw err
  }
  if (parsed === null) throw new ApiError('bad_response', '服务器返回的数据无法识别', response.status)
  return parsed as T
}

/**
 * Uploads a file's bytes with POST, reporting upload progress (0–1). Uses
 * XMLHttpRequest because fetch reports no upload progress.
 */
export function uploadWithProgress<T>(path: string, file: Blob, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Content-Type', file.type || 'text/csv')
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken)
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable && ev.total > 0) onProgress(ev.loaded / ev.total)
    }
    xhr.onerror = () => reject(new ApiError('network', networkMessage))
    xhr.onload = () => {
      onProgress(1)
      let parsed: unknown = null
      if ((xhr.getResponseHeader('content-type') ?? '').includes('application/json')) {
        try {
          parsed = JSON.parse(xhr.responseText)
        } catch {
          parsed = null
        }
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        const err = errorFromBody(xhr.status, parsed)
        noteFailure(err, path)
        reject(err)
        return
      }
      if (parsed === null) reject(new ApiError('bad_response', '服务器返回的数据无法识别', xhr.status))
      else resolve(parsed as T)
    }
    xhr.send(file)
  })
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal, credentials: 'same-origin' })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError('network', networkMessage)
  }
  const body = await readBody(response)
  if (!response.ok) {
    const err = errorFromBody(response.status, body)
    noteFailure(err, path)
    throw err
  }
  if (body === null) throw new ApiError('bad_response', '服务器返回的数据无法识别', response.status)
  return body as T
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError'
}

/** A message to show for any error thrown by the API layer. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message
  return '发生未知错误，请刷新页面后重试'
}
