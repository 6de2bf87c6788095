#!/usr/bin/env python3
"""Writes tests/check/cases/forms.txt: cases written AFTER reading the
detectors, one group per kind of writing that the independent evaluation of
issue 13 found missed ("Accuracy on what people really write"): handling
marks inside a sentence or before an emoji, mentions of a marking, numbers
beside other numbers, separated by dots or slashes, spaced out, broken across
lines, in Chinese numerals, HTML entities, obfuscated e-mail, stars for ★,
passports with spaces, OCR's letters for digits, and the false positives it
named. Each positive kind comes with near misses. Uses the check-character
helpers of gen_heldout.py; deterministic.

    python3 tests/check/gen_forms.py > tests/check/cases/forms.txt
"""
import importlib.util
import os
import sys

_spec = importlib.util.spec_from_file_location(
    "gen_heldout", os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen_heldout.py"))
g = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(g)
g.CASES.clear()
g.R.seed(20261207)
case, S, I, D, ID, M, B, U, P, E, O, N = (g.case, g.S, g.I, g.D, g.ID, g.M, g.B, g.U, g.P, g.E, g.O, g.N)

NUM = "〇一二三四五六七八九"
CAP = "零壹贰叁肆伍陆柒捌玖"


def spell(digits, table=NUM):
    return "".join(table[int(c)] if c.isdigit() else c for c in digits)


def groups(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


# ---- numbers next to other numbers -------------------------------------------
m = g.mobile()
case(M, f"电话 {groups(m, (3, 4, 4))} 3栋302室", "spaced mobile, then a house number")
case(M, f"联系我：{groups(m, (3, 4, 4))} 2号楼", "spaced mobile, then a building")
r = g.rid(region="110101")
case(f"{ID} {M}", f"身份证 {groups(r, (6, 8, 4))} {g.mobile()}", "6-8-4 ID, then a mobile")
case(f"{ID} {M}", f"{groups(r, (6, 8, 4))} {groups(g.mobile(), (3, 4, 4))}", "6-8-4 ID, then a spaced mobile")
case(M, f"{groups(g.mobile(), (3, 4, 4))} {groups(g.mobile(), (3, 4, 4))}", "two spaced mobiles")
case(N, f"编号 {groups(g.mobile(), (3, 4, 4))} 302", "a longer grouped number")
c16 = g.card(length=16)
case(B, f"卡号 {g.group4(c16)} 有效期 12/28")
# ---- dots, slashes, spaced out ---------------------------------------------
case(M, f"手机 {groups(g.mobile(), (3, 4, 4), '.')}", "dots")
case(M, f"tel: {groups(g.mobile(), (3, 4, 4), '/')}", "slashes")
case(M, f"打这个 {' '.join(g.mobile())}", "spaced out")
case(ID, f"身份证号 {groups(g.rid(), (6, 8, 4), '.')}", "ID with dots")
case(ID, f"证件 {' '.join(g.rid())}", "ID spaced out")
case(B, f"卡号 {' '.join(g.card())}", "card spaced out")
case(B, f"银行卡 {g.group4(g.card(length=16), '.')}", "card with dots")
case(N, "版本 1.3.8.1234.5678", "version")
case(N, "日期 2024.10.12 138.5 元")
case(N, "1 3 8 1 2 3 4 5 6 7 8 9 0", "a spaced list of more digits")
# ---- broken across lines ---------------------------------------------------
m = g.mobile()
case(M, f"联系电话：{m[:7]}\n{m[7:]}", "mobile broken across lines")
r = g.rid()
case(ID, f"身份证号码：{r[:10]}\n{r[10:]}", "ID broken across lines")
c = g.card()
case(B, f"收款账号 {c[:12]}\n{c[12:]}", "card broken across lines")
case(N, f"序号\n13\n1234567\n89", "lines of small numbers")
case(S, "机\n密★1年", "marking broken across lines")
case(I, "内部\n资料\n注意保存", "handling mark broken across lines")
case(S, "机\n密\n关于某某工作的通报", "a vertical stamp read line by line")
case(N, "秘\n密花园", "a title wrapped")
# ---- Chinese numerals -------------------------------------------------------
m = g.mobile()
case(M, f"我的电话{spell(m)}", "numerals")
case(M, f"电话：{spell(m).replace('一', '幺')}", "幺 for one")
case(M, f"手机{spell(m).replace('〇', '零')}")
case(M, f"加我{spell(m[:3])} {spell(m[3:7])} {spell(m[7:])}", "numerals in groups")
case(M, f"联系方式：{spell(m[:3], CAP)} {spell(m[3:7], CAP)} {spell(m[7:], CAP)}", "financial numerals in groups")
case(f"{M}", f"tel {groups(g.mobile(), (3, 4, 4), '-')}/{groups(g.mobile(), (3, 4, 4), '-')}", "two mobiles joined by a slash")
case(N, "电话：0755-12345678", "a landline")
case(ID, f"身份证{spell(g.rid())}", "ID in numerals")
case(B, f"卡号{spell(g.card(length=16), CAP)}", "card in financial numerals")
case(N, "一二三四五六七八九十一二三四五六七八九十", "counting")
case(N, "二〇二四年十月一日")
case(N, "十一三八二三四五六七八九", "a counted number")
# ---- HTML entities --------------------------------------------------------
case(S, "机密&#9733;1年", "numeric entity for ★")
case(S, "<p>秘密&#x2605;5年</p>")
case(E, "联系 zhang.wei&#64;example.com")
case(D, "财政部财预&#12308;2018&#12309;119号")
case(I, "内部&nbsp;资料&nbsp;注意保存")
case(N, "AT&amp;T &lt;b&gt;公开&lt;/b&gt;")
# ---- obfuscated e-mail -----------------------------------------------------
case(E, "邮箱 zhangsan[at]example.com")
case(E, "mail: li.si(at)mail.example.cn")
case(E, "wangwu at example dot com 有事发邮件")
case(E, "投稿 wang_wu@163。com")
case(E, "发到 zhaoliu@qq点com")
case(E, "zhaoliu艾特qq.com")
case(E, "邮箱：zhaoliu【at】example.org")
case(E, "例如 张三@例子.中国", "a Chinese domain")
case(N, "icon@2x.png", "an image at double resolution")
case(N, "logo@3x.webp 和 banner@2x.jpg")
case(N, "we meet at noon dot matrix", "English prose")
case(N, "look at this.")
case(E, "E-mail：zhangsan(at)qq(dot)com")
case(N, "let's meet at school.com later? no", "English, a real dot")
case(E, "邮箱 zhangsan at 163.com")
# ---- stars -----------------------------------------------------------------
case(S, "机密⭐1年")
case(S, "秘密\u2b50\ufe0f5年")
case(S, "绝密✩长期")
case(S, "机密★1年🔥", "an emoji after")
case(S, "&#26426;&#23494;&#9733;1年", "Han written as entities")
case(N, "⭐⭐⭐⭐⭐ 五星好评，秘密武器")
case(N, "告诉你个秘密⭐", "a chat's decoration")
case(N, "4500\t张三\n1234567890123\t李四", "two table cells, no card")
case(N, "1500\n1234567", "two lines of numbers, no phone")
# ---- passports with spaces -------------------------------------------------
case(P, "护照号 E 1234 5678")
case(P, "护照：E12 345 678")
case(P, "passport G 12345678")
case(N, "phone 1234 5678", "letters before a number")
case(N, "型号E 1234 5678")
# ---- OCR's letters for digits ------------------------------------------------
m = g.mobile()
case(M, f"手机：{m[:3]}{m[3:].replace('0', 'O').replace('1', 'l')}" if ("0" in m[3:] or "1" in m[3:]) else f"手机：{m[:3]}O{m[4:]}", "OCR O and l")
r = g.rid()
rr = r[:6] + r[6:].replace("0", "O", 1)
case(ID, f"身份证号 {rr if rr != r else r[:8] + 'l' + r[9:]}" if True else "", "OCR O in an ID")
case(N, "型号 138abc0013", "letters, no phone")
case(N, f"code 13800l38000 build", "no label on the line")
# ---- labels ------------------------------------------------------------------
case(N, f"时间戳：{g.mobile()}", "a timestamp")
case(N, f"timestamp={g.mobile()}")
case(N, f"订单号（备注）{g.mobile()}", "a note between label and number")
case(M, f"订单号（联系电话）{g.mobile()}", "the note names a phone")
# ---- handling marks in sentences, before emoji, mentions ---------------------
case(I, "大家注意，此件不予公开 ✨", "before an emoji")
case(I, "内部资料，请勿外传🙏")
case(S, "【机密】🔒")
case(I, "这份是内部资料，大家看完就删", "declared in a sentence")
case(I, "封面写了内部资料", "a mention")
case(I, "文件右上角印着“内部资料 注意保存”字样", "a mention with quotes")
case(S, "封面上标着机密两个字", "a mention")
case(S, "页眉标注了“秘密”", "a mention")
case(N, "据内部资料显示，今年销量有所上升。")
case(N, "写了一篇关于商业秘密的文章")
case(N, "他写了内部资料管理办法")
case(S, "资料首页印有“秘密”二字", "a mention")
case(I, "这个文件封面上写着“内部资料”四个字", "a mention")
case(N, "这不是内部资料，可以转发", "denied")
case(N, "他在信里写了“机密”两个字。", "a word in a letter")
case(N, "这是内部资料管理的培训课件吗")
case(I, "群里发的那个文件是内部资料，别往外发")
# ---- periods and dates after ★ (spans are tested in detectors_test) ----------
case(S, "秘密★2026年8月28日")
case(S, "机 密 ★ 1 0 年")
case(S, "秘密\t★\t5年", "tabs")
case(S, "机\t密★1年", "a tab inside the marking")
# ---- document numbers in a sentence --------------------------------------------
case(D, "群里看到财预〔2018〕119号")
case(D, "刚收到京政办发〔2023〕5号，大家看看")
case(N, "二〇二四年十月一日至二〇二四年十月七日放假", "numeral dates")
case(N, "第一二三四五六七八九组", "a list of numerals, too short")

# ---- more forms of markings, numbers and addresses as chats and notices write them
case('secret.classification_mark', '（机密火1年）关于某事的通知')
case('secret.internal_mark', '此件不予\n公开')
case('secret.internal_mark', '本通知仅限内部传阅，请勿截图外传')
case('secret.internal_mark', '各位同事：附件为仅供内部参考的材料，请勿外传')
case('secret.internal_mark', '【内部资料】大家学习一下👍')
case('secret.internal_mark', '内部资料 注意保存😂😂')
case('secret.classification_mark', '秘密★1年 ✅')
case('secret.internal_mark', '这个是内部资料哈，别外传')
case('secret.internal_mark', '刚开会发的材料（内部资料）已上传群文件')
case('secret.internal_mark', '（此件不予公开）🙏')
case('secret.classification_mark', '机密★\n1年')
case('secret.classification_mark', '秘密 ★ 一 年')
case('secret.internal_mark', '内部资料\\u3000注意保存')
case('secret.internal_mark', '此件不予公开。谢谢')
case('secret.classification_mark', '绝密 ☆ 启用前')
case('secret.classification_mark', '机\u3000密★５年')
case('secret.internal_mark', '此文件为内部资料，请大家不要外传')
case('secret.classification_mark', '文件标注为机密')
case('secret.document_number', '大家看下国办发〔2024〕12号文')
case('secret.document_number', '京政办发[2023]5号')
case('secret.document_number', '财预(2018)119号')
case('secret.document_number', '国办发 〔2024〕 12 号')
case('pii.cn_mobile', '电话:138-1234-5678转8')
case('pii.cn_mobile', '手机号码 138 1234 5678，住址5栋')
case('pii.cn_mobile', '联系人张三13812345678李四')
case('pii.cn_mobile', 'tel：+86 138 1234 5678')
case('pii.cn_mobile', '电话（微信同号）13812345678')
case('pii.cn_mobile', '电话：138****5678 不对，完整是13812345678')
case("", '订单号：13812345678')
case("", '时间戳 13812345678')
case('pii.email', 'zhang_san AT qq DOT com')
case('pii.email', 'zhangsan＠qq．com')
case('pii.cn_passport', '护照 E1234 5678')
case('pii.cn_passport', '护照号：e12345678')
case(N, "关于限内部传阅文件的管理规定")
case(N, "这个是内部资料吗？")
case(N, "申请人对此件不予公开的答复有异议。")

if __name__ == "__main__":
    sys.stdout.write("# Cases of the kinds of writing issue 13 found missed (see gen_forms.py).\n")
    for labels, note, text in g.CASES:
        assert not text.startswith("===") and "\n===" not in text
        head = "=== " + (labels if labels else "none")
        if note:
            head += " -- " + note
        sys.stdout.write(head + "\n" + g.escape(text) + "\n")
