// A protected page sends the visitor to 登录; a wrong password is refused
// with 用户名或密码错误, and the right one returns them to the page they asked for.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

for (const [name, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`a wrong password shows 用户名或密码错误, the right one returns to 我的记录 (${name})`, async () => {
    const page = await app.page(size)
    await page.goto(app.url('/records'))
    await page.waitForURL((u) => u.pathname === '/login' && u.searchParams.get('redirect') === '/records')
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor()
    assert.equal(await horizontalOverflow(page), 0, 'login page overflows')
    await screenshot(page, `login-${name}`)

    const { username, password } = app.demo.member
    await page.getByTestId('login-username').fill(username)
    await page.getByTestId('login-password').fill(password + 'x')
    await page.getByTestId('login-submit').click()
    const error = page.getByTestId('login-error')
    await error.waitFor()
    assert.equal((await error.textContent()).trim(), '用户名或密码错误')
    assert.equal(new URL(page.url()).pathname, '/login')
    await screenshot(page, `login-error-${name}`)

    await page.getByTestId('login-password').fill(password)
    await page.getByTestId('login-submit').click()
    await page.waitForURL((u) => u.pathname === '/records')
    await page.getByRole('heading', { level: 1, name: '我的记录' }).waitFor()

    // Log out again so the next case starts logged out.
    await page.getByTestId('user-menu').click()
    await page.getByRole('menuitem', { name: '退出登录' }).click()
    await page.waitForURL((u) => u.pathname === '/login')
    await page.close()
  })
}
