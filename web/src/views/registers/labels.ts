// Article labels as the regulation writes them: 第四条, 第十四条, 第二十一条.
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '')
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '')
  return String(n)
}

export function articleLabel(n: number): string {
  return `第${chineseNumber(n)}条`
}
