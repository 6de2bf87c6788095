// The cadres' kinds (我的申报) end to end at both widths, through the generic
// per-kind view: 王建国 (the demo's branch secretary, a cadre on the roster)
//   - registers a gift of virtual property: a bad amount is named and nothing
//     typed is lost; the committee member acknowledges it with the day the
//     department confirmed (a step's own field, required);
//   - asks approval of an activity in an official capacity: the form says
//     lending is not accepted, citing its article; the 党委's administrator
//     approves it from 待办; he records the outcome;
//   - registers a public account; the committee member acknowledges it; he
//     confirms all his accounts unchanged in one step.
// A member who is no cadre sees that the form is not his, except the
// organisation's own account.
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

async function choose(page, field, label) {
  await page.getByTestId(`field-${field}`).click()
  await page.getByRole('option', { name: label, exact: true }).click()
}

function isoToday() {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`a cadre's gift, activity and account go through their workflows (${tag})`, async () => {
    const item = `某游戏账号及全部装备（${tag}）`
    const purpose = `为本县滞销苹果开展公益助农直播（${tag}）`
    const accountName = `青山观察（${tag}）`
    const today = isoToday()

    // ---- gift: the form cites article 17; a bad amount is named, the rest stays.
    let cadre = await app.pageAs('branch_secretary', size)
    await cadre.goto(app.url('/registers/contribution'))
    await cadre.getByTestId('nav-declarations').click()
    await cadre.getByTestId('kind-tab-gift').click()
    const gift = cadre.getByTestId('gift-form')
    await gift.waitFor()
    assert.match(await cadre.getByTestId('form-articles').textContent(), /第十七条/)
    assert.match(await cadre.getByTestId('form-next').textContent(), /确认收悉/)
    await choose(cadre, 'item_type', '网络游戏装备')
    await gift.locator('[data-field="item"] input').fill(item)
    await gift.locator('[data-field="value"] input').fill('三千元')
    await gift.locator('[data-field="giver"] input').fill('张某')
    await gift.locator('[data-field="giver_relation"] input').fill('工作对象')
    await pickDate(gift, 'offered_on', today)
    await choose(cadre, 'handling', '已拒收')
    await cadre.getByTestId('gift-submit').click()
    await cadre.getByTestId('error-value').waitFor()
    assert.match(await cadre.getByTestId('error-value').textContent(), /「估算价值（元）」应为以元计的金额/)
    assert.equal(await gift.locator('[data-field="item"] input').inputValue(), item)
    await noOverflow(cadre, '虚拟财物登记 with an error')
    await screenshot(cadre, `registers-gift-error-${tag}`)
    await gift.locator('[data-field="value"] input').fill('3200.50')
    await cadre.getByTestId('gift-submit').click()
    const myGift = cadre.getByTestId('my-gift').filter({ hasText: item })
    await myGift.waitFor()
    assert.match(await myGift.getByTestId('my-gift-state').textContent(), /待确认/)

    // ---- activity: lending is not offered, and the form says why with the article.
    await cadre.getByTestId('kind-tab-activity').click()
    const activity = cadre.getByTestId('activity-form')
    await activity.waitFor()
    assert.match(await cadre.getByTestId('form-articles').textContent(), /第十八条/)
    assert.match(await cadre.getByTestId('refused-activity_type-lending').textContent(), /网络借贷.*第18条/)
    await cadre.getByTestId('field-activity_type').click()
    assert.equal(await cadre.getByRole('option', { name: '网络借贷' }).count(), 0, 'lending is no choice')
    await cadre.getByRole('option', { name: '公益助农', exact: true }).click()
    await activity.locator('[data-field="purpose"] input').fill(purpose)
    await activity.locator('[data-field="platform"] input').fill('抖音')
    await pickDate(activity, 'starts_on', '2027-01-10')
    await pickDate(activity, 'ends_on', '2027-01-10')
    await choose(cadre, 'no_personal_gain', '本人确认：不从这项活动中获取任何个人利益')
    await cadre.getByTestId('activity-submit').click()
    const myActivity = cadre.getByTestId('my-activity').filter({ hasText: purpose })
    await myActivity.waitFor()
    assert.match(await myActivity.getByTestId('my-activity-state').textContent(), /待审批/)
    await noOverflow(cadre, '网络活动审批')
    await screenshot(cadre, `registers-activity-submitted-${tag}`)

    // ---- account: registered for the branch to acknowledge.
    await cadre.getByTestId('kind-tab-account').click()
    const account = cadre.getByTestId('account-form')
    await account.waitFor()
    assert.match(await cadre.getByTestId('form-articles').textContent(), /第十九条/)
    await choose(cadre, 'owner_kind', '本人的账号')
    await account.locator('[data-field="platform"] input').fill('微信公众号')
    await account.locator('[data-field="account_name"] input').fill(accountName)
    await account.locator('[data-field="account_id"] input').fill(`qingshan_${tag}`)
    await choose(cadre, 'purpose', '工作使用')
    await account.locator('[data-field="operator"] input').fill('本人')
    await pickDate(account, 'opened_on', '2024-03-01')
    await cadre.getByTestId('account-submit').click()
    await cadre.getByTestId('my-account').filter({ hasText: accountName }).waitFor()
    await cadre.close()

    // ---- the committee member acknowledges the gift (the day is required) and the account.
    const cm = await app.pageAs('committee_member', size)
    await cm.goto(app.url('/todo'))
    const giftItem = cm.getByTestId('todo-item').filter({ hasText: '网络虚拟财物登记' }).first()
    await giftItem.waitFor()
    await noOverflow(cm, '待办')
    await screenshot(cm, `registers-cadre-todo-committee-${tag}`)
    await cm.goto(app.url('/registers/gift/register'))
    await cm.getByTestId('register-row').filter({ hasText: item }).getByTestId('register-link').click()
    await cm.getByTestId('record-detail').waitFor()
    await cm.getByTestId('act-open-confirm').click()
    const ack = cm.getByTestId('form-confirm')
    await ack.locator('[data-field="ack_by"] input').fill('本单位纪检监察室')
    await cm.getByTestId('act-confirm').click()
    await cm.getByTestId('error-ack_on').waitFor()
    assert.equal(await ack.locator('[data-field="ack_by"] input').inputValue(), '本单位纪检监察室')
    await pickDate(ack, 'ack_on', today)
    await cm.getByTestId('act-confirm').click()
    await cm.getByTestId('record-state').filter({ hasText: '已确认收悉' }).waitFor()
    await cm.getByTestId('history-value').filter({ hasText: '接收或确认部门：本单位纪检监察室' }).waitFor()
    await noOverflow(cm, 'the acknowledged gift')
    await screenshot(cm, `registers-gift-acknowledged-${tag}`)
    await cm.goto(app.url('/registers/account/register'))
    await cm.getByTestId('register-row').filter({ hasText: accountName }).getByTestId('register-link').click()
    await cm.getByTestId('record-detail').waitFor()
    await cm.getByTestId('act-confirm').click()
    await cm.getByTestId('record-state').filter({ hasText: '已备案' }).waitFor()
    await cm.close()

    // ---- the 党委's administrator approves the activity from 待办.
    const dw = await app.pageAs('committee_admin', size)
    await dw.goto(app.url('/todo'))
    const approval = dw.getByTestId('todo-item').filter({ hasText: '网络活动审批' }).first()
    await approval.waitFor()
    await approval.getByTestId('todo-link').click()
    await dw.getByTestId('record-detail').waitFor()
    assert.match(await dw.getByTestId('value-purpose').textContent(), /公益助农直播/)
    await dw.getByTestId('act-approve').click()
    await dw.getByTestId('record-state').filter({ hasText: '已批准' }).waitFor()
    await noOverflow(dw, 'the approved activity')
    await screenshot(dw, `registers-activity-approved-${tag}`)
    await dw.close()

    // ---- the cadre records the outcome, and confirms all his accounts unchanged.
    cadre = await app.pageAs('branch_secretary', size)
    await cadre.goto(app.url('/registers/activity'))
    await cadre.getByTestId('my-activity').filter({ hasText: purpose }).getByTestId('my-activity-link').click()
    await cadre.getByTestId('record-detail').waitFor()
    await cadre.getByTestId('act-open-close').click()
    const outcome = cadre.getByTestId('form-close')
    await choose(cadre, 'outcome_held', '已按批准开展')
    await outcome.locator('[data-field="outcome"] textarea').fill('直播两小时，售出苹果 3000 斤，货款归合作社')
    await choose(cadre, 'outcome_no_gain', '本人确认：不从这项活动中获取任何个人利益')
    await cadre.getByTestId('act-close').click()
    await cadre.getByTestId('record-state').filter({ hasText: '已记录结果' }).waitFor()
    await cadre.getByTestId('history-value').filter({ hasText: '活动结果：直播两小时' }).waitFor()
    await screenshot(cadre, `registers-activity-done-${tag}`)
    await cadre.goto(app.url('/registers/account'))
    const confirmAll = cadre.getByTestId('confirm-all')
    await confirmAll.waitFor()
    await noOverflow(cadre, '公众账号备案')
    await screenshot(cadre, `registers-account-confirm-all-${tag}`)
    await cadre.getByTestId('confirm-all-button').click()
    await cadre.getByText(/已确认 \d+ 项无变化/).waitFor()
    await cadre.getByTestId('my-account').filter({ hasText: accountName }).getByTestId('my-account-link').click()
    await cadre.getByTestId('history-step').filter({ hasText: '确认无变化' }).waitFor()
    await cadre.close()

    // ---- a member who is no cadre: gifts are not his to register; his organisation's account is.
    const member = await app.pageAs('member', size)
    await member.goto(app.url('/registers/gift'))
    await member.getByTestId('form-not-yours').waitFor()
    assert.match(await member.getByTestId('form-not-yours').textContent(), /党员干部/)
    await member.goto(app.url('/registers/account'))
    await member.getByTestId('form-exempt').waitFor()
    await noOverflow(member, '公众账号备案 for a member')
    await screenshot(member, `registers-account-member-${tag}`)
    await member.close()
  })
}
