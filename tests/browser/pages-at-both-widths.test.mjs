// Every access page, as the role that uses it, at 1280 px and 375 px: it
// loads, nothing is wider than the screen, and a screenshot is kept.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

const pages = [
  { role: 'branch_secretary', path: '/organisation', name: 'organisation', ready: '[data-testid="member-list"], [data-testid="members-empty"]' },
  { role: 'branch_secretary', path: '/import', name: 'import', ready: '[data-testid="import-file"]' },
  { role: 'auditor', path: '/audit', name: 'audit', ready: '[data-testid="audit-list"], .el-empty' },
  { role: 'system_admin', path: '/users', name: 'users', ready: '[data-testid="user-list"]' },
  { role: 'member', path: '/records', name: 'records-member', ready: '[data-testid="record"]' },
  { role: 'branch_secretary', path: '/overview', name: 'overview-secretary', ready: '[data-testid="overview-chart-contributions_recorded"]' },
  { role: 'committee_admin', path: '/overview', name: 'overview-committee', ready: '[data-testid="overview-child"]' },
]

for (const p of pages) {
  test(`${p.path} as ${p.role} fits 1280 px and 375 px`, async () => {
    const page = await app.pageAs(p.role, DESKTOP)
    for (const [width, size] of [
      ['desktop', DESKTOP],
      ['375', MOBILE],
    ]) {
      await page.setViewportSize(size)
      await page.goto(app.url(p.path))
      await page.locator(p.ready).first().waitFor()
      assert.equal(await page.getByTestId('error-state').count(), 0, `${p.path} shows an error`)
      assert.equal(await horizontalOverflow(page), 0, `${p.path} overflows at ${width}`)
      // The navigation stays inside the header (a fixed-height row that
      // wraps would spill over the page).
      const spill = await page.evaluate(() => {
        const header = document.querySelector('.app-header').getBoundingClientRect()
        return Math.max(0, ...[...document.querySelectorAll('.main-nav a')].map((a) => a.getBoundingClientRect().bottom - header.bottom))
      })
      assert.equal(spill, 0, `the navigation spills out of the header at ${width} as ${p.role}`)
      if (width === 'desktop') {
        // Every entry of the main navigation is in sight at 1280 px (the nav
        // scrolls sideways, so an entry past its edge would be hidden).
        const nav = page.getByRole('navigation', { name: '主导航' })
        const edge = await nav.evaluate((n) => n.getBoundingClientRect().right)
        for (const link of await nav.getByRole('link').all()) {
          const box = await link.boundingBox()
          assert.ok(box && box.x + box.width <= edge + 0.5, `${await link.textContent()} is out of sight at 1280 px as ${p.role}`)
        }
      }
      await screenshot(page, `${p.name}-${width}`)
    }
    if (p.role === 'branch_secretary' && p.path === '/organisation') {
      // Someone else's entry at phone width, with its audit notice (the demo
      // secretary is DY0001; DY0004 is another member of the branch).
      await page.locator('[data-member="DY0004"] a').click()
      await page.getByTestId('member-facts').waitFor()
      await page.getByTestId('audit-notice').waitFor()
      assert.equal(await horizontalOverflow(page), 0, 'member entry overflows at 375 px')
      await screenshot(page, 'member-detail-375')
      // The user menu opens at phone width.
      await page.getByTestId('user-menu').click()
      await page.getByRole('menuitem', { name: '退出所有设备' }).waitFor()
      await screenshot(page, 'user-menu-375')
    }
    await page.close()
  })
}
