// When the server cannot be reached the page says so in Chinese and offers
// to retry; the retry succeeds once the network is back.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after })

for (const [name, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`a failed search shows 网络错误 and retries (${name})`, async () => {
    const page = await app.page(size)
    const searches = '**/api/v1/rulebooks/*/search?*'
    await page.route(searches, (route) => route.abort('connectionrefused'))
    await page.goto(app.url('/search?q=' + encodeURIComponent('保密')))
    const error = page.getByTestId('error-state')
    await error.waitFor()
    assert.match(await page.getByTestId('error-message').textContent(), /^网络错误/)
    assert.equal(await horizontalOverflow(page), 0)
    await screenshot(page, `network-error-${name}`)

    await page.unroute(searches)
    await error.getByRole('button', { name: '重试' }).click()
    await page.getByTestId('search-results').waitFor()
    assert.equal(await page.getByTestId('search-results').locator('.hit__label').first().textContent(), '第十四条')
    await page.close()
  })
}
