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
  | string

export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly status: number

  constructor(code: ApiErrorCode, message: string, status = 0) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
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
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown }
}

function errorFromBody(status: number, body: unknown): ApiError {
  const err = (body as ErrorBody | null)?.error
  const code = typeof err?.code === 'string' ? err.code : status === 404 ? 'not_found' : status >= 500 ? 'internal' : 'bad_request'
  const message =
    typeof err?.message === 'string' && err.message.trim() !== ''
      ? err.message
      : (fallbackMessages[code] ?? `请求失败（HTTP ${status}）`)
  return new ApiError(code, message, status)
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal, credentials: 'same-origin' })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError('network', '网络错误：无法连接服务器，请检查网络后重试')
  }
  let body: unknown = null
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('application/json')) {
    try {
      body = await response.json()
    } catch {
      body = null
    }
  }
  if (!response.ok) throw errorFromBody(response.status, body)
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
