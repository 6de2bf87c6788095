// Files kept with a record (issue 10) at both widths: a member records a
// contribution and adds a photo carrying GPS, camera and time metadata; the
// record says before the upload that these are removed and, after it, that
// they were ("已移除照片的位置、设备和时间信息"); the downloaded copy carries
// none of them. A file whose name says PDF while its content is a JPEG is
// refused with a message naming the file, and the chosen file stays chosen.
// A PDF with properties, XMP, a comment, an embedded file and a script is
// stored without them, and the record says what was removed.
// The branch secretary opens the record and finds the download link.
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { DESKTOP, MOBILE, horizontalOverflow, repoRoot, screenshot, useApp } from './helpers.mjs'

const app = useApp({ before, after }, { demo: true })

for (const [size, tag] of [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
]) {
  test(`a photo added to a contribution is stored without its location, device and time (${tag})`, async () => {
    // exiv2's blank JPEG with GPS, Make "Huawei" and serial "SN12345" (the fuzzers' seed).
    const photo = await readFile(join(repoRoot, 'tests/fuzz/corpus/image_meta_fuzz/gps.jpg'))
    assert.ok(photo.includes(Buffer.from('SN12345')), 'the sample carries a serial number to begin with')
    const description = `社区志愿服务的报道（附件，${tag}）`

    const member = await app.pageAs('member', size)
    await member.goto(app.url('/registers/contribution'))
    const form = member.getByTestId('contribution-form')
    await form.waitFor()
    await member.getByTestId('field-category').click()
    await member.getByRole('option', { name: '讲好中国故事' }).click()
    await form.locator('[data-field="platform"] input').fill('微信公众号')
    await form.locator('[data-field="link"] input').fill('https://mp.weixin.qq.com/s/attach')
    const date = form.locator('[data-field="date"] input')
    await date.fill('2026-01-15')
    await date.press('Enter')
    await form.locator('[data-field="description"] input').fill(description)
    await member.getByTestId('contribution-submit').click()
    const mine = member.getByTestId('my-contribution').filter({ hasText: description })
    await mine.waitFor()
    await mine.getByTestId('my-contribution-link').click()
    await member.getByTestId('record-detail').waitFor()

    // Before: what the upload takes and what it removes.
    const card = member.getByTestId('record-attachments')
    assert.match(await card.getByTestId('attachment-rules').textContent(), /移除照片中的拍摄位置、拍摄设备和拍摄时间/)

    // A JPEG named as a PDF: refused, naming the file; the choice stays.
    await card.getByTestId('attachment-input').setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: photo })
    await card.getByTestId('attachment-upload').click()
    const error = card.getByTestId('attachment-error')
    await error.waitFor()
    assert.match(await error.textContent(), /「扫描件\.pdf」的扩展名表示PDF 文件，内容却是JPEG 图片/)
    assert.equal(await card.getByTestId('attachment-input').evaluate((el) => el.files.length), 1)
    assert.equal(await card.getByTestId('attachment').count(), 0)
    await screenshot(member, `registers-attachment-refused-${tag}`)

    // The photo itself.
    await card.getByTestId('attachment-input').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo })
    await card.getByTestId('attachment-upload').click()
    const notice = card.getByTestId('attachment-notice')
    await notice.waitFor()
    assert.match(await notice.textContent(), /已移除照片的位置、设备和时间信息/)
    assert.match(await notice.textContent(), /照片的拍摄位置/)
    const item = card.getByTestId('attachment').filter({ hasText: 'IMG_0001.jpg' })
    await item.waitFor()
    assert.match(await item.textContent(), /已移除：.*照片的拍摄位置/)
    assert.equal(await horizontalOverflow(member), 0, 'the record with its attachment overflows horizontally')
    await screenshot(member, `registers-attachment-uploaded-${tag}`)

    // The copy served is the cleaned one.
    const href = await item.getByTestId('attachment-link').getAttribute('href')
    const served = await member.evaluate(async (url) => {
      const r = await fetch(url)
      return { type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'), bytes: Array.from(new Uint8Array(await r.arrayBuffer())) }
    }, href)
    assert.equal(served.type, 'image/jpeg')
    assert.match(served.disposition, /^attachment;/)
    const bytes = Buffer.from(served.bytes)
    assert.equal(bytes[0], 0xff)
    assert.equal(bytes[1], 0xd8)
    assert.ok(!bytes.includes(Buffer.from('SN12345')), 'the serial number is gone')
    assert.ok(!bytes.includes(Buffer.from('Huawei')), 'the camera make is gone')

    // A PDF (the fuzzers' seed, tests/fuzz/make_clean_pdf_seeds.py): stored cleaned, and the record says so.
    const pdf = await readFile(join(repoRoot, 'tests/fuzz/corpus/clean_pdf_fuzz/everything.pdf'))
    await card.getByTestId('attachment-input').setInputFiles({ name: '回执.pdf', mimeType: 'application/pdf', buffer: pdf })
    await card.getByTestId('attachment-upload').click()
    await notice.filter({ hasText: 'PDF' }).waitFor()
    assert.match(await notice.textContent(), /已移除 PDF 的文档属性、XMP 元数据、批注、嵌入的文件和脚本/)
    const pdfItem = card.getByTestId('attachment').filter({ hasText: '回执.pdf' })
    await pdfItem.waitFor()
    assert.match(await pdfItem.textContent(), /已移除：文档属性（作者、创建程序、生成程序）、XMP 元数据 2 处、批注 1 条、嵌入的文件 1 个/)
    const pdfHref = await pdfItem.getByTestId('attachment-link').getAttribute('href')
    const pdfServed = await member.evaluate(async (url) => {
      const r = await fetch(url)
      return { type: r.headers.get('content-type'), bytes: Array.from(new Uint8Array(await r.arrayBuffer())) }
    }, pdfHref)
    assert.equal(pdfServed.type, 'application/pdf')
    const pdfBytes = Buffer.from(pdfServed.bytes)
    for (const gone of ['/Subtype /Text', '/EmbeddedFile', '/JavaScript', '/Author'])
      assert.ok(!pdfBytes.includes(Buffer.from(gone)), `${gone} is still in the stored PDF`)
    assert.ok(pdfBytes.includes(Buffer.from('(Quarterly plan) Tj')), 'the page content is kept')
    assert.equal(await horizontalOverflow(member), 0)
    await screenshot(member, `registers-attachment-pdf-${tag}`)
    await member.close()

    // The branch secretary sees the file in the record.
    const sec = await app.pageAs('branch_secretary', size)
    await sec.goto(app.url(href.replace(/^\/api\/v1\/records/, '/registers').replace(/\/attachments\/\d+$/, '')))
    await sec.getByTestId('record-detail').waitFor()
    await sec.getByTestId('attachment').filter({ hasText: 'IMG_0001.jpg' }).waitFor()
    assert.equal(await horizontalOverflow(sec), 0, 'the secretary\'s record view overflows horizontally')
    await screenshot(sec, `registers-attachment-secretary-${tag}`)
    await sec.close()
  })
}
