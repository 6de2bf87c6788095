// /rules shows the whole regulation with its chapter tree; choosing an
// article in the tree opens its own page.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after })

test('the rulebook page lists every chapter and the tree opens an article', async () => {
  const page = await app.page(DESKTOP)
  await page.goto(app.url('/'))
  await page.waitForURL((u) => u.pathname === '/rules')
  await page.getByRole('heading', { level: 1, name: '党员网络行为规定' }).waitFor()
  assert.equal(await page.title(), '规定原文 - 网络行为规范管理平台')

  const chapters = await page.locator('.chapter__title').allTextContents()
  assert.equal(chapters.length, 5)
  assert.equal(chapters[2], '第三章 网络行为管理')
  assert.equal(await page.locator('.rulebook-text .rule').count(), 26)
  // Article labels are links to the article pages.
  assert.equal(await page.locator('#article-14 .rule__label').getAttribute('href'), '/rules/14')

  const tree = page.locator('.rules-layout__side')
  assert.equal(await tree.locator('[data-article]').count(), 26)
  await screenshot(page, 'rules-desktop')

  await tree.locator('[data-article="17"]').click()
  await page.waitForURL((u) => u.pathname === '/rules/17')
  await page.getByRole('heading', { level: 1, name: '第十七条' }).waitFor()
  assert.equal(await tree.locator('.el-tree-node.is-current [data-article]').getAttribute('data-article'), '17')
  await page.close()
})
