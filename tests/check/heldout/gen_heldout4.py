#!/usr/bin/env python3
"""Blind held-out evaluation set #4 for the self-check tool.

Written blind: the author read none of the project's source, docs, tests,
bench data, issues or design notes; only the task brief (the list of kinds
and the file format).  Every case is invented here from general knowledge of
how people write in Chinese chat apps, forums and official paperwork.

All identifiers are fake but well formed: resident ids carry a correct
ISO 7064 MOD 11-2 check character, bank cards are Luhn valid with Chinese
bank BINs, unified social credit codes carry correct GB 11714 (org code)
and GB 32100 check characters.

Run:  python3 tests/check/heldout/gen_heldout4.py
Writes tests/check/heldout/blind4.txt next to this file.  Deterministic.
"""

import os
import random
import re

SEED = 20261207
rng = random.Random(SEED)

# ---------------------------------------------------------------- identifiers

REGIONS = [
    ("110101", "北京市东城区"), ("110105", "北京市朝阳区"), ("110108", "北京市海淀区"),
    ("310115", "上海市浦东新区"), ("310104", "上海市徐汇区"), ("440106", "广州市天河区"),
    ("440305", "深圳市南山区"), ("330106", "杭州市西湖区"), ("320106", "南京市鼓楼区"),
    ("420111", "武汉市洪山区"), ("510104", "成都市锦江区"), ("500112", "重庆市渝北区"),
    ("610113", "西安市雁塔区"), ("370203", "青岛市市北区"), ("430102", "长沙市芙蓉区"),
    ("350102", "福州市鼓楼区"), ("120104", "天津市南开区"), ("130104", "石家庄市桥西区"),
    ("410105", "郑州市金水区"), ("210102", "沈阳市和平区"), ("230103", "哈尔滨市南岗区"),
    ("340104", "合肥市蜀山区"), ("360102", "南昌市东湖区"), ("450103", "南宁市青秀区"),
    ("530102", "昆明市五华区"), ("520102", "贵阳市南明区"), ("620102", "兰州市城关区"),
    ("640104", "银川市兴庆区"), ("650102", "乌鲁木齐市天山区"), ("140105", "太原市小店区"),
    ("460106", "海口市龙华区"), ("150102", "呼和浩特市新城区"), ("220102", "长春市南关区"),
]

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return "10X98765432"[s % 11]


def gen_id(want_x=None):
    while True:
        reg = rng.choice(REGIONS)[0]
        y = rng.randint(1956, 2006)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        seq = "%03d" % rng.randint(1, 999)
        body = "%s%04d%02d%02d%s" % (reg, y, m, d, seq)
        full = body + id_check(body)
        if want_x is None or (full.endswith("X") == want_x):
            return full


def luhn_complete(body):
    digits = [int(c) for c in body]
    s = 0
    # body will get one more digit appended; double every second from right
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        s += dgt
    return body + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


BANKS = [
    ("622202", 19, "工商银行"), ("621226", 19, "工商银行"), ("622848", 19, "农业银行"),
    ("621700", 19, "建设银行"), ("622700", 19, "建设银行"), ("622588", 16, "招商银行"),
    ("621483", 16, "招商银行"), ("621661", 19, "中国银行"), ("622262", 19, "交通银行"),
    ("623058", 19, "平安银行"), ("622622", 16, "民生银行"), ("621799", 19, "邮储银行"),
    ("622908", 16, "兴业银行"), ("625965", 16, "中信银行信用卡"), ("436742", 16, "建设银行龙卡"),
]


def gen_card(bank=None):
    b = bank or rng.choice(BANKS)
    body = b[0] + "".join(rng.choice("0123456789") for _ in range(b[1] - 7))
    return luhn_complete(body), b[2]


def gen_mobile():
    pre = rng.choice(["130", "131", "132", "133", "135", "136", "137", "138", "139",
                      "150", "151", "152", "153", "155", "156", "157", "158", "159",
                      "166", "173", "175", "176", "177", "178", "180", "181", "182",
                      "183", "185", "186", "187", "188", "189", "191", "198", "199", "147"])
    return pre + "".join(rng.choice("0123456789") for _ in range(8))


USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc_check(body17):
    s = sum(USCC_CS.index(c) * w for c, w in zip(body17, USCC_W))
    c = 31 - s % 31
    return USCC_CS[0 if c == 31 else c]


def gen_uscc(kind="91"):
    reg = rng.choice(REGIONS)[0]
    if rng.random() < 0.5 and kind == "91":
        org8 = "MA0" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
    else:
        org8 = "".join(rng.choice("0123456789") for _ in range(8))
    org9 = org8 + org_check(org8)
    body = kind + reg + org9
    return body + uscc_check(body)


def uscc_ok(s):
    return (len(s) == 18 and all(c in USCC_CS for c in s)
            and uscc_check(s[:17]) == s[17])


def id_ok(s):
    return (len(s) == 18 and s[:17].isdigit() and s[17] in "0123456789X"
            and id_check(s[:17]) == s[17])


PP_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_passport(kind=None):
    kind = kind or rng.choice(["E8", "E8", "EA", "EA", "G8"])
    if kind == "E8":
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    if kind == "EA":
        return "E" + rng.choice(PP_LET) + "".join(rng.choice("0123456789") for _ in range(7))
    if kind == "G8":
        return "G" + "".join(rng.choice("0123456789") for _ in range(8))
    return "P" + "".join(rng.choice("0123456789") for _ in range(7))


PINYIN = ["zhangwei", "wangfang", "lina", "liuyang", "chenjing", "yanglei", "zhaomin",
          "huangtao", "zhoujie", "wuxiaoli", "xuqiang", "sunhui", "maxiaoyu", "zhuhong",
          "hulin", "guoyan", "heping", "gaoxiang", "linhai", "luoqian"]
GOV_DOMAINS = ["bjhd.gov.cn", "szns.gov.cn", "hz.gov.cn", "wh.gov.cn", "cdjj.gov.cn",
               "xa.gov.cn", "cs.gov.cn", "nj.gov.cn"]
CORP_DOMAINS = ["huaxinda.com.cn", "zhongke-tech.cn", "sinoboxin.com", "jinyuangroup.com",
                "ruifeng-edu.cn", "hengtaimail.com"]


def gen_email(kind=None):
    kind = kind or rng.choice(["qq", "163", "126", "sina", "foxmail", "gmail", "gov",
                               "corp", "edu", "outlook"])
    name = rng.choice(PINYIN)
    if kind == "qq":
        return "%d@qq.com" % rng.randint(10000000, 3999999999)
    suf = rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1975, 2005)), "_" +
                      str(rng.randint(100, 999)), "." + rng.choice(["work", "hr", "bj"])])
    if kind == "163":
        return name + suf + "@163.com"
    if kind == "126":
        return name + suf + "@126.com"
    if kind == "sina":
        return name + suf + "@sina.com"
    if kind == "foxmail":
        return name + suf + "@foxmail.com"
    if kind == "gmail":
        return name + suf + "@gmail.com"
    if kind == "outlook":
        return name + suf + "@outlook.com"
    if kind == "gov":
        return rng.choice([name, "bgs", "zzb", "xcb", "dzb", "jjw"]) + "@" + rng.choice(GOV_DOMAINS)
    if kind == "corp":
        return rng.choice([name, "hr", "service", "caiwu", name[:5]]) + "@" + rng.choice(CORP_DOMAINS)
    return name + str(rng.randint(2015, 2024)) + "@" + rng.choice(
        ["pku.edu.cn", "mails.tsinghua.edu.cn", "stu.xjtu.edu.cn", "whu.edu.cn"])


ISSUERS = ["国办发", "国发", "中办发", "中发", "京政发", "京政办发", "沪府发", "沪委办发",
           "粤府", "粤府办", "浙政发", "苏政办发", "川府发", "鄂政发", "湘政办发", "鲁政字",
           "豫政", "冀政字", "陕政办发", "市委办发", "区委发", "县政办发", "市委组通",
           "区教发", "市卫健发", "海委办", "杭政办函", "深府", "宁委发", "渝委办", "市委宣通",
           "县委办字", "镇党委发", "市纪发"]


def gen_docnum():
    iss = rng.choice(ISSUERS)
    return iss, rng.randint(2018, 2025), rng.randint(1, 168)


CLASS_LEVELS = [("绝密", ["30年", "20年", "长期", "启用前"]),
                ("机密", ["20年", "10年", "5年", "长期", "1年"]),
                ("秘密", ["10年", "5年", "3年", "1年", "6个月"])]


def gen_classmark():
    lvl, per = rng.choice(CLASS_LEVELS)
    return lvl, rng.choice(per)


INTERNAL = ["内部资料 注意保存", "内部资料，注意保存", "内部文件", "不得外传", "此件不予公开",
            "内部传阅", "内部资料 请勿外传", "仅供内部参阅", "内部资料", "内部文件 注意保密",
            "（此件不公开）", "内部参考 不得翻印", "内部发行", "内部使用 严禁外传"]

