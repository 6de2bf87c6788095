// 下载清理后的副本 on 发布前自查 (/check), signed in as the demo member: a .docx
// with a comment by 张三（市委办公室）, tracked changes and an author is
// checked; the member chooses 拒绝修订 and downloads the cleaned copy, which
// holds no comment, no author and the deleted text restored, and the page says
// what was removed and that the text itself was not changed. At 1280 and 375 px.
// Also a photo (its location and camera go) and a PDF (its properties, XMP,
// comment, embedded file and script go; the page's text stays).
import { before, after, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'

import { join } from 'node:path'

import { DESKTOP, MOBILE, horizontalOverflow, repoRoot, screenshot, screenshotDir, useApp } from './helpers.mjs'
import { unzipText, zip } from './xlsx.mjs'

const app = useApp({ before, after }, { demo: true })

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

function makeDocx() {
  return zip([
    [
      '[Content_Types].xml',
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
        `<Relationship Id="rId2" Type="${PKG}/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ],
    [
      'word/document.xml',
      `${DECL}<w:document ${W}><w:body><w:p>` +
        '<w:commentRangeStart w:id="0"/><w:r><w:t>本周例会安排</w:t></w:r><w:commentRangeEnd w:id="0"/>' +
        '<w:r><w:commentReference w:id="0"/></w:r>' +
        '<w:ins w:id="1" w:author="李四"><w:r><w:t>改在周五</w:t></w:r></w:ins>' +
        '<w:del w:id="2" w:author="李四"><w:r><w:delText>原定周四</w:delText></w:r></w:del>' +
        '</w:p><w:sectPr/></w:body></w:document>',
    ],
    [
      'word/_rels/document.xml.rels',
      `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/comments" Target="comments.xml"/></Relationships>`,
    ],
    [
      'word/comments.xml',
      `${DECL}<w:comments ${W}><w:comment w:id="0" w:author="张三（市委办公室）"><w:p><w:r><w:t>请再确认时间</w:t></w:r></w:p></w:comment></w:comments>`,
    ],
    [
      'docProps/core.xml',
      `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>张三（市委办公室）</dc:creator></cp:coreProperties>',
    ],
  ])
}

for (const [name, size] of [
  ['desktop', DESKTOP],
  ['375', MOBILE],
]) {
  test(`a checked .docx is downloaded cleaned, tracked changes rejected, and the page says what was removed (${name})`, async () => {
    const page = await app.pageAs('member', size)
    await page.goto(app.url('/check'))
    await page.getByTestId('check-upload').locator('input[type=file]').setInputFiles({
      name: '例会通知.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: makeDocx(),
    })
    await page.getByTestId('check-run').click()
    const file = page.getByTestId('file-result')
    await file.waitFor()
    // Where each finding is, in words a member knows: never a package part.
    const places = await file.getByTestId('finding-location').allTextContents()
    for (const place of ['正文的修订记录', '批注 1', '文档属性（作者）'])
      assert.ok(places.includes(place), `${place} not among: ${places.join(' | ')}`)
    // Each item says what to do about it.
    const items = file.getByTestId('finding')
    for (let i = 0; i < (await items.count()); i++) assert.match(await items.nth(i).textContent(), /建议/)
    for (const p of places) assert.doesNotMatch(p, /\.xml|docProps|Exif\./, `internal name shown: ${p}`)
    const block = file.getByTestId('clean-block')
    await block.waitFor()
    // Tracked changes were found, so the member chooses what happens to them.
    await block.getByTestId('clean-revisions').getByText('拒绝修订').click()
    const [download] = await Promise.all([page.waitForEvent('download'), block.getByTestId('clean-download').click()])
    assert.equal(download.suggestedFilename(), '例会通知（已清理）.docx')
    const copy = unzipText(await readFile(await download.path()))
    assert.doesNotMatch(copy, /张三/)
    assert.doesNotMatch(copy, /请再确认时间/)
    assert.doesNotMatch(copy, /改在周五/)
    assert.match(copy, /<w:t>原定周四<\/w:t>/)

    const report = block.getByTestId('clean-report')
    await report.waitFor()
    const text = await report.textContent()
    assert.match(text, /批注 1 条/)
    assert.match(text, /修订 2 处（已拒绝）/)
    assert.match(text, /文档属性（作者）/)
    assert.match(await block.textContent(), /正文文字不会改动/)

    assert.equal(await horizontalOverflow(page), 0, `self-check page overflows at ${name}`)
    await screenshot(page, `self-check-clean-${name}`)
    await block.screenshot({ path: join(screenshotDir, `self-check-clean-block-${name}.png`) })
    await page.close()
  })
}

test('a photo is downloaded without its location and camera, and the page says what was removed (375)', async () => {
  const page = await app.pageAs('member', MOBILE)
  await page.goto(app.url('/check'))
  // exiv2's blank JPEG with GPS, Make "Huawei" and serial "SN12345" (the fuzzers' seed).
  const photo = await readFile(join(repoRoot, 'tests/fuzz/corpus/image_meta_fuzz/gps.jpg'))
  assert.ok(photo.includes('Huawei'))
  await page.getByTestId('check-upload').locator('input[type=file]').setInputFiles({
    name: 'IMG_0001.jpg',
    mimeType: 'image/jpeg',
    buffer: photo,
  })
  await page.getByTestId('check-run').click()
  const block = page.getByTestId('file-result').getByTestId('clean-block')
  await block.waitFor()
  assert.equal(await block.getByTestId('clean-revisions').count(), 0)
  assert.match(await block.textContent(), /画面本身不变/)
  const [download] = await Promise.all([page.waitForEvent('download'), block.getByTestId('clean-download').click()])
  assert.equal(download.suggestedFilename(), 'IMG_0001（已清理）.jpg')
  const copy = await readFile(await download.path())
  assert.equal(copy.readUInt16BE(0), 0xffd8)
  assert.ok(!copy.includes('Huawei'))
  assert.ok(!copy.includes('SN12345'))
  assert.match(await block.getByTestId('clean-report').textContent(), /照片的拍摄位置/)
  assert.equal(await horizontalOverflow(page), 0)
  await screenshot(page, 'self-check-clean-photo-375')
  await page.close()
})

test('a PDF is downloaded without its properties, comment, embedded file and script (375 and 1280)', async () => {
  // The fuzzers' seed (tests/fuzz/make_clean_pdf_seeds.py): Info (A, C, P), XMP, a comment, a file, JavaScript.
  const pdf = await readFile(join(repoRoot, 'tests/fuzz/corpus/clean_pdf_fuzz/everything.pdf'))
  assert.ok(pdf.includes('/Subtype /Text') && pdf.includes('/EmbeddedFile') && pdf.includes('/JavaScript'))
  for (const [name, size] of [['375', MOBILE], ['1280', DESKTOP]]) {
    const page = await app.pageAs('member', size)
    await page.goto(app.url('/check'))
    await page.getByTestId('check-upload').locator('input[type=file]').setInputFiles({
      name: '通知.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    })
    await page.getByTestId('check-run').click()
    const block = page.getByTestId('file-result').getByTestId('clean-block')
    await block.waitFor()
    assert.match(await block.getByTestId('clean-pdf-note').textContent(), /页面内容不会改动/)
    const [download] = await Promise.all([page.waitForEvent('download'), block.getByTestId('clean-download').click()])
    assert.equal(download.suggestedFilename(), '通知（已清理）.pdf')
    const copy = await readFile(await download.path())
    assert.equal(copy.subarray(0, 5).toString(), '%PDF-')
    for (const gone of ['/Subtype /Text', '/EmbeddedFile', '/JavaScript', '/Author', 'attached'])
      assert.ok(!copy.includes(gone), `${gone} is still in the copy`)
    assert.ok(copy.includes('(Quarterly plan) Tj'), 'the page content is kept')
    const report = await block.getByTestId('clean-report').textContent()
    assert.match(report, /文档属性（作者、创建程序、生成程序）/)
    assert.match(report, /批注 1 条/)
    assert.match(report, /嵌入的文件 1 个/)
    assert.match(report, /脚本和自动执行的动作/)
    assert.equal(await horizontalOverflow(page), 0)
    await screenshot(page, `self-check-clean-pdf-${name}`)
    await page.close()
  }
})
