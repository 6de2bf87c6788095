// A query typed in traditional characters finds the simplified text.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, searchFromHeader, useApp } from './helpers.mjs'

const app = useApp({ before, after })

for (const [name, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`searching 網絡遊戲 lists 第十六条 and 第十七条 (${name})`, async () => {
    const page = await app.page(size)
    await page.goto(app.url('/search'))
    await page.getByTestId('search-intro').waitFor()
    await searchFromHeader(page, '網絡遊戲')
    const results = page.getByTestId('search-results')
    await results.waitFor()
    const labels = await results.locator('.hit__label').allTextContents()
    assert.ok(labels.includes('第十六条'), `results: ${labels.join(', ')}`)
    assert.ok(labels.includes('第十七条'), `results: ${labels.join(', ')}`)
    // Matches are highlighted in the simplified text.
    assert.ok((await results.locator('mark').count()) > 0)
    assert.equal(await horizontalOverflow(page), 0)
    await screenshot(page, `search-traditional-${name}`)
    await page.close()
  })
}
