#!/usr/bin/env python3
"""Writes the hand-made seed workbooks of corpus/xlsx_reader_fuzz/ (the
exports there come from `netconduct export --format xlsx`): shared and
inline strings, styles with date formats, the 1904 date system, merged
cells, cells without references. Run from tests/fuzz/; deterministic."""
import zipfile

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def workbook(path, rows, shared=(), styles="", pr="", after=""):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" '
        f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{REL}/sharedStrings" '
        f'Target="sharedStrings.xml"/><Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": f'<workbook xmlns="{NS}" xmlns:r="{REL}"><workbookPr {pr}/><sheets>'
        '<sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{NS}"><sheetData>{rows}</sheetData>{after}</worksheet>',
        "xl/sharedStrings.xml": f'<sst xmlns="{NS}">' + "".join(f"<si><t>{s}</t></si>" for s in shared) + "</sst>",
        "xl/styles.xml": styles or f'<styleSheet xmlns="{NS}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/>'
        "</cellXfs></styleSheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


shared = ["姓名", "党员编号", "组织编码", "人员类别", "入党日期", "张三", "A1", "正式党员"]
workbook("corpus/xlsx_reader_fuzz/roster_shared.xlsx",
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
         '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>'
         '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2"><v>1001</v></c><c r="C2" t="s"><v>6</v></c>'
         '<c r="D2" t="s"><v>7</v></c><c r="E2" s="1"><v>37073</v></c></row>', shared)
workbook("corpus/xlsx_reader_fuzz/merged_1904.xlsx",
         '<row><c t="inlineStr"><is><t>所在党组织</t></is></c><c t="inlineStr"><is><r><t>姓</t></r><r><t>名</t></r>'
         '</is></c><c t="b"><v>1</v></c></row><row><c t="inlineStr"><is><t>第一党支部</t></is></c><c t="str"><f>X</f>'
         '<v>甲_x000D_乙</v></c><c t="d"><v>2020-07-01T00:00:00</v></c></row><row><c r="B3" t="e"><v>#N/A</v></c>'
         '<c r="C3" s="1"><v>0.5</v></c></row>', [], "", 'date1904="1"',
         '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>')
workbook("corpus/xlsx_reader_fuzz/hierarchy_custom_format.xlsx",
         '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>'
         '<c r="D2" t="s"><v>3</v></c></row><row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c>'
         '<c r="C3" t="s"><v>6</v></c><c r="E3" s="1"><v>45000</v></c></row>',
         ["组织编码", "组织名称", "组织类型", "上级组织编码", "R", "某大学党委", "党委"],
         f'<styleSheet xmlns="{NS}"><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
         '</numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>')
