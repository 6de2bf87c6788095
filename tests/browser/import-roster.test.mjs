// A branch secretary imports a roster: the dry run of a file with one bad row
// reports that row by 行号 and 原因 and imports nothing; after the row is
// fixed the import goes through and the members are listed.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

const HEADER = '姓名,党员编号,组织编码,人员类别,是否党员干部,干部层级,状态,状态日期,入党日期,转正日期'
function roster(code, badDate) {
  return [
    HEADER,
    `测试甲,T9001,${code},正式党员,否,,正常,,2015-07-01,2016-07-01`,
    `测试乙,T9002,${code},正式党员,否,,正常,,${badDate ? '2015-13-45' : '2015-11-20'},2016-11-20`,
    `测试丙,T9003,${code},预备党员,否,,正常,,2025-06-30,`,
    '',
  ].join('\r\n')
}

function csvFile(text) {
  return { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') }
}

test('a roster with one bad row is reported and not imported; fixed, it imports and the members are listed', async () => {
  const page = await app.pageAs('branch_secretary', DESKTOP)

  // The secretary's branch, as the server describes the account.
  const session = await (await page.request.get(app.url('/api/v1/session'))).json()
  const grant = session.user.roles.find((r) => r.role === 'branch_secretary')
  assert.ok(grant?.org, 'demo branch secretary has a branch')
  const org = (await (await page.request.get(app.url(`/api/v1/organisations/${grant.org.id}`))).json()).organisation

  // The nav shows what a secretary may use, and not what they may not.
  const nav = page.getByRole('navigation', { name: '主导航' })
  await nav.getByRole('link', { name: '导入名册' }).waitFor()
  assert.equal(await nav.getByRole('link', { name: '用户与角色' }).count(), 0)
  assert.equal(await nav.getByRole('link', { name: '审计日志' }).count(), 0)

  await nav.getByRole('link', { name: '导入名册' }).click()
  await page.waitForURL((u) => u.pathname === '/import')

  // Before any upload: the allowed values of each column, and a template to download.
  await page.getByText('各列怎么填').click()
  const columns = page.getByTestId('import-columns')
  await columns.locator('[data-column="人员类别"]').getByText('正式党员、预备党员').waitFor()
  await columns.locator('[data-column="状态"]').getByText('已转出').waitFor()
  const download = page.waitForEvent('download')
  await page.getByTestId('import-template').click()
  assert.equal((await download).suggestedFilename(), '党员名册导入模板.xlsx')
  await screenshot(page, 'import-columns-desktop')

  await page.getByTestId('import-file').setInputFiles(csvFile(roster(org.code, true)))
  await page.getByTestId('import-dry-run').click()
  const errors = page.getByTestId('import-errors')
  await errors.waitFor()
  const rows = errors.locator('tbody tr')
  assert.equal(await rows.count(), 1)
  assert.equal((await rows.first().locator('td').nth(0).textContent()).trim(), '3')
  assert.equal((await rows.first().locator('td').nth(1).textContent()).trim(), '入党日期')
  assert.match(await rows.first().locator('td').nth(2).textContent(), /2015-13-45/)
  assert.match(await page.getByTestId('import-report-errors').textContent(), /未导入任何数据/)
  assert.equal(await page.getByTestId('import-apply').isDisabled(), true)
  assert.equal(await horizontalOverflow(page), 0)
  await screenshot(page, 'import-errors-desktop')

  // Nothing was imported: the branch's list has none of the file's members.
  await page.goto(app.url(`/organisation?org=${org.id}`))
  await page.getByRole('heading', { level: 1, name: org.name }).waitFor()
  await page.locator('[data-testid="member-list"], [data-testid="members-empty"]').first().waitFor()
  assert.equal(await page.locator('[data-member="T9001"]').count(), 0)

  // Fixed, the dry run passes and the import adds the three.
  await page.goto(app.url('/import'))
  await page.getByTestId('import-file').setInputFiles(csvFile(roster(org.code, false)))
  await page.getByTestId('import-dry-run').click()
  await page.getByTestId('import-report-ok').waitFor()
  await page.getByTestId('import-apply').click()
  await page.getByTestId('import-summary').waitFor()
  assert.equal((await page.getByTestId('summary-adds').textContent()).trim(), '3')
  assert.equal((await page.getByTestId('summary-updates').textContent()).trim(), '0')
  await screenshot(page, 'import-summary-desktop')

  await page.goto(app.url(`/organisation?org=${org.id}`))
  await page.getByTestId('member-list').waitFor()
  for (const number of ['T9001', 'T9002', 'T9003']) {
    assert.equal(await page.locator(`[data-member="${number}"]`).count(), 1, `${number} listed`)
  }
  assert.equal((await page.locator('[data-member="T9002"] td').first().textContent()).trim(), '测试乙')
  await screenshot(page, 'organisation-desktop')

  // Someone else's entry says the view is audited.
  await page.locator('[data-member="T9002"] a').click()
  await page.getByRole('heading', { level: 1, name: '测试乙' }).waitFor()
  assert.match(await page.getByTestId('audit-notice').textContent(), /审计日志/)
  await screenshot(page, 'member-detail-desktop')
  await page.close()
})
