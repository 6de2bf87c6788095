// A member who leaves the roll (here: the branch secretary, transferred out)
// still signs in, reads 我的记录 and adds a 说明: their member and branch
// roles lapse — the pages of a secretary are gone from the navigation — but
// their rights as the person concerned stay.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

test('a secretary transferred out reads their records and adds a statement', async () => {
  // The committee administrator records the transfer by importing the roster line.
  const admin = await app.pageAs('committee_admin', DESKTOP)
  const session = await (await admin.request.get(app.url('/api/v1/session'))).json()
  const { member } = await (await admin.request.get(app.url('/api/v1/members/1'))).json()
  const csv = `姓名,党员编号,组织编码,人员类别,状态,状态日期\n${member.name},${member.number},ZB001,正式党员,已转出,2025-06-01\n`
  const imported = await admin.request.post(app.url('/api/v1/import/roster'), {
    headers: { 'Content-Type': 'text/csv', 'X-CSRF-Token': session.csrf },
    data: csv,
  })
  assert.equal(imported.status(), 200, await imported.text())
  await admin.close()

  for (const [size, tag] of [[DESKTOP, 'desktop'], [MOBILE, '375']]) {
    const page = await app.pageAs('branch_secretary', size)
    const nav = page.getByRole('navigation', { name: '主导航' })
    await nav.getByRole('link', { name: '我的记录' }).waitFor()
    for (const gone of ['组织管理', '导入名册', '保密词表']) {
      assert.equal(await nav.getByRole('link', { name: gone }).count(), 0, `${gone}: the secretary role lapsed`)
    }
    assert.equal(await page.getByTestId('statements-link').count(), 0, '待回复说明: no longer a reader')
    await nav.getByRole('link', { name: '我的记录' }).click()
    const record = page.getByTestId('record').first()
    await record.waitFor()
    await record.locator('.facts').getByText('已转出').waitFor()
    const text = `我已转往他处（${tag}），组织关系转接材料已交。`
    await record.getByTestId('statement-input').fill(text)
    await record.getByTestId('statement-submit').click()
    await record.getByTestId('record-statements').getByText(text).waitFor()
    await page.getByTestId('records-download-json').waitFor()
    assert.equal(await horizontalOverflow(page), 0)
    await screenshot(page, `former-member-records-${tag}`)
    // A secretary's page is refused now.
    await page.goto(app.url('/members/7'))
    await page.waitForURL((u) => u.pathname === '/forbidden')
    await page.close()
  }

  // The committee administrator sees both statements on the former secretary's page.
  const again = await app.pageAs('committee_admin', DESKTOP)
  await again.goto(app.url('/members/1'))
  const section = again.getByTestId('member-statements')
  await section.getByText('我已转往他处（desktop）').waitFor()
  await section.getByText('我已转往他处（375）').waitFor()
  assert.equal(await section.getByTestId('statement-new').count(), 2)
  await screenshot(again, 'former-member-seen-by-admin-desktop')
  await again.close()
})
