// /rules/14 is a stable address: opened directly (a fresh load, not a
// navigation inside the app) it shows the article.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { ARTICLE_14, DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after })

for (const [name, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`opening /rules/14 directly shows 第十四条 (${name})`, async () => {
    const page = await app.page(size)
    const response = await page.goto(app.url('/rules/14'))
    assert.equal(response.status(), 200)
    await page.getByRole('heading', { level: 1, name: '第十四条' }).waitFor()
    assert.deepEqual(await page.locator('.article-page__body .article-body__para').allTextContents(), [ARTICLE_14])
    assert.equal(await page.title(), '第十四条 - 党员网络行为规定 - 网络行为规范管理平台')
    // Annotation tags are shown.
    assert.ok((await page.getByTestId('kind-tag').textContent()).trim().length > 0)
    assert.match(await page.getByTestId('binds-tag').textContent(), /适用对象/)
    if (size === DESKTOP) {
      // The chapter tree sits beside the text and marks the current article.
      const current = page.locator('.rules-layout__side .el-tree-node.is-current [data-article]')
      assert.equal(await current.getAttribute('data-article'), '14')
    }
    assert.equal(await horizontalOverflow(page), 0)
    await screenshot(page, `deep-link-14-${name}`)
    await page.close()
  })
}
