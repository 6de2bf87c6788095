// 组织管理 changes as a 党委管理员 makes them: a new branch under 机关党总支,
// renamed, moved under the 党委, merged (after a confirmation) into another
// branch, each one in the page's 变更记录; a branch secretary sees none of
// these buttons. Screenshots at 1280 px and 375 px.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, settled, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

// Demo tree: 1 示范单位党委 (DW001) > 2 机关党总支 (ZZ001) > 3, 4; 1 > 5 业务党支部 (ZB003).

async function openOrg(page, id) {
  await page.goto(app.url(`/organisation?org=${id}`))
  await page.locator('[data-testid="member-list"], [data-testid="members-empty"], [data-testid="org-children"]').first().waitFor()
}

async function pick(page, selectTestId, optionText) {
  await page.getByTestId(selectTestId).click()
  await page.getByRole('option', { name: optionText }).click()
  // The choice is made when the select shows it (a search still loading
  // can redraw the list under the click on a busy machine).
  await page.getByTestId(selectTestId).getByText(optionText).waitFor()
}

test('a branch secretary sees no organisation actions, and the organisations above named but not linked', async () => {
  const page = await app.pageAs('branch_secretary', DESKTOP)
  await openOrg(page, 3)
  assert.equal(await page.getByTestId('org-actions').count(), 0)
  await page.getByTestId('org-history').getByText('成立，隶属于“机关党总支”').waitFor()
  const path = page.locator('.org-view__path')
  await path.getByText('示范单位党委').waitFor()
  await path.getByText('机关党总支').waitFor()
  assert.equal(await path.locator('a', { hasText: '机关党总支' }).count(), 0, 'an organisation the secretary may not open is not a link')
  await page.close()
})

test('a committee administrator creates, renames, moves and merges a branch, and the history shows it', async () => {
  const page = await app.pageAs('committee_admin', DESKTOP)
  await openOrg(page, 2)
  await page.getByTestId('org-actions').waitFor()

  // 新建下级组织
  await page.getByTestId('org-create').click()
  await page.getByTestId('org-create-name').fill('界面测试支部')
  await page.getByTestId('org-create-code').fill('UI-T1')
  await page.getByTestId('org-create-submit').click()
  await page.getByText('已新建“界面测试支部”').waitFor()
  const node = page.getByTestId('org-tree').getByText('界面测试支部')
  await node.waitFor()
  await node.click()
  await page.getByRole('heading', { level: 1, name: '界面测试支部' }).waitFor()
  await page.getByTestId('org-history').getByText('成立，隶属于“机关党总支”').waitFor()
  assert.equal(await page.getByTestId('org-create').count(), 0, 'a 党支部 has no organisations below it')

  // 修改
  await page.getByTestId('org-edit').click()
  await page.getByTestId('org-edit-name').fill('界面测试第一支部')
  await page.getByTestId('org-edit-submit').click()
  await page.getByRole('heading', { level: 1, name: '界面测试第一支部' }).waitFor()
  await page.getByTestId('org-history').getByText('名称由“界面测试支部”改为“界面测试第一支部”').waitFor()

  // 移动: from 机关党总支 to 示范单位党委
  await page.getByTestId('org-move').click()
  await pick(page, 'org-move-target', '示范单位党委（DW001）')
  await page.getByTestId('org-move-submit').click()
  await page.getByText('已调整隶属关系').first().waitFor()
  await page.getByTestId('org-history').getByText('由“机关党总支”调整到“示范单位党委”之下').waitFor()
  assert.equal(await horizontalOverflow(page), 0)
  await screenshot(page, 'organisation-actions-desktop')

  // 合并 into 业务党支部, after the confirmation
  await page.getByTestId('org-merge').click()
  await pick(page, 'org-merge-target', '业务党支部（ZB003）')
  await page.getByTestId('org-merge-submit').click()
  const confirm = page.getByRole('dialog', { name: '确认合并' })
  await confirm.waitFor()
  await confirm.getByText('合并不能撤销').waitFor()
  await settled(page)
  await screenshot(page, 'organisation-merge-confirm-desktop')
  await confirm.getByRole('button', { name: '确认合并' }).click()
  await page.getByTestId('org-state').getByText('已合并').waitFor()
  await page.getByTestId('org-history').getByText('并入“业务党支部”').waitFor()
  assert.equal(await page.getByTestId('org-actions').count(), 0, 'a merged organisation changes no more')

  // The absorbing branch tells it too.
  await openOrg(page, 5)
  await page.getByTestId('org-history').getByText('“界面测试第一支部”并入本组织').waitFor()

  // At phone width: the actions and the dialogs fit.
  await page.setViewportSize(MOBILE)
  await openOrg(page, 2)
  await page.getByTestId('org-actions').waitFor()
  assert.equal(await horizontalOverflow(page), 0, 'the organisation page overflows at 375 px')
  await screenshot(page, 'organisation-actions-375')
  await page.getByTestId('org-create').click()
  await page.getByTestId('org-create-form').waitFor()
  await settled(page)
  assert.equal(await horizontalOverflow(page), 0, 'the create dialog overflows at 375 px')
  await screenshot(page, 'organisation-create-375')
  await page.close()
})

test('a refused change shows the server’s reason and changes nothing', async () => {
  const page = await app.pageAs('committee_admin', DESKTOP)
  await openOrg(page, 2)
  await page.getByTestId('org-create').click()
  await page.getByTestId('org-create-name').fill('重复编码支部')
  await page.getByTestId('org-create-code').fill('ZB001')
  await page.getByTestId('org-create-submit').click()
  await page.getByTestId('org-create-form').getByRole('alert').getByText('组织编码 ZB001 已存在').waitFor()
  assert.equal(await page.getByTestId('org-tree').getByText('重复编码支部').count(), 0)
  await page.close()
})
