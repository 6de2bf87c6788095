// 组织发布审核 (issue 10) at both widths: the member drafts a post for the
// organisation's account — the form says first that the draft is then the
// organisation's document and its check is kept with the review — and the
// record shows the self-check's findings; the branch secretary passes it,
// the committee administrator approves it from 待办, the member records the
// link and the review is 已发布 with every step.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`a draft is checked, reviewed, approved and published (${tag})`, async () => {
    const title = `主题党日活动回顾（${tag}）`
    const member = await app.pageAs('member', size)
    await member.goto(app.url('/registers/post_review'))
    const form = member.getByTestId('post-review-form')
    await form.waitFor()
    assert.match(await member.getByTestId('form-articles').textContent(), /第十四条、第十九条/)
    assert.match(await member.getByTestId('form-organisation-document').textContent(), /本组织的文件，不是个人的自查/)
    assert.match(await member.getByTestId('form-next').textContent(), /党委管理员批准/)
    await form.locator('[data-field="title"] input').fill(title)
    await form.locator('[data-field="text"] textarea').fill('会议纪要（机密★1年）摘要如下。')
    await form.locator('[data-field="account"] input').fill('某某党委微信公众号')
    await form.locator('[data-field="platform"] input').fill('微信公众号')
    // A bad date is named; what was typed stays.
    const date = form.locator('[data-field="planned_date"] input')
    await member.getByTestId('post-review-submit').click()
    await member.getByTestId('error-planned_date').waitFor()
    assert.equal(await form.locator('[data-field="title"] input').inputValue(), title)
    await date.fill('2026-12-20')
    await date.press('Enter')
    await member.getByTestId('post-review-submit').click()
    const mine = member.getByTestId('my-post-review').filter({ hasText: title })
    await mine.waitFor()
    assert.match(await mine.getByTestId('my-post-review-state').textContent(), /待审核/)
    assert.equal(await horizontalOverflow(member), 0, '组织发布审核 overflows horizontally')
    await screenshot(member, `registers-post-review-form-${tag}`)
    await mine.getByTestId('my-post-review-link').click()
    const checks = member.getByTestId('record-checks')
    await checks.waitFor()
    await checks.getByTestId('check-finding').first().waitFor()
    assert.match(await checks.getByTestId('check-finding').first().textContent(), /正文.*机密★1年/)
    assert.equal(await horizontalOverflow(member), 0, 'the review overflows horizontally')
    await screenshot(member, `registers-post-review-checks-${tag}`)
    await member.close()

    const sec = await app.pageAs('branch_secretary', size)
    await sec.goto(app.url('/todo'))
    const item = sec.getByTestId('todo-item').filter({ hasText: '组织发布审核' }).first()
    await item.waitFor()
    await item.getByTestId('todo-link').click()
    await sec.getByTestId('record-checks').getByTestId('check-finding').first().waitFor()
    await sec.getByTestId('act-confirm').click()
    await sec.getByTestId('record-state').filter({ hasText: '待批准' }).waitFor()
    await sec.close()

    const admin = await app.pageAs('committee_admin', size)
    await admin.goto(app.url('/todo'))
    const waiting = admin.getByTestId('todo-item').filter({ hasText: '组织发布审核' }).first()
    await waiting.waitFor()
    assert.match(await waiting.getByTestId('todo-waiting-for').textContent(), /党委管理员/)
    await screenshot(admin, `registers-post-review-todo-${tag}`)
    await waiting.getByTestId('todo-link').click()
    await admin.getByTestId('act-approve').click()
    await admin.getByTestId('record-state').filter({ hasText: '已批准' }).waitFor()
    await admin.close()

    const back = await app.pageAs('member', size)
    await back.goto(app.url('/registers/post_review'))
    await back.getByTestId('my-post-review').filter({ hasText: title }).getByTestId('my-post-review-link').click()
    // Publication records the link only: its form holds that one field.
    await back.getByTestId('act-open-close').click()
    const publish = back.getByTestId('form-close')
    await publish.waitFor()
    assert.equal(await publish.locator('[data-field]').count(), 1, 'the publication form holds the link only')
    await back.getByTestId('act-close').click()
    await back.getByTestId('error-link').waitFor()
    assert.match(await back.getByTestId('error-link').textContent(), /「发布链接」不能为空/)
    await publish.locator('[data-field="link"] input').fill('https://mp.weixin.qq.com/s/published')
    await back.getByTestId('act-close').click()
    await back.getByTestId('record-state').filter({ hasText: '已发布' }).waitFor()
    assert.equal(await back.getByTestId('history-step').count(), 4)
    assert.equal(await horizontalOverflow(back), 0, 'the published review overflows horizontally')
    await screenshot(back, `registers-post-review-published-${tag}`)
    await back.close()
  })
}