DICT = ["天网工程", "蓝盾计划", "星火政务平台", "XK-9", "金盾三期"]

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
         "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建国", "志强", "海燕",
         "晓东", "雪梅", "子涵", "浩然", "欣怡"]


def name():
    return rng.choice(SURN) + rng.choice(GIVEN)


COMPANIES = ["北京华信达科技有限公司", "上海瑞丰教育咨询有限公司", "深圳市恒泰电子有限公司",
             "杭州金元贸易有限公司", "成都博鑫建筑劳务有限公司", "武汉中科智联信息技术有限公司",
             "南京润禾餐饮管理有限公司", "西安新航物流有限公司", "广州市泓达印务有限公司",
             "青岛海顺水产有限公司", "长沙市星沙家政服务有限公司"]

# ---------------------------------------------------------------- renderers

CN_LOW = "零一二三四五六七八九"
CN_LOW2 = "〇一二三四五六七八九"
CN_UP = "零壹贰叁肆伍陆柒捌玖"
FW = "０１２３４５６７８９"
CIRC = "⓪①②③④⑤⑥⑦⑧⑨"
ZW = "\u200b"


def tr(s, table):
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def fullwidth(s):
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7e:
            out.append(chr(o + 0xfee0))
        else:
            out.append(c)
    return "".join(out)


def keycap(s):
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def cycle_pick(lst, key, _state={}):
    i = _state.get(key, 0)
    _state[key] = i + 1
    return lst[i % len(lst)]


