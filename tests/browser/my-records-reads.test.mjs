// Seen from the member's side: a branch secretary's roster exports and a dry
// run of an import naming the member show in the member's 我的记录, one line
// each, with who and which organisation; the list comes a page at a time
// ("更多") until it ends.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

const EXPORTS = 22 // with the dry run and the read: more than one page of 20

test('exports and a dry run show in the member\'s 我的记录, paged with 更多', async () => {
  const sec = await app.pageAs('branch_secretary', DESKTOP)
  const session = await (await sec.request.get(app.url('/api/v1/session'))).json()
  const grant = session.user.roles.find((r) => r.role === 'branch_secretary')
  assert.ok(grant?.org, 'demo branch secretary has a branch')
  // The demo "member" account is member 7, of the secretary's branch.
  const entry = await sec.request.get(app.url('/api/v1/members/7'))
  assert.equal(entry.status(), 200)
  const { member } = await entry.json()

  for (let i = 0; i < EXPORTS; ++i) {
    const r = await sec.request.get(app.url(`/api/v1/export/roster?org=${grant.org.id}`))
    assert.equal(r.status(), 200)
  }

  // A dry run through the import page, as the secretary does it: the
  // preview shows the member's current status.
  const nav = sec.getByRole('navigation', { name: '主导航' })
  await nav.getByRole('link', { name: '导入名册' }).click()
  await sec.waitForURL((u) => u.pathname === '/import')
  const csv = ['姓名,党员编号,状态', `${member.name},${member.number},失联`, ''].join('\r\n')
  await sec.getByTestId('import-file').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
  await sec.getByTestId('import-dry-run').click()
  await sec.getByTestId('import-report-ok').waitFor()
  const changed = sec.getByTestId('import-rows')
  await changed.waitFor()
  assert.match(await changed.textContent(), /正常/, 'the preview shows the member\'s current status')
  await sec.close()

  // The member's side (this login replaces the secretary's session).
  const page = await app.pageAs('member', DESKTOP)
  const all = await (await page.request.get(app.url('/api/v1/me/records?limit=100'))).json()
  const total = all.reads.length
  assert.ok(total >= EXPORTS + 2 && total < 100, `reads: ${total}`)
  assert.equal(all.reads[0].action, 'roster.dry_run')
  assert.equal(all.reads[1].action, 'roster.export')

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的记录' }).click()
  await page.getByRole('heading', { level: 1, name: '我的记录' }).waitFor()
  const reads = page.getByTestId('reads')
  await reads.getByRole('heading', { name: '谁查看过' }).waitFor()
  const lines = reads.getByTestId('record-read')
  await lines.first().waitFor()
  assert.equal(await lines.count(), 20, 'the first page')
  assert.match(await reads.getByTestId('record-reads-count').textContent(), new RegExp(`共 ${total} 次`))
  const newest = await lines.nth(0).textContent()
  // The reader by name with the role in effect when they read, not "user:4 (secretary)".
  const who = await lines.nth(0).getByTestId('record-read-who').textContent()
  assert.match(who, /^\p{Script=Han}{2,4}（支部书记）$/u, who)
  assert.doesNotMatch(newest, /user:\d|secretary/)
  assert.match(newest, /试导入名册/)
  assert.match(newest, new RegExp(grant.org.name))
  assert.match(await lines.nth(1).textContent(), /导出了含您信息的党员名册/)

  // 更多 until the list ends; every line once.
  const more = reads.getByTestId('reads-more')
  for (let shown = 20; shown < total; shown = await lines.count()) {
    await more.click()
    await lines.nth(Math.min(shown + 20, total) - 1).waitFor()
  }
  assert.equal(await lines.count(), total)
  assert.equal(await more.count(), 0, 'no 更多 after the last page')
  assert.equal(await horizontalOverflow(page), 0)
  await screenshot(page, 'records-reads-desktop')
  await page.setViewportSize(MOBILE)
  assert.equal(await horizontalOverflow(page), 0, '我的记录 overflows at 375 px')
  assert.match(await lines.nth(0).getByTestId('record-read-who').textContent(), /（支部书记）$/)
  await reads.scrollIntoViewIfNeeded()
  await screenshot(page, 'records-reads-375')
  await page.close()
})
