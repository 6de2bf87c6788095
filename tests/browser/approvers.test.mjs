// 审批人 on a 党委's organisation page (issue 10, art. 18): the committee
// administrator finds a member of the 党委's subtree by name (a member without
// an account cannot be chosen), names them approver with their own password,
// sees them listed, and takes the grant back; a wrong password changes
// nothing. A branch secretary sees no such card. Screenshots at 1280 px and
// 375 px.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, settled, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

// Demo tree: 1 示范单位党委 (DW001) > 2 机关党总支 > 3 机关第一党支部 (members 1, 4, 7; 7 赵磊 signs in as "member").

async function openOrg(page, id) {
  await page.goto(app.url(`/organisation?org=${id}`))
  await page.locator('[data-testid="member-list"], [data-testid="members-empty"], [data-testid="org-children"]').first().waitFor()
}

async function chooseMember(page, name) {
  const select = page.getByTestId('approver-member')
  await select.click()
  await select.locator('input').fill(name)
  const option = page.getByRole('option', { name: new RegExp(`^${name}（`) })
  await option.waitFor()
  await option.click()
  await select.getByText(new RegExp(`^${name}（`)).waitFor()
}

test('a committee administrator names an approver, sees them listed, and removes them', async () => {
  const page = await app.pageAs('committee_admin', DESKTOP)
  const password = app.demo.committee_admin.password
  await openOrg(page, 1)
  const card = page.getByTestId('approvers')
  await card.waitFor()
  await card.getByTestId('approvers-empty').waitFor()
  await card.getByText('第十八条').waitFor()

  // 添加审批人: a member without an account cannot be chosen.
  await page.getByTestId('approver-add').click()
  const form = page.getByTestId('approver-add-form')
  await form.waitFor()
  await form.getByText('党员干部以职务身份开展网络活动的申请').waitFor()
  const select = page.getByTestId('approver-member')
  await select.click()
  await select.locator('input').fill('李秀英')
  const noAccount = page.getByRole('option', { name: /^李秀英（.*无账号/ })
  await noAccount.waitFor()
  assert.equal(await noAccount.getAttribute('aria-disabled'), 'true', 'a member without an account is no choice')
  await page.keyboard.press('Escape')

  await chooseMember(page, '赵磊')
  // A wrong password: refused, nothing named.
  await page.getByTestId('approver-password').fill('not-my-password-1')
  await page.getByTestId('approver-add-submit').click()
  await form.getByRole('alert').getByText('当前密码不正确').waitFor()
  await page.getByTestId('approver-password').fill(password)
  await settled(page)
  await screenshot(page, 'approvers-add-desktop')
  await page.getByTestId('approver-add-submit').click()
  await page.getByText('已将“赵磊”指定为审批人').waitFor()

  const row = card.locator('[data-approver="member"]')
  await row.waitFor()
  await row.getByText('赵磊').waitFor()
  await row.getByText('机关第一党支部').waitFor()
  assert.notEqual((await row.locator('[data-label="指定时间"]').innerText()).trim(), '—', 'the list says since when')
  assert.equal(await horizontalOverflow(page), 0)
  await screenshot(page, 'approvers-listed-desktop')

  // At phone width: the card and its dialogs fit.
  await page.setViewportSize(MOBILE)
  await openOrg(page, 1)
  await card.locator('[data-approver="member"]').waitFor()
  assert.equal(await horizontalOverflow(page), 0, 'the approvers card overflows at 375 px')
  await card.scrollIntoViewIfNeeded()
  await screenshot(page, 'approvers-listed-375')
  await page.getByTestId('approver-add').click()
  await page.getByTestId('approver-add-form').waitFor()
  await settled(page)
  assert.equal(await horizontalOverflow(page), 0, 'the add dialog overflows at 375 px')
  await screenshot(page, 'approvers-add-375')
  await page.keyboard.press('Escape')
  await page.getByTestId('approver-add-form').waitFor({ state: 'hidden' })

  // 取消: the grant taken back with the administrator's password.
  await card.locator('[data-approver="member"]').getByRole('button', { name: '取消' }).click()
  const removeForm = page.getByTestId('approver-remove-form')
  await removeForm.waitFor()
  await removeForm.getByText('不再审批').waitFor()
  await page.getByTestId('approver-remove-password').fill(password)
  await settled(page)
  assert.equal(await horizontalOverflow(page), 0, 'the remove dialog overflows at 375 px')
  await screenshot(page, 'approvers-remove-375')
  await page.getByTestId('approver-remove-submit').click()
  await page.getByText('已取消“赵磊”的审批人资格').waitFor()
  await card.getByTestId('approvers-empty').waitFor()
  assert.equal(await card.locator('[data-approver="member"]').count(), 0)
  await page.close()
})

test('a branch secretary sees no approvers card', async () => {
  const page = await app.pageAs('branch_secretary', DESKTOP)
  await openOrg(page, 3)
  await page.getByTestId('member-list').waitFor()
  assert.equal(await page.getByTestId('approvers').count(), 0)
  await page.close()
})
