// 概览 (issue 11) at both widths: the member records contributions and a
// relay over the API, the secretary confirms one; the committee administrator
// opens 概览 of the 党委 and sees the year's charts with the numbers the
// records make (nobody named), 尚无数据 for the kinds that have not arrived,
// the child organisations with their figures, drills down to the 党总支 and
// then to the branch; the export link names the organisation and the year;
// the branch secretary sees their branch's page with what is due; a member
// has no 概览.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, settled, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })
const year = new Date().getFullYear()

async function post(page, path, data) {
  const session = await (await page.request.get(app.url('/api/v1/session'))).json()
  const r = await page.request.post(app.url(path), {
    headers: { 'X-CSRF-Token': session.csrf, 'Content-Type': 'application/json' },
    data,
  })
  assert.ok(r.status() < 300, `${path}: ${r.status()} ${await r.text()}`)
  return r.json()
}

let made = false
let memberName = ''
async function makeRecords() {
  if (made) return
  made = true
  const member = await app.pageAs('member', DESKTOP)
  memberName = (await (await member.request.get(app.url('/api/v1/session'))).json()).user.member.name
  const ids = []
  for (const [n, month] of [[1, '01'], [2, '01'], [3, '03']]) {
    const r = await post(member, '/api/v1/records/contribution', {
      fields: { category: 'story', platform: '微博', link: `https://weibo.com/ov/${n}`, date: `${year}-${month}-1${n}`, description: `概览浏览器测试 ${n}` },
    })
    ids.push(r.record.id)
  }
  await post(member, '/api/v1/records/relay', {
    fields: { summary: '居民反映公交夜间停运', topic: '交通', place: '市民论坛', seen_on: `${year}-02-02` },
  })
  await member.close()
  const sec = await app.pageAs('branch_secretary', DESKTOP)
  await post(sec, `/api/v1/records/contribution/${ids[0]}/transitions`, { verb: 'confirm' })
  await sec.close()
}

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`the committee's overview shows the records' numbers and drills down (${tag})`, async () => {
    await makeRecords()
    const page = await app.pageAs('committee_admin', size)
    await page.goto(app.url('/overview'))
    const recorded = page.getByTestId('overview-chart-contributions_recorded')
    await recorded.waitFor()
    assert.match(await page.locator('h1').textContent(), new RegExp(`示范单位党委 ${year} 年`))
    assert.match(await recorded.textContent(), /全年 3/)
    assert.match(await page.getByTestId('overview-chart-contributions_confirmed').textContent(), /全年 1/)
    // The chart is drawn (SVG) with its article cited.
    await recorded.locator('svg').first().waitFor()
    assert.match(await recorded.textContent(), /第4、6、7、22条/)
    // The quizzes count from the quizzes' own completions: a number (none taken here), never 尚无数据.
    const quizzes = page.getByTestId('overview-chart-quizzes_completed')
    assert.match(await quizzes.textContent(), /全年 0/)
    assert.doesNotMatch(await quizzes.textContent(), /尚无数据/)
    // Due now: the relay waits for the branch.
    assert.match(await page.getByTestId('overview-due').textContent(), /待转交或待答复的社情民意：1 项/)
    // Nobody named: the demo member's name appears nowhere.
    assert.ok(memberName.length > 0)
    assert.ok(!(await page.locator('main').textContent()).includes(memberName), 'a member is named on 概览')
    // The children: 机关党总支 and 业务党支部, with their year's figures.
    const rows = page.getByTestId('overview-child')
    await rows.first().waitFor()
    assert.equal(await rows.count(), 2)
    assert.match(await rows.filter({ hasText: '机关党总支' }).textContent(), /3/)
    assert.equal(await horizontalOverflow(page), 0, '概览 overflows horizontally')
    await settled(page)
    await screenshot(page, `overview-committee-${tag}`)
    // The export link names the organisation and the year.
    const href = await page.getByTestId('overview-export').getAttribute('href')
    assert.match(href, new RegExp(`/api/v1/overview/export\\?org=\\d+&year=${year}`))
    // Drill down: the 党总支, then the member's branch.
    await rows.filter({ hasText: '机关党总支' }).getByTestId('overview-drill').click()
    await page.locator('h1').filter({ hasText: '机关党总支' }).waitFor()
    await page.getByTestId('overview-child').filter({ hasText: '机关第一党支部' }).getByTestId('overview-drill').click()
    await page.locator('h1').filter({ hasText: '机关第一党支部' }).waitFor()
    assert.match(await page.getByTestId('overview-chart-contributions_recorded').textContent(), /全年 3/)
    assert.match(await page.getByTestId('overview-children').textContent(), /没有下级组织/)
    // Printable: the print stylesheet hides the header and the tools.
    await page.emulateMedia({ media: 'print' })
    assert.equal(await page.locator('.app-header').isVisible(), false)
    assert.equal(await page.getByTestId('overview-export').isVisible(), false)
    await screenshot(page, `overview-branch-print-${tag}`)
    await page.emulateMedia({ media: 'screen' })
    await page.close()
  })
}

test('the branch secretary sees their branch; a member has no overview', async () => {
  await makeRecords()
  const sec = await app.pageAs('branch_secretary', DESKTOP)
  await sec.goto(app.url('/overview'))
  await sec.locator('h1').filter({ hasText: '机关第一党支部' }).waitFor()
  assert.match(await sec.getByTestId('overview-due').textContent(), /社情民意：1 项/)
  await sec.close()
  const member = await app.pageAs('member', DESKTOP)
  await member.goto(app.url('/overview'))
  // The route admits the roles that read organisations only: the member is sent away.
  await member.waitForURL((u) => u.pathname !== '/overview')
  assert.equal(await member.getByTestId('overview-chart-contributions_recorded').count(), 0)
  const nav = await member.locator('header').textContent()
  assert.ok(!nav.includes('概览'), '概览 is not in a member\'s navigation')
  await member.close()
})
