// Getting people signed in: a committee administrator opens accounts for a
// branch from 组织管理 (a count first, then the job), downloads the 开通通知
// slips once, and a member of that branch logs in with the code from the
// slips and sets a password of their own; the code is refused afterwards.
// Once at 1280 px and once at 375 px, each with its own branch. On the users
// page, the system administrator finds a member by name to link an account.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, settled, useApp } from './helpers.mjs'
import { unzipText } from './xlsx.mjs'

const app = useApp({ before, after }, { demo: true })

const CODE = /[A-HJKMNP-Z2-9]{4}(?:-[A-HJKMNP-Z2-9]{4}){5}/g

// Demo: ZB002 is organisation 4 (members DY0002, DY0005, … DY0020: 7), ZB003 is 5 (6 members);
// ZB001's DY0010 keeps no account for the last test.
const runs = [
  { size: DESKTOP, tag: 'desktop', org: 4, count: 7, first: 'DY0002' },
  { size: MOBILE, tag: 'mobile', org: 5, count: 6, first: 'DY0003' },
]

for (const run of runs) {
  test(`${run.tag}: accounts for a branch, slips once, first login with the code`, async () => {
    const admin = await app.pageAs('committee_admin', run.size)
    await admin.goto(app.url(`/organisation?org=${run.org}`))
    await admin.getByTestId('org-provision').click()
    const count = admin.getByTestId('provision-count')
    await count.waitFor({ timeout: 30000 })
    assert.match(await count.textContent(), new RegExp(`将为 ${run.count} 名党员开通账号`))
    await settled(admin)
    await screenshot(admin, `accounts-count-${run.tag}`)
    await admin.getByTestId('provision-run').click()
    const done = admin.getByTestId('provision-done')
    await done.waitFor({ timeout: 60000 })
    assert.match(await done.textContent(), new RegExp(`已开通 ${run.count} 个账号`))
    await settled(admin)
    await screenshot(admin, `accounts-done-${run.tag}`)
    assert.equal(await horizontalOverflow(admin), 0)

    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('provision-slips').click()])
    const sheet = unzipText(await readFile(await download.path()))
    const codes = sheet.match(CODE) ?? []
    assert.equal(codes.length, run.count, 'one code per account on the slips')
    assert.ok(sheet.includes('开通通知') && sheet.includes('/login') && sheet.includes(run.first))
    await admin.getByTestId('provision-downloaded').waitFor()
    // The slips were handed out once: gone from the server.
    const jobUrl = download.url()
    assert.equal((await admin.request.get(jobUrl)).status(), 404)
    await admin.close()

    // The first row is the lowest 党员编号 of the branch.
    const code = codes[0]
    const member = await app.page(run.size)
    await member.goto(app.url('/login'))
    await member.getByTestId('login-username').fill(run.first)
    await member.getByTestId('login-password').fill(code)
    await member.getByTestId('login-submit').click()
    await member.getByTestId('activation-form').waitFor()
    await screenshot(member, `accounts-first-login-${run.tag}`)
    assert.equal(await horizontalOverflow(member), 0)
    await member.getByTestId('activation-password').fill('mein-eigenes-kennwort')
    await member.getByTestId('activation-password-again').fill('mein-eigenes-kennwort')
    await member.getByTestId('activation-submit').click()
    await member.waitForURL((u) => u.pathname === '/records')
    await screenshot(member, `accounts-signed-in-${run.tag}`)

    // The code worked once; the password now signs in.
    const again = await member.request.post(app.url('/api/v1/login'), { data: { username: run.first, password: code } })
    assert.equal(again.status(), 401)
    const own = await member.request.post(app.url('/api/v1/login'), {
      data: { username: run.first, password: 'mein-eigenes-kennwort' },
    })
    assert.equal(own.status(), 200)
    await member.close()
  })
}

test('the system administrator finds a member by name to link a new account', async () => {
  const page = await app.pageAs('system_admin', DESKTOP)
  await page.goto(app.url('/users'))
  await page.getByTestId('user-create').click()
  const select = page.getByTestId('user-create-member')
  await select.click()
  await page.keyboard.type('DY0010')
  const option = page.locator('.el-select-dropdown__item', { hasText: 'DY0010' })
  await option.waitFor()
  assert.equal(await page.locator('.el-select-dropdown__item:visible').count(), 1)
  await settled(page)
  await screenshot(page, 'users-member-search-desktop')
  await option.click()
  await page.getByPlaceholder('3–32 位字母、数字或 _ . -').fill('dy0010-staff')
  await page.getByPlaceholder('至少 12 个字符').first().fill('staff-account-password')
  await page.getByRole('button', { name: '创建' }).click()
  const row = page.locator('tr[data-user="dy0010-staff"]')
  await row.waitFor()
  assert.doesNotMatch(await row.textContent(), /工作人员账号/)
  await page.close()
})
