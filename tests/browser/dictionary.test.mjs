// 保密词表: a branch secretary adds a term to the branch list; a member of the
// branch then reads every list that applies to them, the new term included,
// and their next self-check marks it. (One browser context: one login at a time.)
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, settled, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

test('a secretary adds a term; the member sees it in 保密词表 and self-check marks it', async () => {
  const secretary = await app.pageAs('branch_secretary', DESKTOP)
  await secretary.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '保密词表' }).click()
  const editor = secretary.getByTestId('dictionary-editor')
  await editor.getByTestId('dictionary-rows').waitFor()
  assert.equal(await editor.getByTestId('term-input').count(), 1)
  assert.equal(await editor.getByTestId('term-input').inputValue(), '星河计划')
  // A duplicate is caught before anything is sent.
  await editor.getByTestId('add-term').click()
  await editor.getByTestId('term-input').nth(1).fill('星河计划')
  await editor.getByTestId('save-dictionary').click()
  await editor.getByTestId('dictionary-error').getByText('第 2 个词条“星河计划”重复').waitFor()
  await editor.getByTestId('term-input').nth(1).fill('北辰系统')
  await editor.getByTestId('save-dictionary').click()
  await secretary.getByText('已保存：2 个词条').first().waitFor()
  assert.equal(await editor.getByTestId('dictionary-error').count(), 0)
  await secretary.reload()
  await editor.getByTestId('dictionary-rows').waitFor()
  assert.equal(await editor.getByTestId('term-input').nth(1).inputValue(), '北辰系统', 'the saved list is what the server keeps')
  assert.equal(await horizontalOverflow(secretary), 0)
  await screenshot(secretary, 'dictionary-editor-desktop')
  await secretary.setViewportSize(MOBILE)
  assert.equal(await horizontalOverflow(secretary), 0, 'the editor overflows at 375 px')
  await screenshot(secretary, 'dictionary-editor-375')
  // The organisation picker searches the server (the beginning of a name or
  // code, within what the secretary may read), never a whole tree.
  await secretary.setViewportSize(DESKTOP)
  const picker = editor.getByTestId('dictionary-org')
  assert.match(await picker.textContent(), /机关第一党支部/, 'the own branch, named before any search')
  const searches = []
  secretary.on('request', (r) => {
    if (r.url().includes('/api/v1/organisations?')) searches.push(new URL(r.url()).searchParams.get('q'))
  })
  await picker.click()
  const typed = secretary.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === '机关')
  await picker.locator('input').fill('机关')
  assert.equal((await typed).status(), 200)
  await settled(secretary)
  const option = secretary.locator('.el-select-dropdown__item', { hasText: '机关第一党支部（ZB001）' })
  await option.waitFor()
  assert.match(await option.textContent(), /机关党总支/, 'the parent tells branches apart')
  assert.equal(await secretary.locator('.el-select-dropdown__item:visible').count(), 1, 'only what the secretary reads')
  assert.ok(searches.includes('机关'), `searched: ${JSON.stringify(searches)}`)
  await screenshot(secretary, 'dictionary-org-picker-desktop')
  await secretary.setViewportSize(MOBILE)
  await settled(secretary)
  assert.equal(await horizontalOverflow(secretary), 0, 'the open picker overflows at 375 px')
  await screenshot(secretary, 'dictionary-org-picker-375')
  await option.click()
  await secretary.close()

  const member = await app.pageAs('member', DESKTOP)
  await member.goto(app.url('/dictionary'))
  const mine = member.getByTestId('my-dictionaries')
  for (const term of ['天枢工程', '青鸟平台', '星河计划', '北辰系统']) await mine.getByText(term, { exact: true }).waitFor()
  assert.equal(await member.getByTestId('dictionary-editor').count(), 0, 'a plain member keeps no list')
  assert.equal(await horizontalOverflow(member), 0)
  await screenshot(member, 'dictionary-member-desktop')
  await member.setViewportSize(MOBILE)
  assert.equal(await horizontalOverflow(member), 0, '保密词表 overflows at 375 px')
  await screenshot(member, 'dictionary-member-375')
  await member.setViewportSize(DESKTOP)

  await member.goto(app.url('/check'))
  await member.getByTestId('dictionary-note').getByText('4 个词条', { exact: false }).waitFor()
  await member.getByTestId('check-text').fill('明天上午北辰系统停机维护，请大家提前保存工作。')
  await member.getByTestId('check-run').click()
  const result = member.getByTestId('text-result')
  await result.locator('mark').filter({ hasText: '北辰系统' }).waitFor()
  await member.close()
})
