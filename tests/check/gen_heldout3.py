#!/usr/bin/env python3
"""Writes tests/check/heldout/blind3.txt: the third blind evaluation round.

Written from how members, cadres and office staff write (WeChat groups,
朋友圈, 微博, forwarded notices, Excel pastes, OCR'd photos, e-mails, minutes,
公众号 drafts, work reports) before any detector was read. Every identifier
is fake; check characters are computed here (GB 11643, Luhn, GB 32100 with
the GB 11714 organisation code inside). Fixed seed: the output is the same on
every run.

Every note starts with its form class: plain, formatted, evasive or negative.

    python3 tests/check/gen_heldout3.py   # rewrites ../heldout/blind3.txt
"""

import os
import random
import re

R = random.Random(20261207)

# ---------------------------------------------------------------- checksums

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    total = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return "10X98765432"[total % 11]


def luhn_digit(body):
    """Check digit to append to `body` so that the whole passes Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:  # these are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number):
    return luhn_digit(number[:-1]) == number[-1]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(first17):
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31]


def gb11714_check(first8):
    def val(c):
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10
    total = sum(val(c) * w for c, w in zip(first8, [3, 7, 9, 10, 5, 8, 4, 2]))
    r = 11 - total % 11
    return "0" if r == 11 else ("X" if r == 10 else str(r))


# ---------------------------------------------------------------- self-test of the checksums
# Public worked examples of the algorithms (not identifiers of anyone).
assert id_check("11010519491231002") == "X"
assert luhn_ok("79927398713")
assert gb11714_check("D2143569") == "X"

# ---------------------------------------------------------------- raw values

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉珍文辉鹏斌宇浩凯晨欣怡婷雪琳颖佳慧晓东海波宁峰健春梅凤云飞鑫博"
PINYIN = ["zhangwei", "wangfang", "li_na", "liuyang", "chenjing", "yangxiuying", "huangmin",
          "zhaolei", "wuhao", "zhoujie", "xuqiang", "sunli", "mahui", "zhuming", "hu.yan",
          "guojun", "heping", "gaofeng", "linxue", "luoting", "zhengbo", "liangyu", "xiehui",
          "songjia", "tangxin", "xu_dong", "hanmei", "fengyun", "dengchao", "caolin"]
PINYIN_UP = ["ZHANG WEI", "WANG FANG", "LI NA", "LIU YANG", "CHEN JING", "HUANG MIN", "ZHAO LEI"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "outlook.com",
                "139.com", "aliyun.com", "yeah.net", "sohu.com", "gmail.com", "hotmail.com"]
ORG_DOMAINS = ["hdqdgw.gov.cn", "xcqzzb.gov.cn", "jxdx.edu.cn", "szjtjt.com.cn", "lhsqdw.org.cn"]
OFFICE_LOCAL = ["dzb", "zzb_office", "djb2024", "xcb", "dangjian", "dwbgs", "tuanwei", "jjjc"]
BRANCHES = ["第一党支部", "机关第二党支部", "退休党支部", "财务科党支部", "社区第三党支部",
            "教工第一党支部", "学生第四党支部", "离退休干部党支部", "后勤党支部", "研发中心党支部"]
UNITS = ["中共长宁区委组织部", "市政务服务中心机关党委", "城南街道党工委", "市交通运输局",
         "区教育局机关党委", "县委宣传部", "滨江社区党委", "市第一人民医院党委", "区财政局",
         "市委党校", "高新区管委会", "县融媒体中心"]
ORGS = ["长宁恒达建筑工程有限公司", "杭州云帆科技有限公司", "南京市鼓楼区德馨社会工作服务中心",
        "成都锦绣物业管理有限公司", "武汉市江汉区青年志愿者协会", "深圳市远航物流有限公司",
        "青岛海润食品有限公司", "西安博通信息技术有限公司", "郑州市二七区老年大学",
        "宁波甬兴机械制造有限公司", "合肥新桥文化传媒有限公司", "苏州工业园区睿智教育咨询有限公司"]
BANKS = [("622202", "中国工商银行", 19), ("621700", "中国建设银行", 19), ("622848", "中国农业银行", 19),
         ("621661", "中国银行", 19), ("622588", "招商银行", 16), ("622260", "交通银行", 19),
         ("623058", "平安银行", 19), ("621799", "中国邮政储蓄银行", 19), ("622908", "兴业银行", 18),
         ("436742", "建设银行信用卡", 16), ("625807", "中信银行", 16)]
BANK_BRANCHES = ["城南支行", "解放路支行", "高新区支行", "营业部", "人民广场支行", "滨江支行"]
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145",
                 "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                 "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186",
                 "187", "188", "189", "191", "198", "199"]
REGIONS = ["110105", "110108", "310104", "310115", "440305", "440106", "510107", "320102",
           "420106", "370202", "330106", "610113", "130102", "410105", "500103", "350203",
           "430104", "210202", "120101", "340104", "360102", "450103", "530102", "620102"]
DOC_AGENCIES = ["国办发", "国发", "中办发", "中组发", "组通字", "京政发", "沪府办发", "粤府函",
                "川委办", "浙组通", "苏组发", "人社部发", "财预", "鲁政办字", "市委办发", "区委组字",
                "京组发", "湘办发", "长宁委办", "街党工委发", "教党", "卫办人发", "县委发", "武组通"]
CLASS_LEVELS = [("绝密", ["长期", "30年", "20年"]), ("机密", ["20年", "10年", "5年", "长期"]),
                ("秘密", ["10年", "5年", "1年", "6个月", "长期"])]
CITIES = ["长宁区", "滨江县", "江北区", "城东区", "青山县", "南湖区"]
DICT_TERMS = ["天网工程", "蓝盾计划", "星火政务平台", "XK-9", "金盾三期"]


def name():
    return R.choice(SURNAMES) + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2])))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def raw_mobile():
    return R.choice(MOBILE_PREFIX) + digits(8)


def raw_id(valid=True):
    while True:
        region = R.choice(REGIONS)
        y = R.randint(1950, 2004)
        m = R.randint(1, 12)
        d = R.randint(1, 28)
        seq = "%03d" % R.randint(1, 999)
        first = "%s%04d%02d%02d%s" % (region, y, m, d, seq)
        c = id_check(first)
        if valid:
            return first + c
        wrong = R.choice([x for x in "0123456789X" if x != c])
        if uscc_check(first) == wrong:  # would read as a valid all-digit USCC
            continue
        return first + wrong


def raw_card(valid=True):
    prefix, bank, length = R.choice(BANKS)
    body = prefix + digits(length - len(prefix) - 1)
    c = luhn_digit(body)
    if not valid:
        c = R.choice([x for x in "0123456789" if x != c])
    return body + c, bank


def raw_uscc(valid=True):
    head = R.choice(["91", "91", "91", "92", "93", "51", "52", "53", "11", "12", "81", "N2"])
    region = R.choice(REGIONS)
    if R.random() < 0.6:  # post-2015 style organisation code MA…
        body = "MA" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = digits(8)
    org = body + gb11714_check(body)
    first = head + region + org
    c = uscc_check(first)
    if not valid:
        c = R.choice([x for x in "0123456789ABCDEFGHJKLMNPQRTUWXY" if x != c])
    return first + c


def raw_passport():
    kind = R.random()
    if kind < 0.55:
        return "E" + digits(8)
    if kind < 0.8:
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    if kind < 0.92:
        return "G" + digits(8)
    return R.choice("PSD") + "E" + digits(7)


def raw_email():
    r = R.random()
    if r < 0.5:
        local = R.choice(PINYIN) + R.choice(["", "", str(R.randint(1960, 2005)), str(R.randint(1, 999))])
        return local + "@" + R.choice(MAIL_DOMAINS)
    if r < 0.7:
        return str(R.randint(10000000, 3999999999)) + "@qq.com"
    return R.choice(OFFICE_LOCAL) + "@" + R.choice(ORG_DOMAINS)


def raw_doc():
    return R.choice(DOC_AGENCIES), R.randint(2012, 2025), R.randint(1, 168)


# ---------------------------------------------------------------- renderings per form

FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-"}
CN_DIGIT = dict(zip("0123456789", "〇一二三四五六七八九"))
CN_DIGIT_YAO = dict(zip("0123456789", "零幺两三四五六拐八勾"))
CN_DIGIT_CAP = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))
OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def cn_digits(s, table=CN_DIGIT, part=1.0):
    return "".join(table[c] if c.isdigit() and R.random() < part else c for c in s)


def ocr(s, n=None):
    idx = [i for i, c in enumerate(s) if c in OCR]
    if not idx:
        return s
    chosen = R.sample(idx, min(len(idx), n or R.choice([1, 2])))
    return "".join(OCR[c] if i in chosen else c for i, c in enumerate(s))


def entities(s):
    return "".join("&#%d;" % ord(c) for c in s)


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def zw(s, every=4):
    return "\\u200b".join(s[i:i + every] for i in range(0, len(s), every))


def render_mobile(form):
    m = raw_mobile()
    if form == "plain":
        return m, "mobile"
    if form == "formatted":
        k = R.randrange(8)
        return [
            (group(m, [3, 4, 4], " "), "mobile 3-4-4 spaces"),
            (group(m, [3, 4, 4], "-"), "mobile 3-4-4 dashes"),
            ("+86 " + group(m, [3, 4, 4], " "), "mobile +86 spaced"),
            ("+86-" + m, "mobile +86-"),
            ("(+86)" + m, "mobile (+86)"),
            (fullwidth(m), "mobile full-width digits"),
            ("0086" + m, "mobile 0086 prefix"),
            (group(m, [3, 8], " "), "mobile 3-8 space"),
        ][k]
    k = R.randrange(10)
    return [
        (cn_digits(m), "mobile all Chinese numerals 〇一二"),
        (cn_digits(m, CN_DIGIT_YAO), "mobile 幺/拐/勾 readings"),
        (cn_digits(m, CN_DIGIT, 0.5), "mobile half Chinese numerals"),
        (group(m, [3, 4, 4], "."), "mobile dotted"),
        (group(m, [3, 4, 4], "/"), "mobile slashes"),
        (zw(m), "mobile zero-width spaces"),
        (group(m, [3, 4, 4], "&nbsp;"), "mobile &nbsp; from web page"),
        (ocr(m), "mobile OCR l/O/S/B confusions"),
        (m[:3] + "\n" + m[3:], "mobile split across lines"),
        (" ".join(m), "mobile every digit spaced"),
    ][k]


def render_id(form):
    s = raw_id()
    if form == "plain":
        return s, "resident id"
    if form == "formatted":
        k = R.randrange(6)
        return [
            (group(s, [6, 8, 4], " "), "id 6-8-4 spaces"),
            (group(s, [6, 8, 4], "-"), "id 6-8-4 dashes"),
            (fullwidth(s), "id full-width"),
            (s.lower() if s.endswith("X") else group(s, [6, 4, 4, 4], " "), "id lower-case x or 6-4-4-4"),
            (group(s, [3, 3, 4, 4, 4], " "), "id 3-3-4-4-4"),
            (s[:6] + " " + s[6:], "id region spaced off"),
        ][k]
    k = R.randrange(8)
    return [
        (cn_digits(s), "id Chinese numerals"),
        (ocr(s), "id OCR confusions"),
        (s[:10] + "\n" + s[10:], "id split across lines"),
        (zw(s, 6), "id zero-width spaces"),
        (group(s, [6, 8, 4], "."), "id dotted"),
        (cn_digits(s, CN_DIGIT_CAP, 0.4), "id some 大写 numerals"),
        (" ".join(s), "id every char spaced"),
        (group(s, [6, 8, 4], "*"), "id star separators"),
    ][k]


def render_passport(form):
    p = raw_passport()
    if form == "plain":
        return p, "passport"
    if form == "formatted":
        k = R.randrange(4)
        return [
            (p[0] + " " + p[1:], "passport letter spaced"),
            (fullwidth(p), "passport full-width"),
            (p[:-4] + " " + p[-4:], "passport split 4"),
            (p.lower(), "passport lower-case"),
        ][k]
    k = R.randrange(5)
    return [
        (p[:-8] + cn_digits(p[-8:]) if p[-8:].isdigit() else p[:2] + cn_digits(p[2:]), "passport Chinese numerals"),
        (ocr(p[:1]) + p[1:2] + ocr(p[2:], 1), "passport OCR"),
        ("-".join([p[:1], p[1:5], p[5:]]), "passport dashed"),
        (zw(p, 3), "passport zero-width"),
        (p[:4] + "\n" + p[4:], "passport split across lines"),
    ][k]


def render_card(form):
    c, bank = raw_card()
    if form == "plain":
        return c, bank, "bank card"
    if form == "formatted":
        k = R.randrange(4)
        return [
            (group(c, [4, 4, 4, 4], " "), bank, "card groups of 4"),
            (group(c, [4, 4, 4, 4], "-"), bank, "card dashes"),
            (fullwidth(c), bank, "card full-width"),
            (group(c, [6, len(c) - 6], " "), bank, "card 6 + rest"),
        ][k]
    k = R.randrange(7)
    return [
        (cn_digits(c), bank, "card Chinese numerals"),
        (group(c, [4, 4, 4, 4], "."), bank, "card dotted"),
        (c[:8] + "\n" + c[8:], bank, "card split across lines"),
        (ocr(c), bank, "card OCR confusions"),
        (zw(c), bank, "card zero-width spaces"),
        (group(c, [4, 4, 4, 4], "&nbsp;"), bank, "card &nbsp;"),
        (cn_digits(c, CN_DIGIT_CAP, 0.3), bank, "card some 大写 numerals"),
    ][k]


def render_uscc(form):
    u = raw_uscc()
    if form == "plain":
        return u, "uscc"
    if form == "formatted":
        k = R.randrange(4)
        return [
            (fullwidth(u), "uscc full-width"),
            (u.lower() if re.search("[A-Z]", u) else fullwidth(u[:8]) + u[8:], "uscc lower-case or part full-width"),
            (group(u, [2, 6, 9, 1], " "), "uscc grouped 2-6-9-1"),
            (group(u, [4, 4, 4, 4], " "), "uscc groups of 4"),
        ][k]
    k = R.randrange(4)
    o_ocr = u.replace("0", "O", 1) if "0" in u else u.replace("1", "I", 1)
    return [
        (o_ocr, "uscc OCR O/I for 0/1"),
        (u[:9] + "\n" + u[9:], "uscc split across lines"),
        (zw(u, 6), "uscc zero-width"),
        (group(u, [6, 6, 6], "-"), "uscc dashes 6-6-6"),
    ][k]


def render_email(form):
    e = raw_email()
    local, dom = e.split("@")
    if form == "plain":
        return e, "email"
    if form == "formatted":
        k = R.randrange(4)
        return [
            (fullwidth(e), "email full-width ＠．"),
            (local + "＠" + dom, "email full-width ＠ only"),
            ("<" + e + ">", "email in angle brackets"),
            ("mailto:" + e, "email mailto:"),
        ][k]
    d1, _, d2 = dom.rpartition(".")
    k = R.randrange(11)
    return [
        (local + "[at]" + dom, "email [at]"),
        (local + "(at)" + dom, "email (at)"),
        (local + " AT " + d1 + " DOT " + d2, "email AT/DOT words"),
        (local + "#" + dom + "（#换成@）", "email # for @ with hint"),
        (local + "@" + d1 + "。" + d2, "email 。 for dot"),
        (local + " at " + d1.replace(".", " dot ") + " dot " + d2, "email at/dot lower"),
        (local + "艾特" + dom, "email 艾特 for @"),
        (local + "&#64;" + dom, "email &#64; entity"),
        (local + "@" + d1 + "点" + d2, "email 点 for dot"),
        (local + " @ " + d1 + " . " + d2, "email spaced @ ."),
        (local + "（at）" + d1 + "（dot）" + d2, "email （at）（dot）"),
    ][k]


def render_doc(form):
    a, y, n = raw_doc()
    if form == "plain":
        return "%s〔%d〕%d号" % (a, y, n), "doc number 〔〕"
    if form == "formatted":
        k = R.randrange(7)
        return [
            ("%s[%d]%d号" % (a, y, n), "doc number []"),
            ("%s【%d】%d号" % (a, y, n), "doc number 【】"),
            ("%s(%d)%d号" % (a, y, n), "doc number ()"),
            ("%s（%d）%d号" % (a, y, n), "doc number （）"),
            ("%s〔 %d 〕%d 号" % (a, y, n), "doc number spaced"),
            ("%s〔%s〕%s号" % (a, fullwidth(str(y)), fullwidth(str(n))), "doc number full-width digits"),
            ("%s ［%d］ %d号" % (a, y, n), "doc number full-width ［］"),
        ][k]
    k = R.randrange(8)
    cn_n = num_cn(n)
    return [
        ("%s〔%s〕%s号" % (a, cn_digits(str(y)), cn_n), "doc number Chinese numerals"),
        ("%s〔%d〕%s号" % (a, y, ocr(str(n), 1) if re.search("[012568]", str(n)) else "l" + str(n)), "doc number OCR digit"),
        ("%s&#12308;%d&#12309;%d号" % (a, y, n), "doc number 〔〕 as entities"),
        ("%s\n〔%d〕%d号" % (a, y, n), "doc number split across lines"),
        ("%s %d %d号" % (a, y, n), "doc number brackets dropped"),
        ("%s〔%d〕第%d号" % (" ".join(a), y, n), "doc number agency letters spaced"),
        ("%s{%d}%d号" % (a, y, n), "doc number OCR braces"),
        ("%s〔%d〕%d号" % (a[0] + "\\u200b" + a[1:], y, n), "doc number zero-width in agency"),
    ][k]


def num_cn(n):
    units = "〇一二三四五六七八九"
    if n < 10:
        return units[n]
    if n < 20:
        return "十" + (units[n % 10] if n % 10 else "")
    if n < 100:
        return units[n // 10] + "十" + (units[n % 10] if n % 10 else "")
    return "".join(units[int(c)] for c in str(n))


def render_cls(form, own_line=False):
    level, periods = R.choice(CLASS_LEVELS)
    p = R.choice(periods)
    if form == "plain":
        return "%s★%s" % (level, p), "classification %s★period" % level
    if form == "formatted":
        k = R.randrange(7)
        return [
            ("%s ★ %s" % (level, p), "classification spaced ★"),
            ("%s★%s" % (level, fullwidth(p)), "classification full-width period"),
            ("【%s★%s】" % (level, p), "classification in 【】"),
            ("%s  ★%s" % (" ".join(level), p), "classification level letter-spaced"),
            ("%s★" % level, "classification ★ without period"),
            ("密级：%s  保密期限：%s" % (level, p) if own_line else "%s★%s" % (level, p.replace("年", " 年")),
             "classification 密级/保密期限 fields" if own_line else "classification space before 年"),
            ("★%s" % level if own_line else "%s ★%s" % (level, p), "classification star first" if own_line else "classification space before ★"),
        ][k]
    k = R.randrange(9)
    return [
        ("%s⭐%s" % (level, p), "classification ⭐ emoji for ★"),
        ("%s☆%s" % (level, p), "classification ☆ for ★"),
        ("%s*%s" % (level, p), "classification * for ★"),
        ("%s&#9733;%s" % (level, p), "classification &#9733; entity"),
        ("%s★%s" % (level, cn_digits(p)), "classification Chinese-numeral period"),
        ("%s\\u200b%s★%s" % (level[0], level[1], p), "classification zero-width inside"),
        ("%s★\n%s" % (level, p), "classification split across lines"),
        ({"绝密": "jue密", "机密": "ji密", "秘密": "mi密"}[level] + "★" + p, "classification pinyin syllable"),
        ("%s✩%s" % (level, p), "classification ✩ for ★"),
    ][k]


INTERNAL_FULL = ["内部资料 注意保存", "内部资料", "内部文件 注意保存", "内部文件", "不得外传",
                 "内部资料，不得外传", "此件不予公开", "阅后收回", "内部传阅 阅后收回", "注意保存",
                 "内部资料 请勿外传", "此件不公开", "内部材料 严禁转发", "仅供内部参考 不得外传",
                 "内部资料 严禁翻印", "请勿外传"]
INTERNAL_NOUN = ["内部资料", "内部文件", "内部材料", "内部资料 注意保存", "内部学习资料"]
INTERNAL_SHORT = ["内部资料", "内部文件", "不得外传", "注意保存", "阅后收回", "此件不予公开", "内部资料 注意保存"]


LOOK_ALIKE = [("部", "都"), ("得", "德"), ("公开", "公幵"), ("阅后", "閱後"), ("注意", "註意"),
              ("外传", "外傳"), ("收回", "收囬")]


def look_alike(t):
    for a, b in LOOK_ALIKE:
        if a in t:
            return t.replace(a, b, 1)
    return t


def render_int(form, pool=INTERNAL_FULL):
    t = R.choice(pool)
    if form == "plain":
        return t, "internal '%s'" % t
    if form == "formatted":
        k = R.randrange(5)
        return [
            ("【%s】" % t, "internal in 【】"),
            (" ".join(t.replace(" ", "")), "internal letter-spaced"),
            ("（%s）" % t, "internal in （）"),
            ("★%s★" % t, "internal between stars"),
            (t.replace(" ", "\n"), "internal two lines") if " " in t else ("“%s”" % t, "internal quoted"),
        ][k]
    k = R.randrange(6)
    homophone = {"内部": "内bu", "外传": "外chuan", "资料": "资liao", "保存": "保cun",
                 "公开": "公kai", "收回": "shou回", "文件": "文jian", "材料": "材liao", "参考": "参kao", "翻印": "翻yin", "转发": "zhuan发"}
    def homo(s):
        for k_, v in homophone.items():
            if k_ in s:
                return s.replace(k_, v, 1)
        return s
    def zws(s):
        s2 = s.replace(" ", "")
        return s2[:1] + "\\u200b" + s2[1:]
    return [
        (homo(t), "internal pinyin syllable"),
        (zws(t), "internal zero-width"),
        ("_".join(t.replace(" ", "")), "internal underscores"),
        (entities(t[:2]) + t[2:], "internal first chars as entities"),
        (look_alike(t), "internal OCR look-alike / traditional characters"),
        ("/".join(t.replace(" ", "")), "internal slashes"),
    ][k]


def render_dict(form):
    t = R.choice(DICT_TERMS)
    if form == "plain":
        return t, "dictionary %s" % t
    if form == "formatted":
        k = R.randrange(5)
        return [
            ("“%s”" % t, "dictionary quoted"),
            ("《%s》" % t, "dictionary in 《》"),
            (t.replace("-", "－") if "-" in t else "「%s」" % t, "dictionary full-width hyphen or 「」"),
            (t.lower() if t == "XK-9" else t[:2] + " " + t[2:], "dictionary lower-case or one space"),
            (fullwidth(t) if t == "XK-9" else "#%s#" % t, "dictionary full-width or #topic#"),
        ][k]
    k = R.randrange(6)
    variants = {
        "天网工程": ["天.网.工.程", "天网gongcheng", "天\\u200b网工程", "TW工程", "天 网 工 程", "天网工\n程"],
        "蓝盾计划": ["蓝.盾.计.划", "蓝盾jihua", "蓝\\u200b盾计划", "lan盾计划", "蓝 盾 计 划", "蓝盾\n计划"],
        "星火政务平台": ["星.火.政.务.平.台", "星火zhengwu平台", "星火\\u200b政务平台", "xinghuo政务平台", "星 火 政 务 平 台", "星火政务\n平台"],
        "XK-9": ["X.K.9", "XK_9", "X\\u200bK-9", "X K - 9", "XK—9", "XK-\n9"],
        "金盾三期": ["金.盾.三.期", "金盾3期", "金\\u200b盾三期", "金盾叁期", "金 盾 三 期", "金盾\n三期"],
    }
    kinds = ["dotted", "pinyin/alias", "zero-width", "variant spelling", "letter-spaced", "split across lines"]
    return variants[t][k], "dictionary %s" % kinds[k]


# ---------------------------------------------------------------- frames
# (context, inherent form or None, text). Placeholders: {m} {id} {pp} {card}
# {bank} {uscc} {em} {em2} {doc} {doc2} {cls} {int} {intq} {dict} and the
# unlabelled fillers {name} {name2} {br} {unit} {org} {date} {n}.

MOBILE = [
    ("wechat group notice", None, "@所有人 本周五下午3点在三楼会议室开支部委员会，请假的私聊我，电话{m}。"),
    ("朋友圈 missing person", None, "扩散！家里老人早上出门没回来，穿灰色外套戴蓝帽子，看到的朋友请联系{m}，万分感谢🙏🙏"),
    ("notice contact line", None, "联系人：{name}，联系电话：{m}。"),
    ("Excel paste", "formatted", "序号\t姓名\t所在支部\t手机号\n1\t{name}\t{br}\t{m}\n2\t{name2}\t{br}\t待补"),
    ("e-mail signature", None, "此致\n敬礼！\n\n{name}\n{unit}办公室\n手机：{m}"),
    ("微博 help post", None, "有没有懂组织关系跨省转接的？急，评论区说不清楚，直接打我电话{m}"),
    ("minutes", None, "会议由{name}同志主持。会议要求各小组于月底前完成材料收集，统一交组织委员{name2}（{m}）汇总。"),
    ("公众号 draft", None, "报名方式：扫描文末二维码，或致电{m}（{name}老师），名额有限，报满即止。"),
    ("private chat", None, "你加我微信吧，微信号就是手机号{m}"),
    ("notice", None, "各位党员同志：2024年度党费收缴工作即将开始，如有疑问请联系{br}{name}，{m}。"),
    ("forwarded notice", None, "【转发】关于学习强国积分情况的通报\n……\n有疑问的同志请联系{name}：{m}"),
    ("work report", None, "经走访核实，该同志现居住在城南街道，本人手机{m}，已取得联系并说明情况。"),
    ("private chat", None, "刚才打你电话没接，回我一下 {m} 这个是我新号"),
    ("OCR of notice", "formatted", "联 系 人:{name}    联系电话:{m}\n抄 送:区委组织部"),
    ("朋友圈 selling", None, "自家果园的脐橙上市啦🍊🍊 十斤装包邮，需要的私聊或者电话{m}，支持一下老乡"),
    ("volunteer group", None, "下周二志愿服务，8点在社区服务中心门口集合，带队：{name} {m}，穿红马甲"),
    ("transfer letter", None, "组织关系介绍信已开具，接收单位联系人{name}，手机{m}，请持介绍信尽快报到。"),
    ("community notice", None, "居家期间如有买药、就医等困难，可拨打网格员{name}电话：{m}"),
    ("private chat", None, "快递到了帮我签收一下呗，收件人写的{name}，{m}"),
    ("personal info form", None, "姓名：{name}  性别：男  民族：汉族  政治面貌：中共党员  联系方式：{m}"),
    ("e-mail body", None, "王老师您好，附件是我们支部的整改材料，请查收。如有问题请随时联系我，手机号{m}，谢谢！"),
    ("work report", None, "二、存在的问题\n（一）部分党员参加组织生活不够经常……（联系人：{name}，电话：{m}）"),
    ("朋友圈 recruiting", None, "单位招党建专员1名，本科以上，中共党员优先，有意者电话咨询{m}，帮忙转发🙏"),
    ("wechat group", None, "{name}的手机号换了，新号{m}，大家更新一下通讯录"),
    ("微博 reply", None, "回复@{name2}：号码是{m}，白天打，晚上不一定接"),
    ("development file", None, "入党积极分子培养联系人：{name}（{m}）、{name2}。"),
    ("notice", None, "请于3月15日前将第一季度思想汇报交至党群服务中心二楼，咨询电话：{m}。"),
    ("SMS forwarded", None, "【温馨提示】您预约的党员年度体检已成功，如需改期请致电{m}。"),
    ("微博 profile", None, "基层党务工作者｜读书｜跑步｜合作请联系 {m}"),
    ("private chat", None, "我是{br}的{name}，手机{m}，麻烦您帮我查一下我的组织关系转到哪里了"),
    ("group announcement", None, "群公告：本群为{br}工作群，请将群昵称改为“姓名+手机号”，例：{name}{m}"),
    ("minutes", None, "会议记录人：{name2}\n请假人员：{name}（已电话请假，{m}）"),
    ("chat screenshot OCR", "formatted", "{name}\n14:32\n我的号是{m}\n你存一下\n14:33"),
    ("poster text", None, "咨询热线：{m}（工作日9:00-17:00）"),
    ("work log", None, "3月6日 上门走访困难党员{name}家，其子女电话{m}，反映老人行动不便。"),
]

ID = [
    ("Excel paste", "formatted", "姓名\t身份证号\t入党时间\n{name}\t{id}\t2015-07-01"),
    ("private chat", None, "帮我填一下报名表吧，身份证号{id}，名字{name}，谢啦"),
    ("public notice", None, "发展对象公示：{name}，女，汉族，公民身份号码{id}，大学本科学历，现为{br}入党积极分子。"),
    ("application form", None, "申请人：{name}    公民身份号码：{id}"),
    ("朋友圈 lost and found", None, "在地铁站捡到一张身份证，{name}，{id}，失主看到联系我"),
    ("minutes", None, "经支部大会讨论表决，同意接收{name}（身份证号：{id}）为中共预备党员。"),
    ("e-mail body", None, "附件报名表已填好，我的身份证号是{id}，麻烦您帮忙核对一下，谢谢。"),
    ("work report", None, "户籍核查情况：{name}，{id}，户籍地与现住地一致，无异常。"),
    ("private chat", None, "证件号{id} 姓名{name} 帮忙订一下周三去北京的高铁票，二等座就行"),
    ("OCR of ID card", "formatted", "姓名 {name}\n性别 男   民族 汉\n住址 长宁区延安西路\n公民身份号码 {id}"),
    ("chat", None, "社保卡补办要啥？我把信息发你：{name}，身份证{id}，照片晚点发"),
    ("wechat group check", None, "请核对：{id} {name} 党员 信息是否正确？"),
    ("certificate", None, "{name}同志，身份证号{id}，系我支部正式党员，组织关系在我支部，特此证明。"),
    ("chat", None, "学习强国实名认证一直失败，我身份证是{id}，是不是系统问题"),
    ("award list", None, "获奖名单公示：一等奖 {name}（{id}）"),
    ("subsidy publicity", None, "低保公示\n户主：{name}  身份证号：{id}  家庭人口：4人"),
    ("visit list", "formatted", "困难党员慰问名单\n1. {name}  {id}  慰问金500元\n2. {name2}  （信息待补）"),
    ("wechat group question", None, "我身份证最后那个X要大写还是小写？{id}"),
    ("veterans form", None, "退役军人信息采集：{name}，{id}，入伍时间2008年12月，退役时间2013年12月。"),
    ("expense note", None, "报销需附身份证复印件，号码：{id}，原件已核。"),
    ("registration sheet", None, "核酸检测登记 {name} {id}"),
    ("wechat group", None, "全国党员管理信息系统里{name}的身份证号录错了，正确的是{id}，麻烦改一下"),
    ("court notice", None, "被执行人：{name}，男，公民身份号码{id}，住长宁区。"),
    ("ticket SMS", None, "【铁路12306】乘车人{name} 证件{id}，G1234次 3车12F，请提前到站。"),
    ("e-mail", None, "各位好：\n本人{name}，{id}，申请将组织关系转出至户籍所在地社区党组织。"),
    ("公众号 draft", None, "本期“最美志愿者”{name}，证件号{id}，将获颁荣誉证书。"),
]

PASSPORT = [
    ("approval form", None, "因私出国（境）审批表：护照号码 {pp}，有效期至2031年5月。"),
    ("private chat", None, "我护照号{pp}，帮我订一下下周的酒店"),
    ("register of documents", None, "因私出入境证件集中保管登记：{name}，普通护照，证件号{pp}。"),
    ("visa material", None, "签证材料：护照号 {pp}，姓名拼音 {PY}"),
    ("delegation list", "formatted", "出访团组名单\n团长  {name}  护照{pp}\n团员  {name2}  （另报）"),
    ("chat", None, "我的护照号：{pp}，出生日期1988.05.06，帮我填下表"),
    ("Excel paste", "formatted", "姓名\t证件类型\t证件号\t状态\n{name}\t因私护照\t{pp}\t已收缴"),
    ("English e-mail", None, "Dear Ms. Li,\nPlease find my details below: passport No. {pp}, name {PY}.\nBest regards"),
    ("private chat", None, "帮我看看这个护照号{pp}是不是快过期了"),
    ("report", None, "{name}同志因私护照（{pp}）已交由组织人事部统一保管。"),
    ("flight order", None, "机票订单乘机人：{name}，证件类型：护照，证件号码：{pp}"),
    ("trip sign-up", None, "境外研学报名：{name} 护照{pp} 电话另发"),
    ("application", None, "申请换发护照，原护照号码{pp}，因签证页用完。"),
    ("朋友圈", None, "护照丢了😭 号码{pp}，在机场T2附近，捡到的好心人请私信"),
    ("English form", None, "Passport number: {pp}\nNationality: CHINA"),
]

CARD = [
    ("group notice", None, "党费可转账至：{bank} {card}，户名{name}，转账备注“姓名+党费”。"),
    ("private chat", None, "工资卡号{card}，开户行{bank}{bb}"),
    ("Excel paste", "formatted", "慰问金发放表\n姓名\t卡号\t金额\n{name}\t{card}\t500.00"),
    ("private chat", None, "红包发不了，直接转我卡上吧，{card}"),
    ("expense form", None, "报销打款账户：{card}（{bank}）"),
    ("chat reply", None, "你要的卡号：{card} 户名{name}"),
    ("payment details", None, "收款人：{name}\n账号：{card}\n开户行：{bank}{bb}"),
    ("private chat", None, "我卡号是{card}，到账了说一声"),
    ("parents group", None, "班费统一转这张卡：{card}（{name}家长）"),
    ("朋友圈 donation", None, "老同学孩子白血病住院，急需手术费😢 捐款账户：{bank}，卡号{card}，户名{name}，感恩🙏"),
    ("payroll list", None, "劳务费发放：{name} {bank} {card} 800元"),
    ("private chat", None, "刚才转错卡了，应该是{card}这张，尾号不一样"),
    ("subsidy detail", None, "第二季度补贴发放明细：{name}，社保卡金融账号{card}，金额1200元。"),
    ("work report", None, "帮扶资金已打到{name}的{bank}账户（{card}）。"),
    ("chat", None, "信用卡还款卡号：{card}，帮我还一下这个月的"),
    ("OCR of transfer receipt", "formatted", "转账成功\n收款账户  {card}\n收款银行  {bank}\n金额  ¥1,200.00"),
    ("微博 help", None, "求助！家里老人住院急需用钱，卡号{card}，户名{name}，谢谢大家"),
    ("branch notice", None, "各支部请于月底前将上半年党费汇至{bank}账户{card}，并将回单拍照发群。"),
    ("e-mail", None, "请将讲课费转入以下账户：{bank}{bb}，账号{card}，户名{name}。"),
    ("chat", None, "卡号发你了 {card} 建行的"),
]

USCC = [
    ("invoice info", None, "单位名称：{org}\n统一社会信用代码：{uscc}"),
    ("chat", None, "开票信息：{org} 税号{uscc}"),
    ("invoice title", None, "发票抬头：{org}，纳税人识别号：{uscc}"),
    ("award notice", None, "中标公告……中标单位：{org}（统一社会信用代码：{uscc}），中标金额：壹拾贰万元整。"),
    ("two-new survey", "formatted", "两新组织党建摸排表\n单位名称\t统一社会信用代码\t党员人数\n{org}\t{uscc}\t5"),
    ("private chat", None, "帮我开张发票，抬头{org}，税号{uscc}，电子的就行"),
    ("certificate", None, "社会组织登记证书  统一社会信用代码 {uscc}"),
    ("contract", None, "甲方：{org}（统一社会信用代码：{uscc}）"),
    ("OCR of business licence", "formatted", "营业执照\n名    称  {org}\n统一社会信用代码  {uscc}\n类    型  有限责任公司"),
    ("wechat group", None, "我们支部挂靠的协会代码是{uscc}，季度报表要填"),
    ("supplier list", None, "供应商：{org}，USCC：{uscc}"),
    ("report", None, "经信用中国查询，{uscc}无失信被执行记录。"),
    ("payment", None, "付款单位 {org} 税号 {uscc}"),
    ("e-mail", None, "请将捐赠票据开给{org}，代码{uscc}，谢谢。"),
    ("registration", None, "党组织关系所在单位：{org}，社会信用代码{uscc}。"),
]

EMAIL = [
    ("notice", None, "材料请于周五前发送至{em}，文件名格式：支部名称+姓名。"),
    ("公众号 draft", None, "有意向的同志可将报名表发送至邮箱{em}，我们将在3个工作日内回复。"),
    ("forwarded e-mail header", None, "发件人：{name} <{em}>\n收件人：组织部\n主题：关于第三季度党费收缴情况的报告"),
    ("private chat", None, "我邮箱{em}，你发我一下吧"),
    ("公众号 footer", None, "投稿邮箱：{em}  来稿请注明作者姓名及所在单位。"),
    ("e-mail signature", None, "{name}\n{unit}\nEmail: {em}"),
    ("wechat group", None, "有问题发邮件给我：{em}"),
    ("poster", None, "联系方式：{em}（工作日回复）"),
    ("朋友圈 recruiting", None, "简历投递：{em}，邮件标题请注明“应聘岗位+姓名”，欢迎转发～"),
    ("private chat", None, "把PPT发{em}，我晚上看"),
    ("微博 profile", None, "商务合作📧 {em}"),
    ("notice", None, "各支部于12月20日前将民主评议结果报送{em}，逾期视为未完成。"),
    ("wechat group", None, "我的邮箱换成{em}了，之前那个不用了"),
    ("notice", None, "心得体会电子版发送至{em}，纸质版交支部。"),
    ("forwarded e-mail", None, "-------- 原始邮件 --------\n发件人: {em}\n发送时间: 2024年3月5日 9:12\n主题: 回复：学习材料"),
    ("e-mail header", None, "收件人：组织科\n抄送：{em}；{em2}"),
    ("private chat", None, "附件太大微信发不了，你发到{em}吧"),
    ("朋友圈 comment thread", None, "需要电子版的留邮箱，我统一发\n{name2}：{em}"),
    ("公众号 draft", None, "下载链接失效的话，请邮件联系{em}。"),
    ("notice", None, "回执请于3月10日前发{em}，逾期视为不参加。"),
    ("notice", None, "如需开具党员证明，请发送申请至{em}并注明姓名、所在支部。"),
    ("work report", None, "（联系人：{name}；邮箱：{em}）"),
    ("English e-mail", None, "Hi, this is {PY}. You can reach me at {em} any time."),
    ("微博", None, "征集老党员故事，线索请发{em}，一经采用有小礼品🎁"),
]

DOC = [
    ("notice", None, "根据《关于加强新时代基层党组织建设的意见》（{doc}）要求，现将有关事项通知如下："),
    ("wechat group", None, "转发{doc}文件，请各支部认真组织学习。"),
    ("filing", None, "文号：{doc}"),
    ("implementation plan", None, "按照{doc}精神，结合我单位实际，制定本方案。"),
    ("OCR of notice header", "formatted", "{unit}\n\n{doc}\n\n关于开展2024年度党员民主评议工作的通知"),
    ("wechat group", None, "群里发的那个{doc}的附件谁有？发我一份"),
    ("notice basis", None, "依据：{doc}、{doc2}。"),
    ("notice", None, "此前印发的{doc}同时废止。"),
    ("receipt register", "formatted", "收文登记\n来文单位：市委组织部\n文号：{doc}\n收文日期：3月4日"),
    ("wechat group", None, "请对照{doc}附件2的表格填报，别用旧表"),
    ("朋友圈", None, "认真学习{doc}，撸起袖子加油干💪"),
    ("Excel paste", "formatted", "序号\t文件名称\t文号\n1\t关于做好党费收缴工作的通知\t{doc}"),
    ("notice", None, "本通知自印发之日起施行，原{doc}同时废止。"),
    ("private chat", None, "文件编号{doc}那个通知是不是要求月底前报？"),
    ("work report", None, "《关于进一步规范发展党员工作的通知》（{doc}）第三条明确规定，预备期满应及时讨论转正。"),
    ("notice title", None, "关于印发《基层党组织换届选举实施细则》的通知\n{doc}"),
    ("request", None, "关于申请党建活动经费的请示（{doc}）"),
    ("minutes", None, "会议传达学习了{doc}文件精神，{name}同志作了领学。"),
    ("document footer", None, "发文字号：{doc}    签发人：{name}"),
    ("微博", None, "刚看到{doc}出来了，关于延迟退休的配套规定，有人细读了吗"),
    ("private chat", None, "上级转来的{doc}我已经扫描放在共享盘了"),
    ("report title", None, "关于落实{doc}要求情况的自查报告"),
    ("notice", None, "根据区委办公室{doc}的安排，本周开展专项检查。"),
    ("e-mail", None, "附件为{doc}及配套表格，请查收。"),
    ("公众号 draft", None, "近日，市委印发{doc}，对基层减负作出具体部署。"),
]

CLS = [
    ("document header", None, "{cls}\n\n{unit}文件\n\n关于调整部分干部职务的通知"),
    ("wechat group question", None, "文件右上角标着{cls}，这种能拍照发群里吗？"),
    ("OCR of header", "formatted", "份号：00{n}\n{cls}\n特急\n{unit}文件"),
    ("private chat", None, "这份是{cls}的，你别往外发"),
    ("e-mail", None, "附件《第三季度维稳形势分析》（{cls}），请查收后删除邮件。"),
    ("PPT title page", None, "{cls}\n{unit}2024年工作要点\n二〇二四年一月"),
    ("report title", None, "{cls}  关于重点人员管控情况的报告"),
    ("chat with photo", None, "我拍了张照片你看看，上面写着“{cls}”，中共{city}委员会"),
    ("chat", None, "文件袋上写着{cls}，放在你办公桌抽屉里了"),
    ("Excel paste", "formatted", "文件名称\t密级\t份数\n干部考察情况通报\t{cls}\t3"),
    ("minutes header", None, "{cls}\n会议纪要\n时间：2024年3月12日\n地点：三楼会议室"),
    ("request", None, "关于调整人员编制的请示（{cls}）"),
    ("朋友圈", None, "加班整理材料到凌晨，{cls}的东西只能在单位弄，回家睡觉了😮‍💨"),
    ("scan OCR", None, "扫描件识别结果：\n{cls}\n中共{city}委员会办公室"),
    ("page footer", None, "第1页 共12页    {cls}"),
    ("file name", None, "文件名：【{cls}】2024年度考核结果汇总.docx"),
    ("archive list", None, "归档清单：3. 关于干部调整的请示 {cls} 1份"),
    ("web paste", "formatted", "<p style=\"text-align:left\">{cls}</p><p>关于进一步加强保密管理的通知</p>"),
    ("wechat group", None, "刚才发的那个{cls}的通知请大家撤回，不能在群里发"),
    ("work log", None, "3月8日 领取{cls}文件一份，已登记。"),
    ("e-mail subject", None, "主题：转发：{cls} 关于年度考核的说明"),
]

INT = [
    ("briefing header", None, "{int}\n\n{unit}2024年第一季度党建工作简报"),
    ("wechat group", None, "这份是{intn}，大家看完不要转发"),
    ("document foot", None, "……以上，请认真抓好落实。\n\n（{int}）"),
    ("wechat question about cover", None, "封面印着“{intq}”，这种能发朋友圈吗？"),
    ("report", None, "该材料首页右上角有“{intq}”字样。"),
    ("group notice", None, "学习资料（{int}）已放在支部活动室书架上，请自取。"),
    ("briefing foot", None, "{int}\n印发：{unit}办公室    2024年3月印"),
    ("notice", None, "各支部：现将《关于加强党员教育管理的若干措施》印发给你们，{int}。"),
    ("group announcement", None, "群公告：以下文件均为{intn}，大家自己看，别往外发"),
    ("private chat", None, "PPT最后一页写着{intq}，我是不是不能放公众号上"),
    ("private chat", None, "这本小册子是{intn}，书店买不到的"),
    ("minutes header", None, "{int}\n会议记录\n时间：3月2日上午\n主持人：{name}"),
    ("e-mail subject", None, "主题：【{int}】第三季度考核结果"),
    ("朋友圈", None, "今天领到一本{intn}，晚上好好学习📖"),
    ("OCR of booklet", "formatted", "{unit}办公室编\n{int}\n2024年3月"),
    ("private chat", None, "文件袋上盖着“{intq}”的章，我没敢拆"),
    ("wechat group", None, "这个表是{intn}，别发到大群里"),
    ("notice", None, "学习材料为{intn}，学习结束后请交回支部统一保管。"),
    ("work report", None, "检查中发现个别党员将标有“{intq}”的材料带回家中，已责令整改。"),
    ("微博", None, "单位发的学习材料封面写着{intq}，内容其实网上都能查到🤷"),
    ("公众号 draft review", None, "（审校意见：第二段引用的材料是{intn}，建议删去）"),
]

DICT = [
    ("meeting notice", None, "{dict}第二阶段验收会定于下周三上午召开。"),
    ("private chat", None, "你们单位也参与{dict}了？"),
    ("朋友圈", None, "为了{dict}连续加班一个月，终于上线了🎉🎉"),
    ("work summary", None, "一是全力保障{dict}顺利推进，完成年度目标任务。"),
    ("notice", None, "{dict}项目组成员名单已报送。"),
    ("wechat group", None, "{dict}的对接人是谁？系统又登不上了"),
    ("微博", None, "听说{dict}要推广到全省了，不知道真的假的"),
    ("minutes", None, "三、关于{dict}的经费问题\n会议同意从专项经费中列支。"),
    ("résumé", None, "2019.03-2021.06  参与{dict}建设，负责数据对接和接口联调"),
    ("公众号 draft", None, "我单位依托{dict}，实现党员信息“一网通办”。"),
    ("e-mail subject", None, "主题：关于{dict}接口调试的几点意见"),
    ("wechat group", None, "{dict}账号密码过期了，谁知道怎么重置"),
    ("training notice", None, "下周培训主题：{dict}使用说明，请各科室派1人参加。"),
    ("finance chat", None, "这个月报表要单列{dict}的支出"),
    ("Excel paste", "formatted", "项目名称\t负责人\t进度\n{dict}\t{name}\t80%"),
    ("private chat", None, "听{name}说{dict}又延期了"),
    ("notice", None, "{dict}相关材料统一由信息科保管。"),
    ("weekly report", None, "本周工作：1. 推进{dict}部署；2. 完成党建月报。"),
    ("OCR of slide", None, "汇报提纲\n一、{dict}总体情况\n二、存在问题\n三、下一步打算"),
]

MULTI = [
    ("e-mail signature", None, "{name}\n{unit}\n手机：{m}\n邮箱：{em}"),
    ("Excel paste", "formatted", "序号\t姓名\t身份证号\t手机号\n1\t{name}\t{id}\t{m}"),
    ("document header", None, "{cls}\n\n{unit}文件\n\n{doc}\n\n关于调整领导班子成员分工的通知"),
    ("booklet header", None, "{int}\n{doc}\n关于印发《党员教育培训工作规划》的通知"),
    ("sign-up chat", None, "报名信息：{name}，{id}，{m}，{em}"),
    ("payment chat", None, "收款人{name} 卡号{card} 身份证{id} 电话{m}"),
    ("exit approval", None, "出国（境）审批：{name}，身份证{id}，护照{pp}。"),
    ("invoice chat", None, "开票：{org}，税号{uscc}，电话{m}，发票发邮箱{em}"),
    ("project contact", None, "{dict}项目联系人：{name} {m}"),
    ("plan header", None, "{cls}\n{dict}实施方案（征求意见稿）"),
    ("report header", None, "{int}\n关于{dict}建设情况的汇报"),
    ("forwarded notice", None, "转发{doc}，请{dict}相关参建单位抓好落实。"),
    ("private chat", None, "我电话{m}，卡号{card}，钱打这里就行"),
    ("OCR of form", "formatted", "发文字号  {doc}    密级  {cls}"),
    ("Excel paste", "formatted", "姓名\t证件号\t护照号\t手机\n{name}\t{id}\t{pp}\t{m}"),
    ("minutes", None, "会议纪要（{int}）\n会议研究了{dict}推进中的问题，明确由{name}牵头，联系电话{m}。"),
    ("forwarded e-mail", None, "发件人：{name} <{em}>\n主题：{dict}周报\n正文：详见附件（{int}）"),
    ("公众号 footer", None, "投稿邮箱：{em}\n联系电话：{m}"),
    ("award notice", None, "中标单位：{org}（{uscc}），联系人{name}，{m}。"),
    ("subsidy publicity", None, "低保公示：{name}  {id}  发放账号 {card}"),
    ("court notice", None, "被执行人：{org}，统一社会信用代码{uscc}；法定代表人{name}，公民身份号码{id}。"),
    ("parents group", None, "研学报名：家长{name} {m}，孩子身份证{id}"),
    ("trip sign-up", None, "{name}，护照{pp}，手机{m}，微信同号"),
    ("document header", None, "{cls}\n{int}\n\n关于{dict}保密管理的规定"),
    ("receipt register", "formatted", "文号\t标题\t密级\n{doc}\t关于印发考核办法的通知\t{cls}"),
    ("e-mail", None, "各位：{doc}已转发，请各支部书记于本周内反馈，回复至{em}。"),
    ("payment e-mail", None, "讲课费请转入：{bank}，卡号{card}，开户人{name}，有问题邮件{em}联系。"),
    ("public notice", None, "拟发展对象{name}，身份证号{id}，联系电话{m}，公示期5天，意见请发{em}。"),
]

# ---------------------------------------------------------------- negatives

NEG = [
    ("ordinary 秘密", "成功的秘密就是每天比别人多坚持一点点。"),
    ("ordinary 秘密 朋友圈", "这是我家红烧肉好吃的秘密😄 下次教你们"),
    ("商业机密 discussion", "商业机密泄露了怎么维权？求懂法律的朋友指点一下"),
    ("law text on levels", "《保守国家秘密法》规定，国家秘密的密级分为“绝密”“机密”“秘密”三级。"),
    ("保密 slogan", "保密教育月活动主题：守住秘密，就是守住底线。"),
    ("TV series", "《绝密使命》这部剧你们看了吗？讲的是交通站的故事，挺好看的"),
    ("gossip 秘密", "他俩的秘密恋情终于公开了哈哈哈"),
    ("training text", "涉密人员离岗离职要实行脱密期管理，具体期限按单位规定执行。"),
    ("five-star review", "五星好评★★★★★ 物流很快，包装完好"),
    ("star bullet", "★本周重点★\n1. 交党费\n2. 学习强国打卡\n3. 周四主题党日"),
    ("star rating of branches", "★★★ 三星级党支部评定结果出来了，我们支部是四星！"),
    ("form field 公开", "密级：公开\n标题：社区老年食堂运营情况说明"),
    ("training on storage", "机密文件的管理要做到专柜存放、专人管理、定期清查。"),
    ("秘密武器", "我的秘密武器：早睡早起，每天跑五公里"),
    ("secret emoji", "这是只有我们俩知道的小秘密🤫"),
    ("courseware outline", "课件提纲：一、什么是国家秘密  二、定密的权限和程序  三、保密期限如何确定"),
    ("company secret", "公司机密不能带回家，这是常识吧"),
    ("joke header 绝密", "绝密！老妈的饺子馅配方：猪肉、韭菜、一点点虾皮"),
    ("weather diary", "星期五 ★ 晴 5℃ 今天支部活动去了烈士陵园"),
    ("question on levels", "机密级的材料借阅要登记，秘密级的也要登记吗？"),
    ("internal training", "公司内部培训下周一开始，地点在五楼多功能厅。"),
    ("内部装修", "新房内部装修还没完工，暂时住不进去。"),
    ("人民内部矛盾", "这属于人民内部矛盾，要用说服教育的办法解决。"),
    ("注意保存 invoice", "请注意保存好发票原件，报销的时候要用。"),
    ("internal audit", "内部审计发现两笔账对不上，下周再核一遍。"),
    ("secret recipe", "家传的卤肉秘方，听说从来不外传。"),
    ("community road", "小区内部道路禁止停车，请大家相互监督。"),
    ("此件 receipt", "此件已收到，谢谢！"),
    ("internal hiring", "内部招聘信息：行政岗1名，欢迎各部门推荐。"),
    ("book review", "这本书的内部结构很清晰，适合入门。"),
    ("openness", "政务要公开透明，主动接受群众监督。"),
    ("阅后请回复", "各位支部书记阅后请回复“收到”。"),
    ("public material", "这个资料是公开的，网上都能下载，随便转。"),
    ("recycling", "上门回收旧手机、旧家电，价格公道。"),
    ("red-header in general", "红头文件不是想发就能发的，要走审批流程。"),
    ("spirit of documents", "按照上级文件精神，结合本单位实际，抓好贯彻落实。"),
    ("No.1 document", "今年的中央一号文件继续聚焦乡村全面振兴。"),
    ("address", "我住3号楼2单元1202，快递放门口就行"),
    ("meeting room", "会议定于12月12日下午在12号会议室召开。"),
    ("training on elements", "发文机关标志、发文字号、签发人是公文版头的组成要素。"),
    ("bracket explanation", "〔〕这个叫六角括号，公文文号里年份要用它，不能用方括号或者圆括号。"),
    ("year statistics", "全年共发文156件，其中请示12件、报告20件、通知98件。"),
    ("document mention without number", "国办发的那个关于基层减负的文件你看了没？"),
    ("train ticket", "G1234次 北京南-上海虹桥 12车05F 14:05开"),
    ("flight", "航班CA1858 明早7:40起飞，T3航站楼"),
    ("mention in group", "@所有人 收到请回复，谢谢配合"),
    ("python decorator", "Python里@staticmethod和@classmethod有什么区别？"),
    ("微博 mention", "转发微博@人民日报 #学习二十大精神#"),
    ("email format explained", "邮箱统一用“姓名拼音@单位域名”的格式注册。"),
    ("version string", "系统升级到v3.2.15（build 20231205），请清除缓存后重新登录。"),
    ("price", "党建书屋新到一批图书，合计￥13,860.00，发票已开。"),
    ("id explained", "身份证号码由18位组成，最后一位是校验码，可能是数字也可能是X。"),
    ("last four digits", "证件号后四位0312，你核对一下是不是本人"),
    ("card tail", "您尾号6789的储蓄卡于03月05日14:22入账工资8,432.10元。"),
    ("uscc explained", "统一社会信用代码由18位阿拉伯数字或大写英文字母组成。"),
    ("work number", "工号：20230158  部门：党群工作部"),
    ("postcode", "邮编：200050，地址：长宁区愚园路1000号"),
    ("coordinates", "集合点坐标：121.424, 31.220"),
    ("licence plate", "车牌沪A·D12345，停在地下二层"),
    ("IP address", "内网地址192.168.10.25，打印机连不上找信息科"),
    ("file name", "党员名册2024（最终版）-v3.xlsx 已上传群文件"),
    ("meeting id", "腾讯会议：863 2917 440  密码：2024"),
    ("police dog", "K-9警犬表演太精彩了，小朋友都看呆了"),
    ("idiom 天网", "天网恢恢，疏而不漏。"),
    ("idiom 星火", "星星之火，可以燎原。"),
    ("brand 金盾", "金盾牌保险柜，办公室专用，包送货上门。"),
    ("blue shield", "这个游戏里蓝色盾牌能挡两次攻击"),
    ("anti-fraud app", "请大家下载国家反诈中心APP，守护好自己的钱袋子。"),
    ("theme party day 朋友圈", "今天支部组织去红色教育基地参观，重温入党誓词，感触很深🇨🇳"),
    ("work report", "一年来，支部坚持“三会一课”制度，共召开支部党员大会12次、支委会24次，讲党课4次。"),
    ("minutes", "会议纪要\n时间：3月12日\n地点：三楼会议室\n出席：支委全体\n议题：讨论发展对象人选"),
    ("notice", "各支部：请于3月20日前完成2023年度组织生活会，会后报送会议记录。"),
    ("group chat", "明天主题党日统一穿正装，戴党徽，早上8:30集合"),
    ("微博", "今天是建党节，向所有老党员致敬！"),
    ("公众号 draft", "点击上方蓝字关注我们｜学习强国每日一题答案已更新"),
    ("log timestamp", "2024-03-15 14:30:22.381 INFO 用户登录成功"),
    ("compact timestamp", "导出时间：20240315143022"),
    ("unix time", "时间戳：1710484222"),
    ("millisecond time", "ts=1710484222381"),
    ("percent", "党员参学率98.7%，较上年提高2.3个百分点。"),
    ("share price", "大盘收3,045.12点，涨0.87%"),
    ("landline", "办公室电话：021-6251 3847"),
    ("landline Beijing", "联系电话：010-65128839（工作日）"),
    ("hotline", "服务热线：400-820-8820"),
    ("12345", "有问题可以拨打12345市民热线反映。"),
    ("QQ number", "QQ群：28374651，入群请备注支部+姓名"),
    ("masked mobile", "中奖用户：138****5678、159****0021"),
    ("masked card", "绑定银行卡：6222 **** **** 1234"),
    ("masked id", "身份证号：110105********231X（已脱敏）"),
    ("ISBN", "ISBN 978-7-01-025612-3  人民出版社"),
    ("invoice number", "发票代码：044002300111  发票号码：04412345"),
    ("bill amount", "本月党费合计：3,215.40元，已全部上缴。"),
    ("date range", "活动时间：2024.03.01-2024.03.31"),
    ("student number", "学号：2021301234567，学院：马克思主义学院"),
    ("exam ticket", "准考证号：240310012345"),
    ("parcel JD", "京东快递 JDVA23456789012 已签收"),
    ("membership", "会员编号：E2023110512"),
    ("CPU model", "服务器配置：E5-2680 v4 ×2，内存128G"),
    ("hashtag", "#学习强国# 今日积分52分，继续加油💪"),
    ("reply mention", "@{name} 你的思想汇报交了吗？"),
    ("email word", "邮箱满了，收不到附件，清理一下再发"),
    ("at sign price", "苹果@5元一斤，香蕉@3元一斤"),
    ("document list without numbers", "本周收文3件：关于做好春节期间慰问工作的通知、关于开展安全检查的通知、会议通知。"),
    ("secret santa", "年会玩“秘密天使”游戏，每人准备一份50元以内的礼物。"),
    ("confidentiality agreement", "入职要签保密协议和竞业限制协议吗？"),
    ("保密柜 purchase", "办公室要采购两台保密柜，预算8000元。"),
    ("internal control", "财务科正在完善内部控制制度。"),
    ("form hint", "“密级”栏：非涉密材料此栏不填。"),
    ("dictionary-ish", "天网监控覆盖了主要路口"),
    ("dictionary-ish 星火", "星火计划是科技部早年的一个项目，帮助农村科技致富。"),
    ("dictionary-ish 金盾", "金盾二期的时候我还没参加工作"),
    ("dictionary-ish XK", "型号XK-90的打印机卡纸了"),
    ("dictionary-ish 蓝盾", "蓝盾防火墙的授权快到期了"),
    ("times", "上午9:30-11:30，下午14:00-17:00"),
    ("order number", "订单号：{order}，预计3月8日送达"),
    ("tracking SF", "顺丰单号{sf}，请注意查收"),
    ("wrong check id", "{badid}"),
    ("wrong check id in sentence", "身份证号{badid}，系统提示校验不通过，请重新输入"),
    ("wrong check id table", "姓名\t身份证号\n{name}\t{badid}"),
    ("wrong Luhn card", "卡号：{badcard}"),
    ("wrong Luhn card chat", "转这张卡 {badcard}"),
    ("wrong check uscc", "统一社会信用代码：{baduscc}"),
    ("wrong check uscc invoice", "税号{baduscc}，抬头{org}"),
    ("twelve digits", "流水号：{d12}"),
    ("ten digit mobile-like", "电话：138123456，少了一位？"),
    ("mobile-like starting 12", "编号12812345678"),
    ("bank branch code", "开户行行号：102290012345"),
    ("social insurance amount", "社保缴费基数：7,310元；个人缴纳：584.80元"),
    ("bus route", "坐19路公交到人民广场站下车，步行300米"),
    ("sports score", "昨晚比赛98:102，遗憾惜败"),
    ("chat about passwords", "密码设置要求：8位以上，包含大小写字母和数字"),
    ("semver", "npm包版本1.18.2更新了"),
    ("ranges", "第1-5页为正文，第6-12页为附件"),
    ("wechat id", "我微信号：zhang_wei_1988，备注来意"),
    ("web link", "报名链接：https://www.example.cn/activity?id=20240315"),
    ("domain only", "官网：www.gov.cn"),
    ("document type chat", "请示和报告有什么区别？请示要一文一事。"),
    ("秘密 song", "《秘密》这首歌好好听，单曲循环了一晚上"),
    ("秘密 book", "最近在读《秘密花园》，画得好治愈"),
    ("机密 game", "密室逃脱的主题叫“机密档案”，挺烧脑的"),
    ("保密 reminder", "开会请将手机放在会场外的手机存放柜。"),
    ("注意保暖", "降温了，大家注意保暖，注意安全。"),
    ("不外传 joke", "这个八卦我只跟你说，千万别外传哈哈"),
    ("公开课", "本周四下午有一堂党史公开课，欢迎旁听。"),
    ("收回 land", "该地块已依法收回，另行安排。"),
    ("文件 mention", "周一交的那份文件要重新排版，字体用仿宋GB2312三号。"),
    ("document format rules", "公文版式要求：发文字号居中，年份用六角括号括入，序号不加“第”字。"),
    ("year bracket alone", "〔2023〕年度工作已经全部完成"),
    ("numbered list", "（1）提高认识（2）压实责任（3）强化督导"),
    ("fraction", "3/4的党员参加了志愿服务"),
    ("money 元 sum", "慰问金：1000元×12户=12000元"),
    ("excel numbers", "月份\t党员数\t缴费人数\n1月\t86\t84\n2月\t86\t86"),
    ("OCR of receipt", "收据\n今收到 {name} 交来 2024年1-6月党费 计人民币 ¥180.00\n收款人：财务科"),
    ("chat with time", "我大概7点半到，路上有点堵🚗"),
    ("weibo topic", "#我的入党故事# 二十年前的今天，我在党旗下宣誓。"),
    ("emoji stars", "✨✨今天的晚霞太美了✨✨"),
    ("hashtag with star", "⭐️每日打卡⭐️ 第128天"),
    ("heart", "为志愿者点赞❤️❤️"),
    ("email-like handle", "抖音号：@长宁先锋"),
]

ORDER_FMT = ["订单号：{order}", "{order}"]


def fill_fillers(text):
    text = text.replace("{name}", name()).replace("{name2}", name())
    text = text.replace("{br}", R.choice(BRANCHES)).replace("{unit}", R.choice(UNITS))
    text = text.replace("{org}", R.choice(ORGS)).replace("{n}", str(R.randint(10, 99)))
    text = text.replace("{city}", R.choice(CITIES))
    text = text.replace("{PY}", R.choice(PINYIN_UP)).replace("{bb}", R.choice(BANK_BRANCHES))
    return text


def neg_slots(text):
    def order():
        return "%d%s" % (R.randint(2023, 2024), digits(11))  # 15 digits, starts with a year
    def bad_long(n):
        while True:
            s = R.choice("23456789") + digits(n - 1)
            if not luhn_ok(s):
                return s
    text = text.replace("{order}", order())
    text = text.replace("{sf}", "SF" + digits(13))
    text = text.replace("{badid}", raw_id(valid=False))
    text = text.replace("{badcard}", raw_card(valid=False)[0])
    text = text.replace("{baduscc}", raw_uscc(valid=False))
    text = text.replace("{d12}", bad_long(12))
    return fill_fillers(text)


FORMS = ["plain", "formatted", "evasive"]
RANK = {f: i for i, f in enumerate(FORMS)}
LABEL = {"m": "pii.cn_mobile", "id": "pii.cn_resident_id", "pp": "pii.cn_passport",
         "card": "pii.bank_card", "uscc": "pii.cn_uscc", "em": "pii.email", "em2": "pii.email",
         "doc": "secret.document_number", "doc2": "secret.document_number",
         "cls": "secret.classification_mark", "int": "secret.internal_mark",
         "intq": "secret.internal_mark", "intn": "secret.internal_mark", "dict": "org.dictionary"}
SLOT_RE = re.compile(r"\{(m|id|pp|card|uscc|em2|em|doc2|doc|cls|intq|intn|int|dict|bank)\}")


def render_slot(slot, form, state):
    if slot == "m":
        return render_mobile(form)
    if slot == "id":
        return render_id(form)
    if slot == "pp":
        return render_passport(form)
    if slot == "card":
        v, bank, d = render_card(form)
        state["bank"] = bank
        return v, d
    if slot == "uscc":
        return render_uscc(form)
    if slot in ("em", "em2"):
        return render_email(form)
    if slot in ("doc", "doc2"):
        return render_doc(form)
    if slot == "cls":
        return render_cls(form, state.get("own_line", False))
    if slot == "int":
        return render_int(form)
    if slot == "intq":
        return render_int(form, INTERNAL_SHORT)
    if slot == "intn":
        return render_int(form, INTERNAL_NOUN)
    if slot == "dict":
        return render_dict(form)
    raise KeyError(slot)


def pick_form(weights=(0.40, 0.35, 0.25)):
    x = R.random()
    return "plain" if x < weights[0] else ("formatted" if x < weights[0] + weights[1] else "evasive")


def make_positive(frame):
    context, inherent, text = frame
    target = pick_form((0.47, 0.33, 0.20)) if inherent is None else R.choice(["formatted", "formatted", "formatted", "evasive"])
    slots = [m.group(1) for m in SLOT_RE.finditer(text) if m.group(1) != "bank"]
    # The target form goes to one slot; the others stay plain (or formatted if the frame is).
    lead = R.randrange(len(slots))
    state, details, labels = {}, [], set()
    base = "formatted" if inherent == "formatted" and target == "formatted" else "plain"
    forms_used = []
    out = text
    for i, slot in enumerate(slots):
        f = target if i == lead else "plain"
        if inherent == "formatted" and f == "plain" and target == "formatted":
            f = "plain"
        at = out.index("{" + slot + "}")
        end = at + len(slot) + 2
        state["own_line"] = (at == 0 or out[at - 1] == "\n") and (end == len(out) or out[end] == "\n")
        value, detail = render_slot(slot, f, state)
        forms_used.append(f)
        details.append(detail)
        labels.add(LABEL[slot])
        out = out.replace("{" + slot + "}", value, 1)
    if "bank" in state:
        out = out.replace("{bank}", state["bank"])
    out = fill_fillers(out)
    form = max(forms_used + ([base] if inherent else []), key=lambda f: RANK[f])
    if inherent == "formatted" and form == "plain":
        form = "formatted"
    note = "%s %s: %s" % (form, context, "; ".join(details))
    return sorted(labels), form, note, out


def make_special():
    m = raw_mobile()
    text = "手机/邮箱：%s@139.com" % m
    return ["pii.cn_mobile", "pii.email"], "plain", "plain e-mail signature: 139.com mailbox named by the mobile", text


def main():
    cases, seen = [], set()
    plan = [(MOBILE, 34), (ID, 28), (PASSPORT, 16), (CARD, 22), (USCC, 16), (EMAIL, 30),
            (DOC, 30), (CLS, 28), (INT, 30), (DICT, 24), (MULTI, 46)]
    for frames, count in plan:
        order = list(frames)
        R.shuffle(order)
        for i in range(count):
            for _ in range(20):  # the same frame may come up again: never the same text twice
                case = make_positive(order[i % len(order)])
                if case[3] not in seen:
                    break
            seen.add(case[3])
            cases.append(case)
    cases.append(make_special())
    n_pos = len(cases)
    n_neg = round(n_pos * 35 / 65)
    negs = list(NEG)
    R.shuffle(negs)
    slotted = [n for n in negs if "{" in n[1]]
    for i in range(n_neg):
        context, text = negs[i] if i < len(negs) else slotted[(i - len(negs)) % len(slotted)]
        cases.append((["none"], "negative", "negative " + context, neg_slots(text)))
    R.shuffle(cases)

    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout", "blind3.txt")
    lines = [
        "# Third blind round, written by tests/check/gen_heldout3.py (fixed seed) before",
        "# any detector or earlier held-out file was read. Identifiers are fake; check",
        "# characters are computed. Notes start with the form class:",
        "# plain / formatted / evasive / negative.",
    ]
    for labels, form, note, text in cases:
        assert "\n===" not in "\n" + text, note
        lines.append("=== %s -- %s" % (" ".join(labels), note))
        lines.append(text)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    pos = [c for c in cases if c[0] != ["none"]]
    counts = {f: sum(1 for c in pos if c[1] == f) for f in FORMS}
    print("%d cases, %d none (%.1f%%); positives by form: %s" % (
        len(cases), len(cases) - len(pos), 100.0 * (len(cases) - len(pos)) / len(cases),
        ", ".join("%s %d (%.0f%%)" % (f, counts[f], 100.0 * counts[f] / len(pos)) for f in FORMS)))
    per_label = {}
    for c in pos:
        for l in c[0]:
            per_label[l] = per_label.get(l, 0) + 1
    print("per label: " + ", ".join("%s %d" % kv for kv in sorted(per_label.items())))


if __name__ == "__main__":
    main()
