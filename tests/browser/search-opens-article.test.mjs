// A member searches 保密 from the header, opens the top hit, and reads
// article 14 at its stable address with clean text.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { ARTICLE_14, DESKTOP, screenshot, searchFromHeader, useApp } from './helpers.mjs'

const app = useApp({ before, after })

test('searching 保密 from the header and opening the top hit shows 第十四条', async () => {
  const page = await app.page(DESKTOP)
  await page.goto(app.url('/rules'))
  await page.getByRole('heading', { level: 1, name: '党员网络行为规定' }).waitFor()

  await searchFromHeader(page, '保密')
  const hits = page.getByTestId('search-results').locator('.hit__link')
  await hits.first().waitFor()
  assert.equal(await hits.first().locator('.hit__label').textContent(), '第十四条')
  // The match is marked, as text inside <mark>.
  assert.ok((await hits.first().locator('mark').allTextContents()).includes('保密'))
  assert.match(await page.title(), /检索：保密/)
  await screenshot(page, 'search-baomi-desktop')

  await hits.first().click()
  await page.waitForURL((u) => u.pathname === '/rules/14')
  await page.getByRole('heading', { level: 1, name: '第十四条' }).waitFor()
  const paragraphs = await page.locator('.article-page__body .article-body__para').allTextContents()
  assert.deepEqual(paragraphs, [ARTICLE_14])
  assert.match(await page.title(), /^第十四条 - /)
  // Breadcrumb names the chapter; neighbours are linked.
  assert.match(await page.locator('.article-page__crumbs').textContent(), /第三章/)
  assert.equal(await page.getByTestId('prev').getAttribute('href'), '/rules/13')
  assert.equal(await page.getByTestId('next').getAttribute('href'), '/rules/15')
  await screenshot(page, 'article-14-desktop')
  await page.close()
})
