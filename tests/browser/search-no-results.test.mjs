// A query the regulation does not answer gets a clear empty state in
// Chinese, and a query longer than the server accepts is refused before it
// is sent.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, searchFromHeader, useApp } from './helpers.mjs'

const app = useApp({ before, after })

for (const [name, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`searching 区块链 says nothing was found (${name})`, async () => {
    const page = await app.page(size)
    await page.goto(app.url('/rules'))
    await searchFromHeader(page, '区块链')
    const empty = page.getByTestId('search-empty')
    await empty.waitFor()
    assert.match(await empty.textContent(), /未找到与“区块链”相关的条文/)
    assert.equal(await page.getByTestId('search-results').count(), 0)
    assert.equal(await horizontalOverflow(page), 0)
    await screenshot(page, `search-empty-${name}`)
    await page.close()
  })
}

test('a query over 200 characters is refused with a Chinese message', async () => {
  const page = await app.page(DESKTOP)
  const q = '保密'.repeat(101)
  await page.goto(app.url('/search?q=' + encodeURIComponent(q)))
  await page.getByTestId('error-state').waitFor()
  assert.match(await page.getByTestId('error-message').textContent(), /检索词过长/)
  await page.close()
})
