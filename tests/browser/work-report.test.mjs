// 年度工作计划和总结 (issue 11, "Responsibility") at both widths: the member
// records contributions over the API and the secretary confirms one; the
// branch secretary makes the year-end report on the generic register page
// (RecordCreateDialog, an organisation's kind: the organisation picked, the
// checklist and narrative typed); the record page shows the figures the
// server froze into it beside the narrative (尚无数据 where no records
// exist); the committee administrator's 概览 lists the branches with which
// have reported, and "只看未报送" leaves the branch that did out.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, settled, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })
const year = new Date().getFullYear()

async function post(page, path, data) {
  const session = await (await page.request.get(app.url('/api/v1/session'))).json()
  const r = await page.request.post(app.url(path), {
    headers: { 'X-CSRF-Token': session.csrf, 'Content-Type': 'application/json' },
    data,
  })
  assert.ok(r.status() < 300, `${path}: ${r.status()} ${await r.text()}`)
  return r.json()
}

let made = false
async function makeRecords() {
  if (made) return
  made = true
  const member = await app.pageAs('member', DESKTOP)
  const ids = []
  for (const n of [1, 2]) {
    const r = await post(member, '/api/v1/records/contribution', {
      fields: { category: 'story', platform: '微博', link: `https://weibo.com/wr/${n}`, date: `${year}-01-1${n}`, description: `年度总结浏览器测试 ${n}` },
    })
    ids.push(r.record.id)
  }
  await member.close()
  const sec = await app.pageAs('branch_secretary', DESKTOP)
  await post(sec, `/api/v1/records/contribution/${ids[0]}/transitions`, { verb: 'confirm' })
  await sec.close()
}

async function choose(page, field, label) {
  await page.getByTestId(`field-${field}`).click()
  await page.getByRole('option', { name: label, exact: true }).last().click()
  // The list closes before the next one opens (the checklist's lists share their options).
  await page.waitForFunction(() => ![...document.querySelectorAll('.el-select__popper')].some((e) => getComputedStyle(e).display !== 'none'))
}

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`the branch makes its year-end report on the register page and it shows its frozen figures (${tag})`, async () => {
    await makeRecords()
    const page = await app.pageAs('branch_secretary', size)
    await page.goto(app.url('/registers/work_report/register'))
    await page.getByTestId('register-new').click()
    const dialog = page.getByTestId('record-create-dialog')
    await dialog.waitFor()
    assert.match(await dialog.textContent(), /管理本支部的党委管理员确认/)
    // The organisation: picked from those the secretary may record for.
    await page.getByTestId('create-org').click()
    await page.keyboard.type('机关第一')
    await page.getByRole('option', { name: /机关第一党支部/ }).first().click()
    await page.getByTestId('field-year').fill(String(year))
    await choose(page, 'document', '年终工作总结')
    for (const duty of ['education', 'commendation', 'guidance', 'responsibility', 'review']) {
      await choose(page, `duty_${duty}`, '已落实')
    }
    // A year out of range is refused naming the field, and nothing typed is lost.
    await page.getByTestId('field-narrative').fill('全年组织集中学习四次，确认党员网络正能量贡献。')
    await page.getByTestId('field-year').fill('1999')
    await page.getByTestId('create-submit').click()
    await page.getByTestId('error-year').waitFor()
    assert.equal(await page.getByTestId('field-narrative').inputValue(), '全年组织集中学习四次，确认党员网络正能量贡献。')
    await page.getByTestId('field-year').fill(String(year))
    await screenshot(page, `work-report-create-${tag}`)
    await page.getByTestId('create-submit').click()
    await page.getByTestId('record-create-dialog').waitFor({ state: 'hidden' })
    const row = page.getByTestId('register-link').first()
    await row.waitFor()
    await row.click()
    const figures = page.getByTestId('record-figures')
    await figures.waitFor()
    assert.match(await page.getByTestId('value-narrative').textContent(), /集中学习四次/)
    // The frozen figures: this test's records, and the quizzes' completions (none here) as a number.
    assert.match(await page.getByTestId('figure-contributions_confirmed').textContent(), /全年 [1-9]/)
    assert.match(await page.getByTestId('figure-quizzes_completed').textContent(), /全年 0/)
    // What stands open is the day of submission's, said as such: not a year-end figure.
    assert.match(await page.getByTestId('figure-relays_open').textContent(), /截至 \d{4}-\d{2}-\d{2}（提交日）\d+/)
    assert.match(await figures.textContent(), /不是年末的数字/)
    assert.equal(await horizontalOverflow(page), 0, 'the report overflows horizontally')
    await settled(page)
    await screenshot(page, `work-report-record-${tag}`)
    await page.close()
  })

  test(`the committee's 概览 shows which branches have reported (${tag})`, async () => {
    const page = await app.pageAs('committee_admin', size)
    await page.goto(app.url('/overview'))
    const section = page.getByTestId('overview-reports')
    await section.waitFor()
    const rows = section.getByTestId('reports-row')
    await rows.first().waitFor()
    assert.equal(await rows.count(), 3)
    await section.getByText('未报送').first().waitFor()
    // The missing ones only: the branches other than the one that reported (a report was made by the first test).
    await page.getByTestId('reports-missing').click()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="reports-row"]').length < 3)
    assert.ok(!(await section.textContent()).includes('机关第一党支部'), 'a branch that reported is listed as missing')
    assert.equal(await horizontalOverflow(page), 0, '概览 overflows horizontally')
    await settled(page)
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, `work-report-rollup-${tag}`)
    await page.close()
  })
}
