// Statements reach the reader (issue 9): a member writes a 说明 on their
// entry in 我的记录; the branch secretary is told on arrival (the badge of
// 待回复说明), finds it marked 新说明 in the list and on the member's page,
// replies; the member then reads the reply under their statement, sees a
// second one marked 已处理, and downloads the whole of 我的记录.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

const STATEMENT = '预备党员有误，我已于2019年转正，请支部核实更正。'
const REPLY = '已核实，支部将更正为正式党员。'
const SECOND = '联系电话已变更，特此说明。'

test('a member\'s statement reaches the secretary, who replies; the member reads the reply', async () => {
  // The member writes two statements on their entry.
  const member = await app.pageAs('member', DESKTOP)
  await member.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的记录' }).click()
  const record = member.getByTestId('record').first()
  await record.waitFor()
  for (const text of [STATEMENT, SECOND]) {
    await record.getByTestId('statement-input').fill(text)
    await record.getByTestId('statement-submit').click()
    await record.getByTestId('record-statements').getByText(text).waitFor()
  }
  assert.equal(await record.getByTestId('statement-reply-open').count(), 0, 'the member answers nobody')
  await member.close()

  // The secretary arrives: the header counts what waits, red while some are new.
  const sec = await app.pageAs('branch_secretary', DESKTOP)
  const badge = sec.getByTestId('statements-badge')
  await badge.waitFor()
  assert.equal((await badge.textContent()).trim(), '2')
  assert.match(await badge.getAttribute('class'), /nav-badge--new/)
  const link = sec.getByRole('link', { name: '待回复说明：2 条，其中 2 条是新的' })
  await link.click()
  await sec.getByRole('heading', { level: 1, name: '待回复说明' }).waitFor()
  const items = sec.getByTestId('pending-item')
  await items.first().waitFor()
  assert.equal(await items.count(), 2)
  assert.match(await items.first().textContent(), /新说明/)
  assert.match(await items.first().textContent(), /预备党员有误/)
  assert.equal(await horizontalOverflow(sec), 0)
  await screenshot(sec, 'statements-pending-desktop')

  // On the member's page the statements are marked new.
  await items.first().getByTestId('pending-member').click()
  await sec.waitForURL((u) => u.pathname === '/members/7')
  const section = sec.getByTestId('member-statements')
  await section.getByTestId('statement').first().waitFor()
  await section.getByTestId('member-statements-new').getByText('2 条新说明').waitFor()
  const first = section.getByTestId('statement').filter({ hasText: STATEMENT })
  await first.getByTestId('statement-new').waitFor()
  await screenshot(sec, 'statements-member-new-desktop')
  // Opening the page counted as seeing them: the badge stays, no longer red.
  await sec.waitForFunction(() => !document.querySelector('[data-testid="statements-badge"]')?.classList.contains('nav-badge--new'))

  // Reply to the first, mark the second handled.
  await first.getByTestId('statement-reply-open').click()
  await first.getByTestId('statement-reply-input').fill(REPLY)
  await first.getByTestId('statement-reply-submit').click()
  await first.getByTestId('statement-replies').getByText(REPLY).waitFor()
  const second = section.getByTestId('statement').filter({ hasText: SECOND })
  await second.getByTestId('statement-mark-handled').click()
  await second.getByTestId('statement-handled').waitFor()
  assert.equal(await second.getByTestId('statement-mark-handled').count(), 0)
  // Both answered: nothing waits any more.
  await sec.waitForFunction(() => !document.querySelector('[data-testid="statements-badge"]'))
  assert.equal(await horizontalOverflow(sec), 0)
  await sec.evaluate(() => window.scrollTo(0, 0))
  await screenshot(sec, 'statements-member-answered-desktop')

  // After a reload nothing is new, and the answers stay.
  await sec.reload()
  await section.getByTestId('statement').first().waitFor()
  assert.equal(await section.getByTestId('statement-new').count(), 0)
  await section.getByTestId('statement-replies').getByText(REPLY).waitFor()
  await sec.setViewportSize(MOBILE)
  assert.equal(await horizontalOverflow(sec), 0, 'the member page overflows at 375 px')
  await screenshot(sec, 'statements-member-375')
  await sec.goto(app.url('/statements'))
  await sec.getByTestId('pending-empty').waitFor()
  assert.equal(await horizontalOverflow(sec), 0)
  await screenshot(sec, 'statements-pending-empty-375')
  await sec.close()

  // The member reads the reply under their statement and the handled mark.
  const back = await app.pageAs('member', DESKTOP)
  await back.goto(app.url('/records'))
  const mine = back.getByTestId('record').first()
  const thread = mine.getByTestId('statement').filter({ hasText: STATEMENT })
  await thread.getByTestId('statement-replies').getByText(REPLY).waitFor()
  assert.match(await thread.getByTestId('statement-reply').textContent(), /王建国 回复/)
  const handled = mine.getByTestId('statement').filter({ hasText: SECOND })
  await handled.getByTestId('statement-handled').waitFor()
  await handled.getByTestId('statement-handled-by').getByText(/王建国 于 .* 标记为已处理/).waitFor()
  assert.equal(await horizontalOverflow(back), 0)
  await screenshot(back, 'statements-records-desktop')

  // The whole of 我的记录, as Excel and as JSON, from the page's buttons.
  const xlsxHref = await back.getByTestId('records-download-xlsx').getAttribute('href')
  const jsonHref = await back.getByTestId('records-download-json').getAttribute('href')
  const xlsx = await back.request.get(app.url(xlsxHref))
  assert.equal(xlsx.status(), 200)
  assert.equal(xlsx.headers()['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  assert.match(xlsx.headers()['content-disposition'], /attachment/)
  assert.equal((await xlsx.body()).subarray(0, 2).toString(), 'PK')
  const copy = await (await back.request.get(app.url(jsonHref))).json()
  assert.equal(copy.member.id, 7)
  const threads = copy.records[0].statements
  assert.equal(threads[0].replies[0].text, REPLY)
  assert.ok(threads[1].handled, 'the handled mark is in the copy')
  assert.ok(copy.reads.some((r) => r.action === 'member.read'), 'the secretary\'s reads are in the copy')

  await back.setViewportSize(MOBILE)
  assert.equal(await horizontalOverflow(back), 0, '我的记录 overflows at 375 px')
  await screenshot(back, 'statements-records-375')
  await back.close()
})
