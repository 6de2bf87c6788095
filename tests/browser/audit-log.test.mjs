// 审计日志 as an auditor reads it (issue 9), at 1280 px and 375 px: actions,
// people and organisations by name; one page view is one entry (组织管理 had
// written two identical member.list rows); filters by 操作人 and 操作; pages
// back and forth with the total; the filtered log as Excel; the signed
// checkpoints downloaded; the chain verified with its result shown.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'

import { DESKTOP, MOBILE, horizontalOverflow, logIn, screenshot, settled, useApp } from './helpers.mjs'
import { unzipText } from './xlsx.mjs'

const app = useApp({ before, after }, { demo: true })

async function auditJson(page, query) {
  const r = await page.request.get(app.url(`/api/v1/audit?${query}`))
  assert.equal(r.status(), 200)
  return r.json()
}

test('one page view of 组织管理 is one request and one member.list entry', async () => {
  // The secretary opens 组织管理. It used to ask twice (the first
  // request aborted, often after the server had answered and written it).
  const sec = await app.page(DESKTOP)
  const asked = []
  sec.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/v1/members') asked.push(r.url())
  })
  await logIn(sec, app.baseURL, app.demo.branch_secretary)
  await sec.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '组织管理' }).click()
  await sec.locator('[data-testid="member-list"], [data-testid="members-empty"]').first().waitFor()
  await sec.waitForLoadState('networkidle')
  assert.deepEqual(asked.length, 1, asked.join('\n'))
  await sec.close()
  const auditor = await app.pageAs('auditor', DESKTOP)
  const log = await auditJson(auditor, 'action=member.list&actor=secretary')
  assert.equal(log.total, 1, JSON.stringify(log.entries))
  await auditor.close()
})

for (const [width, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`the auditor reads, filters, pages, exports and verifies the log at ${width}`, async () => {
    // Something to read: the secretary opens member 7's entry, and logins
    // (outside the browser) make more than one page of 50.
    const sec = await app.pageAs('branch_secretary', size)
    assert.equal((await sec.request.get(app.url('/api/v1/members/7'))).status(), 200)
    await sec.close()
    for (let i = 0; i < 60; ++i) {
      const r = await fetch(app.url('/api/v1/login'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: new URL(app.baseURL).origin },
        body: JSON.stringify(app.demo.member),
      })
      assert.equal(r.status, 200)
    }

    // The auditor lands on 审计日志: its own read is done before counting.
    const page = await app.pageAs('auditor', size)
    await page.getByTestId('audit-row').first().waitFor()
    await page.waitForLoadState('networkidle')
    const reads = (await auditJson(page, 'action=audit.read')).total
    await page.goto(app.url('/audit'))
    const rows = page.getByTestId('audit-row')
    await rows.first().waitFor()
    await page.waitForLoadState('networkidle')
    assert.equal((await auditJson(page, 'action=audit.read')).total, reads + 2, 'the page view and the count above: one entry each')

    // Names, not codes.
    const table = page.getByTestId('audit-list')
    const text = await table.textContent()
    assert.match(text, /查看审计日志/)
    assert.match(text, /登录/)
    assert.doesNotMatch(text, /member\.list|audit\.read|user:\d|org:\d|member:\d/, 'no codes in the table')
    assert.equal(await rows.count(), 50, 'one page')
    assert.match(await page.getByTestId('audit-page').textContent(), /第 1 \/ \d+ 页/)

    // 下一页 and back.
    const firstRow = await rows.first().textContent()
    await page.getByTestId('audit-next').click()
    await page.getByTestId('audit-page').filter({ hasText: '第 2 /' }).waitFor()
    assert.notEqual(await rows.first().textContent(), firstRow)
    await page.getByTestId('audit-prev').click()
    await page.getByTestId('audit-page').filter({ hasText: '第 1 /' }).waitFor()

    // Filters: the secretary's reads of member entries.
    await page.getByTestId('audit-filter-actor').fill('secretary')
    await page.getByTestId('audit-filter-action').click()
    await page.locator('.el-select-dropdown__item', { hasText: '查看党员信息' }).first().click()
    await page.getByTestId('audit-search').click()
    await page.getByTestId('audit-total').filter({ hasText: /共 [1-9]\d* 条/ }).waitFor()
    await settled(page)
    const filtered = await rows.allTextContents()
    assert.ok(filtered.length >= 1)
    for (const row of filtered) {
      assert.match(row, /查看党员信息/)
      assert.match(row, /（支部书记）/, 'the secretary with the role in effect')
      assert.match(row, /党员 /, 'the member read, by name')
    }
    await screenshot(page, `audit-filtered-${width}`)

    // The organisation filter searches the server as the auditor types.
    const orgPicker = page.getByTestId('audit-filter-org')
    await orgPicker.click()
    const typed = page.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === '机关第一')
    await orgPicker.locator('input').fill('机关第一')
    assert.equal((await typed).status(), 200)
    const branch = page.locator('.el-select-dropdown__item', { hasText: '机关第一党支部（ZB001）' })
    await branch.waitFor()
    assert.match(await branch.textContent(), /机关党总支/)
    await screenshot(page, `audit-org-picker-${width}`)
    assert.equal(await horizontalOverflow(page), 0, `the open organisation filter overflows at ${width}`)
    await branch.click()
    await page.getByTestId('audit-search').click()
    await page.getByTestId('audit-total').filter({ hasText: /共 [1-9]\d* 条/ }).waitFor()
    await settled(page)
    for (const row of await rows.allTextContents()) assert.match(row, /查看党员信息/)

    // The filtered log as Excel.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()])
    const sheet = unzipText(await readFile(await xlsx.path()))
    assert.match(sheet, /查看党员信息/)
    assert.match(sheet, /支部书记/)
    assert.doesNotMatch(sheet, /查看审计日志/, 'only the filtered entries')

    // The signed checkpoints, to keep elsewhere.
    const [kept] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-checkpoints').click()])
    const checkpoints = await readFile(await kept.path(), 'utf8')
    assert.match(checkpoints, /public-key [0-9a-f]{64}/)

    // The chain verified, and the result shown.
    await page.getByTestId('audit-verify').click()
    const ok = page.getByTestId('audit-verify-ok')
    await ok.waitFor()
    assert.match(await ok.textContent(), /日志链完整/)
    assert.equal(await horizontalOverflow(page), 0, `审计日志 overflows at ${width}`)
    await screenshot(page, `audit-verified-${width}`)
    await page.close()
  })
}
