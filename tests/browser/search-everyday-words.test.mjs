// A member searches the everyday word 公众号 from the header: the page says it
// also searched the regulation's wording 公众账号, article 19 comes first with
// 公众账号 marked, and nothing is wider than the screen, at 1280 px and 375 px.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, searchFromHeader, useApp } from './helpers.mjs'

const app = useApp({ before, after })

for (const [width, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`searching 公众号 at ${width} says 也搜索了“公众账号” and shows 第十九条 first`, async () => {
    const page = await app.page(size)
    await page.goto(app.url('/rules'))
    await page.getByRole('heading', { level: 1, name: '党员网络行为规定' }).waitFor()

    await searchFromHeader(page, '公众号')
    const hits = page.getByTestId('search-results').locator('.hit__link')
    await hits.first().waitFor()
    assert.equal((await page.getByTestId('search-also').textContent()).trim(), '也搜索了“公众账号”')
    assert.equal(await hits.first().getAttribute('data-article'), '19')
    assert.equal(await hits.first().locator('.hit__label').textContent(), '第十九条')
    assert.ok((await hits.first().locator('mark').allTextContents()).includes('公众账号'))
    // The note sits above the results.
    const note = await page.getByTestId('search-also').boundingBox()
    const list = await page.getByTestId('search-results').boundingBox()
    assert.ok(note.y + note.height <= list.y, 'also-searched note above the results')
    assert.equal(await horizontalOverflow(page), 0, `search overflows at ${width}`)
    await screenshot(page, `search-gongzhonghao-${width}`)

    // A query in the regulation's own words expands nothing and says nothing about it.
    await searchFromHeader(page, '保密')
    await page.getByTestId('search-results').locator('.hit__link').first().waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="search-summary"]')?.textContent?.includes('保密'))
    assert.equal(await page.getByTestId('search-also').count(), 0)
    await page.close()
  })
}
