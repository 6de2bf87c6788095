// Every list bounded (issue 9), in the browser: a server on a generated
// hierarchy of 100,000 members (`netconduct bench-data`); the root's
// 党委管理员 opens the tree a level at a time, a committee opens on its
// 下级组织 with their members on the roll, and 包含下级组织 pages through the
// whole subtree 50 at a time with its total. At 1280 and 375 px, screenshots
// into build/screenshots.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { DESKTOP, MOBILE, horizontalOverflow, logIn, screenshot, screenshotDir, settled, useApp } from './helpers.mjs'

const MEMBERS = 100000

const app = useApp(
  { before, after },
  {
    prepare: async (bin, dataDir) => {
      const { stdout } = await promisify(execFile)(
        bin,
        ['bench-data', '--data', dataDir, '--members', String(MEMBERS), '--seed', '5', '--as-of', '2026-12-01', '--accounts', '1'],
        { maxBuffer: 1 << 20, timeout: 180_000 },
      )
      const m = /username (bench-admin)\s+password (\S+)/.exec(stdout)
      assert.ok(m, stdout)
      return { username: m[1], password: m[2] }
    },
  },
)

const runs = [
  { size: DESKTOP, tag: 'desktop' },
  { size: MOBILE, tag: 'mobile' },
]

for (const run of runs) {
  test(`${run.tag}: the tree by levels, a committee's 下级组织, and the whole subtree page by page`, { timeout: 240_000 }, async () => {
    const page = await app.page(run.size)
    await logIn(page, app.baseURL, app.server.prepared)
    await page.goto(app.url('/organisation?org=1'))

    // The root opens on its 下级组织 (members on the roll per child), not on an empty list.
    const children = page.getByTestId('org-children-list')
    await children.waitFor({ timeout: 30_000 })
    assert.equal(await page.getByTestId('members-empty').count(), 0)
    const onRoll = (await children.getByTestId('child-members').first().textContent()).trim()
    assert.match(onRoll, /^[0-9,]+$/)
    assert.ok(Number(onRoll.replaceAll(',', '')) > 90000, `a province holds nearly all members on the roll: ${onRoll}`)
    assert.match(await page.getByTestId('org-children-total').textContent(), /共 1 个下级组织/)

    // The tree loaded the root's level only: one node below the root, then more when it opens.
    const tree = page.getByTestId('org-tree')
    const province = tree.locator('[data-org="2"]')
    await province.waitFor()
    assert.equal(await tree.locator('[data-org]').count(), 2, 'the root and its one child, nothing deeper yet')
    await screenshot(page, `lists-tree-closed-${run.tag}`)
    await tree.locator('.el-tree-node__content', { has: page.locator('[data-org="2"]') }).locator('.el-tree-node__expand-icon').click()
    await tree.locator('[data-org="3"]').waitFor()
    const level = await tree.locator('[data-org]').count()
    assert.ok(level > 2 && level <= 2 + 50, `one page of the province's children: ${level - 2}`)
    await settled(page)
    await screenshot(page, `lists-committee-${run.tag}`)
    assert.equal(await horizontalOverflow(page), 0)

    // 包含下级组织: the whole subtree, 50 a page, with the total.
    await page.getByText('包含下级组织').click()
    const list = page.getByTestId('member-list')
    await list.waitFor({ timeout: 30_000 })
    const total = page.getByTestId('member-total')
    await total.getByText(`共 ${MEMBERS.toLocaleString('zh-CN')} 名党员`).waitFor()
    assert.equal(await list.locator('tbody tr').count(), 50)
    const firstPage = await list.locator('tbody tr').first().getAttribute('data-member')
    await page.getByTestId('member-next').click()
    await total.getByText('第 51–100 名').waitFor()
    const secondPage = await list.locator('tbody tr').first().getAttribute('data-member')
    assert.notEqual(secondPage, firstPage)
    await page.getByTestId('member-next').click()
    await total.getByText('第 101–150 名').waitFor()
    await page.getByTestId('member-prev').click()
    await total.getByText('第 51–100 名').waitFor()
    assert.equal(await list.locator('tbody tr').first().getAttribute('data-member'), secondPage)
    await page.getByTestId('member-prev').click()
    await total.getByText('第 1–50 名（第 1 / 2000 页）').waitFor()
    assert.equal(await page.getByTestId('member-prev').isDisabled(), true)
    await settled(page)
    await screenshot(page, `lists-subtree-page-${run.tag}`)
    await page.getByTestId('member-pager').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${screenshotDir}/lists-subtree-pager-${run.tag}.png` })
    assert.equal(await horizontalOverflow(page), 0)
    await page.close()
  })
}
