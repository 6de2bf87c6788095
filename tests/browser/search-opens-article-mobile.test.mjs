// The same search at phone width (375 px): it works and nothing is wider
// than the screen — header, results, article, and the chapter drawer.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { ARTICLE_14, MOBILE, horizontalOverflow, screenshot, searchFromHeader, settled, useApp } from './helpers.mjs'

const app = useApp({ before, after })

test('at 375 px, searching 保密 and opening the top hit shows 第十四条 without horizontal overflow', async () => {
  const page = await app.page(MOBILE)
  await page.goto(app.url('/rules'))
  await page.getByRole('heading', { level: 1, name: '党员网络行为规定' }).waitFor()
  assert.equal(await horizontalOverflow(page), 0, 'rulebook page overflows at 375 px')
  // The tree is not beside the text at this width; it opens in a drawer.
  assert.equal(await page.locator('.rules-layout__side').isVisible(), false)
  await screenshot(page, 'rules-375')

  await searchFromHeader(page, '保密')
  const top = page.getByTestId('search-results').locator('.hit__link').first()
  await top.waitFor()
  assert.equal(await horizontalOverflow(page), 0, 'search page overflows at 375 px')
  await screenshot(page, 'search-baomi-375')

  await top.click()
  await page.waitForURL((u) => u.pathname === '/rules/14')
  await page.getByRole('heading', { level: 1, name: '第十四条' }).waitFor()
  assert.deepEqual(await page.locator('.article-page__body .article-body__para').allTextContents(), [ARTICLE_14])
  assert.equal(await horizontalOverflow(page), 0, 'article page overflows at 375 px')
  await screenshot(page, 'article-14-375')

  await page.getByTestId('toc-toggle').click()
  const drawer = page.locator('.toc-drawer')
  await drawer.getByText('第三章 网络行为管理').waitFor()
  await settled(page)
  assert.equal(await horizontalOverflow(page), 0, 'chapter drawer overflows at 375 px')
  await screenshot(page, 'toc-drawer-375')
  // Choosing an article in the drawer opens it and closes the drawer.
  await drawer.locator('[data-article="16"]').click()
  await page.waitForURL((u) => u.pathname === '/rules/16')
  await page.getByRole('heading', { level: 1, name: '第十六条' }).waitFor()
  await drawer.waitFor({ state: 'hidden' })
  await page.close()
})
