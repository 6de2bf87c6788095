// Page titles: "<page> - 网络行为规范管理平台".
export const PRODUCT_NAME = '网络行为规范管理平台'

export function setPageTitle(...parts: Array<string | undefined | null>): void {
  const shown = parts.filter((p): p is string => !!p && p.trim() !== '')
  document.title = [...shown, PRODUCT_NAME].join(' - ')
}
