// 社情民意反映 end to end at both widths, through the generic per-kind view:
// the member finds it in 登记与申报, the form cites its article and says that
// posters' identities are not recorded; a missing field is named and nothing
// typed is lost; the branch secretary finds it in 待办, forwards it to a
// department (the step's own fields) and records the answer, which closes
// it; the member sees every step, the department and the answer in 我的记录.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

async function noOverflow(page, what) {
  assert.equal(await horizontalOverflow(page), 0, `${what} overflows horizontally`)
}

async function pickDate(scope, field, day) {
  const input = scope.locator(`[data-field="${field}"] input`)
  await input.fill(day)
  await input.press('Enter')
}

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`a relay is submitted, forwarded, answered and closed (${tag})`, async () => {
    const summary = `居民反映 12 路公交晚上八点后停运，希望延长运营时间（${tag}）`

    // The member reaches it from 登记与申报; the form cites the article and says what is not recorded.
    let member = await app.pageAs('member', size)
    await member.goto(app.url('/registers/contribution'))
    await member.getByTestId('nav-kind-relay').click()
    const form = member.getByTestId('relay-form')
    await form.waitFor()
    assert.match(await member.getByTestId('form-articles').textContent(), /第五条/)
    assert.match(await member.getByTestId('form-articles').textContent(), /不记录是谁说的/)
    assert.match(await member.getByTestId('form-next').textContent(), /14 天内转交有关部门/)
    assert.match(await form.textContent(), /不写发帖人或反映人的姓名、账号/)
    await form.locator('[data-field="summary"] textarea').fill(summary)
    await form.locator('[data-field="place"] input').fill('市民论坛')
    await pickDate(form, 'seen_on', '2026-01-20')
    await member.getByTestId('relay-submit').click()
    // The missing topic is named; what was typed stays.
    await member.getByTestId('error-topic').waitFor()
    assert.match(await member.getByTestId('error-topic').textContent(), /「所属领域」不能为空/)
    assert.equal(await form.locator('[data-field="summary"] textarea').inputValue(), summary)
    assert.equal(await form.locator('[data-field="place"] input').inputValue(), '市民论坛')
    await noOverflow(member, '社情民意 with an error')
    await screenshot(member, `registers-relay-error-${tag}`)
    await form.locator('[data-field="topic"] input').fill('交通')
    await member.getByTestId('relay-submit').click()
    const mine = member.getByTestId('my-relay').filter({ hasText: summary.slice(0, 12) })
    await mine.waitFor()
    assert.match(await mine.getByTestId('my-relay-state').textContent(), /待党支部转交/)
    await screenshot(member, `registers-relay-submitted-${tag}`)
    await member.close()

    // The secretary: 待办 says what to do; they forward it to a department, then record the answer.
    const sec = await app.pageAs('branch_secretary', size)
    await sec.goto(app.url('/todo'))
    const item = sec.getByTestId('todo-item').filter({ hasText: summary.slice(0, 12) })
    await item.waitFor()
    assert.match(await item.textContent(), /待转交有关部门或退回/)
    await item.getByTestId('todo-link').click()
    await sec.getByTestId('record-detail').waitFor()
    await sec.getByTestId('act-open-forward').click()
    const forward = sec.getByTestId('form-forward')
    await forward.waitFor()
    // Without the department: named, the day kept.
    await pickDate(forward, 'forwarded_on', '2026-01-22')
    await sec.getByTestId('act-forward').click()
    await sec.getByTestId('error-department').waitFor()
    await forward.locator('[data-field="department"] input').fill('区交通运输局')
    await sec.getByTestId('act-forward').click()
    await sec.getByTestId('record-state').filter({ hasText: '已转交，待部门答复' }).waitFor()
    await sec.getByTestId('history-value').filter({ hasText: '转交的部门：区交通运输局' }).waitFor()
    await noOverflow(sec, 'the forwarded relay')
    await screenshot(sec, `registers-relay-forwarded-${tag}`)
    await sec.getByTestId('act-open-answer').click()
    const answer = sec.getByTestId('form-answer')
    await answer.locator('[data-field="answer"] textarea').fill('已将 12 路末班车延至 22:00')
    await pickDate(answer, 'answered_on', '2026-01-30')
    await sec.getByTestId('act-answer').click()
    await sec.getByTestId('record-state').filter({ hasText: '已办结' }).waitFor()
    await sec.getByTestId('history-value').filter({ hasText: '部门答复：已将 12 路末班车延至 22:00' }).waitFor()
    assert.equal(await sec.getByTestId('record-actions').count(), 0, 'a closed relay takes no further step')
    await screenshot(sec, `registers-relay-closed-${tag}`)
    // The branch's register of relays lists it.
    await sec.goto(app.url('/registers/relay/register'))
    await sec.getByTestId('register-row').filter({ hasText: summary.slice(0, 12) }).first().waitFor()
    await noOverflow(sec, '社情民意反映登记册')
    await screenshot(sec, `registers-relay-register-${tag}`)
    await sec.close()

    // The member sees it closed in 我的记录, with the department and the answer.
    member = await app.pageAs('member', size)
    await member.goto(app.url('/records'))
    const card = member.getByTestId('record').filter({ hasText: summary.slice(0, 12) })
    await card.waitFor()
    assert.match(await card.getByTestId('register-record-state').textContent(), /已办结/)
    const history = await card.getByTestId('register-record-history').textContent()
    assert.match(history, /转交的部门：区交通运输局/)
    assert.match(history, /部门答复：已将 12 路末班车延至 22:00/)
    await noOverflow(member, '我的记录')
    await screenshot(member, `registers-relay-my-records-${tag}`)
    await member.close()
  })
}
