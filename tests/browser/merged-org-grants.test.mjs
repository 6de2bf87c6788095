// 用户与角色 after a merge: the roles granted on the absorbed organisation
// stay as given, marked 组织已撤并, and the roles dialog says they cover
// nobody and offers the organisation no more (signed in as the demo
// system administrator; the demo committee administrator merges 机关第一党支部).
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, settled, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

async function mergeFirstBranch() {
  const page = await app.pageAs('committee_admin', DESKTOP)
  const session = await (await page.request.get(app.url('/api/v1/session'))).json()
  const all = (await (await page.request.get(app.url('/api/v1/organisations?limit=200'))).json()).organisations
  const gone = all.find((o) => o.code === 'ZB001')
  const into = all.find((o) => o.type === 'branch' && o.code !== 'ZB001' && o.active)
  assert.ok(gone && into, `demo branches: ${all.map((o) => o.code).join(' ')}`)
  const r = await page.request.post(app.url(`/api/v1/organisations/${gone.id}/merge`), {
    headers: { 'X-CSRF-Token': session.csrf, 'Content-Type': 'application/json' },
    data: { into: into.id },
  })
  assert.equal(r.status(), 200, await r.text())
  await page.close()
  return gone
}

test('roles on a merged organisation are marked, explained and cannot be granted again', async () => {
  const gone = await mergeFirstBranch()
  for (const [name, size] of [
    ['desktop', DESKTOP],
    ['375', MOBILE],
  ]) {
    const page = await app.pageAs('system_admin', size)
    await page.goto(app.url('/users'))
    const row = page.locator('tr[data-user="secretary"]')
    const tag = row.locator('[data-inactive-org="true"]')
    await tag.waitFor()
    assert.match(await tag.textContent(), new RegExp(`${gone.name}（组织已撤并）`))
    // The demo auditor's grant is on the committee, which is still active.
    assert.equal(await page.locator('tr[data-user="auditor"] [data-inactive-org="true"]').count(), 0)
    await screenshot(page, `users-merged-org-${name}`)
    assert.equal(await horizontalOverflow(page), 0, `users page overflows at ${name}`)

    await row.getByRole('button', { name: '设置角色' }).click()
    const warning = page.getByTestId('inactive-grant-orgs')
    await warning.waitFor()
    assert.match(await warning.textContent(), new RegExp(`${gone.name}已合并或撤销`))
    await settled(page)
    // The picker names the grant's organisation before any search, then
    // finds it by its code (a search of the server), listed but disabled.
    const picker = page.locator('.grant-row__org').first()
    assert.match(await picker.textContent(), new RegExp(`${gone.name}（已撤并）`))
    await picker.click()
    const typed = page.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === gone.code)
    await picker.locator('input').fill(gone.code)
    assert.equal((await typed).status(), 200)
    const option = page.locator('.el-select-dropdown__item', { hasText: `${gone.name}（${gone.code}）（已撤并）` })
    await option.waitFor()
    assert.match((await option.getAttribute('class')) ?? '', /is-disabled/)
    await screenshot(page, `users-org-picker-${name}`)
    assert.equal(await horizontalOverflow(page), 0, `the roles dialog overflows at ${name}`)
    await page.close()
  }
})
