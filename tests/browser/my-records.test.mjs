// A member sees 我的记录 — the records about them and who read them — and
// appends a 说明 that stays after a reload.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

test('a member opens 我的记录 and adds a 说明', async () => {
  const page = await app.pageAs('member', DESKTOP)
  const nav = page.getByRole('navigation', { name: '主导航' })
  await nav.getByRole('link', { name: '我的记录' }).waitFor()
  // A plain member manages nothing.
  for (const hidden of ['组织管理', '导入名册', '用户与角色', '审计日志']) {
    assert.equal(await nav.getByRole('link', { name: hidden }).count(), 0, `${hidden} hidden from a member`)
  }
  await nav.getByRole('link', { name: '我的记录' }).click()
  await page.getByRole('heading', { level: 1, name: '我的记录' }).waitFor()
  const record = page.getByTestId('record').first()
  await record.waitFor()
  assert.equal(await record.getByRole('heading', { level: 2 }).textContent(), '党员信息')
  // Every field in Chinese, the name first; histories as timelines, never raw data.
  assert.equal(await record.locator('.facts dt').first().textContent(), '姓名')
  const labels = await record.locator('.facts dt').allTextContents()
  for (const label of labels) assert.match(label, /^[\u4e00-\u9fff]+$/, `a field labelled "${label}"`)
  await record.getByTestId('org-history').getByText('机关第一党支部').waitFor()
  await record.getByTestId('status-history').getByText('正常').waitFor()
  assert.equal(await record.getByText('"from"').count(), 0, 'no raw JSON in 我的记录')
  await page.getByTestId('reads').getByRole('heading', { name: '谁查看过' }).waitFor()

  const text = '入党日期有误，应为 2012-07-01，已提交证明材料。'
  await record.getByTestId('statement-input').fill(text)
  await record.getByTestId('statement-submit').click()
  await record.getByTestId('record-statements').getByText(text).waitFor()
  assert.equal(await horizontalOverflow(page), 0)
  await screenshot(page, 'records-desktop')

  await page.reload()
  await page.getByTestId('record').first().getByTestId('record-statements').getByText(text).waitFor()

  await page.setViewportSize(MOBILE)
  assert.equal(await horizontalOverflow(page), 0, '我的记录 overflows at 375 px')
  await screenshot(page, 'records-375')
  await page.close()
})
