// 学习测验 (issue 11, education) in the browser at both widths: the branch
// secretary generates drafts from the rulebook (each shows the article it came
// from), edits one, publishes two and composes a quiz of them (a quiz without
// a closing day is refused and nothing typed is lost); the member is told
// before submitting that there is one attempt, takes the quiz and sees the
// right answers with the article; 我的记录 shows his result; the secretary sees
// who completed (his name, no score) and why the shares are not shown yet.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'

import { DESKTOP, MOBILE, horizontalOverflow, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

async function open(page, path) {
  await page.goto(app.url(path))
}

async function noOverflow(page, what) {
  assert.equal(await horizontalOverflow(page), 0, `${what} overflows horizontally`)
}

function isoIn(days) {
  const d = new Date(Date.now() + days * 86400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`a secretary generates, edits, publishes and composes; the member takes the quiz and sees his result (${tag})`, async () => {
    const title = `网络行为规定学习测验（${tag}）`

    // ---- the secretary: the bank ----------------------------------------------------
    const sec = await app.pageAs('branch_secretary', size)
    await open(sec, '/quiz')
    await sec.getByTestId('quiz-bank').waitFor()
    const before = await sec.getByTestId('draft-question').count()
    await sec.getByTestId('quiz-count').locator('input').fill('3')
    await sec.getByTestId('quiz-generate').click()
    await sec.waitForFunction((n) => document.querySelectorAll('[data-testid="draft-question"]').length >= n + 3, before)
    const drafts = sec.getByTestId('draft-question')
    // Every draft says which article it came from, with the article's text.
    for (let i = 0; i < 3; i++) {
      assert.match(await drafts.nth(i).getByTestId('draft-article').textContent(), /第.+条/)
      assert.ok((await drafts.nth(i).getByTestId('draft-source').textContent()).trim().length > 0, 'the draft shows its source text')
    }
    await noOverflow(sec, 'the bank with drafts')
    await screenshot(sec, `quiz-bank-${tag}`)

    // Edit the first draft: an empty stem is refused, what was typed in the options stays.
    const first = drafts.first()
    const firstId = await first.getAttribute('data-id')
    await first.getByTestId('draft-edit').click()
    const stem = first.getByTestId('edit-stem').locator('textarea')
    const original = await stem.inputValue()
    const option0 = first.getByRole('textbox', { name: '选项 A' })
    const optionText = await option0.inputValue()
    await stem.fill('')
    await first.getByTestId('edit-save').click()
    await first.getByTestId('edit-error').filter({ hasText: /题干/ }).waitFor()
    assert.equal(await option0.inputValue(), optionText, 'nothing typed is lost on an error')
    await stem.fill(`${original}（请结合本人实际作答）`)
    await screenshot(sec, `quiz-edit-${tag}`)
    await first.getByTestId('edit-save').click()
    await sec.locator(`[data-testid="draft-question"][data-id="${firstId}"] [data-testid="draft-stem"]`).filter({ hasText: '请结合本人实际作答' }).waitFor()

    // Publish the edited draft and one more; set the third aside.
    const publishedBefore = await sec.getByTestId('published-question').count()
    const thirdId = await drafts.nth(2).getAttribute('data-id')
    for (const id of [firstId, await drafts.nth(1).getAttribute('data-id')]) {
      await sec.locator(`[data-testid="draft-question"][data-id="${id}"] [data-testid="draft-publish"]`).click()
      await sec.locator(`[data-testid="draft-question"][data-id="${id}"]`).waitFor({ state: 'detached' })
    }
    await sec.waitForFunction((n) => document.querySelectorAll('[data-testid="compose-question"]').length >= n + 2, publishedBefore)
    await sec.locator(`[data-testid="draft-question"][data-id="${thirdId}"] [data-testid="draft-discard"]`).click()
    await sec.locator(`[data-testid="draft-question"][data-id="${thirdId}"]`).waitFor({ state: 'detached' })
    assert.equal(await sec.locator(`[data-testid="published-question"][data-id="${thirdId}"]`).count(), 0,
      'a discarded draft is not published')

    // ---- the secretary: composing ------------------------------------------------------
    const compose = sec.getByTestId('quiz-compose')
    await compose.getByTestId('compose-title').locator('input').fill(title)
    const picks = compose.getByTestId('compose-question')
    const n = await picks.count()
    await picks.nth(n - 1).click()
    await picks.nth(n - 2).click()
    // No closing day: refused, naming the field; the title and the picks stay.
    await compose.getByTestId('compose-submit').click()
    await compose.getByTestId('compose-error').filter({ hasText: /截止日期/ }).waitFor()
    assert.equal(await compose.getByTestId('compose-title').locator('input').inputValue(), title)
    const closes = compose.getByTestId('compose-closes').locator('input').first()
    await closes.fill(isoIn(7))
    await closes.press('Enter')
    await noOverflow(sec, 'the compose form')
    await screenshot(sec, `quiz-compose-${tag}`)
    await compose.getByTestId('compose-submit').click()
    const listed = sec.getByTestId('branch-quiz').filter({ hasText: title })
    await listed.waitFor()
    assert.match(await listed.textContent(), /2 题 · 0 人完成/)
    await sec.close()

    // ---- the member takes it -------------------------------------------------------------
    const me = await app.pageAs('member', size)
    await open(me, '/quiz')
    const mine = me.getByTestId('my-quiz').filter({ hasText: title })
    await mine.waitFor()
    assert.equal(await me.getByTestId('quiz-bank').count(), 0, 'a member sees no bank')
    await screenshot(me, `quiz-member-list-${tag}`)
    await mine.getByTestId('my-quiz-link').click()
    await me.getByTestId('quiz-take').waitFor()
    assert.match(await me.getByTestId('quiz-once').textContent(), /只能提交一次/)
    const questions = me.getByTestId('quiz-question')
    assert.equal(await questions.count(), 2)
    for (let i = 0; i < 2; i++) await questions.nth(i).getByTestId('quiz-option').first().click()
    await noOverflow(me, 'taking the quiz')
    await screenshot(me, `quiz-take-${tag}`)
    await me.getByTestId('quiz-submit').click()
    // Asked once more before the one attempt; declining sends nothing.
    const box = me.locator('.el-message-box')
    await box.waitFor()
    assert.match(await box.textContent(), /只能提交一次/)
    await box.getByRole('button', { name: '再检查一下' }).click()
    await box.waitFor({ state: 'hidden' })
    assert.equal(await me.getByTestId('quiz-my-result').count(), 0)
    await me.getByTestId('quiz-submit').click()
    await me.locator('.el-message-box').getByRole('button', { name: '提交' }).click()
    const result = me.getByTestId('quiz-my-result')
    await result.waitFor()
    const items = result.getByTestId('quiz-result-item')
    assert.equal(await items.count(), 2)
    for (let i = 0; i < 2; i++) {
      assert.match(await items.nth(i).getByTestId('quiz-result-article').getAttribute('href'), /^\/rules\/\d+$/)
      assert.match(await items.nth(i).textContent(), /正确答案/)
    }
    const summary = await result.getByTestId('quiz-result-summary').textContent()
    const right = Number(/答对\s*(\d+)\s*题/.exec(summary)[1])
    const rights = await items.evaluateAll((els) => els.filter((e) => e.dataset.right === 'true').length)
    assert.equal(right, rights, 'the summary counts the questions marked right')
    await noOverflow(me, 'the result')
    await screenshot(me, `quiz-result-${tag}`)
    // The result's article link opens the article in the rulebook.
    await items.first().getByTestId('quiz-result-article').click()
    await me.waitForURL(/\/rules\/\d+$/)

    // 我的记录 shows it.
    await open(me, '/records')
    const rec = me.getByTestId('records-quiz-result').filter({ hasText: title })
    await rec.waitFor()
    assert.match(await rec.textContent(), new RegExp(`答对 ${right}/2`))
    await rec.locator('.el-collapse-item__header').click()
    await rec.getByTestId('quiz-result-item').first().waitFor()
    await noOverflow(me, '我的记录 with a quiz result')
    await screenshot(me, `quiz-my-records-${tag}`)
    await me.close()

    // ---- the secretary: who completed (names only) and the shares' reason ---------------
    const back = await app.pageAs('branch_secretary', size)
    await open(back, '/quiz')
    const row = back.getByTestId('branch-quiz').filter({ hasText: title })
    await row.waitFor()
    assert.match(await row.textContent(), /1 人完成/)
    await row.getByTestId('branch-quiz-link').click()
    await back.getByTestId('quiz-completions-load').click()
    const names = back.getByTestId('quiz-completion')
    await names.first().waitFor()
    assert.deepEqual(await names.allTextContents(), ['赵磊'])
    const page = await back.getByTestId('quiz-completions').textContent()
    assert.doesNotMatch(page, /答对|得分|分数/, 'no score beside a name')
    assert.match(await back.getByTestId('quiz-shares-why-not').textContent(), /测验未截止/)
    await noOverflow(back, 'the quiz for its branch')
    await screenshot(back, `quiz-branch-${tag}`)
    await back.close()
  })
}
