// 违法违规信息举报记录 at both widths, through the generic per-kind view: the
// form cites its article and says it is no channel for reporting members'
// opinions; the member logs a report, brings its outcome up to date and
// closes it; the branch secretary reads it in the register of reports; the
// committee administrator above is not offered that register and is refused
// it when asking by address.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

async function noOverflow(page, what) {
  assert.equal(await horizontalOverflow(page), 0, `${what} overflows horizontally`)
}

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`a report is logged, its outcome updated and closed; only the branch reads it (${tag})`, async () => {
    const what = `某群组传播网络赌博广告（${tag}）`

    const member = await app.pageAs('member', size)
    await member.goto(app.url('/registers/contribution'))
    await member.getByTestId('nav-kind-report').click()
    const form = member.getByTestId('report-form')
    await form.waitFor()
    const cites = await member.getByTestId('form-articles').textContent()
    assert.match(cites, /第二十条/)
    assert.match(cites, /不受理、也不能用来举报其他党员的言论或观点/)
    assert.match(await member.getByTestId('form-next').textContent(), /上级党委和审计人员只看到数量/)
    await form.locator('[data-field="description"] textarea').fill(what)
    await form.locator('[data-field="link"] input').fill('example.com/group/123')
    await form.locator('[data-field="reported_to"] input').fill('12377 违法和不良信息举报中心')
    const date = form.locator('[data-field="reported_on"] input')
    await date.fill('2026-01-21')
    await date.press('Enter')
    await member.getByTestId('report-submit').click()
    // The bad link is named; what was typed stays.
    await member.getByTestId('error-link').waitFor()
    assert.equal(await form.locator('[data-field="description"] textarea').inputValue(), what)
    await screenshot(member, `registers-report-error-${tag}`)
    await form.locator('[data-field="link"] input').fill('https://example.com/group/123')
    await member.getByTestId('report-submit').click()
    const mine = member.getByTestId('my-report').filter({ hasText: what })
    await mine.waitFor()
    assert.match(await mine.getByTestId('my-report-state').textContent(), /已登记，待处理结果/)
    await noOverflow(member, '举报记录')
    await screenshot(member, `registers-report-submitted-${tag}`)

    // The member brings the outcome up to date (the form starts from what was logged), then closes it.
    await mine.getByTestId('my-report-link').click()
    await member.getByTestId('act-open-update').click()
    const update = member.getByTestId('form-update')
    assert.equal(await update.locator('[data-field="description"] textarea').inputValue(), what)
    await update.locator('[data-field="outcome"] textarea').fill('平台回复：已封禁该群组')
    await member.getByTestId('act-update').click()
    await member.getByTestId('value-outcome').filter({ hasText: '平台回复：已封禁该群组' }).waitFor()
    await member.getByTestId('act-close').click()
    await member.getByTestId('record-state').filter({ hasText: '已办结' }).waitFor()
    await noOverflow(member, 'the closed report')
    await screenshot(member, `registers-report-closed-${tag}`)
    await member.close()

    // The branch secretary switches the register to reports and finds it.
    const sec = await app.pageAs('branch_secretary', size)
    await sec.goto(app.url('/registers/contribution/register'))
    await sec.getByTestId('register-kind').click()
    await sec.getByRole('option', { name: '违法违规信息举报记录' }).click()
    await sec.getByTestId('register-row').filter({ hasText: what.slice(0, 10) }).first().waitFor()
    await noOverflow(sec, '举报记录登记册')
    await screenshot(sec, `registers-report-register-${tag}`)
    await sec.close()

    // The committee administrator above: not offered, and refused by address.
    const admin = await app.pageAs('committee_admin', size)
    await admin.goto(app.url('/registers/contribution/register'))
    await admin.getByTestId('register-kind').click()
    assert.equal(await admin.getByRole('option', { name: '违法违规信息举报记录' }).count(), 0)
    await admin.getByRole('option', { name: '社情民意反映' }).waitFor()
    await admin.keyboard.press('Escape')
    await admin.goto(app.url('/registers/report/register'))
    await admin.getByText('加载失败').waitFor()
    assert.equal(await admin.getByTestId('register-row').count(), 0)
    await screenshot(admin, `registers-report-refused-${tag}`)
    await admin.close()
  })
}
