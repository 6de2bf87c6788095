// 学习教育 (issue 11) at both widths: the branch secretary records a session,
// opens its roster from 学习教育 and marks the one member who missed it absent
// (everyone else stays present); the member finds it in 待办 and in 我的记录,
// and records their make-up study (a date after today is refused, and what
// was typed stays). The committee's coverage table shows numbers, no names.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

async function noOverflow(page, what) {
  assert.equal(await horizontalOverflow(page), 0, `${what} overflows horizontally`)
}

// A session recorded through the API as the secretary's page (the register's form is the core's, tested elsewhere).
async function recordSession(page, topic) {
  return page.evaluate(async (topic) => {
    const session = await (await fetch('/api/v1/session')).json()
    const grant = session.user.roles.find((r) => r.role === 'branch_secretary')
    const r = await fetch('/api/v1/records/education_session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf },
      body: JSON.stringify({ org: grant.org.id, fields: { date: '2026-11-20', form: 'collective', topic, articles: '4' } }),
    })
    return (await r.json()).record.id
  }, topic)
}

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`a session's attendance is recorded and the absent member makes it up (${tag})`, async () => {
    const topic = `学习网络行为规定第四条（${tag}）`
    const sec = await app.pageAs('branch_secretary', size)
    await sec.goto(app.url('/education'))
    const id = await recordSession(sec, topic)
    await sec.reload()
    await sec.getByTestId(`attend-${id}`).click()
    const roster = sec.getByTestId('attendance-roster')
    await roster.waitFor()
    assert.match(await sec.getByTestId('attendance-about').textContent(), /学习教育/)
    // Everyone starts present; the member (7) was absent.
    assert.ok(await sec.getByTestId('attendance-7').isVisible())
    await sec.getByTestId('absent-7').click()
    // The three statuses, chosen, are filled in three clearly different colours (excused tried on member 4, then undone).
    const fill = (testid) =>
      sec.getByTestId(testid).locator('.el-radio-button__inner').evaluate((e) => getComputedStyle(e).backgroundColor)
    await sec.getByTestId('excused-4').click()
    await sec.waitForTimeout(600) // the buttons' colour transition
    const colours = [await fill('present-1'), await fill('excused-4'), await fill('absent-7')]
    await screenshot(sec, `education-attendance-colours-${tag}`)
    await sec.getByTestId('present-4').click()
    assert.equal(new Set(colours).size, 3, `present, excused, absent filled alike: ${colours}`)
    for (const c of colours) assert.notEqual(c, 'rgba(0, 0, 0, 0)', 'a chosen status is filled')
    await noOverflow(sec, 'the roster')
    await screenshot(sec, `education-attendance-${tag}`)
    await sec.getByTestId('attendance-submit').click()
    await sec.getByTestId('attendance-done').waitFor()
    assert.match(await sec.getByTestId('attendance-done').textContent(), /缺席 1 人/)
    await sec.goto(app.url('/education'))
    await sec.getByTestId('coverage').waitFor()
    await sec.getByTestId('month-2026-11').waitFor()
    await noOverflow(sec, '学习教育')
    await screenshot(sec, `education-overview-${tag}`)
    // The attendance register offers no generic 新建: attendance is recorded from a session's roster.
    await sec.goto(app.url('/registers/attendance/register'))
    await sec.getByTestId('register-made-elsewhere').waitFor()
    assert.equal(await sec.getByTestId('register-new').count(), 0, 'no generic form for attendance')
    await sec.getByTestId('register-attendance-link').click()
    await sec.waitForURL((u) => u.pathname === '/education')
    await sec.close()

    // The member: 待办 names it; the make-up form keeps what was typed on an error.
    const member = await app.pageAs('member', size)
    await member.goto(app.url('/todo'))
    const item = member.getByTestId('todo-item').filter({ hasText: topic })
    await item.waitFor()
    assert.match(await item.textContent(), /待您登记补学/)
    await item.getByTestId('todo-link').click()
    await member.getByTestId('record-detail').waitFor()
    await member.getByTestId('act-open-make_up').click()
    const form = member.getByTestId('form-make_up')
    await form.waitFor()
    const day = form.locator('[data-field="made_up_on"] input')
    await day.fill('2026-11-25')
    await day.press('Enter')
    await member.getByTestId('act-make_up').click()
    await member.getByTestId('error-how').waitFor()
    await form.locator('[data-field="how"] input').fill('自学学习材料并向支部书记交流心得')
    assert.equal(await day.inputValue(), '2026-11-25')
    await member.getByTestId('act-make_up').click()
    await member.getByTestId('record-state').filter({ hasText: '已补学' }).waitFor()
    await noOverflow(member, 'the made-up attendance')
    await screenshot(member, `education-made-up-${tag}`)
    // 我的记录 shows it, and who recorded it.
    await member.goto(app.url('/records'))
    const rec = member.getByTestId('record').filter({ hasText: topic })
    await rec.waitFor()
    assert.match(await rec.textContent(), /已补学/)
    await member.getByTestId('record-read').filter({ hasText: '登记学习出勤' }).first().waitFor()
    await noOverflow(member, '我的记录')
    await screenshot(member, `education-my-records-${tag}`)
    await member.close()
  })
}
