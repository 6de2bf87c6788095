// Chapter 4's duties (issue 11) in the browser at both widths: the branch
// secretary nominates the member from the commendation register, picking his
// confirmed contribution; the 党委 administrator approves it; the member sees
// the commendation in 我的记录. The secretary records a guidance talk; the
// member writes his account beside it from 待办. The member submits his
// self-review chapter by chapter (a missing chapter is named, nothing typed is
// lost); the secretary records the meeting's outcome; the member adds his
// statement. 指导 shows the guidance rules that apply to him.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

async function open(page, path) {
  await page.goto(app.url(path))
}

async function noOverflow(page, what) {
  assert.equal(await horizontalOverflow(page), 0, `${what} overflows horizontally`)
}

// The API as a demo account, for what a test only sets up (a contribution to cite, a rule).
async function apiAs(role) {
  const login = await fetch(app.url('/api/v1/login'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(app.demo[role]),
  })
  assert.equal(login.status, 200)
  const cookie = login.headers.get('set-cookie').split(';')[0]
  const { csrf } = await login.json()
  return async (method, path, body) => {
    const r = await fetch(app.url(path), {
      method,
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    })
    const json = await r.json()
    assert.ok(r.status < 300, `${method} ${path}: ${r.status} ${JSON.stringify(json)}`)
    return json
  }
}