def render_digits_evasive(s, key):
    """Evasive renderings for a digit-heavy identifier; returns (text, how)."""
    opts = [
        (lambda x: tr(x, CN_LOW), "digits as 一二三"),
        (lambda x: tr(x, CN_UP), "digits as 壹贰叁 capitals"),
        (lambda x: tr(x, CN_LOW2).replace("一", "幺"), "digits as Chinese with 幺 for 1"),
        (lambda x: " ".join(x), "space between every digit"),
        (lambda x: "-".join(x), "dash between every digit"),
        (lambda x: tr(x, CIRC), "circled digits"),
        (lambda x: keycap(x), "keycap emoji digits"),
        (lambda x: "".join(CN_LOW[int(c)] if c.isdigit() and i % 2 else c
                           for i, c in enumerate(x)), "Chinese and Arabic digits mixed"),
        (lambda x: ZW.join(x), "zero-width spaces between digits"),
        (lambda x: x.replace("0", "O").replace("1", "l"), "O for 0 and l for 1"),
        (lambda x: "".join(c + rng.choice(["~", ".", "丨", "/", "*"]) for c in x[:-1]) + x[-1],
         "random punctuation between digits"),
        (lambda x: fullwidth(x[:len(x) // 2]) + tr(x[len(x) // 2:], CN_LOW), "half full-width half Chinese"),
    ]
    f, how = cycle_pick(opts, key)
    t = f(s)
    if t == s:
        t, how = " ".join(s), "space between every digit"
    return t, how


def r_mobile(m, form):
    if form == "plain":
        return m, "plain 11 digits"
    if form == "formatted":
        opts = [
            (group(m, [3, 4, 4]), "grouped 3-4-4 with spaces"),
            (group(m, [3, 4, 4], "-"), "grouped 3-4-4 with dashes"),
            ("+86 " + m, "+86 prefix"),
            ("(+86)" + group(m, [3, 4, 4]), "(+86) and grouping"),
            (fullwidth(m), "full-width digits"),
            ("+86-" + group(m, [3, 4, 4], "-"), "+86 and dashes"),
            (group(m, [3, 4, 4], "\u00a0"), "no-break spaces 3-4-4"),
            ("0086 " + m, "0086 prefix"),
            (group(m, [3, 8]), "grouped 3-8"),
            (group(m, [4, 3, 4]), "grouped 4-3-4"),
        ]
        return cycle_pick(opts, "mobfmt")
    return render_digits_evasive(m, "mobev")


def r_id(i, form):
    if form == "plain":
        return i, "plain 18 chars"
    if form == "formatted":
        opts = [
            (group(i, [6, 8, 4]), "grouped 6-8-4"),
            (group(i, [6, 4, 4, 4]), "grouped 6-4-4-4"),
            (fullwidth(i), "full-width"),
            ((i.lower(), "lowercase x") if i.endswith("X") else (group(i, [6, 8, 4], "-"), "dashes 6-8-4")),
            (group(i, [3, 3, 4, 4, 4]), "grouped 3-3-4-4-4"),
            (group(i, [6, 8, 4], "\u3000"), "ideographic spaces"),
        ]
        return cycle_pick(opts, "idfmt")
    t, how = render_digits_evasive(i, "idev")
    if i.endswith("X"):
        t = t[:-1] + rng.choice(["叉", "×", "x"])
        how += ", X written differently"
    return t, how


def r_card(c, form):
    if form == "plain":
        return c, "plain digits"
    if form == "formatted":
        opts = [
            (group(c, [4] * 5), "grouped by 4 with spaces"),
            (group(c, [4] * 5, "-"), "grouped by 4 with dashes"),
            (fullwidth(c), "full-width digits"),
            (group(c, [6, len(c) - 6]), "BIN split off"),
            (group(c, [4] * 5, "  "), "grouped by 4 with double spaces"),
        ]
        return cycle_pick(opts, "cardfmt")
    return render_digits_evasive(c, "cardev")


def r_passport(p, form):
    if form == "plain":
        return p, "plain"
    if form == "formatted":
        opts = [
            (p[0] + " " + group(p[1:], [4, 4]) if p[1].isdigit() else p[:2] + " " + p[2:], "space after letter"),
            (fullwidth(p), "full-width"),
            (p.lower(), "lowercase letter"),
            (p[0] + "-" + p[1:], "dash after letter"),
        ]
        return cycle_pick(opts, "ppfmt")
    opts = [
        (p[0] + tr(p[1:], CN_LOW), "digits spelled in Chinese"),
        (" ".join(p), "space between every character"),
        (p[0] + tr(p[1:], CN_UP), "digits as capitals 壹贰"),
        ((p[0] + p[1:].replace("0", "O").replace("1", "l"), "O for 0 and l for 1") if ("0" in p[1:] or "1" in p[1:]) else ("·".join(p), "middle dots between characters")),
        (ZW.join(p), "zero-width spaces"),
        (("Ｅ" if p[0] == "E" else p[0]) + "-".join(p[1:]), "full-width letter and dashes"),
    ]
    return cycle_pick(opts, "ppev")


def r_uscc(u, form):
    if form == "plain":
        return u, "plain"
    if form == "formatted":
        opts = [
            (group(u, [2, 6, 9, 1]), "grouped 2-6-9-1"),
            (fullwidth(u), "full-width"),
            (u.lower(), "lowercase"),
            (group(u, [4, 4, 4, 4, 2]), "grouped by 4"),
            (group(u, [2, 6, 9, 1], "-"), "dashes 2-6-9-1"),
        ]
        return cycle_pick(opts, "usccfmt")
    opts = [
        (" ".join(u), "space between every character"),
        (tr(u, CN_LOW), "digits in Chinese, letters kept"),
        (ZW.join(u), "zero-width spaces"),
        ("-".join(u), "dash between every character"),
        ((u.replace("0", "O"), "O for 0") if "0" in u else ("/".join(u), "slash between every character")),
        (fullwidth(u[:9]) + u[9:].lower(), "mixed full-width and lowercase"),
    ]
    return cycle_pick(opts, "usccev")


def r_email(e, form):
    local, dom = e.split("@")
    if form == "plain":
        return e, "plain"
    if form == "formatted":
        opts = [
            ("<" + e + ">", "angle brackets"),
            (local + "＠" + dom, "full-width at sign"),
            (e.upper() if rng.random() < 0.5 else local.capitalize() + "@" + dom, "capitalised"),
            ("mailto:" + e, "mailto: prefix"),
            (local + " @ " + dom, "spaces around @"),
            (fullwidth(e), "whole address full-width"),
        ]
        return cycle_pick(opts, "emfmt")
    dom_dot = dom.replace(".", rng.choice([" dot ", "[dot]", "点", "(dot)"]))
    opts = [
        (local + " at " + dom.replace(".", " dot "), "at/dot spelled out"),
        (local + "(at)" + dom, "(at) for @"),
        (local + "#" + dom + "（#换成@）", "# with instruction to replace"),
        (local + "艾特" + dom.replace(".", "点"), "艾特 and 点 for @ and ."),
        (local + "[at]" + dom_dot, "[at] and dot words"),
        (local + "圈a" + dom, "圈a for @"),
        (" ".join(local) + " @ " + dom, "spaced letters"),
        (local + "@" + dom.replace(".", "。"), "ideographic full stop for dot"),
        (local + "＃" + dom + " (＃→@)", "full-width # with arrow"),
        (local + " 爱特 " + dom.split(".")[0] + " 点 " + ".".join(dom.split(".")[1:]), "爱特 and 点"),
    ]
    return cycle_pick(opts, "emev")


def r_class(lvl, per, form):
    if form == "plain":
        return lvl + "★" + per, "plain"
    if form == "formatted":
        opts = [
            (lvl + " ★ " + per, "spaces around star"),
            ("【" + lvl + "★" + per + "】", "in 【】 brackets"),
            (lvl + "★" + fullwidth(per), "full-width period"),
            (lvl + "\n★" + per, "star on next line"),
            (lvl + "★" + per.replace("年", " 年"), "space before 年"),
            (" ".join(lvl) + " ★ " + per, "letter-spaced as on a cover"),
            (lvl + "☆" + per, "hollow star"),
            (lvl + "*" + per, "asterisk for star"),
        ]
        return cycle_pick(opts, "clfmt")
    trad = {"绝密": "絕密", "机密": "機密", "秘密": "祕密"}
    cnper = tr(per, CN_LOW).replace("一零", "十").replace("二零", "二十").replace("三零", "三十")
    opts = [
        (lvl[0] + ZW + lvl[1] + "★" + per, "zero-width space inside level"),
        (trad[lvl] + "★" + per, "traditional characters"),
        (lvl + "⭐" + cnper, "emoji star and Chinese numerals"),
        (lvl[0] + "\n" + lvl[1] + "\n★" + per, "level split over lines"),
        ({"绝密": "jue密", "机密": "ji密", "秘密": "mi密"}[lvl] + "★" + per, "pinyin for first character"),
        (lvl[0] + "-" + lvl[1] + "-★-" + per, "dashes between parts"),
        (lvl.replace("密", "宻") + "★" + per, "look-alike 宻 for 密"),
        (lvl[0] + "*" + lvl[1] + "（星）" + cnper, "star spelled out"),
        ({"绝密": "决密", "机密": "鸡密", "秘密": "秘蜜"}[lvl] + "★" + per, "homophone character"),
    ]
    return cycle_pick(opts, "clev")


def r_internal(mark, form):
    if form == "plain":
        return mark, "plain"
    if form == "formatted":
        opts = [
            ("【" + mark.strip("（）") + "】", "in 【】"),
            ("（" + mark.strip("（）") + "）", "in parentheses"),
            (" ".join(mark.replace(" ", "").replace("，", "")), "letter-spaced"),
            ("*** " + mark + " ***", "between asterisks"),
            (mark.replace(" ", "\n").replace("，", "\n"), "over two lines"),
            ("⚠️" + mark, "warning emoji"),
        ]
        t, how = cycle_pick(opts, "infmt")
        if t == mark:
            t, how = mark[:len(mark) // 2] + "\n" + mark[len(mark) // 2:], "broken over two lines"
        return t, how
    m = mark.replace(" ", "").replace("，", "")
    opts = [
        (m.replace("内部", "内 部").replace("资料", "资 料"), "extra spaces inside"),
        (m.replace("内", "內").replace("资", "資").replace("传", "傳").replace("开", "開").replace("阅", "閱").replace("发", "發"),
         "traditional characters"),
        (m.replace("内部", "nei部"), "pinyin nei for 内"),
        ("-".join(m), "dash between every character"),
        (ZW.join(m), "zero-width spaces"),
        (m.replace("外传", "外chuan").replace("资料", "zi料").replace("公开", "公kai").replace("文件", "wen件"), "pinyin pieces"),
        ("\n".join([m[:2], m[2:]]), "split over lines"),
        (m.replace("内部", "内卜"), "内卜 look-alike for 内部"),
    ]
    t, how = cycle_pick(opts, "inev")
    if t == m:
        t, how = " ".join(m), "space between every character"
    return t, how


def r_docnum(iss, y, n, form):
    if form == "plain":
        return "%s〔%d〕%d号" % (iss, y, n), "standard 〔〕"
    if form == "formatted":
        opts = [
            ("%s[%d]%d号" % (iss, y, n), "square brackets"),
            ("%s（%d）%d号" % (iss, y, n), "full-width parentheses"),
            ("%s【%d】%d号" % (iss, y, n), "【】 brackets"),
            ("%s(%d)%d号" % (iss, y, n), "ASCII parentheses"),
            ("%s〔%s〕%s号" % (iss, fullwidth(str(y)), fullwidth(str(n))), "full-width digits"),
            ("%s〔%d〕 %d 号" % (iss, y, n), "spaces around number"),
            ("%s%d年%d号" % (iss, y, n), "年 instead of brackets"),
            ("%s〔%d〕%03d号" % (iss, y, n), "zero-padded number"),
        ]
        return cycle_pick(opts, "dnfmt")
    cny = tr(str(y), CN_LOW2)
    cnn = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九"}

    def cnum(k):
        if k < 10:
            return cnn[k]
        if k < 20:
            return "十" + (cnn[k % 10] if k % 10 else "")
        if k < 100:
            return cnn[k // 10] + "十" + (cnn[k % 10] if k % 10 else "")
        return tr(str(k), CN_LOW)
    opts = [
        ("%s〔%s〕%s号" % (iss, cny, cnum(n)), "year and number in Chinese"),
        (" ".join(iss) + " 〔%d〕%d 号" % (y, n), "issuer letter-spaced"),
        ("%s%s〔%d〕%d号" % (iss[:-1], {"发": "fa", "字": "zi", "通": "tong", "函": "han", "办": "ban", "府": "fu", "政": "zheng"}.get(iss[-1], iss[-1]), y, n),
         "pinyin for last issuer character"),
        ("%s\n〔%d〕%d号" % (iss, y, n), "issuer and year on separate lines"),
        (ZW.join("%s〔%d〕%d号" % (iss, y, n)), "zero-width spaces throughout"),
        ("%s 〖%d〗%d號" % (iss, y, n), "odd brackets and traditional 號"),
        ("%s〔%d〕%d#" % (iss, y, n), "# instead of 号"),
    ]
    return cycle_pick(opts, "dnev")


def r_dict(d, form):
    if form == "plain":
        return d, "plain"
    if form == "formatted":
        opts = {
            "天网工程": [("“天网工程”", "in quotes"), ("天网 工程", "space inside"), ("《天网工程》", "in book-title marks")],
            "蓝盾计划": [("「蓝盾计划」", "in corner brackets"), ("蓝盾 计划", "space inside"), ("#蓝盾计划#", "as a hashtag")],
            "星火政务平台": [("“星火政务平台”", "in quotes"), ("星火政务 平台", "space inside"), ("【星火政务平台】", "in 【】")],
            "XK-9": [("XK－９", "full-width"), ("xk-9", "lowercase"), ("XK - 9", "spaces round dash"), ("XK–9", "en dash")],
            "金盾三期": [("金盾 三期", "space inside"), ("“金盾三期”", "in quotes"), ("【金盾三期】", "in 【】")],
        }[d]
        return cycle_pick(opts, "dfmt" + d)
    opts = {
        "天网工程": [("天-网-工-程", "dashes between characters"), ("天网工cheng", "pinyin tail"),
                 ("天\u200b网工程", "zero-width space"), ("天網工程", "traditional 網")],
        "蓝盾计划": [("蓝盾jihua", "pinyin tail"), ("藍盾計劃", "traditional"), ("蓝 盾 计 划", "spaced out"),
                 ("蓝*盾*计*划", "asterisks between")],
        "星火政务平台": [("星火zw平台", "pinyin initials inside"), ("星-火-政-务-平-台", "dashes"),
                   ("星火政務平臺", "traditional"), ("星火\n政务平台", "split over lines")],
        "XK-9": [("X K 9", "spaced without dash"), ("ⅩK-9", "roman numeral Ⅹ look-alike"), ("XK9", "dash dropped"),
                 ("\u0425K-9", "Cyrillic Х look-alike"), ("xk－九", "lowercase with Chinese 九")],
        "金盾三期": [("金盾3期", "Arabic 3"), ("金dun三期", "pinyin middle"), ("金-盾-三-期", "dashes"),
                 ("金盾叁期", "capital 叁")],
    }[d]
    return cycle_pick(opts, "dev" + d)


# ---------------------------------------------------------------- rendering one slot

LAST_BANK = ["工商银行"]


def slot(kind, form):
    """Return (text, how) for one identifier of a kind in a form."""
    if kind == "pii.cn_mobile":
        return r_mobile(gen_mobile(), form)
    if kind == "pii.cn_resident_id":
        return r_id(gen_id(want_x=(rng.random() < 0.2)), form)
    if kind == "pii.cn_passport":
        return r_passport(gen_passport(), form)
    if kind == "pii.bank_card":
        c, b = gen_card()
        LAST_BANK[0] = b
        return r_card(c, form)
    if kind == "pii.cn_uscc":
        return r_uscc(gen_uscc(rng.choice(["91", "91", "91", "92", "52", "12", "11", "51"])), form)
    if kind == "pii.email":
        return r_email(gen_email(), form)
    if kind == "secret.classification_mark":
        return r_class(*gen_classmark(), form)
    if kind == "secret.internal_mark":
        return r_internal(rng.choice(INTERNAL), form)
    if kind == "secret.document_number":
        return r_docnum(*gen_docnum(), form)
    if kind == "org.dictionary":
        return r_dict(rng.choice(DICT), form)
    raise KeyError(kind)


M, ID, PP, BC, US, EM, CL, IN, DN, DI = ("pii.cn_mobile", "pii.cn_resident_id", "pii.cn_passport",
                                        "pii.bank_card", "pii.cn_uscc", "pii.email",
                                        "secret.classification_mark", "secret.internal_mark",
                                        "secret.document_number", "org.dictionary")
ORDER = [CL, IN, DN, M, ID, PP, BC, US, EM, DI]

# ---------------------------------------------------------------- short-post templates
# Each template: (kinds, description, text with {0},{1},... slots, plus {n} names etc.)

T = {}
T[M] = [
    ("微信家长群 message", "各位家长好，明天下午春游接孩子如果有变动，直接打我电话{0}，{n}妈妈"),
    ("朋友圈 sublet post", "【转租】望京SOHO附近两居次卧，押一付一，拎包入住🏠 有意私聊：{0}"),
    ("闲鱼 listing", "九成新iPhone 13 256G 出，无拆无修，同城面交优先，电话{0}（非诚勿扰）"),
    ("work chat notice", "@所有人 下午三点的会改到三楼小会议室，找不到的打我手机 {0}"),
    ("微博 reply asking for help", "求扩散！我爸今早在公园走失，灰色夹克，有老年痴呆，有线索请联系{0}，万分感谢🙏🙏"),
    ("QQ chat", "兄弟我换号了 新号{0} 旧的别打了"),
    ("forum post", "收二手考研政治资料，肖四肖八都要，有的同学联系我，微信同号{0}"),
    ("comment thread complaint", "大家别在这家装修公司定，老板{n}，电话{0}，收了定金就不管了"),
    ("delivery note", "放门卫室就行，到了给我打个电话 {0}"),
    ("recruiting post", "招聘：餐厅服务员两名，包吃住，月薪5500起，联系{n}经理 {0}"),
    ("group buy message", "团购的车厘子到了，在小区东门自提，找不到打{0}"),
    ("lost and found", "本人在3路公交上捡到一个黑色钱包，失主请联系{0}认领"),
    ("carpool", "明早7点半从天通苑去国贸拼车，还差一人，电话/微信{0}"),
    ("volunteer signup", "社区志愿者报名找{n}，手机：{0}，周六上午在居委会集合"),
    ("second message after question", "你电话多少？\n{0}，下班后打"),
    ("tutor ad", "数学家教，985在读，初高中均可，试听免费，联系方式 {0} 📞"),
]
T[ID] = [
    ("travel booking chat", "帮我订下周五去成都的高铁，身份证{0}，名字{n}"),
    ("group reply to a registration", "登记一下哈：{n}，身份证号{0}"),
    ("lost ID card post", "捡到身份证一张，姓名{n}，号码{0}，失主速联系"),
    ("work chat social-security list", "社保补缴还差{n}一个人，身份证 {0} 麻烦人事尽快办"),
    ("forum ask for traffic fine help", "哪位大神能帮查下违章？车主{n} 身份证{0}"),
    ("hotel check-in ask", "前台说要登记同住人，你把身份证号发我\n好的 {0}"),
    ("微信 message to a relative", "妈，你的身份证号我存一下：{0}，以后帮你挂号用"),
    ("exam signup in QQ group", "报名表第三项填身份证号，例如我的：{0}，别填错位数"),
    ("moment about a scam", "有人冒用我身份证{0}办了网贷，大家帮我留意下！气死了😡"),
]
T[PP] = [
    ("travel agency chat", "签证材料已交，护照号{0}，{n}，预计7个工作日出签"),
    ("airline booking", "帮我订一张去曼谷的机票：{n}，护照{0}，有效期到2032年"),
    ("group roster for overseas trip", "出境名单补充：{n} 护照号码：{0}"),
    ("forum post about lost passport", "在首都机场T3丢了护照，号码{0}，有捡到的请联系，已挂失"),
    ("QQ chat", "你护照号多少来着？我帮你填在线申请\n{0}"),
    ("work chat for conference", "参会外事备案需要护照信息，{n}的是{0}，请核对"),
]
T[BC] = [
    ("rent payment chat", "房租直接转这张卡：{b} {0} 户名{n}"),
    ("salary card update in work group", "@财务 我工资卡换了，新卡{b}{0}"),
    ("refund request", "退款请打到我卡上 {0}（{b}）谢谢"),
    ("闲鱼 payment outside platform", "不走平台的话直接转卡吧，{b}卡号{0}，收到马上发货"),
    ("fundraising post", "孩子白血病急需手术费，恳请好心人帮助🙏 {b} {0} 收款人{n}"),
    ("family chat", "爸，学费打到这个卡：{0}，{b}的，名字是我"),
    ("reimbursement form message", "报销单上收款账号写：{0}（{b}支行）"),
]
T[US] = [
    ("invoice info chat", "开票信息：{c}\n税号：{0}"),
    ("work chat asking for tax number", "对方公司统一社会信用代码发我一下\n{0} 就这个"),
    ("forum post about a company", "这家{c}欠薪三个月了，信用代码{0}，大家可以去查"),
    ("procurement group", "供应商资质：{c}，统一社会信用代码 {0}，营业执照已上传"),
    ("invoice request in 淘宝 chat", "亲，要开专票的话发我抬头和税号\n{c} {0}"),
]
T[EM] = [
    ("job post", "招前端实习生，简历投递：{0}，邮件标题注明姓名+学校"),
    ("forum request for resources", "楼主好人一生平安，求资料，邮箱{0}，谢谢🙏"),
    ("class group homework", "作业统一发到课代表邮箱 {0}，周五前"),
    ("微博 contribution call", "欢迎投稿~ 投稿邮箱：{0}"),
    ("work chat", "合同扫描件发我邮箱吧 {0}"),
    ("QQ chat", "我QQ邮箱不用了，以后发{0}"),
    ("comment asking for a file", "求原图！{0} 感谢楼主"),
]
T[CL] = [
    ("chat asking whether a photo may be posted", "刚收到一份文件，封面写着{0}，能拍照发群里吗？"),
    ("retyped header forwarded to a group", "（转）{0}\n关于进一步加强重点时段安全保卫工作的通知\n各单位：……"),
    ("exam paper photo caption", "学校让我帮忙扫描卷子，右上角印着{0}，这个能先发给学生吗"),
    ("forum question about a found document", "在旧货市场收了一批旧档案，有一本标着“{0}”，这个怎么处理？"),
    ("moment with a typed cover line", "加班到现在🙃 桌上一摞{0}的材料还没看完"),
    ("work chat", "{0} 那份稿子你们改完了吗？领导催了"),
    ("QQ group screenshot text", "文件头：{0}  第3份"),
]
T[IN] = [
    ("chat forwarding a file", "群里这个PDF是{0}，大家看看就行别往外转"),
    ("moment with a study material", "今天学习的材料，封面写着{0}，分享给大家👇"),
    ("question in a forum", "单位发的册子上印着“{0}”，拍照发小红书算违规吗？"),
    ("footer of a forwarded text", "……以上请各支部认真学习贯彻。\n{0}"),
    ("work group file share", "会议纪要已上传群文件（{0}），看完请删除本地副本"),
    ("微博 repost", "转发一份好东西 | {0} | 某部门年度工作要点，懂的都懂"),
    ("chat header line", "{0}\n2024年第二季度舆情分析报告"),
]
T[DN] = [
    ("chat asking for a document", "有没有人有{0}的原文？领导让对照着写总结"),
    ("work chat deadline", "根据{0}文件精神，请各科室本周五前报送自查报告"),
    ("forum post quoting a policy", "按照{0}的规定，这类补贴应该每年发放，我们这里为啥没有？"),
    ("moment reposting a notice", "终于落地了！{0}，关于调整城乡居民医保待遇的通知👍"),
    ("comment citing a document number", "楼上说的不对，{0}里面写得很清楚，不是这样理解的"),
    ("QQ group", "谁能发一下{0}？群文件里那个打不开"),
]
T[DI] = [
    ("work chat overtime", "这周又要加班搞{0}的联调，周末别约我了😭"),
    ("moment complaint", "{0}又上线失败了，第三次了……"),
    ("chat about a tender", "{0}招标结果出了吗？听说换了供应商"),
    ("forum post by a contractor", "外包公司做{0}的，项目经理天天画饼，有同行吗"),
    ("group dinner notice", "{0}项目组今晚聚餐，地点稍后发"),
    ("QQ chat", "你还在{0}那边驻场吗"),
    ("resume line posted to a forum", "求职贴：三年政务系统开发经验，参与过{0}建设，求内推"),
]

MULTI = [
    ((M, EM), "contact block in a post", "联系人：{n}\n电话：{0}\n邮箱：{1}"),
    ((M, ID), "registration reply", "报名：{n} {1} {0}"),
    ((ID, BC), "payroll chat", "{n} 身份证{0} 工资卡{1} 麻烦录入系统"),
    ((IN, DN), "forwarded notice header", "{0}\n{1}\n关于做好节日期间值班值守工作的通知"),
    ((CL, DN), "retyped document head", "{0}\n{1}\n关于印发《重点项目推进方案》的通知"),
    ((DI, M), "project contact", "{0}对接人换成小{sn}了，手机{1}"),
    ((DI, IN), "chat about a design doc", "{0}的设计文档标了{1}，别发到外面的群里"),
    ((US, BC), "invoice and payment info", "开票单位：{c}\n税号：{0}\n开户行账号：{1}"),
    ((US, M, EM), "supplier contact card", "{c}\n统一社会信用代码：{0}\n联系电话：{1}\n邮箱：{2}"),
    ((PP, M), "overseas trip roster", "{n} 护照{0} 手机{1}"),
    ((ID, M, BC), "loan application chat", "姓名：{n}\n身份证：{0}\n手机：{1}\n银行卡：{2}"),
    ((CL, IN), "photo caption of a cover", "封面：{0}  {1}"),
    ((EM, IN), "mail request", "这份材料上印着{1}，电子版能发我{0}吗？"),
    ((DN, DI), "work chat about a project", "按{0}要求，{1}年底前要完成验收"),
    ((PP, ID), "visa agency form", "{n}：身份证{1}，护照{0}"),
    ((M, BC), "闲鱼 deal", "转账到{1}，转完打{0}告诉我"),
    ((EM, DI), "job post", "{1}项目组招人，简历发{0}"),
    ((CL, DN, IN), "full retyped heading", "{0}\n{2}\n{1}"),
]

# ---------------------------------------------------------------- negatives (short)

def neg_cases():
    out = []

    def add(desc, text):
        out.append(((), "negative " + desc, text))

    def rand_digits(n, first=None):
        s = (first or rng.choice("23456789")) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        return s

    def non_luhn(n, first):
        while True:
            s = rand_digits(n, first)
            if not luhn_ok(s):
                return s

    for _ in range(3):
        add("taobao order number in shopping chat",
            "亲，订单号%s，麻烦帮我查下什么时候发货，都三天了" % non_luhn(19, rng.choice("23")))
    add("JD order number", "京东订单%s 显示已签收但我没收到啊" % rand_digits(12, "2"))
    add("SF tracking number", "顺丰单号SF%s，今天应该能到" % rand_digits(13, "1"))
    add("YTO tracking number", "圆通YT%s 查不到物流信息，是不是单号错了" % rand_digits(13, "7"))
    add("EMS international tracking that looks passport-like",
        "国际EMS单号：EA%sCN，寄往加拿大的，一周了还在海关" % rand_digits(9, "3"))
    add("EMS tracking with EE prefix", "邮政EMS：EE%sCN 查一下到哪了" % rand_digits(9, "5"))
    add("game expansion internal test", "魔兽新资料片内部测试开始了，有资格的兄弟带带我")
    add("13-digit millisecond timestamp in a dev chat",
        "日志里这条的时间戳是%s，换算一下是几点？" % ("17" + rand_digits(11, "0")))
    add("10-digit unix timestamp", "接口返回 ts=%s，和服务器差了八小时" % ("17" + rand_digits(8, "0")))
    add("timestamp file name", "截图文件名是IMG_20240512_143022.jpg，你找找")
    add("landline with area code", "有事打办公室座机 010-6552%s，工作日9点到5点" % rand_digits(4, "1"))
    add("400 hotline", "售后电话400-820-%s，我打了半天没人接" % rand_digits(4, "3"))
    add("bank hotline", "这种情况直接打95588问工行客服就行")
    add("12345 hotline complaint", "楼下烧烤摊天天吵到凌晨两点，打了三次12345都没用")
    add("verification code", "【XX银行】您的验证码为%s，5分钟内有效，请勿泄露" % rand_digits(6, "4"))
    add("price with grouping", "新款MacBook Pro 顶配 ¥27,999，教育优惠再减1,500")
    add("QQ number", "加我QQ %s 发你资料" % rand_digits(9, "8"))
    add("wechat id without phone", "加我微信 xiaoyu_%s，备注来意" % rand_digits(4, "2"))
    add("file names with @", "设计稿切图放群里了：icon_home@2x.png、icon_home@3x.png，记得都用上")
    add("weibo @mentions", "@人民日报 @央视新闻 我们村的路修了三年还没修好，求关注")
    add("git command with @", "git clone 完记得 npm i && npm run build，然后 ssh root@test-server 看日志")
    add("@someone in work group", "@王经理 @财务-小刘 报销单已提交，请审批")
    add("talk about secrecy rules", "今天单位开保密教育会，讲了不要用微信传工作文件，不要把涉密电脑连互联网，感觉挺有必要")
    add("family 秘方", "我奶奶的红烧肉秘方：冰糖炒糖色，加一勺黄酒，小火炖一个半小时，不外传哈哈")
    add("secret in casual sense", "这是我和我闺蜜之间的秘密，你们猜不到的🤫")
    add("商业机密 joke", "问我们老板工资多少？那可是商业机密😂")
    add("book title 秘密花园", "最近在给孩子读《秘密花园》，比想象中好看")
    add("movie title with 绝密", "周末看了部老片子《绝密飞行》，特效放现在也不错")
    add("five-star rating", "★★★★★ 五星好评！质保10年，用了两年没毛病")
    add("star rating with years", "这家店开了20年了★★★★☆，老味道")
    add("内部 as inside", "房子内部装修还没完工，下个月才能住")
    add("内推", "字节内推，有需要的同学私聊我，不收费")
    add("内部员工价", "我们公司内部员工价买的，比官网便宜三百")
    add("不得外带", "景区规定：不得外带食物和饮料入内，门口有存包处")
    add("注意保存 receipt", "发票请注意保存，三个月内可以凭发票退换")
    add("资料 shared publicly", "考研英语资料整理好了，网盘链接在评论区，免费分享，欢迎转发")
    add("date with 号", "2023年12号那天我们去的，对吧？不对，是12月12号")
    add("metro line and building number", "坐10号线到国贸，出来往东走，2号楼3单元")
    add("ICP record number", "网站底部备案号写的是京ICP备%s号-1，应该是正规网站" % rand_digits(8, "1"))
    add("public security filing number", "京公网安备 1101050%s号 这个能查到吗" % rand_digits(7, "2"))
    add("car plate", "粤B·%s 这辆车天天占消防通道，物业也不管" % rand_digits(5, "3"))
    add("typhoon number", "今年第12号台风“贝碧嘉”明天登陆，大家注意安全")
    add("天网 alone", "天网恢恢，疏而不漏，逃了十年还是被抓了")
    add("天网监控 generic", "小区门口装了天网摄像头，治安好多了")
    add("星火计划 real public programme", "我爸年轻时参加过星火计划的培训，学了种蘑菇")
    add("星星之火", "星星之火，可以燎原。今天的党课讲得很好")
    add("金盾出版社", "这本《果树栽培》是金盾出版社的，老版本了")
    add("蓝盾 brand", "蓝盾杯网络安全大赛报名开始了，学校组队参加吗")
    add("XK model number for a keyboard", "入了个XK-87机械键盘，青轴，打字手感不错")
    add("ISBN", "书号ISBN 978-7-5086-%s-%s，在当当能买到" % (rand_digits(4, "4"), rng.choice("0123456789")))
    add("stock code", "今天600519又跌了，茅台也扛不住了")
    add("student number", "我学号2021%s，帮我签个到" % rand_digits(6, "1"))
    add("room and ticket numbers", "G1234次 05车 12F，北京南-上海虹桥，到了叫我")
    add("years in history chat", "1949年10月1日开国大典，2021年建党一百周年，时间过得真快")
    add("masked mobile", "快递单上电话显示138****5678，联系不上收件人")
    add("masked ID card", "身份证号显示为1101**********1234，这种打码安全吗")
    add("masked bank card", "尾号%s的储蓄卡到账5000元" % rand_digits(4, "6"))
    add("public holiday notice", "根据国务院办公厅通知，元旦放假1天，不调休")
    add("documents talked about without number", "单位转发了省里的文件，说今年公务员体检标准有调整")
    add("party study post", "学习贯彻党的二十大精神，坚定理想信念，做合格党员💪")
    add("meeting time", "明天上午9:30在二楼会议室开支部委员会，请准时参加")
    add("weight and height", "身高178cm，体重138斤，减肥目标120斤")
    add("lottery numbers", "双色球 03 08 13 21 27 31 + 09，又没中")
    add("wifi password", "WiFi：CMCC-8F2A 密码 88886666")
    add("hex color codes", "主色用#1E88E5，辅助色#FFC107")
    add("coordinates", "坐标：北纬39.9042，东经116.4074，就在天安门附近")
    add("URL with @ in path", "视频链接：https://www.bilibili.com/video/BV1xx411c7mD?share=@wx 打开看看")
    add("email talk without address", "邮件我已经发了，你查下收件箱，没有的话看看垃圾箱")
    add("secret level concepts explained", "保密法里国家秘密的密级分为绝密、机密、秘密三级，这个考试常考")
    add("spy drama discussion", "《潜伏》里余则成偷机密文件那段太紧张了，孙红雷演得真好")
    add("password manager talk", "密码别都设成一样的，建议用密码管理器")
    add("exam over, paper discussion", "高考数学卷今天公开了，第12题难哭了😭")
    add("bank branch phone in public", "工行朝阳支行营业时间9:00-17:00，节假日照常营业")
    add("internal organs", "体检报告说我内脏脂肪有点高，医生让多运动")
    add("document format discussion", "公文格式里发文字号放在红头下面居中，这个考公申论会考")
    add("内部 in a game", "游戏内部测试服今天开了，有激活码的吗")
    add("内部矛盾", "这是人民内部矛盾，坐下来好好谈就能解决")
    add("numbers with 号 in shoe size", "这双鞋我穿42号，你穿多少号？")
    add("amount in capitals on a receipt", "收据上写：人民币壹万贰仟元整（¥12,000.00）")
    add("Chinese digits for a date", "二〇二四年三月十五日，天气晴")
    add("long random hash", "sha256: 3f7a9c0e5b1d4f6a8c2e0b9d7f5a3c1e 校验通过")
    add("flight number and seat", "CA1515 今晚21:05起飞，登机口C28")
    add("bank card count talk", "我有六张银行卡，工资卡是招行的，其他都不怎么用")
    add("talk about passports", "护照办好了，出入境大厅排了两个小时队，记得带身份证原件")
    add("talk about ID card loss", "身份证丢了，去派出所补办要一个月，临时身份证当天能拿")
    add("company name without code", "%s的年会在下周五，地点还没定" % rng.choice(COMPANIES))
    add("postal code and address", "邮编100020，北京市朝阳区建国路88号")
    add("scoring numbers", "这次考试总分638，全市排名第1359名")
    add("bus route", "坐特8路到终点站，再转运通113")
    add("invoice number (not tax id)", "发票号码%s，发票代码0110%s，财务说要填这两个" % (rand_digits(8, "2"), rand_digits(8, "2")))
    add("express pickup code", "取件码 8-3-2045，菜鸟驿站")
    add("网盘 extraction code", "链接：pan.baidu.com/s/1aBcD 提取码：x7k9")
    add("version number", "升级到v3.10.12以后就闪退，回退到v3.9也不行")
    add("medical record number", "住院号%s，3床，明天手术" % rand_digits(7, "2"))
    add("product serial", "保修卡上的序列号 C02XK9ZPJGH5，苹果官网查的在保")
    add("birthday", "我生日是1995年8月17日，处女座")
    add("phone number-like 12 digits", "宽带账号 0755%s，密码忘了" % rand_digits(8, "2"))
    add("10-digit number", "会员卡号%s，积分能抵现吗" % rand_digits(10, "8"))
    add("red-headed document style talk", "我们科长写材料有强迫症，标点符号全要用全角，括号必须用六角括号")
    add("secret santa", "公司年会玩秘密圣诞老人，我抽到了老板😂")
    add("机密 in game", "《使命召唤》里的机密档案任务怎么过啊")
    add("内部资料-like but public textbook", "新华书店买的《公务员考试资料》，公开出版物，可以放心用")
    add("dictionary-like words not in list", "我们在做智慧城市平台，下一期是政务云迁移")
    add("XK-series without 9", "XK-3 型号的配件还有货吗")
    add("天网 in a novel", "《天网》这部小说写的是黑客，挺好看的")
    add("金盾 generic", "公安金盾工程是公开报道过的，新闻联播都播过")
    add("星火 app", "星火英语的单词书还不错")
    add("order number with letters", "拼多多订单号 240512-%s" % rand_digits(15, "3"))
    add("price table", "白菜 1.5元/斤\n猪肉 16.8元/斤\n鸡蛋 5.2元/斤")
    add("year and number in sports", "2024年巴黎奥运会，中国队拿了40枚金牌")
    add("keycap emoji numbers not phone", "今日打卡 1️⃣跑步 2️⃣背单词 3️⃣早睡")
    add("Chinese number reading of time", "下午三点一刻在老地方见")
    add("party fee amount", "本月党费交了62.5元，支部书记已确认")
    add("secret ballot", "支部选举采用无记名投票，秘密写票")
    add("保密 contract talk", "入职签了保密协议，具体项目不能说，理解一下")
    add("social security number not ID", "社保电脑号%s，和身份证号不一样" % rand_digits(9, "6"))
    add("landline listing", "急救120，火警119，报警110，交通事故122")
    add("big number money", "今年GDP增长5.2%，总量突破126万亿元")
    add("phone model", "小米14 Ultra 16+512，二手3999出")
    add("train 12306", "12306又崩了，抢票太难了")
    add("ID discussion of format only", "身份证最后一位是校验码，所以有的人是X结尾")
    return out


# ---------------------------------------------------------------- long documents

def fmt_form_for(i):
    return ["plain", "formatted", "evasive"][i % 3]


def fill(tpl, slots, extra):
    return tpl.format(*slots, **extra)


def extras():
    return {"n": name(), "n2": name(), "n3": name(), "c": rng.choice(COMPANIES),
            "sn": rng.choice(SURN), "b": rng.choice(BANKS)[2],
            "d": rng.randint(1, 28), "mo": rng.randint(1, 12), "y": rng.choice([2023, 2024, 2025])}


def ocr_noise(text, rate=0.3):
    """Cheap OCR damage: look-alike swaps, dropped spaces, stray breaks and dots."""
    swaps = {"0": "O", "1": "l", "5": "S", "8": "B", "日": "曰", "己": "已", "未": "末",
             "人": "入", "干": "千", "：": ":", "，": ",", "。": ".", "土": "士", "天": "夭",
             "部": "郜", "料": "科", "★": "*", "〔": "[", "〕": "]", "号": "弓", "密": "蜜",
             "传": "侍", "资": "贤", "期": "斯", "盾": "质"}
    out = []
    for c in text:
        r = rng.random()
        if c in swaps and r < rate:
            out.append(swaps[c])
        elif c == " " and r < 0.5:
            continue
        elif c not in "\n" and r > 0.992:
            out.append(c + rng.choice(["\n", "·", " ", "丨"]))
        else:
            out.append(c)
    return "".join(out)


def long_docs():
    docs = []

    def D(kinds, form, desc, text):
        docs.append((tuple(kinds), form + " " + desc, text))

    # 1 red-head notice with classification, doc number, contact
    for form in ["plain", "formatted", "evasive"]:
        cl = r_class(*gen_classmark(), form)[0]
        dn = r_docnum(*gen_docnum(), form)[0]
        mob = r_mobile(gen_mobile(), "plain" if form == "evasive" else form)[0]
        e = extras()
        D([CL, DN, M], form, "red-head notice: marking, document number, contact mobile",
          """%s
中共XX市委办公室文件
%s
关于开展%d年度重点工作督查的通知

各区县委，市委各部委，市级国家机关各部门党组（党委）：
为确保全年目标任务如期完成，经市委同意，决定于%d月中旬开展年度重点工作督查。现将有关事项通知如下：
一、督查范围。各区县、市级各部门年度重点任务清单所列事项。
二、督查方式。采取听取汇报、查阅资料、实地察看、个别访谈相结合的方式进行。
三、工作要求。各单位要高度重视，如实提供有关材料，不得弄虚作假。
联系人：%s，联系电话：%s

中共XX市委办公室
%d年%d月%d日""" % (cl, dn, e["y"], e["mo"], e["n"], mob, e["y"], e["mo"], e["d"]))

    # 2 meeting minutes with internal mark and dictionary project
    for form in ["plain", "formatted", "evasive"]:
        im = r_internal(rng.choice(INTERNAL), form)[0]
        di = r_dict(rng.choice(DICT), form)[0]
        e = extras()
        D([IN, DI], form, "meeting minutes: internal mark and project name",
          """%s
会议纪要
时间：%d年%d月%d日 14:30
地点：信息中心三楼会议室
主持：%s
参会：%s、%s、技术部全体
一、%s进展情况
%s汇报：接口联调完成80%%，剩余数据迁移工作预计下周完成。存在问题：部分区县数据格式不统一。
二、下一步安排
1.技术部牵头，周三前形成数据清洗方案；
2.各区县联络员于本周五前报送数据字典；
3.下次例会时间另行通知。
记录：%s""" % (im, e["y"], e["mo"], e["d"], e["n"], e["n2"], e["n3"], di, e["n2"], name()))

    # 3 registration form pasted as table (ID, mobile, bank card)
    for form in ["plain", "formatted", "evasive"]:
        rows = []
        for _ in range(3):
            rows.append("%s\t%s\t%s\t%s" % (name(), r_id(gen_id(), form)[0], r_mobile(gen_mobile(), form)[0],
                                             r_card(gen_card()[0], form)[0]))
        D([ID, M, BC], form, "pasted spreadsheet of subsidy recipients (tab separated)",
          "2024年度困难党员慰问金发放名单\n姓名\t身份证号\t联系电话\t银行卡号\n" + "\n".join(rows) +
          "\n经办人：%s   审核人：%s" % (name(), name()))

    # 4 OCR'd photo of a classified cover page
    for k in range(3):
        lvl, per = gen_classmark()
        iss, y, n = gen_docnum()
        im = rng.choice(["内部资料 注意保存", "此件不予公开", "不得外传"])
        raw = "%s★%s\n%s〔%d〕%d号\n%s\n关于XX专项行动实施方案的请示\n市委：\n    为深入贯彻落实上级部署要求，结合我市实际，拟开展为期三个月的专项行动。现将方案报上，妥否，请批示。\n附件：专项行动实施方案" % (lvl, per, iss, y, n, im)
        D([CL, DN, IN], "evasive", "OCR'd photo of a document cover with recognition errors",
          "[图片识别结果]\n" + ocr_noise(raw))

    # 4b OCR'd photo of a filled-in registration form (ID, mobile)
    for k in range(2):
        e = extras()
        raw = ("入党积极分子登记表\n姓名 %s  性别 %s  出生年月 %d.%02d\n身份证号 %s\n"
               "联系电话 %s\n工作单位 %s\n培养联系人 %s\n支部意见 同意列为入党积极分子"
               % (e["n"], rng.choice("男女"), rng.randint(1985, 2002), e["mo"], gen_id(), gen_mobile(),
                  e["c"], e["n2"]))
        D([ID, M], "evasive", "OCR'd photo of a filled-in party form with recognition errors",
          "[图片转文字]\n" + ocr_noise(raw))

    # 4c OCR'd minutes page with internal mark and project name
    for k in range(2):
        e = extras()
        raw = ("%s\n%s推进会议纪要\n%d年%d月%d日，%s主持召开专题会议，研究%s下一阶段工作。"
               "会议指出，要按时间节点完成系统部署，严格落实安全保密要求。\n参加：%s、%s"
               % (rng.choice(["内部资料 注意保存", "内部传阅", "内部资料 不得外传"]), rng.choice(DICT[:3] + DICT[4:]),
                  e["y"], e["mo"], e["d"], e["n"], "项目", e["n2"], e["n3"]))
        D([IN, DI], "evasive", "OCR'd photo of minutes with recognition errors",
          "[扫描件OCR]\n" + ocr_noise(raw))

    # 5 work plan mentioning projects and doc numbers
    for form in ["plain", "formatted", "evasive"]:
        dn = r_docnum(*gen_docnum(), form)[0]
        di1 = r_dict("金盾三期", form)[0]
        di2 = r_dict("星火政务平台", form)[0]
        D([DN, DI], form, "annual work plan citing a document and two projects",
          """2025年信息化工作计划（征求意见稿）
一、指导思想
以习近平新时代中国特色社会主义思想为指导，按照%s文件要求，推进数字政府建设。
二、重点任务
（一）完成%s系统扩容，年底前实现全市覆盖；
（二）推进%s与各区县业务系统对接，6月底前完成首批20个事项上线；
（三）加强网络安全防护，每季度开展一次渗透测试。
三、保障措施
加强组织领导，落实经费保障，强化考核督办。""" % (dn, di1, di2))

    # 6 supplier registration form with USCC, email, mobile, bank account
    for form in ["plain", "formatted", "evasive"]:
        e = extras()
        card, e["b"] = gen_card()
        D([US, EM, M, BC], form, "supplier registration form pasted from Word",
          """供应商信息登记表
单位名称：%s
统一社会信用代码：%s
法定代表人：%s
联系人：%s    手机：%s
电子邮箱：%s
开户银行：%s%s支行
银行账号：%s
注册地址：%s
（以上信息真实有效，如有虚假愿承担相应责任）""" % (e["c"], r_uscc(gen_uscc(), form)[0], e["n"], e["n2"],
                         r_mobile(gen_mobile(), form)[0], r_email(gen_email(), form)[0],
                         e["b"], rng.choice(["中关村", "望京", "科技园", "高新区", "江北"]),
                         r_card(card, form)[0], rng.choice(REGIONS)[1] + "建设路%d号" % rng.randint(1, 300)))

    # 7 delegation list for an overseas visit (passport, ID, mobile)
    for form in ["plain", "formatted", "evasive"]:
        lines = []
        for i in range(3):
            lines.append("%d. %s  %s  护照号：%s  身份证：%s" % (
                i + 1, name(), rng.choice(["处长", "副主任", "科员", "工程师"]),
                r_passport(gen_passport(), form)[0], r_id(gen_id(), form)[0]))
        D([PP, ID], form, "delegation list for an overseas visit",
          "关于组团赴新加坡考察学习的请示（附件2）\n出访人员名单\n" + "\n".join(lines) +
          "\n团长负责出访期间安全保密教育。")

    # 8 chat transcript pasted as a document (mixed)
    for form in ["plain", "formatted", "evasive"]:
        e = extras()
        D([IN, EM, DI], form, "pasted work-chat transcript",
          """%s 10:02
这次%s的汇报材料发一下
%s 10:05
在群文件，%s，别转出去
%s 10:06
收到，我外网邮箱%s，能发这里吗
%s 10:07
不行，走内网""" % (e["n"], r_dict(rng.choice(DICT), form)[0], e["n2"], r_internal(rng.choice(INTERNAL), form)[0],
                  e["n"], r_email(gen_email(), form)[0], e["n2"]))

    # 9 exam paper header (classification 启用前) + internal
    for form in ["plain", "formatted", "evasive"]:
        cl = r_class("绝密", "启用前", form)[0]
        D([CL], form, "exam paper header typed out",
          """%s
%d年XX市初中学业水平考试
数学试题
注意事项：
1.本试卷共6页，满分120分，考试时间120分钟。
2.答卷前，考生务必将自己的姓名、准考证号填写在答题卡上。
3.考试结束后，将本试卷和答题卡一并交回。""" % (cl, rng.choice([2024, 2025])))

    # 10 personal resume with mobile, email, ID
    for form in ["plain", "formatted", "evasive"]:
        e = extras()
        D([M, EM, ID], form, "resume text pasted into a job forum",
          """个人简历
姓名：%s    性别：男    民族：汉
政治面貌：中共党员
身份证号：%s
手机：%s
邮箱：%s
教育经历：2014.09-2018.06 XX大学 计算机科学与技术 本科
工作经历：2018.07-至今 %s 软件工程师
自我评价：踏实肯干，有较强的学习能力和团队协作精神。""" % (e["n"], r_id(gen_id(), form)[0], r_mobile(gen_mobile(), form)[0],
                                      r_email(gen_email(), form)[0], e["c"]))

    # ---- long negatives
    negs = [
        ("public notice with landline and 此件公开发布", """XX市人民政府办公室关于做好2025年春节假期有关工作的通知
各区人民政府，市政府各委、办、局：
春节将至，为确保广大群众度过一个欢乐祥和的节日，现就有关事项通知如下：
一、做好节日市场供应，确保米面油肉蛋菜等生活必需品供应充足、价格稳定。
二、加强安全生产，开展消防安全隐患排查。
三、严格值班值守，值班电话：0571-8725%04d。
（此件公开发布）""" % rng.randint(1000, 9999)),
        ("community notice with landline and 12345", """【XX社区温馨提示】
各位居民朋友：
本周六（3月15日）上午9:00-11:30，社区将在1号楼前广场开展义诊活动，提供量血压、测血糖等服务。
另：小区东门道路维修，请车辆从西门出入。
如有问题请拨打社区服务电话 028-8666%04d 或12345热线。
XX社区居委会""" % rng.randint(1000, 9999)),
        ("party branch study minutes without identifiers", """支部主题党日活动记录
时间：2024年11月8日
地点：党员活动室
应到18人，实到16人（2人请假）
内容：
1.集中学习《中国共产党纪律处分条例》第五章；
2.观看警示教育片；
3.开展保密知识测试，题目涉及国家秘密的密级划分、涉密载体管理等；
4.交纳11月党费。
会议要求大家增强保密意识，不在微信等社交软件谈论工作秘密。"""),
        ("company meeting minutes with order numbers", """销售部周例会纪要
一、上周业绩：完成销售额238.6万元，环比增长12%%。
二、重点客户：华东区大客户订单（订单号2024051800327）已发货，物流单号SF1407%08d。
三、内部培训：下周三组织新产品内部培训，地点在公司三楼会议室。
四、其他：请大家及时在系统里更新客户跟进记录。""" % rng.randint(10000000, 99999999)),
        ("product manual excerpt", """产品说明书
型号：XK-200
额定电压：220V~  50Hz
额定功率：1800W
使用注意事项：
1.请勿将本机放置在潮湿环境中；
2.使用完毕请及时拔下电源插头；
3.保修期内凭购机发票免费维修，发票请注意保存。
售后服务热线：400-888-%04d""" % rng.randint(1000, 9999)),
        ("recipe post with 秘方", """【祖传秘方】卤牛肉做法
材料：牛腱子2斤、八角3个、桂皮1块、香叶5片、干辣椒10个、冰糖20克、生抽3勺、老抽1勺
步骤：
1.牛腱子冷水下锅焯水，撇去浮沫；
2.锅里放油炒糖色，下香料炒香；
3.加开水没过牛肉，小火卤90分钟，关火浸泡一夜。
秘诀就是浸泡！别外传哈😄"""),
        ("policy explainer quoting law text", """《中华人民共和国保守国家秘密法》学习要点
第十三条 国家秘密的密级分为绝密、机密、秘密三级。
绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；
机密级国家秘密是重要的国家秘密，泄露会使国家安全和利益遭受严重的损害；
秘密级国家秘密是一般的国家秘密，泄露会使国家安全和利益遭受损害。
（以上为法律原文公开内容，供学习参考）"""),
        ("train schedule table", """车次\t出发\t到达\t历时
G101\t06:36\t12:40\t6:04
G1\t07:00\t11:29\t4:29
G105\t07:17\t13:03\t5:46
备注：以12306实际为准"""),
        ("school notice with class numbers", """致家长的一封信
尊敬的各位家长：
我校定于2025年1月18日（周六）上午9:00召开期末家长会，请各位家长准时到孩子所在班级参加（初二3班在3号楼205室）。
请家长不要在校门口停车，可停放在学校东侧的临时停车场。
XX中学
2025年1月10日"""),
        ("tech forum post with email-like file names and version numbers", """求助：iOS切图问题
设计给的图是 banner@2x.png 和 banner@3x.png，放进Assets以后在iPhone 15上显示模糊。
Xcode 15.4，iOS 17.5，试过清缓存没用。
日志：2024-06-12 14:30:22.318 [warn] image scale mismatch
有大佬遇到过吗？"""),
        ("news repost about 天网 and 金盾 public coverage", """【转】公安部介绍近年来信息化建设成效
记者从公安部获悉，经过多年建设，公安信息化水平显著提升，“金盾工程”建设成果已广泛应用于打击犯罪。各地“天网”视频监控系统在破案中发挥了重要作用。
（来源：新华社 2024年8月）"""),
        ("receipt OCR", """[图片识别结果]
XX超市 购物小票
流水号:0O1245678
日期:2024-O3-15 18:22
苹果 1.86kg x 9.9 = 18.41
牛奶 2 x 12.5 = 25.00
合计: 43.41
会员卡号:****5521
谢谢惠顾"""),
        ("work plan without sensitive items", """2025年度支部工作计划
一、加强政治理论学习，每月开展一次集中学习；
二、落实“三会一课”制度，按时召开支部党员大会、支委会和党小组会；
三、开展“我为群众办实事”实践活动，全年不少于4次；
四、规范党费收缴，每季度公示一次；
五、做好发展党员工作，今年计划发展1名。"""),
    ]
    for desc, text in negs:
        docs.append(((), "negative " + desc, text))
    return docs


# ---------------------------------------------------------------- assemble

def short_positive_cases():
    cases = []
    forms = ["plain", "formatted", "evasive"]
    fi = 0
    for kind in ORDER:
        tpls = T[kind]
        # about 21 cases per kind: cycle templates and forms
        count = 24
        for k in range(count):
            tdesc, tpl = tpls[k % len(tpls)]
            form = forms[fi % 3]
            fi += 1
            text, how = slot(kind, form)
            e = extras()
            e["b"] = LAST_BANK[0]
            cases.append(((kind,), "%s %s: %s" % (form, tdesc, how), fill(tpl, [text], e)))
        # shift so different templates get different forms next round
        fi += 1
    for rep in range(3):
        for mi, (kinds, tdesc, tpl) in enumerate(MULTI):
            form = forms[(mi + rep) % 3]
            slots, hows = [], []
            for kk, kind in enumerate(kinds):
                # in evasive cases only one slot is evasive, others formatted/plain
                f = form if (form != "evasive" or kk == rep % len(kinds)) else rng.choice(["plain", "formatted"])
                t, h = slot(kind, f)
                slots.append(t)
                hows.append(h)
            e = extras()
            ids = sorted(kinds, key=ORDER.index)
            cases.append((tuple(ids), "%s %s: %s" % (form, tdesc, "; ".join(hows)), fill(tpl, slots, e)))
    return cases


# ---------------------------------------------------------------- honesty checks

RE_MOB = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
RE_DIG = re.compile(r"\d{15,19}")
RE_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
RE_US = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{18}(?![0-9A-Z])")
RE_EM = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
RE_PP = re.compile(r"(?<![A-Za-z0-9])(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|P\d{7})(?!\d)")
RE_CL = re.compile(r"(绝密|机密|秘密)\s*[★☆*]")
RE_DN = re.compile(r"[〔\[（(【]\s*(19|20)\d\d\s*[〕\]）)】]\s*\d+\s*号")
IN_WORDS = ["内部资料", "内部文件", "不得外传", "不予公开", "内部传阅", "请勿外传", "内部参阅", "内部发行", "严禁外传", "此件不公开"]


def detect_plain(text):
    found = set()
    t = text.replace(" ", "") if False else text
    if RE_MOB.search(t):
        found.add(M)
    for m in RE_ID.finditer(t):
        if id_ok(m.group().upper()):
            found.add(ID)
    for m in RE_DIG.finditer(t):
        s = m.group()
        if 16 <= len(s) <= 19 and luhn_ok(s) and s[:2] in ("62", "43"):
            found.add(BC)
    for m in RE_US.finditer(t):
        if uscc_ok(m.group()):
            found.add(US)
    if RE_EM.search(t):
        found.add(EM)
    if RE_PP.search(t):
        found.add(PP)
    if RE_CL.search(t):
        found.add(CL)
    if RE_DN.search(t):
        found.add(DN)
    if any(w in t for w in IN_WORDS):
        found.add(IN)
    if any(w in t for w in DICT):
        found.add(DI)
    return found


def esc(text):
    out = []
    for c in text:
        if c in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0":
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def main():
    short_pos = short_positive_cases()
    short_neg = neg_cases()
    docs = long_docs()
    allc = short_pos + short_neg + docs
    order = list(range(len(allc)))
    rng.shuffle(order)
    allc = [allc[i] for i in order]

    problems = []
    for ids, note, text in allc:
        found = detect_plain(text)
        extra = found - set(ids)
        # the intended near-miss: file name icon@2x.png looks like an address to a regex
        if extra and not (extra == {EM} and re.search(r"@[23]x\.png", text) and not re.search(r"@[a-z0-9-]+\.(com|cn)", text)):
            problems.append((sorted(extra), note, text))
        for line in text.split("\n"):
            if line.startswith("===") or line.startswith("#"):
                problems.append((["bad line start"], note, text))
        assert (not ids) == note.startswith("negative"), note
    if problems:
        for p in problems:
            print("UNLABELLED?", p[0], "|", p[1], "|", p[2][:200].replace("\n", " / "))
        raise SystemExit(1)

    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "blind4.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind4: independent held-out evaluation set for the self-check tool.\n")
        f.write("# Written blind by a helper session that read none of the project's src/, docs/,\n")
        f.write("# tests/, bench/, issues or design notes -- only the brief listing the kinds.\n")
        f.write("# Generated by gen_heldout4.py (Python 3, random.Random(%d)); identifiers are fake,\n" % SEED)
        f.write("# with check characters computed (MOD 11-2, Luhn, GB 11714 + GB 32100).\n")
        f.write("# \\uXXXX in a case stands for an invisible code point (zero-width space etc.).\n")
        for ids, note, text in allc:
            f.write("=== %s -- %s\n" % (" ".join(ids) if ids else "none", note))
            f.write(esc(text).rstrip("\n") + "\n")

    from collections import Counter
    per_id, per_form = Counter(), Counter()
    for ids, note, text in allc:
        for i in (ids or ("none",)):
            per_id[i] += 1
        per_form[note.split()[0]] += 1
    print("cases:", len(allc), "docs:", len(docs), "negatives:", sum(1 for c in allc if not c[0]))
    for k in ORDER + ["none"]:
        print("  %-28s %d" % (k, per_id[k]))
    for k in ["plain", "formatted", "evasive", "negative"]:
        print("  %-10s %d" % (k, per_form[k]))


if __name__ == "__main__":
    main()
