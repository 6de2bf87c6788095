// An article the rulebook does not have gets a Chinese not-found message,
// not a blank page.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after })

for (const [name, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`/rules/99 says the article was not found (${name})`, async () => {
    const page = await app.page(size)
    await page.goto(app.url('/rules/99'))
    const error = page.getByTestId('error-state')
    await error.waitFor()
    const text = await error.textContent()
    assert.match(text, /未找到/)
    assert.doesNotMatch(text, /not_found|404|undefined/)
    assert.match(await page.title(), /^未找到条文 - /)
    assert.equal(await page.locator('.article-page').count(), 0)
    assert.equal(await horizontalOverflow(page), 0)
    await screenshot(page, `unknown-article-99-${name}`)
    await page.close()
  })
}
