// A committee administrator imports a 12,000-row roster as an Excel workbook: the
// wizard shows the upload and the server's progress (el-progress) while the
// file is read and checked, then the dry-run report; the import adds every
// member. On a phone, a workbook with a title row and one bad row is
// reported by the sheet's row number and imports nothing.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'
import { makeXlsx, XLSX_MIME } from './xlsx.mjs'

const app = useApp({ before, after }, { demo: true })

const HEADER = ['姓名', '党员编号', '组织编码', '人员类别', '是否党员干部', '入党日期']

function xlsxFile(rows, name = 'roster.xlsx') {
  return { name, mimeType: XLSX_MIME, buffer: makeXlsx(rows) }
}

test('a 12,000-row workbook shows its progress, passes the dry run and imports', async () => {
  const page = await app.pageAs('committee_admin', DESKTOP)
  await page.goto(app.url('/import'))
  // A committee administrator chooses between the roster and the hierarchy.
  await page.getByRole('radio', { name: '组织架构' }).waitFor()
  assert.equal(await page.locator('.el-radio-button').count(), 2)
  const rows = [HEADER]
  for (let i = 0; i < 12000; i++) rows.push([`导入测试${i}`, `X${100000 + i}`, 'ZB003', '正式党员', '否', '2010-07-01'])
  await page.getByTestId('import-file').setInputFiles(xlsxFile(rows))
  assert.equal((await page.getByTestId('import-file-name').textContent()).trim(), 'roster.xlsx')

  await page.getByTestId('import-dry-run').click()
  const progress = page.getByTestId('import-progress')
  await progress.waitFor()
  assert.equal(await progress.locator('.el-progress').count(), 1, 'an el-progress bar')
  assert.match(await page.getByTestId('import-progress-label').textContent(), /^试运行：/)
  // The picture of a job at work: while the server checks rows, if we catch it there.
  await page
    .locator('[data-testid="import-progress"][data-phase="checking"]')
    .waitFor({ timeout: 30000 })
    .then(() => screenshot(page, 'import-progress-desktop'))
    .catch(() => screenshot(page, 'import-progress-desktop'))

  await page.getByTestId('import-report-ok').waitFor({ timeout: 120000 })
  assert.match(await page.getByTestId('import-report-ok').textContent(), /新增 12000 行/)
  assert.match(await page.getByTestId('import-format').textContent(), /Excel/)
  // The rows to change come a page at a time from the job (issue 9), with their total.
  await page.getByTestId('import-rows-total').getByText('共 12000 行将变动，已显示 50 行').waitFor()
  assert.equal(await page.getByTestId('import-rows').locator('tbody tr').count(), 50)
  await page.getByTestId('import-rows-more').click()
  await page.getByTestId('import-rows-total').getByText('已显示 100 行').waitFor()
  assert.equal(await page.getByTestId('import-rows').locator('tbody tr').count(), 100)
  assert.equal(await horizontalOverflow(page), 0)
  await screenshot(page, 'import-xlsx-report-desktop')

  await page.getByTestId('import-apply').click()
  await page.getByTestId('import-summary').waitFor({ timeout: 120000 })
  assert.equal((await page.getByTestId('summary-adds').textContent()).trim(), '12000')

  // The server has them: the same workbook again is all unchanged.
  const again = await page.request.post(app.url('/api/v1/import/roster?dry_run=1'), {
    headers: { 'X-CSRF-Token': await csrf(page), 'Content-Type': XLSX_MIME },
    data: makeXlsx(rows),
  })
  assert.equal(again.status(), 200)
  const report = await again.json()
  assert.equal(report.unchanged, 12000)
  assert.equal(report.adds + report.updates, 0)
  await page.close()
})

test('on a phone, a workbook with a title row and one bad row is reported by its sheet row', async () => {
  const page = await app.pageAs('branch_secretary', MOBILE)
  const rows = [
    ['机关第一党支部党员名册'],
    HEADER,
    ['手机甲', 'M9001', 'ZB001', '正式党员', '否', '2015-07-01'],
    ['手机乙', 'M9002', 'ZB001', '党员', '否', '2015-07-01'],
  ]
  await page.goto(app.url('/import'))
  await page.getByTestId('import-file').setInputFiles(xlsxFile(rows, '名册.xlsx'))
  await page.getByTestId('import-dry-run').click()
  const errors = page.getByTestId('import-errors')
  await errors.waitFor()
  const cells = errors.locator('tbody tr').first().locator('td')
  assert.equal(await errors.locator('tbody tr').count(), 1)
  assert.equal((await cells.nth(0).textContent()).trim(), '4', 'the sheet row, below the title and header')
  assert.equal((await cells.nth(1).textContent()).trim(), '人员类别')
  assert.match(await page.locator('.report-warnings').textContent(), /表头在第 2 行/)
  assert.equal(await page.getByTestId('import-apply').isDisabled(), true)
  assert.equal(await horizontalOverflow(page), 0)
  await screenshot(page, 'import-xlsx-errors-mobile')

  // An old .xls is refused before upload, with what to do instead.
  await page.getByTestId('import-file').setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('x') })
  assert.match(await page.locator('.form-error').textContent(), /另存为/)
  await page.close()
})

async function csrf(page) {
  const session = await (await page.request.get(app.url('/api/v1/session'))).json()
  return session.csrf
}
