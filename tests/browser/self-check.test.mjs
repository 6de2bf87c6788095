// 发布前自查 (/check), signed in as the demo member: a member pastes a notice with an ID number and a 机密★
// marking, sees both marked inline with their rules and is told the notice must not be published (no
// masked copy is offered); a post with a mobile and an ID is copied masked as the advice says
// (138****5678, the ID's birth date); at desktop width and at 375 px. Also: an unreadable file and a
// network failure are explained in Chinese.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

const ID = '11010519491231002X'
const MARK = '机密★1年'
const TEXT = `${MARK}\n关于某项目的通知\n联系人：张三，身份证号 ${ID}，请勿外传。`
const POST = `周六社区义诊，报名请联系王老师 13812345678，身份证号 ${ID}，带好证件。`
const POST_MASKED = '周六社区义诊，报名请联系王老师 138****5678，身份证号 110105********002X，带好证件。'

/** The text a <mark> marks, without its footnote number. */
async function markedText(page, detector) {
  return page
    .locator(`[data-testid="marked-text"] mark[data-detector="${detector}"]`)
    .evaluate((m) => m.firstChild.textContent)
}

async function pasteAndCheck(page, text = TEXT) {
  await page.goto(app.url('/check'))
  await page.getByRole('heading', { level: 1, name: '发布前自查' }).waitFor()
  await page.getByTestId('privacy-notice').getByText('自查内容仅在本次请求中处理，不保存、不记录').waitFor()
  await page.getByLabel('粘贴要发布的文字').fill(text)
  await page.getByTestId('check-run').click()
  await page.getByTestId('marked-text').waitFor()
}

for (const [name, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`a pasted notice: the ID number and the 机密★ marking are marked, and it is said not to be publishable, with no masked copy (${name})`, async () => {
    const page = await app.pageAs('member', size)
    await pasteAndCheck(page)

    assert.equal(await markedText(page, 'secret.classification_mark'), MARK)
    assert.equal(await markedText(page, 'pii.cn_resident_id'), ID)
    assert.equal(await page.locator('[data-testid="marked-text"] mark').count(), 2)
    // Each finding names its rule, linked to the article.
    const mark = page.locator('[data-testid="text-result"] [data-testid="finding"][data-detector="secret.classification_mark"]')
    const id = page.locator('[data-testid="text-result"] [data-testid="finding"][data-detector="pii.cn_resident_id"]')
    assert.equal(await mark.getByTestId('finding-article').textContent(), '第十四条')
    assert.equal(await mark.getByTestId('finding-article').getAttribute('href'), '/rules/14')
    // Personal data: the duty to obey the law (第八条), with the law named in the advice.
    assert.equal(await id.getByTestId('finding-article').textContent(), '第八条')
    assert.match(await id.textContent(), /《个人信息保护法》/)
    assert.match(await mark.textContent(), /密级标志/)
    assert.match(await id.textContent(), /居民身份证号/)
    assert.match(await id.textContent(), /高风险/)
    assert.match(await page.getByTestId('check-summary').textContent(), /共发现 2 处/)

    // Masking the marking would leave the notice ready to paste: the page says why nothing is offered.
    const stop = page.locator('[data-testid="text-result"] [data-testid="do-not-publish"]')
    assert.match(await stop.textContent(), /这段文字不得发布/)
    assert.match(await stop.textContent(), /不提供脱敏文本/)
    assert.equal(await page.getByTestId('copy-redacted').count(), 0)

    assert.equal(await horizontalOverflow(page), 0, `self-check page overflows at ${name}`)
    await screenshot(page, `self-check-${name}`)

    // The article link leads to the rule.
    await mark.getByTestId('finding-article').click()
    await page.waitForURL((u) => u.pathname === '/rules/14')
    await page.getByRole('heading', { level: 1, name: '第十四条' }).waitFor()
    await page.close()
  })
}

for (const [name, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`a post with a mobile and an ID is copied masked as the advice says: 138****5678 and the birth date (${name})`, async () => {
    await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.baseURL).origin,
    })
    const page = await app.pageAs('member', size)
    await pasteAndCheck(page, POST)
    assert.equal(await markedText(page, 'pii.cn_mobile'), '13812345678')
    assert.equal(await markedText(page, 'pii.cn_resident_id'), ID)
    assert.equal(await page.getByTestId('do-not-publish').count(), 0)
    const mobile = page.locator('[data-testid="text-result"] [data-testid="finding"][data-detector="pii.cn_mobile"]')
    assert.match(await mobile.textContent(), /138\*\*\*\*5678/)  // the advice shows the masking it does
    assert.equal(await horizontalOverflow(page), 0, `self-check page overflows at ${name}`)
    await screenshot(page, `self-check-post-${name}`)

    await page.getByTestId('copy-redacted').click()
    await page.getByText('已复制脱敏文本').waitFor()
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), POST_MASKED)
    await page.close()
  })
}

test('an unreadable file is reported as 无法识别的文件格式', async () => {
  const page = await app.pageAs('member', MOBILE)
  await page.goto(app.url('/check'))
  await page.getByTestId('check-upload').locator('input[type=file]').setInputFiles({
    name: 'data.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0, 1, 2, 3, 0, 255]),
  })
  await page.getByTestId('check-run').click()
  const file = page.getByTestId('file-result')
  await file.waitFor()
  assert.match(await file.getByTestId('file-error').textContent(), /^无法识别的文件格式/)
  // "No findings" is never shown for what could not be checked.
  assert.match(await page.getByTestId('check-summary').textContent(), /有 1 个文件未能检查/)
  assert.doesNotMatch(await page.getByTestId('check-summary').textContent(), /未发现/)
  assert.equal(await horizontalOverflow(page), 0)
  await screenshot(page, 'self-check-file-error-375')
  await page.close()
})

test('when the server cannot be reached the page says 网络错误', async () => {
  const page = await app.pageAs('member', DESKTOP)
  await page.route('**/api/v1/check', (route) => route.abort('connectionrefused'))
  await page.goto(app.url('/check'))
  await page.getByLabel('粘贴要发布的文字').fill(TEXT)
  await page.getByTestId('check-run').click()
  const error = page.getByTestId('check-error')
  await error.waitFor()
  assert.match(await error.textContent(), /网络错误/)
  await page.close()
})