async function pickSubject(page, name) {
  const subject = page.getByTestId('create-subject')
  await subject.click()
  await subject.locator('input').fill(name)
  await page.getByRole('option', { name: new RegExp(name) }).first().click()
}

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`a nomination cites a confirmed contribution, is approved and shows in 我的记录 (${tag})`, async () => {
    const what = `撰写网评文章（${tag}）`
    const honour = `网络宣传先进个人（${tag}）`
    const member = await apiAs('member')
    const made = await member('POST', '/api/v1/records/contribution', {
      fields: { category: 'theory', platform: '学习强国', link: `https://www.xuexi.cn/${tag}`, date: '2026-03-01', description: what },
    })
    const secretaryApi = await apiAs('branch_secretary')
    await secretaryApi('POST', `/api/v1/records/contribution/${made.record.id}/transitions`, { verb: 'confirm' })

    const sec = await app.pageAs('branch_secretary', size)
    await open(sec, '/registers/commendation/register')
    await sec.getByTestId('register-new').click()
    const dialog = sec.getByTestId('record-create-dialog')
    await dialog.waitFor()
    await dialog.locator('[data-field="honour"] input').fill(honour)
    await dialog.locator('[data-field="deeds"] textarea').fill('坚持撰写理论文章，澄清不实说法')
    const date = dialog.locator('[data-field="date"] input')
    await date.fill('2026-12-01')
    await date.press('Enter')
    // Without a member the evidence cannot be picked; then his confirmed contribution is offered.
    await sec.getByTestId('create-submit').click()
    await sec.getByTestId('error-subject').waitFor()
    await pickSubject(sec, '赵磊')
    await sec.getByTestId('field-contributions').click()
    await sec.getByRole('option', { name: new RegExp(what.slice(0, 6)) }).first().click()
    await sec.keyboard.press('Escape')
    assert.equal(await dialog.locator('[data-field="honour"] input').inputValue(), honour, 'nothing typed is lost')
    await noOverflow(sec, 'the nomination form')
    await screenshot(sec, `duties-nomination-${tag}`)
    await sec.getByTestId('create-submit').click()
    await sec.getByTestId('register-row').filter({ hasText: honour }).first().waitFor()
    await sec.close()

    const dw = await app.pageAs('committee_admin', size)
    await open(dw, '/todo')
    const item = dw.getByTestId('todo-item').filter({ hasText: honour })
    await item.waitFor()
    await item.getByTestId('todo-link').click()
    await dw.getByTestId('act-approve').click()
    await dw.getByTestId('record-state').filter({ hasText: '已表彰' }).waitFor()
    await screenshot(dw, `duties-approved-${tag}`)
    await dw.close()

    const me = await app.pageAs('member', size)
    await open(me, '/records')
    const card = me.getByTestId('record').filter({ hasText: honour })
    await card.waitFor()
    assert.match(await card.getByTestId('register-record-state').textContent(), /已表彰/)
    await noOverflow(me, '我的记录 with a commendation')
    await screenshot(me, `duties-my-commendation-${tag}`)
    await me.close()
  })

  test(`a talk is recorded and the member writes his account beside it (${tag})`, async () => {
    const topic = `网上言行提醒（${tag}）`
    const sec = await app.pageAs('branch_secretary', size)
    await open(sec, '/registers/talk/register')
    await sec.getByTestId('register-new').click()
    const dialog = sec.getByTestId('record-create-dialog')
    await pickSubject(sec, '赵磊')
    const date = dialog.locator('[data-field="date"] input')
    await date.fill('2026-12-02')
    await date.press('Enter')
    await dialog.locator('[data-field="topic"] input').fill(topic)
    await dialog.locator('[data-field="agreed"] textarea').fill('转发前先核实来源')
    await screenshot(sec, `duties-talk-form-${tag}`)
    await sec.getByTestId('create-submit').click()
    await sec.getByTestId('register-row').filter({ hasText: topic }).first().waitFor()
    await sec.close()

    const me = await app.pageAs('member', size)
    await open(me, '/todo')
    const item = me.getByTestId('todo-item').filter({ hasText: topic })
    await item.waitFor()
    await item.getByTestId('todo-link').click()
    await me.getByTestId('act-open-respond').click()
    await me.getByTestId('act-respond').click()
    await me.getByTestId('error-account').waitFor()
    await me.locator('[data-field="account"] textarea').fill('同意，那条消息我已删除')
    await me.getByTestId('act-respond').click()
    await me.getByTestId('record-state').filter({ hasText: '本人已填写意见' }).waitFor()
    await me.getByTestId('history-value').filter({ hasText: '同意，那条消息我已删除' }).waitFor()
    await noOverflow(me, 'the talk')
    await screenshot(me, `duties-talk-answered-${tag}`)
    await me.close()
  })

  test(`a self-review per chapter, the outcome recorded, the member's statement (${tag})`, async () => {
    const summary = `总体做到了（${tag}）`
    const me = await app.pageAs('member', size)
    await open(me, '/registers/review')
    const form = me.getByTestId('review-form')
    await form.waitFor()
    await form.locator('[data-field="summary"] input').fill(summary)
    const day = form.locator('[data-field="year"] input')
    await day.fill('2026-12-01')
    await day.press('Enter')
    for (let i = 1; i <= 4; i++) await form.locator(`[data-field="chapter_${i}"] textarea`).fill(`第${i}章对照检查`)
    await me.getByTestId('review-submit').click()
    await me.getByTestId('error-chapter_5').waitFor()
    assert.match(await me.getByTestId('error-chapter_5').textContent(), /第五章/)
    assert.equal(await form.locator('[data-field="chapter_1"] textarea').inputValue(), '第1章对照检查')
    await screenshot(me, `duties-review-error-${tag}`)
    await form.locator('[data-field="chapter_5"] textarea').fill('第5章对照检查')
    await me.getByTestId('review-submit').click()
    await me.getByTestId('my-review').filter({ hasText: summary }).first().waitFor()
    await me.close()

    const sec = await app.pageAs('branch_secretary', size)
    await open(sec, '/todo')
    const item = sec.getByTestId('todo-item').filter({ hasText: summary })
    await item.waitFor()
    await item.getByTestId('todo-link').click()
    await sec.getByTestId('act-open-decide').click()
    const decide = sec.getByTestId('form-decide')
    await decide.getByTestId('field-outcome').click()
    await sec.getByRole('option', { name: '合格', exact: true }).click()
    const meeting = decide.locator('[data-field="meeting_date"] input')
    await meeting.fill('2026-12-03')
    await meeting.press('Enter')
    await sec.getByTestId('act-decide').click()
    await sec.getByTestId('record-state').filter({ hasText: '已记录评议结果' }).waitFor()
    await sec.getByTestId('history-value').filter({ hasText: '合格' }).first().waitFor()
    await screenshot(sec, `duties-review-decided-${tag}`)
    await sec.close()

    const back = await app.pageAs('member', size)
    await open(back, '/records')
    const card = back.getByTestId('record').filter({ hasText: summary })
    await card.waitFor()
    assert.match(await card.getByTestId('register-record-history').textContent(), /评议结果：合格/)
    await card.getByTestId('statement-input').fill('对评议结果无异议')
    await card.getByTestId('statement-submit').click()
    await card.getByTestId('record-statements').filter({ hasText: '对评议结果无异议' }).waitFor()
    await noOverflow(back, '我的记录 with a review')
    await screenshot(back, `duties-my-review-${tag}`)
    await back.close()
  })
}

test('指导 shows the guidance rules that apply to the member', async () => {
  const sec = await apiAs('branch_secretary')
  await sec('POST', '/api/v1/records/guidance_rule', {
    org: 3,
    fields: { title: '转发前先核实来源', text: '不传播未经核实的信息。', category: 'all', account_type: 'any', effective_on: '2026-12-01' },
  })
  const dw = await apiAs('committee_admin')
  await dw('POST', '/api/v1/records/guidance_rule', {
    org: 1,
    fields: { title: '公众账号每年确认一次', text: '党员干部的公众账号每年确认。', category: 'cadre', account_type: 'any', effective_on: '2026-12-01' },
  })
  for (const [size, tag] of [
    [DESKTOP, 'desktop'],
    [MOBILE, 'mobile'],
  ]) {
    const me = await app.pageAs('member', size)
    await open(me, '/guidance')
    await me.getByTestId('guidance-rule').filter({ hasText: '转发前先核实来源' }).waitFor()
    assert.equal(await me.getByTestId('guidance-rule').filter({ hasText: '公众账号每年确认一次' }).count(), 0, 'not a cadre')
    await noOverflow(me, '指导')
    await screenshot(me, `duties-guidance-${tag}`)
    await me.close()
  }
})
