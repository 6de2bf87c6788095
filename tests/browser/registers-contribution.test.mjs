// The registers (issue 10), 网络正能量贡献 end to end at both widths: a member
// records a contribution (a bad link is named and nothing typed is lost), the
// branch secretary finds it in 待办 and returns it (a reason is required),
// the member fixes and resubmits it, the committee member confirms it, and
// the member sees the record, every step and who read it in 我的记录.
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

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`a contribution is submitted, returned, resubmitted and confirmed (${tag})`, async () => {
    const description = `针对歪曲党史的帖子发文澄清（${tag}）`
    const fixed = `${description}，已补充原帖链接`

    // The member records it; the form says which articles it serves and what happens next.
    let member = await app.pageAs('member', size)
    await open(member, '/registers/contribution')
    const form = member.getByTestId('contribution-form')
    await form.waitFor()
    assert.match(await member.getByTestId('form-articles').textContent(), /第四条、第六条、第七条/)
    assert.match(await member.getByTestId('form-next').textContent(), /书记或组织委员确认/)
    await member.getByTestId('field-category').click()
    await member.getByRole('option', { name: '批驳错误观点' }).click()
    await form.locator('[data-field="platform"] input').fill('微博')
    await form.locator('[data-field="link"] input').fill('weibo.com/1234')
    const date = form.locator('[data-field="date"] input')
    await date.fill('2026-01-15')
    await date.press('Enter')
    await form.locator('[data-field="description"] input').fill(description)
    await member.getByTestId('contribution-submit').click()
    // The bad link is named in Chinese; what was typed stays.
    const linkError = member.getByTestId('error-link')
    await linkError.waitFor()
    assert.match(await linkError.textContent(), /「链接」应为以 http:\/\/ 或 https:\/\/ 开头/)
    assert.equal(await form.locator('[data-field="platform"] input').inputValue(), '微博')
    assert.equal(await form.locator('[data-field="description"] input').inputValue(), description)
    await noOverflow(member, '我的贡献 with an error')
    await screenshot(member, `registers-contribution-error-${tag}`)
    await form.locator('[data-field="link"] input').fill('https://weibo.com/1234/abcd')
    await member.getByTestId('contribution-submit').click()
    const mine = member.getByTestId('my-contribution').filter({ hasText: description })
    await mine.waitFor()
    assert.match(await mine.getByTestId('my-contribution-state').textContent(), /待确认/)
    await screenshot(member, `registers-contribution-submitted-${tag}`)

    await member.close()

    // The secretary finds it in 待办 and returns it; without a reason that is refused.
    // (One browser context: each login replaces the session, so each role logs in in turn.)
    let sec = await app.pageAs('branch_secretary', size)
    await open(sec, '/todo')
    const item = sec.getByTestId('todo-item').filter({ hasText: description })
    await item.waitFor()
    assert.match(await item.textContent(), /待确认或退回/)
    await noOverflow(sec, '待办')
    await screenshot(sec, `registers-todo-secretary-${tag}`)
    await item.getByTestId('todo-link').click()
    await sec.getByTestId('record-detail').waitFor()
    await sec.getByTestId('act-return').click()
    await sec.getByTestId('error-reason').waitFor()
    assert.match(await sec.getByTestId('error-reason').textContent(), /「理由」不能为空/)
    await sec.getByTestId('reason-input').fill('请补充原帖链接')
    await sec.getByTestId('act-return').click()
    await sec.getByTestId('record-state').filter({ hasText: '已退回' }).waitFor()
    await sec.getByTestId('history-reason').filter({ hasText: '请补充原帖链接' }).waitFor()
    await noOverflow(sec, 'the returned record')
    await screenshot(sec, `registers-returned-${tag}`)

    await sec.close()

    // The member: 待办 says it came back; they fix and resubmit it.
    member = await app.pageAs('member', size)
    await open(member, '/todo')
    const back = member.getByTestId('todo-item').filter({ hasText: '我' }).first()
    await back.waitFor()
    assert.match(await back.textContent(), /已被退回/)
    await back.getByTestId('todo-link').click()
    await member.getByTestId('history-reason').filter({ hasText: '请补充原帖链接' }).waitFor()
    await member.getByTestId('act-fix').click()
    const desc = member.locator('[data-field="description"] input')
    assert.equal(await desc.inputValue(), description, 'the fix starts from what was recorded')
    await desc.fill(fixed)
    await member.getByTestId('act-resubmit').click()
    await member.getByTestId('record-state').filter({ hasText: '待确认' }).waitFor()
    assert.equal(await member.getByTestId('value-description').textContent(), fixed)
    await screenshot(member, `registers-resubmitted-${tag}`)
    await member.close()

    // The committee member confirms it from 待办.
    const cm = await app.pageAs('committee_member', size)
    await open(cm, '/todo')
    const again = cm.getByTestId('todo-item').filter({ hasText: fixed.slice(0, 10) }).first()
    await again.waitFor()
    await again.getByTestId('todo-link').click()
    await cm.getByTestId('act-confirm').click()
    await cm.getByTestId('record-state').filter({ hasText: '已确认' }).waitFor()
    assert.equal(await cm.getByTestId('history-step').count(), 4)
    await cm.close()

    // The branch's register lists it, filtered by state.
    sec = await app.pageAs('branch_secretary', size)
    await open(sec, '/registers/contribution/register')
    await sec.getByTestId('register-row').first().waitFor()
    await sec.getByTestId('filter-state').click()
    await sec.getByRole('option', { name: '已确认' }).click()
    await sec.getByTestId('filter-apply').click()
    await sec.getByTestId('register-row').filter({ hasText: fixed.slice(0, 10) }).first().waitFor()
    // The export follows the filters shown.
    const href = await sec.getByTestId('register-export').getAttribute('href')
    assert.match(href, /state=confirmed/)
    assert.match(href, /format=xlsx/)
    const csv = await sec.evaluate(async (url) => (await fetch(url)).text(), await sec.getByTestId('register-export-csv').getAttribute('href'))
    assert.match(csv, new RegExp(fixed.slice(0, 10)))
    await noOverflow(sec, '贡献登记册')
    await screenshot(sec, `registers-register-${tag}`)
    await sec.close()

    // The member sees it in 我的记录: confirmed, every step, and who read or returned it.
    member = await app.pageAs('member', size)
    await open(member, '/records')
    const card = member.getByTestId('record').filter({ hasText: fixed })
    await card.waitFor()
    assert.match(await card.getByTestId('register-record-state').textContent(), /已确认/)
    assert.match(await card.getByTestId('register-record-history').textContent(), /理由：请补充原帖链接/)
    const reads = member.getByTestId('record-reads')
    await reads.getByText('退回了您的登记').first().waitFor()
    await reads.getByText('查看了记录').first().waitFor()
    await noOverflow(member, '我的记录')
    await screenshot(member, `registers-my-records-${tag}`)
    await member.close()
  })
}
