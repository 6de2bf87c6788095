#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_heldout7.py - writes blind7.txt, a held-out evaluation set (round 7) for the
"check before you post" tool.  Setting: a fictitious county (青溪县) office and its staff.

All identifiers are fake but valid: resident ID (GB 11643 MOD 11-2 + real birth date),
bank cards (Luhn), unified social credit codes (GB 32100, org part with GB 11714 check),
mobiles (real 13x-19x prefixes), passports (E/G + 8 digits, EA.. + 7 digits).

usage:  python3 gen_heldout7.py            # write blind7.txt next to this file and check it
        python3 gen_heldout7.py --check    # only parse/check an existing blind7.txt
"""
import datetime
import os
import random
import re
import sys

SEED = 20250311          # different from the previous round's seed
R = random.Random(SEED)

# ---------------------------------------------------------------- identifiers
REGIONS = ["330727", "411523", "130124", "360730", "522425", "420526", "610727", "341322",
           "510824", "431226", "370827", "450127", "140723", "621121", "230621", "350824",
           "440882", "530324", "150426", "320924", "210922", "362428", "433127", "511922"]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def id_valid(s):
    s = s.upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not 1900 <= int(s[6:10]) <= 2025:
        return False
    return id_check(s[:17]) == s[17]


def _idn(want_x=None, year=None, female=None):
    """a valid 18-character resident ID number"""
    while True:
        y = year or R.randint(1958, 2004)
        d = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randint(0, 364))
        seq = R.randint(1, 999)
        if female is not None and (seq % 2 == 0) != female:
            continue
        s17 = R.choice(REGIONS) + d.strftime("%Y%m%d") + "%03d" % seq
        c = id_check(s17)
        if want_x is None or (c == "X") == want_x:
            return s17 + c


def bad_id():
    """18 digits that look like an ID but fail the check digit"""
    s = _idn(want_x=False)
    wrong = [c for c in "0123456789" if c != s[17]]
    return s[:17] + R.choice(wrong)


def bad_date_id():
    """ID-like number whose birth date does not exist (Feb 30 / month 13); check digit computed anyway"""
    y = R.randint(1970, 1999)
    md = R.choice(["0230", "1332", "0431", "0229" if y % 4 else "0230", "0015"])
    s17 = R.choice(REGIONS) + str(y) + md + "%03d" % R.randint(1, 999)
    return s17 + id_check(s17)


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


CARD_BINS = [("622202", 19), ("621700", 19), ("622848", 19), ("621661", 19), ("622262", 19),
             ("622588", 16), ("621799", 19), ("623059", 19), ("622908", 18), ("625965", 16),
             ("621226", 19), ("622609", 17), ("628288", 16), ("621483", 16)]


def _card(n=None, bin_=None):
    b, ln = R.choice(CARD_BINS)
    if bin_:
        b = bin_
    if n:
        ln = n
    body = b + "".join(R.choice("0123456789") for _ in range(ln - len(b) - 1))
    return body + luhn_digit(body)


def bad_card(n=19):
    c = _card(n)
    return c[:-1] + str((int(c[-1]) + R.randint(1, 9)) % 10)


MOB_PREFIX = ["134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
              "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133",
              "153", "180", "181", "189", "177", "199", "166", "198", "191", "195", "173", "176",
              "147", "178", "193", "175", "190", "196"]


def _mob():
    return R.choice(MOB_PREFIX) + "".join(R.choice("0123456789") for _ in range(8))


def mob_valid(s):
    return re.fullmatch(r"1[3-9]\d{9}", s) is not None


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(s8):
    v = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(v(a) * w for a, w in zip(s8, ORG_W)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc_check(s17):
    c = 31 - sum(USCC_CH.index(a) * w for a, w in zip(s17, USCC_W)) % 31
    return USCC_CH[0 if c == 31 else c]


def uscc_valid(s):
    s = s.upper()
    if len(s) != 18 or any(ch not in USCC_CH for ch in s):
        return False
    return uscc_check(s[:17]) == s[17]


def _uscc(kind=None):
    """valid unified social credit code; kind: company(91), individual(92), gov organ(11),
    public institution(12), social org(51/52), village committee(N?) -> keep to common ones"""
    kind = kind or R.choice(["91", "91", "91", "92", "11", "12", "52", "93"])
    while True:
        if kind in ("91", "92", "93") and R.random() < 0.6:
            org8 = "MA" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            org8 = "".join(R.choice("0123456789") for _ in range(8))
        org9 = org8 + org_check(org8)
        s17 = kind + R.choice(REGIONS) + org9
        if all(ch in USCC_CH for ch in s17):
            return s17 + uscc_check(s17)


def bad_uscc():
    s = _uscc("91")
    wrong = [c for c in USCC_CH if c != s[17]]
    return s[:17] + R.choice(wrong)


def _pp(kind=None):
    kind = kind or R.choice(["E", "E", "E", "G", "EA", "EB", "EC", "ED", "EE"])
    n = 8 if len(kind) == 1 else 7
    first = R.choice("123456789")
    return kind + first + "".join(R.choice("0123456789") for _ in range(n - 1))


def pp_valid(s):
    return re.fullmatch(r"(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7})", s) is not None


# ---------------------------------------------------------------- writing forms
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-+"}
CN_LOW = dict(zip("0123456789", "〇一二三四五六七八九"))
CN_LING = dict(zip("0123456789", "零一二三四五六七八九"))
CN_DA = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))


def fw(s):
    return "".join(FW.get(c, c) for c in s)


def cn(s, style="low", yao=False):
    table = {"low": CN_LOW, "ling": CN_LING, "da": CN_DA}[style]
    out = "".join(table.get(c, c) for c in s)
    if yao:
        out = out.replace("一", "幺")
    return out


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def each(s, sep=" "):
    return sep.join(s)


def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def m344(s, sep=" "):
    return grp(s, [3, 4, 4], sep)


def homo(s):
    """digits written with look-alike letters a colleague still reads"""
    return s.replace("0", "O").replace("1", "l")


def bad_mob_masked(m):
    return m[:3] + "****" + m[7:]


ZW = "\u200b"


# ---------------------------------------------------------------- recording wrappers
_CUR = []   # identifiers generated for the case being built: (label, value)


def idn(*a, **k):
    v = _idn(*a, **k)
    _CUR.append(("pii.cn_resident_id", v))
    return v


def card(*a, **k):
    v = _card(*a, **k)
    _CUR.append(("pii.bank_card", v))
    return v


def uscc(*a, **k):
    v = _uscc(*a, **k)
    _CUR.append(("pii.cn_uscc", v))
    return v


def pp(*a, **k):
    v = _pp(*a, **k)
    _CUR.append(("pii.cn_passport", v))
    return v


def mob(*a, **k):
    v = _mob(*a, **k)
    _CUR.append(("pii.cn_mobile", v))
    return v

# ---------------------------------------------------------------- case registry
CASES = []
ORDER = ["pii.cn_resident_id", "pii.cn_mobile", "pii.bank_card", "pii.cn_uscc", "pii.cn_passport",
         "pii.email", "secret.classification_mark", "secret.internal_mark", "secret.document_number",
         "org.dictionary", "none"]
FORMS = ["plain", "formatted", "evasive", "negative"]


def C(labels, form, desc, text):
    labs = labels.split()
    assert all(l in ORDER for l in labs), labels
    assert form in FORMS, form
    assert (form == "negative") == (labs == ["none"]), (labels, form)
    text = text.strip("\n")
    assert text.strip(), desc
    ids = list(_CUR)
    _CUR.clear()
    made = {k for k, _ in ids}
    # every generated identifier kind is labelled, every labelled pii kind (but e-mail) was generated
    assert made <= set(labs), (desc, made, labs)
    for l in labs:
        if l.startswith("pii.") and l != "pii.email":
            assert l in made, (desc, l)
    CASES.append((sorted(set(labs), key=ORDER.index), form, desc, text, ids))


def _badlong(prefix, n):
    while True:
        s = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix)))
        if not luhn_ok(s):
            return s


def _id17_not_card():
    """an ID with its last character dropped, and not accidentally a Luhn-valid 17-digit card"""
    while True:
        s = _idn()[:17]
        if not luhn_ok(s):
            return s


def N(desc, text):
    C("none", "negative", desc, text)


def _oid(prefix, n):
    return prefix + "".join(R.choice("0123456789") for _ in range(n))


# ================================================================ negatives / near misses
N("order number in a 12345 complaint",
  f"我在县城步行街那家家电店买的空调，订单号{_badlong('240312', 18)}，装了三天就不制冷，打了五次电话没人管，请12345帮忙协调。")
N("express tracking number in work group",
  f"各村报送的台账原件已寄出，顺丰单号SF{_oid('', 13)}，请县档案馆的同志注意查收。")
N("public hotline numbers",
  "反映问题可以拨打12345政务服务便民热线，或者县信访局接待电话0576-83012345，工作日8:30-17:00。")
N("landline of township office",
  "石桥乡党政办值班电话：0576-8362 1107（24小时），传真0576-83621108。")
N("masked mobile in a notice of winners",
  "“最美网格员”网络投票结果：第一名 周X芳 138****2719，第二名 陈X 159****0836，奖品下周一到乡镇领取。")
N("student numbers in a roster",
  "暑期社会实践学生名单：林一凡 学号2021213407，郑小雨 学号2022110925，带队老师 县团委 吴老师")
N("timestamp in a DingTalk approval",
  "审批编号：202403151038000123456 已通过，审批时间 2024-03-15 10:38:52，审批人：办公室主任")
N("version string and file name",
  "群文件更新了：青溪县政务服务事项清单_v3.2.17_终稿(2).xlsx，旧版本v3.1.9请大家删掉别再用。")
N("weibo mention not an email",
  "@青溪发布 @青溪县融媒体中心 今天城关镇的桃花开得真好，欢迎大家周末来玩！")
N("novel title with 绝密",
  "最近追完了《绝密使命》，讲的是红军时期交通线的故事，推荐给支部读书会。")
N("game mode 绝密",
  "昨晚三角洲打了一晚上绝密航天，爆了两个大红，今天上班眼睛都睁不开😂")
N("秘密 everyday sense",
  "女儿说要给我准备母亲节礼物，但是“这是秘密”，不肯告诉我是什么，哈哈")
N("公司内部装修",
  "便民服务中心二楼内部装修，3月18日至4月10日暂停窗口服务，业务请到一楼综合窗口办理。")
N("内部招聘公告",
  "县城投集团内部招聘公告已发布在官网“人才招聘”栏目，符合条件的职工请于本月25日前报名。")
N("typhoon number",
  "今年第3号台风“格美”预计周四夜里影响我县，各乡镇防汛责任人请在岗在位。")
N("room and building numbers",
  "会议改到行政中心3号楼502会议室，投影仪已调试好，带好笔记本。")
N("bank card with failing Luhn in a scam warning",
  f"反诈提醒：有人冒充县财政局要求把补贴打到卡号{bad_card(19)}，这是诈骗！不要转账！")
N("ID-like number with wrong check digit",
  f"系统提示“身份证号校验不通过”：{bad_id()}，应该是录入的时候最后一位敲错了，已退回重填。")
N("ID-like number with impossible birth date",
  f"测试数据别往正式库里导：{bad_date_id()}，这条的生日都不存在，明显是造的。")
N("天网 in an idiom",
  "天网恢恢，疏而不漏——县公安局破获一起电信诈骗案，追回群众损失23万元。")
N("星火 in a poem",
  "星星之火，可以燎原。青溪县第一届“星火”青年读书会今晚在图书馆开讲。")
N("金盾 security company",
  "金盾保安服务有限公司的保安今天起换新制服了，门岗登记流程不变。")
N("蓝盾 brand of a water purifier on 闲鱼",
  "闲置出：蓝盾牌净水器滤芯两支，全新未拆，单位发的用不上，自提30元。")
N("product named 机密 on 闲鱼",
  "出一批“机密”牌牛皮纸档案袋，A4大小，100个一捆，办公室搬家清出来的，便宜出。")
N("five-star review",
  "县政务服务中心不动产窗口办事效率高，五星★★★★★好评！")
N("money amounts",
  "2024年县级财政衔接推进乡村振兴补助资金共计3,862.47万元，其中产业发展项目2,105万元。")
N("date ranges",
  "填报时间：2024年4月1日—2024年4月15日，逾期系统自动关闭，不再补录。")
N("12345 work order number",
  "您反映的问题已受理，工单编号QX12345-20240402-00173，承办单位将在5个工作日内答复。")
N("car plate",
  "县政府公务用车浙K·2J537今天下午送检，需要用车的提前联系车队。")
N("plain URL not an email",
  "报名入口：https://www.qingxi.gov.cn/col/col1235/index.html，点“在线申报”就行。")
N("invoice code and number",
  "报销发票要写清楚：发票代码033002300111，发票号码07421856，抬头写全称。")
N("WeChat id not email",
  "有意向参加志愿者的加我微信：qx_zhiyuan2024，备注姓名+村名。")
N("train number G",
  "明天去省厅开会坐G7353次，8:12青溪南站发车，大家别迟到。")
N("engine model EA888 in a car post",
  "小红书：单位同事出二手帕萨特，EA888发动机，一手车，公里数6万多，感兴趣私聊。")
N("XK-7 model number of a drone",
  "应急管理局新配的XK-7型植保无人机今天到了，下周在石桥乡搞演示。")
N("信用代码 wrong check char",
  f"这个统一社会信用代码{bad_uscc()}在国家企业信用信息公示系统查不到，麻烦供应商再核对一下。")
N("保密协议 commercial",
  "跟软件公司签的是普通的商业保密协议，合同条款法务已经看过了，明天可以盖章。")
N("number of people and percentages",
  "截至3月底，全县60周岁以上老年人口11.37万人，占户籍人口的26.8%，比去年提高0.9个百分点。")
N("order number on 小红书 complaint",
  f"在拼多多买的保温杯漏水，订单号240315-{_oid('', 15)}，客服一直踢皮球，气死了！")
N("meeting time and place only",
  "周三下午2:30在县委小会议室召开春耕备耕工作推进会，请各乡镇分管领导参加。")
N("内部 in traffic sense",
  "小区内部道路禁止停车，请业主把车停到地下车库，谢谢配合。")
N("内部审计 department",
  "内部审计科下周开始对2023年度公务接待费用开展自查，请各科室提前整理凭证。")
N("内部矛盾 in mediation news",
  "城关镇调解委员会成功化解一起家庭内部矛盾，兄弟俩握手言和。")
N("祖传秘方不外传",
  "我们村王大爷的草药膏是祖传秘方，从来不外传，去年还上了县电视台。")
N("GB/T standard number",
  "公文格式按GB/T 9704-2012《党政机关公文格式》执行，页边距别自己改。")
N("第N号 in a contest",
  "第12号选手来自县人民医院，演讲题目是《守护生命的最后一公里》。")
N("metro line number",
  "周末去杭州培训，坐地铁5号线到火车东站，再转19号线机场快线。")
N("11 digits not a mobile (starts with 10)",
  "这批物资的资产编号是10240315007，贴在设备背面，盘点时拍照留存。")
N("fax with area code",
  "请将盖章回执传真至县委组织部：0576—83011265，同时发电子版到工作群。")
N("QQ group number",
  "全县网格员业务交流QQ群：865203417，进群请改备注“乡镇-姓名”。")
N("percent and license id of a shop",
  "食品经营许可证编号JY13307270012345，有效期至2027年6月，店门口已公示。")
N("old registration number 15 digits",
  "老营业执照上的注册号330727000012345，换照以后这个号码就不用了。")
N("organisation code 9 chars",
  "以前的组织机构代码是70476215-3，现在统一用社会信用代码了，表格里那栏删掉。")
N("@所有人 in a group",
  "@所有人 明早7点半在行政中心门口集合，统一乘车去石桥乡参加植树活动。")
N("retina @2x file name",
  "设计公司发来的图标文件 logo@2x.png 和 logo@3x.png，公众号后台上传用哪个？")
N("everyday 秘密 on 朋友圈",
  "每个人心里都有一个小秘密，我的秘密就是：其实我最怕开会发言😂 #周五了")
N("商业秘密 training",
  "县市场监管局举办企业商业秘密保护培训，40余家规上企业参加。")
N("保密知识竞赛",
  "全县保密知识竞赛初赛在线上进行，各单位组织干部在“学习强国”参与答题。")
N("绝密 as a drink name",
  "县城新开的奶茶店招牌叫“绝密配方杨枝甘露”，排队排到马路上了。")
N("★ as bullet points in a poster",
  "★ 办事指南 ★\n★ 材料齐全当场办结\n★ 周六上午正常受理\n★ 咨询：12345")
N("内部价 on 闲鱼",
  "单位福利发的茶叶喝不完，内部价转两盒，明前龙井，有需要的私我。")
N("内部人员通道",
  "行政中心东门为内部人员通道，办事群众请从南门进入并测温登记。")
N("注意 in ordinary sense",
  "天气转凉，大家注意保暖，值班室的电暖器使用后一定要断电。")
N("not to be disclosed in everyday privacy sense",
  "孩子的成绩请家长不要在群里公开讨论，谢谢理解。")
N("long number fails Luhn: social insurance payment serial",
  f"医保缴费成功，交易流水号{bad_card(19)}{_oid('', 3)}，缴费金额380元。")
N("deposit account with bad Luhn",
  f"缴款账户：青溪县财政局非税收入专户，账号{_badlong('1206', 19)}，开户行：农商银行城关支行。")
N("license plate and driver ID-free",
  "交警提示：浙K·D3219、浙K·5F8A2 两辆车违停在医院门口，请车主尽快挪车。")
N("spreadsheet of office supplies",
  "序号\t品名\t规格\t数量\t单价\n1\tA4复印纸\t70g\t40包\t23.5\n2\t中性笔\t0.5mm黑\t5盒\t18\n3\t文件盒\t55mm\t30个\t6.8")
N("timestamp 14 digits",
  "日志文件名：qxzw_backup_20240318023011.log，大小2.3GB，已同步到备份服务器。")
N("epoch timestamp",
  "接口返回 {\"code\":0,\"ts\":1710748800,\"msg\":\"ok\"}，说明推送成功了。")
N("short phone-like service numbers",
  "国家电网95598、中国移动10086、县自来水公司96390，停水停电信息以官方发布为准。")
N("ID last four only",
  "请身份证尾号为0312的考生到3号考场门口核对信息。")
N("passport-free travel notice",
  "因私出国（境）证件由组织部统一保管，需要领取的请提前三个工作日填写审批表。")
N("weixin pay transfer note",
  "收到转账 ¥200.00，备注：三月份工会会费，转账单号1000050001202403180123456789（微信生成）")
N("11-digit starting 12 (not mobile)",
  "县档案馆馆藏编号12024031801到12024031899为本次移交的乡镇档案。")
N("book ISBN",
  "支部学习用书《习近平新时代中国特色社会主义思想学习纲要》ISBN 978-7-01-021163-9，每人一本。")
N("year plus number as a serial in a company",
  "县城投公司合同编号：QXCT-HT-2024-0037，付款节点按合同第五条执行。")
N("绝密 TV series",
  "晚上央视八套播《绝密押运》，老爸每集都不落，说比谍战剧好看。")
N("机密 in IT security sense",
  "信息安全三要素：机密性、完整性、可用性，下午的网络安全培训会重点讲。")
N("XK as a shop code",
  "文具店货架上标签 XK-12 是订书机，XK-15 是回形针，领用时报编号。")
N("三期 of a housing project",
  "青溪花园三期今年底交付，安置户分房抽签定在12月中旬。")
N("蓝盾 in a cybersecurity contest name",
  "县大数据中心两名同事在市“蓝盾杯”网络安全技能竞赛中获得二等奖。")
N("星火 TV program",
  "省台《星火》栏目来我县拍摄乡村振兴专题片，请相关村做好接待准备。")
N("天网 camera in a complaint",
  "我们小区门口那个天网摄像头坏了好几个月了，晚上一片漆黑，希望有关部门修一下。")
N("文件 number like 第3号 in a restaurant",
  "县城那家羊肉馆3号包厢已经订好了，周五晚上六点，老同学聚会。")
N("law article numbers",
  "依据《中华人民共和国个人信息保护法》第二十八条，敏感个人信息包括生物识别、医疗健康等。")
N("bracketed year in a school name",
  "青溪中学（2024）届毕业典礼将于6月10日在学校体育馆举行。")
N("〔〕 in a book citation",
  "参见〔清〕王先谦《荀子集解》，中华书局1988年版，第117页。")
N("event code not a doc number",
  "活动编号：QXWM〔2024〕春-07 “文明实践进万家”，已在志愿汇平台发布。")
N("phone extension numbers",
  "县政府办内线：秘书科 8012，综合科 8015，督查室 8020，总机转分机即可。")
N("'at' used as a mention in an owners group",
  "小区业主群里说：有事 at 一下物业小李，别私聊，群里说清楚。")
N("email-like text without domain",
  "账号名就是你的工号@单位简称，比如 0327@czz，登录后马上改密码。")
N("内部 in ordinary product sense",
  "这个保温杯内部是316不锈钢，闲鱼上卖得挺好，同事团购了20个。")
N("内部培训 ordinary",
  "县医院组织了一场院内急救技能内部培训，护士长说明年继续办。")
N("masked ID",
  "公示：拟发放临时救助对象 李**，身份证号3307****1234，救助金额2000元，公示期5天。")
N("bank card masked",
  "工资卡已变更为尾号6621的农商行卡，卡号中间已隐藏：6230 **** **** 6621。")
N("phone numbers of public agencies",
  "防汛抗旱指挥部办公室电话0576-83023110，县气象台天气预报自动答询12121。")
N("large population number",
  "全县常住人口约38.6万人，其中城镇人口21.2万人，城镇化率54.9%。")
N("product serial number of a printer",
  "打印机报修：型号HP LaserJet M437，序列号VNB3K12345，卡纸灯一直闪。")
N("EA in an address",
  "新办公楼E座A区3楼是大数据中心，EA301是机房，别走错了。")
N("G + 4 digits highway",
  "G1523甬莞高速青溪段今晚22点起封道施工，请绕行S26。")
N("E + 7 digits (too short) product code",
  "食堂采购的消毒柜型号ZTP-E1208785，保修三年，说明书放在柜子上面。")
N("xiaohongshu id",
  "小红书号：289761503，主页有我们县的旅游攻略，欢迎关注~")
N("word 机密 in a joke",
  "老婆问我工资卡密码，我说这是国家机密😂（开玩笑的，卡早就上交了）")
N("秘密 as a plot point in a novel review",
  "《长安的荔枝》里那个运荔枝的秘密办法太绝了，读书会下次就聊这本。")
N("stars in rating of a hotel on 小红书",
  "青溪山居民宿★★★★☆，房间干净，老板人好，就是停车不太方便。")
N("内部 in a restroom sign",
  "卫生间内部维修，请移步三楼，给您带来不便敬请谅解。")

# ---- more negatives: county office life
N("duty roster with landlines only",
  "清明节假期值班安排\n4月4日 带班：县府办副主任 值班：秘书科 电话 83012001\n4月5日 带班：督查室主任 值班：综合科 电话 83012002\n4月6日 带班：信息科科长 值班：信息科 电话 83012003")
N("meeting minutes without any marks",
  "3月12日党组会议纪要\n一、传达学习全国两会精神；\n二、研究2024年度重点工作任务分解；\n三、讨论机关食堂承包合同续签事宜。\n参会：党组全体成员；列席：办公室主任。")
N("email to partner with only public info",
  "王经理您好：\n附件是我县文旅推介会的议程和场地平面图，请贵公司按图搭建展台，如有问题请致电县文旅局产业科0576-83055012。\n青溪县文化和广电旅游体育局")
N("朋友圈 post about overtime",
  "加班到十一点，终于把年度考核材料报上去了。路过城关镇菜市场，馄饨摊还开着，一碗下肚满血复活✌️")
N("公众号 draft about spring tea",
  "【青溪早茶】明前茶开采啦！今年全县茶园面积达到4.2万亩，预计产值超过6亿元。欢迎大家4月6日来石桥乡参加开茶节～")
N("complaint about noise to 12345",
  "您好，我是城关镇东门社区居民，楼下烧烤店每天营业到凌晨两点，噪音太大，多次沟通无果，请相关部门处理。")
N("request about road repair",
  "关于申请修缮石桥乡下洋村村道的请示\n县交通运输局：\n下洋村村道长3.2公里，路面破损严重，雨天积水，群众出行不便。恳请给予资金支持。\n妥否，请批示。\n石桥乡人民政府\n2024年3月20日")
N("roster of training attendees without PII",
  "姓名\t单位\t职务\n赵建华\t县发改局\t科长\n钱丽\t县财政局\t副科长\n孙晓东\t城关镇\t党政办主任\n李娜\t石桥乡\t组织委员")
N("forwarded weather warning",
  "【青溪县气象台】县气象台3月28日16时发布暴雨黄色预警信号：预计未来6小时内我县西部乡镇累计雨量将达50毫米以上，请注意防范。")
N("DingTalk reminder with times",
  "钉钉提醒：今天17:00前提交周报，截至目前还有6人未提交，请抓紧。")
N("wrong-length ID (17 digits) in complaint",
  f"我在窗口填表的时候工作人员说我身份证号少写了一位，{_id17_not_card()}，回去一看真的是少了最后一位。")
N("bank card too short",
  "退休金打到哪张卡上？社保卡金融账户尾号7135，具体卡号去社保窗口查。")
N("credit card points advert",
  "农商银行信用卡积分兑换活动：满10000积分可兑换电饭煲一台，活动截至2024年6月30日。")
N("student ID card number (10 digits)",
  "儿子学校发的校园卡号2024010388，充值要用这个号，不是身份证号。")
N("内部 in an internal combustion sense",
  "那台老旧发电机内部积碳严重，维修师傅说得换活塞环了。")
N("内部资料 in a bookstore title? no — 内部结构",
  "县博物馆新展出了一座古塔模型，能看到塔身内部结构，周末带孩子来看。")
N("不外传 in cooking show",
  "小红书：我妈做的梅干菜扣肉秘诀，今天破例分享（她说以前从不外传哈哈）")
N("file numbered in a shared drive",
  "共享盘“2024年\\03月\\第3号文件夹”里是人大代表建议办理材料，改完放回原处。")
N("第N号 ticket at a service hall",
  "今天去政务中心办居住证，取了A087号，前面还有二十多个人，慢慢等吧。")
N("order number in a 小红书 post about a jacket",
  f"刚收到的冲锋衣，订单编号{_badlong('4', 19)}，颜色跟图片差太多，准备退货了。")
N("weibo complaint with express number",
  f"中通快递单号7{_oid('', 13)}，显示“已签收”，可我根本没收到！城关镇快递点能不能负点责？")
N("year-number without agency: 2024年第5期",
  "《青溪工作》2024年第5期已印发，每个科室两本，到办公室领取。")
N("period number of a bulletin",
  "政务信息专报第17期：我县“最多跑一次”改革经验被省里推广。")
N("football match number",
  "县机关篮球赛第3场：县委办 vs 县财政局，周四晚7点体育馆。")
N("mobile-like with 12 digits",
  "设备识别码 138001234567 不是电话号码，是那台执法记录仪机身上的编号。")
N("masked passport",
  "护照信息已录入，号码后四位5281，其余按规定隐藏。")
N("EB as a building code",
  "市政务中心 EB 区 3 楼是出入境窗口，工作日都能办护照。")
N("passport office info",
  "县公安局出入境接待大厅可以办理普通护照，需要本人到场采集指纹和照片。")
N("public email prompt without address",
  "有意见建议可以写信或者发邮件到县长信箱，在县政府网站首页右上角。")
N("email-like with space and no domain",
  "我的钉钉账号是 lihua@ 后面接单位的企业ID，你在通讯录搜名字就行。")
N("@ in a price on 闲鱼",
  "九成新电动车 @1200，城关镇自提，不包邮。")
N("mention in DingTalk",
  "@张晓燕 @王磊 这两份材料请下班前核对一下，明天一早要报县委办。")
N("天网 in movie title",
  "周末看了《天网行动》，讲海外追逃追赃的，支部可以组织集体观影。")
N("金盾 in a generic sense",
  "小区安保换成金盾物业了，门禁卡需要重新激活。")
N("星火 in school name",
  "星火小学六一文艺汇演邀请县教育局领导观看，时间5月31日下午。")
N("XK in car plate style code",
  "停车场 XK 区 9 号车位是县长公务车专用，其他车辆不要占用。")
N("蓝盾 in insurance product",
  "这个“蓝盾安心保”是一款意外险，保险公司业务员在群里推销，大家别轻信。")
N("三期 in medical sense",
  "体检报告上写着高血压三期，赶紧去县医院挂号看看。")
N("天网 + 工程 separated across topics",
  "天网恢恢的老话没错，城东片区雪亮工程也装好了，晚上出门安心多了。")
N("秘密 in children's story",
  "幼儿园故事会：《小熊的秘密》讲的是分享的快乐，家长可陪孩子一起听。")
N("绝密 in a variety show",
  "《绝密幕后》这档综艺下周播我们县的非遗剪纸，大家记得看。")
N("机密 in movie line",
  "我儿子现在天天学电影台词：“这是最高机密，不能告诉任何人！”笑死了")
N("star chars in a poster with years",
  "★ 热烈庆祝青溪县撤县设市30周年 ★ 1994—2024")
N("★ + 年 in a rating",
  "这家店我吃了★5年了，味道一直没变，强烈推荐！")
N("stars in product title 5年",
  "闲鱼：五年陈普洱 ★ 单位年会奖品 ★ 全新 150元出")
N("秘密 in a birthday surprise",
  "同事们给李科长准备了生日惊喜，大家保守秘密哦，下午四点会议室集合🎂")
N("机密 in software feature",
  "钉钉新功能“机密消息”可以防截屏，行政办已经开通了，用法见群公告。")
N("the word 密级 not present; confidentiality agreement",
  "第三方运维人员进场前签订保密承诺书，承诺书模板在群文件里。")
N("internal affairs sense of 内部",
  "这件事属于他们家庭内部事务，村委会不宜过多干涉，以调解为主。")
N("internal referral on recruitment",
  "县人民医院护理岗位招聘，欢迎职工内部推荐，推荐成功有奖励。")
N("internal mail system name",
  "OA系统里的“内部邮件”功能下个月停用，统一改用政务钉钉。")
N("内部 in sports",
  "县机关乒乓球队内部选拔赛周六举行，决出前四名参加市比赛。")
N("外传 in a legend context",
  "关于古桥的传说在当地口口相传，从未见诸文字，近年才有人整理出版。")
N("注意保存 missing — receipts advice",
  "发票和收据一定要妥善保管，报销时缺一不可。")
N("do not publish in a photo consent context",
  "拍照的时候有几位村民不同意露脸，这些照片公众号不要用。")
N("公开 in government transparency",
  "2023年度政府信息公开工作年度报告已在县政府门户网站发布。")
N("依申请公开 reply",
  "您申请公开的“2023年城关镇拆迁补偿标准”属于主动公开范围，可在政府网站查询。")
N("county domain website",
  "县人社局网站 rsj.qingxi.gov.cn 改版了，社保查询入口挪到首页左侧。")
N("student number long",
  "考生准考证号 2403270315，考场：青溪中学第15考场，座位号07。")
N("fake-like long number: medical record",
  "住院号 0000231457，床号 12，主治医生 陈主任，家属陪护请出示陪护证。")
N("ID card validity dates",
  "身份证有效期限：2016.08.12—2036.08.12，快到期的同志记得提前换证。")
N("dates and times in an agenda",
  "议程：\n09:00—09:10 主持人介绍与会领导\n09:10—09:40 县长讲话\n09:40—10:30 各乡镇表态发言\n10:30 散会")
N("serial of an award certificate",
  "证书编号：QXYX-2023-0156，“优秀共产党员”荣誉证书由组织部统一制作。")
N("lottery numbers",
  "体彩大乐透第24030期开奖号码：05 11 19 27 33 + 02 09，单位门口彩票店中了个三等奖。")
N("weight and height data",
  "体检数据：身高172cm，体重68.5kg，血压125/82，空腹血糖5.4。")
N("account number too short",
  "食堂饭卡账号：08321，充值请到一楼服务台。")
N("公积金 account 12 digits",
  "住房公积金个人账号：102031456722，提取业务可以在“浙里办”上操作。")
N("bank hotline and branch",
  "农商银行青溪支行客服：96596，营业时间 周一至周日 8:30-17:00。")
N("vaccine batch number",
  "疫苗批号 202311A027，有效期至2025年11月，接种完请留观30分钟。")
N("ISBN-13 like long number",
  "条形码下面的数字 9787010211639 是书号，不是会员卡号。")
N("18-char ID-like product batch code",
  f"农资批次追溯码：{bad_id()}，扫码可以看到生产厂家和日期。")
N("USCC-like but 17 chars",
  f"表里的信用代码只填了17位：{_uscc()[:17]}，最后一位漏了，麻烦补全。")
N("credit code noted as missing",
  "个体工商户没有营业执照的，信用代码一栏填“无”，不要乱编。")
N("E + 8 digits as an electricity meter? has letters before",
  "电表户号：QE20230418，抄表员每月18号来抄表。")
N("G and 7 digits (flight/ticket) not passport",
  "火车票订单号E9264873，明早G7352次，退改签要在开车前操作。")
N("email domain mentioned only",
  "单位邮箱统一用政务邮箱，后缀是 qingxi.gov.cn，私人邮箱不要用来传工作材料。")
N("@ with a time",
  "周五晚饭@老地方，六点半，AA制。")
N("kids' game with 秘密基地",
  "周末带孩子去森林公园搭了个“秘密基地”，她玩得不想回家。")
N("绝密 in a boardgame on 闲鱼",
  "闲鱼出桌游《绝密行动》，九成新，配件齐全，城关镇可以面交。")
N("secret Santa",
  "办公室元旦搞“秘密天使”抽签送礼物，预算50元以内。")
N("机密 as an adjective in a review of a spy novel",
  "《潜伏》里余则成偷看机密文件那段拍得真紧张，又重温了一遍。")
N("wording 秘密★ in a sticker shop",
  "小红书贴纸店新品：“小秘密★”系列手账贴，单位年轻同事都在买。")
N("★长期 in a rental ad",
  "★长期出租★ 城关镇幸福路两室一厅，拎包入住，月租1200。")
N("★5年 in a warranty",
  "这款热水器整机保修★5年★，县城专卖店有售。")
N("〔〕 used in a poetry competition title",
  "〔青溪诗会〕第三期作品征集：以“春”为题，截稿日期4月20日。")
N("room 号 and 楼",
  "请到县委党校2号楼301教室报到，第3号宿舍钥匙在门卫室。")
N("numbered work order in a factory",
  "车间派工单 PG〔2024〕0315-12号 已完成，请质检部验收。")
N("court hearing notice generic",
  "县法院巡回法庭周三在石桥乡开庭，旁听群众请提前半小时到场。")
N("内部 meeting of a club",
  "县摄影家协会内部交流会本周六在文化馆举行，欢迎会员带作品参加。")
N("此件 everyday",
  "此件快递请放到门卫室，谢谢！")
N("请勿外传 of gossip? (no, joke about recipe)",
  "这是我奶奶的红烧肉做法，大家自己学会就好，哈哈。")
N("passport photo requirements",
  "护照照片要求：白色背景、不戴眼镜、露出双耳，照相馆都知道。")
N("UnionPay description",
  "银联卡一般是62开头，16到19位，别把卡号发到群里哈，小心诈骗。")
N("public office mailbox sentence with 'at' wording but no address",
  "大家有问题 at 我就好，邮件太慢了。")
N("numbers in a budget table",
  "科目\t2023年\t2024年\n办公费\t185,000\t176,000\n差旅费\t92,300\t88,000\n会议费\t45,000\t40,000")
N("11-digit barcode-like with leading 0",
  "档案盒编号 05761234567，按年份排列放在二号柜。")
N("two landlines in a notice",
  "咨询电话：县医保局 0576-83015690、县社保中心 0576-83015122。")
N("phone of 400 service",
  "空调售后电话400-826-8828，报修时提供购买发票。")
N("random 16 digits failing Luhn as a meeting code",
  f"腾讯会议号：{_badlong('9', 9)}，密码：0318，下午三点准时入会。")
N("national hotline numbers",
  "全国统一反诈专线96110，看到陌生来电请接听，那是在提醒你。")
N("金盾 software product",
  "老电脑上装的“金盾加密”软件已经过期，信息科说统一换新的终端防护。")
N("plural 蓝 盾 separated but in a cartoon",
  "儿子画了一幅《蓝色的盾牌》，说是送给派出所叔叔的。")
N("星火 政务 discussed separately",
  "星火燎原之势不可挡，我县数字政务建设驶入快车道。")
N("天网 used in 小红书 as 'internet'",
  "天网恢恢那是说坏人，普通人上网也要注意别乱发照片，小心被人肉。")
N("document mention without number",
  "按照县委办最新发的那个文件，周末值班要有领导带班，具体看群公告。")
N("请示 without number",
  "关于追加2024年防汛物资经费的请示已经报县政府，等分管副县长批示。")
N("内部 as an adjective for a sponsor list",
  "这是我们协会内部成员名单，只有姓名和职务，没啥敏感的，可以放公众号。")
N("公开招标 announcement",
  "青溪县2024年农村公路养护项目公开招标公告，投标截止时间4月25日9:30。")
N("tracking a complaint progress",
  "您的诉求已转交县住建局办理，办理时限15个工作日，如有疑问请再次拨打12345。")
N("resume-like text without contacts",
  "个人简介：1988年出生，2010年毕业于浙江师范大学，2011年考入青溪县石桥乡人民政府，现任党政办主任。")
N("kid's drawing on 朋友圈 with dates",
  "2024.3.18 女儿画的全家福，爸爸的眼镜画得比脸还大😂")
N("wifi password",
  "会议室WiFi：QX-Meeting，密码 qingxi2024，开会时别看视频。")
N("invalid mobile: 11 digits starting 10",
  "短信发件号码是1069 0123 4567，这是短信平台的通道号，不是个人手机。")
N("amount with 13... in it",
  "本次拨付资金13,905,600元，已于3月25日到账，请各乡镇及时分配。")
N("version and build numbers",
  "政务钉钉版本 7.5.10 (Build 31802415)，更新后打卡定位更准了。")
N("county plan names not in the dictionary",
  "青溪县“雪亮工程”“智慧城管”两个项目今年转入运维期。")
N("spaced-out words in an art poster",
  "春 · 风 · 十 · 里 —— 青溪县第五届油菜花节摄影展开幕")
N("OCR of a leaflet with stars but no marks",
  "★ 温 馨 提 示 ★\n请 保 管 好 个 人 物 品\n贵 重 物 品 请 随 身 携 带")
N("Excel paste with only codes of villages",
  "行政区划代码\t村名\n330727101201\t东门村\n330727101202\t西门村\n330727101203\t南街村")
N("list of desk extensions and room numbers",
  "办公室\t房间号\t分机\n秘书科\t305\t8012\n机要科\t307\t8016\n信息科\t309\t8019")
N("机要 without marks",
  "机要科下周搬到五楼，收发文件请到新办公室。")
N("documents to shred",
  "过期的会议通知和签到表可以直接粉碎，碎纸机在复印室。")
N("long wechat transfer id",
  "微信支付交易单号：4200002208202403187654321098，退款原路返回。")
N("vehicle VIN",
  "车架号LSVNV2182E2123456，年检的时候要核对。")
N("ID photo taking notice",
  "4月10日上午县公安局户籍民警到石桥乡集中办理二代身份证，请带户口本。")

# ================================================================ resident ID
I = "pii.cn_resident_id"
C(I, "plain", "work group asks to check insurance status",
  f"帮忙查一下这个人的参保状态，刘桂英，身份证{idn(female=True)}，下洋村的，她说医保卡刷不了。")
C(I, "plain", "DingTalk: missing person in 低保 review list",
  f"低保复核名单里漏了一户：陈德福 {idn(year=1956)}，麻烦补进表里再发我。")
C(I, "plain", "12345 complaint about pension with own ID",
  f"我叫吴秀兰，身份证号码是{idn(year=1962, female=True)}，去年办的城乡居民养老保险，到现在一分钱都没到账，请帮忙查一下。")
C(I, "plain", "朋友圈 found ID card",
  f"今早在县行政中心停车场捡到一张身份证，周志强，{idn(female=False)}，失主请联系城关派出所认领。")
C(I, "plain", "请示 applicant with 公民身份号码",
  f"申请人郑玉梅，公民身份号码{idn(female=True)}，系石桥乡上村村民，因病致贫，申请临时救助。")
C(I, "plain", "colleague booked train ticket with ID",
  f"票是用我身份证{idn()}买的，明天进站你拿我的证刷就行，不行就去人工窗口。")
C(I, "plain", "返贫监测 household head in a chat",
  f"返贫监测户户主何长根（{idn(year=1961, female=False)}），2023年家庭人均纯收入6120元，低于预警线，请乡里核实。")
C(I, "plain", "death registration mismatch",
  f"老人去世要销户，死亡医学证明上写的身份证号{idn(year=1938)}，跟户口本上的对不上一位，派出所让村里出证明。")
C(I, "plain", "ID with X check digit in a DingTalk note",
  f"残疾人证换证，申请人身份证{idn(want_x=True)}，照片已经拍好了，周五前交残联。")
C(I, "plain", "email asking partner to book hotel",
  f"李经理：麻烦帮我们考察组预订两间房，入住人 孙建国，身份证号{idn()}，4月8日入住，两晚。")
C(I, "plain", "小红书 post asking about health certificate",
  f"办健康证的时候窗口说我身份证号{idn(female=True)}在系统里已经有一条记录了，有没有姐妹遇到过？")
C(I, "formatted", "spaced 6-8-4 in a form paste",
  f"姓名：黄丽萍\n性别：女\n公民身份号码：{grp(idn(female=True), [6, 8, 4])}\n户籍地：青溪县城关镇")
C(I, "formatted", "dashed groups in a message",
  f"身份证 {grp(idn(), [6, 4, 4, 4], '-')}，帮我在社保系统里查下缴费年限。")
C(I, "formatted", "full-width digits typed on phone IME",
  f"麻烦帮我报名一下：身份证号{fw(idn())}，手机不方便，谢谢！")
C(I, "formatted", "Excel leading apostrophe",
  f"序号\t姓名\t身份证号\t补贴金额\n1\t钱小芳\t'{idn(female=True)}\t1500")
C(I, "formatted", "groups of four, lowercase x",
  f"ID：{g4(idn(want_x=True).lower())}")
C(I, "formatted", "split across lines in a narrow table cell",
  f"被征地农民：潘永福\n身份证号：{(x:=idn(year=1955))[:10]}\n{x[10:]}\n安置方式：货币安置")
C(I, "formatted", "ID inside brackets after name in a roster line",
  f"参训人员：邱海燕（身份证：{idn(female=True)}）、石建军（身份证：{idn(female=False)}）")
C(I, "formatted", "ID with colon variants and trailing spaces",
  f"证件类型:居民身份证   证件号码:  {idn()}   有效期:长期")
C(I, "formatted", "spaced every 3",
  f"身份证号码 {grp(idn(), [3] * 6)}（帮我核对一下出生日期对不对）")
C(I, "evasive", "Chinese numerals 〇",
  f"身份证：{cn(idn(want_x=False))}，你录一下，我不方便发数字")
C(I, "evasive", "大写 numerals to dodge the group filter",
  f"按财务的习惯写大写：{cn(idn(want_x=False), 'da')}，别问我为什么，群里发数字会被拦。")
C(I, "evasive", "split into labelled pieces",
  f"他的证件号我拆开发：地区码{(x:=idn())[:6]}，生日{x[6:14]}，后面{x[14:]}，拼起来就是。")
C(I, "evasive", "split into two chat messages",
  f"前九位：{(x:=idn())[:9]}\n后九位：{x[9:]}")
C(I, "evasive", "letters O and l for digits",
  f"身份证号 {homo(idn(want_x=False))}（O是零，l是一，自己换一下）")
C(I, "evasive", "dots between every digit",
  f"号码：{each(idn(), '.')}（每位中间加了点，省得被群里的机器人识别）")
C(I, "evasive", "emoji between groups",
  f"身份证给你：{grp(idn(), [6, 8, 4], '🌸')}")
C(I, "evasive", "zero-width spaces inside the number",
  f"身份证号{ZW.join(grp(idn(), [4, 4, 4, 6], ' ').split(' '))}，直接复制就能用")
C(I, "evasive", "mixed numerals and digits",
  f"身份证：{(x:=idn(want_x=False))[:6]}{cn(x[6:14], 'ling')}{x[14:]}（中间是生日）")
C(I, "evasive", "hash for a repeated digit with a hint",
  f"号码里的#都是7：{idn(want_x=False).replace('7', '#')}")

# ================================================================ mobile
M = "pii.cn_mobile"
C(M, "plain", "work group: call me",
  f"我在下洋村入户，信号不好，有急事打我手机{mob()}。")
C(M, "plain", "contact line at the end of a 请示",
  f"妥否，请批示。\n（联系人：县农业农村局 胡晓军，联系电话：{mob()}）")
C(M, "plain", "闲鱼 self pickup with phone",
  f"办公室淘汰的文件柜三个，城关镇自提，白送，电话{mob()}。")
C(M, "plain", "12345 complaint with callback number",
  f"请处理后回电给我，我的电话{mob()}，白天上班可能接不到，晚上都在。")
C(M, "plain", "朋友圈 lost dog",
  f"寻狗启事：昨晚在东门社区走失一只柯基，脖子上有红色项圈，有线索请联系{mob()}，必有重谢！")
C(M, "plain", "小红书 B&B booking",
  f"青溪山里的小民宿，推窗就是竹海，老板娘做饭超好吃，订房直接打{mob()}～")
C(M, "plain", "grid worker contact in a notice",
  f"东门社区第三网格网格员：徐丽娟 {mob()}，居民有事可随时联系。")
C(M, "plain", "driver phone for a field trip",
  f"明天考察的大巴司机姓王，电话{mob()}，早上七点在县委门口。")
C(M, "plain", "DingTalk: new number of a colleague",
  f"老周换号了，新号{mob()}，旧号停机了，通讯录大家更新一下。")
C(M, "plain", "mobile right after other numbers",
  f"工号0327，分机8012，手机{mob()}，办公室305。")
C(M, "formatted", "+86 with spaces",
  f"Contact: Ms. Chen, +86 {m344(mob())}, Qingxi County Foreign Affairs Office")
C(M, "formatted", "0086 prefix with dash",
  f"外商联络表 电话：0086-{mob()}")
C(M, "formatted", "(+86) and dashes",
  f"对接人手机（+86）{m344(mob(), '-')}，微信同号")
C(M, "formatted", "3-4-4 spaced with 同微信",
  f"手机：{m344(mob())}（同微信）")
C(M, "formatted", "table column of phones",
  f"村名\t联络员\t手机\n东门村\t何小平\t{mob()}\n西门村\t蒋红\t{mob()}")
C(M, "formatted", "full-width digits",
  f"联系电话：{fw(mob())}")
C(M, "formatted", "split across two lines in a copied card",
  f"县供销社 采购部 汪建\n手机 {(x:=mob())[:3]}\n{x[3:]}")
C(M, "formatted", "landline and mobile side by side",
  f"办公电话 0576-83016688 / {mob()}")
C(M, "formatted", "two mobiles separated by 、",
  f"值班手机：{mob()}、{mob()}（24小时开机）")
C(M, "formatted", "mobile with dots as separators",
  f"TEL. {m344(mob(), '.')}")
C(M, "evasive", "幺 and 〇 spoken style",
  f"有事打我：{cn(m344(mob()), 'low', yao=True)}")
C(M, "evasive", "零 numerals",
  f"手机号一三九那个换了，新的是{cn(mob(), 'ling')}")
C(M, "evasive", "大写 numerals",
  f"加我：{cn(mob(), 'da')}（大写的，自己换成数字）")
C(M, "evasive", "mixed digits and numerals",
  f"V同号：{''.join(cn(ch) if i % 2 else ch for i, ch in enumerate(mob()))}")
C(M, "evasive", "split into three labelled pieces",
  f"手机号不方便直接发，前三位{(x:=mob())[:3]}，中间{x[3:7]}，最后{x[7:]}")
C(M, "evasive", "flower emoji between groups",
  f"想买的私聊或者打{m344(mob(), '🌸')}")
C(M, "evasive", "homoglyph letters",
  f"电话 {homo(mob())}")
C(M, "evasive", "circled digits",
  f"电话：{''.join('⓪①②③④⑤⑥⑦⑧⑨'[int(c)] for c in mob())}")
C(M, "evasive", "spaces between every digit to dodge",
  f"我的号 {each(mob())} 别在群里打出来")
C(M, "evasive", "zero-width joiners",
  f"联系我：{ZW.join(mob())}")
C(M, "evasive", "words between digits",
  f"号码是{(x:=mob())[:3]}再加{x[3:7]}再加{x[7:]}，存一下。")

# ================================================================ bank card
B = "pii.bank_card"
C(B, "plain", "salary card changed, tell finance",
  f"财务科：我的工资卡换成农行的了，卡号{card(bin_='622848', n=19)}，下个月起打这张。")
C(B, "plain", "subsidy to a villager's card",
  f"下洋村耕地地力保护补贴，户主蒋有福，一卡通账号{card(bin_='621226', n=19)}，面积3.2亩。")
C(B, "plain", "闲鱼 asks buyer to transfer to card",
  f"不走平台了，直接转我卡上吧：{card(bin_='622202')}，收到就发货。")
C(B, "plain", "refund of training fee",
  f"培训费多交了200元，退款请打到{card(bin_='621700')}，户名林晓东。")
C(B, "plain", "12345 complaint about wrong deduction",
  f"我的医保缴费从卡{card()}里扣了两次，银行说是社保那边的问题，请帮忙退一笔。")
C(B, "plain", "credit card in a reimbursement chat",
  f"公务卡号{card(bin_='628288', n=16)}，上周出差的住宿费刷的这张，报销单上要写。")
C(B, "plain", "朋友圈 donation appeal",
  f"同事家孩子白血病住院，需要的朋友可以直接打到孩子爸爸的卡{card(bin_='621799')}，中国邮政储蓄银行，感谢！")
C(B, "plain", "union dues card in DingTalk",
  f"工会慰问金发到本人卡上：{card()}（建行），请查收后在群里回复。")
C(B, "plain", "card number after name and bank",
  f"收款人：陶海波 开户行：中国银行青溪支行 卡号：{card(bin_='621661')}")
C(B, "plain", "16-digit CMB card",
  f"奖金打这张招行卡{card(bin_='622588', n=16)}就行，不用打工资卡。")
C(B, "formatted", "groups of four",
  f"卡号：{g4(card(bin_='622202'))}")
C(B, "formatted", "dashes between groups",
  f"农商行社保卡金融账户 {g4(card(bin_='623059'), '-')}")
C(B, "formatted", "full-width digits",
  f"银行卡：{fw(card())}")
C(B, "formatted", "table of subsidy recipients",
  f"姓名\t开户行\t卡号\t金额\n邹桂花\t农商行\t{card(bin_='623059')}\t800\n吕长林\t邮储\t{card(bin_='621799')}\t800")
C(B, "formatted", "split over two lines",
  f"账号 {(x:=card())[:10]}\n{x[10:]}\n户名 褚红梅")
C(B, "formatted", "6-13 grouping as on some receipts",
  f"交易卡号 {grp(card(n=19), [6, 13])} 交易金额 1,280.00")
C(B, "formatted", "groups of 4 with trailing 3, inside brackets",
  f"请把差旅费打到我尾号那张卡（{g4(card(n=19))}），谢谢财务姐姐。")
C(B, "formatted", "card with label on separate line",
  f"收款信息\n户名：卫小军\n卡号：\n{card(n=19)}\n开户行：建设银行城关支行")
C(B, "formatted", "18-digit card with spaces",
  f"卡号 {g4(card(bin_='622908', n=18))}（兴业）")
C(B, "formatted", "17-digit card",
  f"银行卡 {card(bin_='622609', n=17)} 光大银行")
C(B, "evasive", "Chinese numerals",
  f"卡号我用汉字写了：{cn(card())}")
C(B, "evasive", "大写 like on a cheque",
  f"转账账户：{cn(card(), 'da')}，户名王晓")
C(B, "evasive", "split front/back",
  f"卡号前十位{(x:=card())[:10]}，后面{x[10:]}，分开发的，拼一下。")
C(B, "evasive", "dots between digits",
  f"打这里：{each(card(n=16), '.')}")
C(B, "evasive", "emoji groups",
  f"闲鱼不让发卡号，我这样写：{g4(card(), '⭐')}")
C(B, "evasive", "homoglyphs",
  f"卡 {homo(card())}")
C(B, "evasive", "zero-width spaces inside the card number",
  f"转这里：{ZW.join(g4(card()).split(' '))}")
C(B, "evasive", "mixed numerals and digits with 幺",
  f"银行卡{(x:=card())[:6]}{cn(x[6:], 'low', yao=True)}")
C(B, "evasive", "card written as four messages",
  f"{(x:=card(n=16))[:4]}\n{x[4:8]}\n{x[8:12]}\n{x[12:]}\n↑这是卡号，连起来")
C(B, "evasive", "word separators",
  f"卡号是{(x:=card())[:6]}然后{x[6:12]}然后{x[12:]}")

# ================================================================ USCC
U = "pii.cn_uscc"
C(U, "plain", "contract party in a procurement chat",
  f"乙方：青溪县绿源农业发展有限公司，统一社会信用代码{uscc('91')}，合同明天签。")
C(U, "plain", "invoice buyer tax id",
  f"开票信息：名称 青溪县人民政府办公室，纳税人识别号 {uscc('11')}，普票就行。")
C(U, "plain", "12345 complaint about a company",
  f"投诉青溪县鑫达装饰工程有限公司（信用代码{uscc('91')}），收了定金不施工，电话也不接。")
C(U, "plain", "email to partner with company info",
  f"您好，我单位基本信息如下：青溪县大数据发展中心，统一社会信用代码{uscc('12')}，请据此开具发票。")
C(U, "plain", "cooperative in a village report",
  f"下洋村茶叶专业合作社（{uscc('93')}）2023年带动农户增收120万元。")
C(U, "plain", "individual business on 小红书",
  f"我家小店终于拿到营业执照啦！信用代码{uscc('92')}，以后可以开发票了🎉")
C(U, "plain", "social organisation code in a notice",
  f"青溪县慈善总会，统一社会信用代码{uscc('52')}，捐赠票据由总会统一开具。")
C(U, "plain", "supplier registration in DingTalk",
  f"供应商入库审核：浙江青禾信息技术有限公司 {uscc('91')}，资质齐全，同意入库。")
C(U, "plain", "bid winner announcement",
  f"中标人：青溪县宏远建设有限公司，统一社会信用代码：{uscc('91')}，中标价：368.5万元。")
C(U, "plain", "township government code in a letter",
  f"石桥乡人民政府（统一社会信用代码{uscc('11')}）就下洋村道路项目出具说明如下。")
C(U, "formatted", "spaced groups",
  f"统一社会信用代码：{grp(uscc('91'), [2, 6, 9, 1])}")
C(U, "formatted", "groups of four",
  f"信用代码 {g4(uscc())}")
C(U, "formatted", "full-width characters",
  f"纳税人识别号：{fw(uscc('91'))}")
C(U, "formatted", "split over lines in a scanned license",
  f"统一社会信用代码\n{(x:=uscc('91'))[:9]}\n{x[9:]}\n名称 青溪县山泉饮品有限公司")
C(U, "formatted", "lowercase letters",
  f"信用代码：{uscc('91').lower()}（我手机输入法默认小写，别介意）")
C(U, "formatted", "table of enterprises",
  f"企业名称\t信用代码\t行业\n青溪县竹韵工艺品厂\t{uscc('91')}\t制造业\n青溪县山乡农家乐\t{uscc('92')}\t餐饮")
C(U, "formatted", "dashes",
  f"USCC: {grp(uscc('91'), [2, 6, 9, 1], '-')}")
C(U, "formatted", "code in brackets after a name, with space",
  f"委托方：青溪县国有资产经营有限公司（ {uscc('91')} ）")
C(U, "formatted", "code and address on an invoice paste",
  f"购买方\n名称：青溪县城关镇人民政府\n纳税人识别号：{uscc('11')}\n地址、电话：青溪县城关镇人民路1号 0576-83012233")
C(U, "formatted", "code split with slash",
  f"信用代码 {(x:=uscc())[:8]}/{x[8:]}")
C(U, "evasive", "digits as Chinese numerals, letters kept",
  f"信用代码：{cn(uscc('91'))}")
C(U, "evasive", "split into region and the rest",
  f"代码前八位{(x:=uscc('91'))[:8]}，后十位{x[8:]}，你拼一下。")
C(U, "evasive", "dots between characters",
  f"代码 {each(uscc(), '.')}")
C(U, "evasive", "homoglyphs O/l",
  f"信用代码{homo(uscc('12'))}")
C(U, "evasive", "emoji separators",
  f"公司代码发你：{g4(uscc('91'), '🔹')}")
C(U, "evasive", "zero-width spaces",
  f"纳税号 {ZW.join(uscc('91'))}")
C(U, "evasive", "spaced every char lowercase",
  f"信 用 代 码 {each(uscc('92').lower())}")
C(U, "evasive", "words between parts",
  f"社会信用代码是{(x:=uscc('91'))[:2]}开头，接着{x[2:8]}，再接{x[8:17]}，最后一位{x[17]}")
C(U, "evasive", "大写 digits",
  f"代码：{cn(uscc('91'), 'da')}")
C(U, "evasive", "tax number in a 'secret' group post",
  f"别直接发代码，群机器人会拦，我写成这样：{'·'.join(grp(uscc('91'), [6, 6, 6]).split(' '))}")

# ================================================================ passport
P = "pii.cn_passport"
C(P, "plain", "因公出国 approval",
  f"赴日考察团成员：县商务局副局长 秦立新，护照号{pp('E')}，请外办统一办理签证。")
C(P, "plain", "travel agency asks in email",
  f"贵社好，我们的团员信息如下：许文静，护照{pp('EA')}，有效期至2033年5月。")
C(P, "plain", "朋友圈 lost passport",
  f"在杭州萧山机场T3丢了护照，号码{pp('E')}，已经挂失，捡到的好心人请联系机场派出所。")
C(P, "plain", "G passport old style in a chat",
  f"我爸那本旧护照{pp('G')}还没过期，出国前要不要换新的？")
C(P, "plain", "passport in a DingTalk approval reason",
  f"申请领取本人因私护照{pp('EB')}，用于赴新加坡探亲，时间7月1日至7月10日。")
C(P, "plain", "小红书 visa post",
  f"签证材料终于交了！护照号是{pp('E')}，预约号也拿到了，祈祷一次过🙏")
C(P, "plain", "hotel abroad booking confirmation forward",
  f"Booking confirmed for guest LIU HONG, passport no. {pp('E')}, check-in 12 May.")
C(P, "plain", "passport custody register",
  f"今天归还证件：组织部保管的护照{pp('EC')}已交本人签收。")
C(P, "plain", "flight booking with passport",
  f"机票订好了，证件用的护照{pp('E')}，你登机前核对一下。")
C(P, "plain", "training abroad list one line",
  f"2024年赴德培训学员：城关镇 钟建明 {pp('ED')}")
C(P, "formatted", "E plus spaced groups",
  f"护照号码：{grp(pp('E'), [1, 4, 4])}")
C(P, "formatted", "dashes",
  f"Passport No.: {grp(pp('E'), [1, 4, 4], '-')}")
C(P, "formatted", "full-width",
  f"护照：{fw(pp('E'))}")
C(P, "formatted", "lower-case e",
  f"护照号 {pp('E').lower()}（小写的，系统里要改成大写）")
C(P, "formatted", "table of delegation",
  f"姓名\t职务\t护照号\t签发日期\n柏志远\t副县长\t{pp('E')}\t2021-03-02\n苗晓\t翻译\t{pp('EA')}\t2023-08-17")
C(P, "formatted", "split over lines",
  f"护照号：\n{pp('EB')}\n签发地：浙江")
C(P, "formatted", "EA with space after letters",
  f"护照 {(x:=pp('EA'))[:2]} {x[2:]}")
C(P, "formatted", "in a visa form paste",
  f"Surname: WU\nGiven names: XIAOMEI\nPassport Number: {pp('E')}\nNationality: CHN")
C(P, "formatted", "passport with MRZ-like line",
  f"P<CHNZHAO<<LEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n{pp('E')}<CHN")
C(P, "formatted", "spaced every char",
  f"护照号 {each(pp('G'))}")
C(P, "evasive", "Chinese numerals after E",
  f"护照号是E{cn((x:=pp('E'))[1:])}")
C(P, "evasive", "幺 numerals",
  f"护照：E{cn(pp('E')[1:], 'low', yao=True)}")
C(P, "evasive", "letter described in words",
  f"护照号：字母E开头，后面是{pp('E')[1:]}")
C(P, "evasive", "emoji between",
  f"帮我记一下护照 {grp(pp('E'), [1, 4, 4], '✨')}")
C(P, "evasive", "homoglyphs",
  f"护照{homo(pp('E'))}")
C(P, "evasive", "zero-width",
  f"护照 {ZW.join(pp('EA'))}")
C(P, "evasive", "split pieces",
  f"护照号拆开：{(x:=pp('E'))[:5]}……{x[5:]}")
C(P, "evasive", "大写 digits",
  f"护照 E{cn(pp('E')[1:], 'da')}")
C(P, "evasive", "spelled E as 伊",
  f"护照号：伊{pp('E')[1:]}（伊就是字母E）")
C(P, "evasive", "dots between",
  f"p.p. {each(pp('G'), '.')}")

# ================================================================ email
E_ = "pii.email"
C(E_, "plain", "resume submission",
  "县融媒体中心招聘编外记者，简历请发至 qxrmtzx_hr@163.com，截止4月30日。")
C(E_, "plain", "colleague's personal QQ mail",
  "材料太大钉钉传不了，发我QQ邮箱吧：1583420967@qq.com")
C(E_, "plain", "work gov mail in a notice",
  "请各乡镇于3月29日前将汇总表报送至县委办信息科邮箱 xxk@qingxi.gov.cn。")
C(E_, "plain", "partner contact in email signature",
  "--\n陈思远 | 项目经理\n浙江青禾信息技术有限公司\nchensiyuan@qinghe-tech.com.cn")
C(E_, "plain", "小红书 cooperation contact",
  "商务合作请发邮件：shanjuxiaowu@foxmail.com，私信不一定及时回复哦～")
C(E_, "plain", "12345 complaint asking reply by email",
  "处理结果请发到我的邮箱 wu_xiulan62@126.com，电话经常占线。")
C(E_, "plain", "volunteer registration",
  "报名表填好后发到 qxzyz2024@sina.com，标题写“姓名+乡镇”。")
C(E_, "plain", "139 mail",
  "我的移动邮箱 lijianping_qx@139.com，收到会短信提醒。")
C(E_, "plain", "Chinese domain mail",
  "新开通的中文邮箱：办公室@青溪县政府.政务，外单位来函可以发这个。")
C(E_, "plain", "email with dots and plus",
  "订阅公众号周报用这个：zhao.lei+weekly@aliyun.com")
C(E_, "formatted", "full-width @ and dot",
  "邮箱：ｈｕａｎｇｌｉｐｉｎｇ＠１６３．ｃｏｍ")
C(E_, "formatted", "mailto link",
  "联系我们：<a href=\"mailto:wenlvju@qingxi.gov.cn\">wenlvju@qingxi.gov.cn</a>")
C(E_, "formatted", "angle brackets in From header",
  "发件人: 王磊 <wanglei.qx@yeah.net>\n收件人: 县发改局\n主题: 关于项目申报材料的补充说明")
C(E_, "formatted", "upper-case address",
  "E-MAIL：QXTJJ@QINGXI.GOV.CN")
C(E_, "formatted", "address split over a line break",
  "请把回执发到\nzhengwu_fuwu2023\n@126.com")
C(E_, "formatted", "spaces around @",
  "邮箱 jiangxia1990 @ qq.com")
C(E_, "formatted", "email in a table",
  "单位\t联络员\t邮箱\n县财政局\t顾敏\tgumin_czj@163.com\n县审计局\t钟洁\tzhongjie@qingxi.gov.cn")
C(E_, "formatted", "email with trailing Chinese punctuation",
  "投稿邮箱：qxwenyi@126.com。来稿请注明真实姓名。")
C(E_, "formatted", "email in parentheses after a name",
  "对接人：许晴（xuqing_2008@sohu.com）")
C(E_, "formatted", "email with subdomain",
  "政务邮箱已经迁移，新地址 liuhong@mail.qingxi.gov.cn")
C(E_, "evasive", "[at] and [dot]",
  "有需要资料的发邮件：dongfang_rui[at]163[dot]com")
C(E_, "evasive", "(at) and 点com",
  "简历投 qxjy_zp(at)qq点com")
C(E_, "evasive", "AT DOT in caps",
  "mail me: yanzi2011 AT 126 DOT com")
C(E_, "evasive", "艾特 in Chinese",
  "邮箱 tangxiaoyu艾特163点com")
C(E_, "evasive", "# replacing @",
  "邮箱：fangzhou_88#qq.com（#换成@）")
C(E_, "evasive", "圈a",
  "我的邮箱是 hehongmei 圈a sina.com")
C(E_, "evasive", "spaced letters",
  "邮箱：l i u x i n @ 1 6 3 . c o m")
C(E_, "evasive", "QQ number described as mail",
  "邮箱就是我的QQ号2748163059，后面加@qq.com")
C(E_, "evasive", "小老鼠 and 句点 for @ and dot",
  "发这里：caiwu_qx 小老鼠 126 句点 com")
C(E_, "evasive", "zero-width inside address",
  f"邮箱 shenlu{ZW}@{ZW}126.com")
C(E_, "evasive", "@ written as 'at符号' in pinyin domain",
  "邮箱写法：tianye（at符号）qingxi点gov点cn")

# ================================================================ classification marks
S = "secret.classification_mark"
C(S, "plain", "header pasted from a draft",
  "机密★5年\n青溪县2024年度重点领域风险隐患排查方案（征求意见稿）")
C(S, "plain", "mark mentioned in a work-group warning",
  "那份材料右上角标着秘密★1年，谁拍了照赶紧删掉，别往群里发。")
C(S, "plain", "绝密 long-term arrival at 机要室",
  "县委办转来的绝密★长期件下午三点送达机要室，请分管领导到场签收。")
C(S, "plain", "mark quoted in minutes",
  "会议材料首页印有“机密★10年”字样，会后全部收回，不得带出会场。")
C(S, "plain", "mark with a date",
  "秘密★2025年12月31日\n关于做好重要节点维稳安保工作的通知")
C(S, "plain", "朋友圈 showing off overtime with mark",
  "又是加班整理材料的一天，封面一个“秘密★1年”，不能给你们看😂")
C(S, "plain", "words saying the file is 机密级",
  "这份是机密级文件，只能在涉密计算机上处理，U盘不要插办公电脑。")
C(S, "plain", "属秘密级 in a DingTalk",
  "刚收到的请示属于秘密级，按密件传递，不要走钉钉。")
C(S, "plain", "定为绝密级",
  "该方案已定为绝密级，知悉范围限于县委常委会成员。")
C(S, "plain", "six months period",
  "秘密★6个月\n青溪县防汛抗旱应急物资储备点位一览")
C(S, "plain", "mark in a sentence in email to partner (mistake)",
  "王总：附件里那页有“机密★3年”的图纸请不要外发，是我们误夹进去的，请删除。")
C(S, "formatted", "spaced characters",
  "机 密 ★ 5 年\n关于青溪县重点目标防护工作的意见")
C(S, "formatted", "in 【】 brackets",
  "【秘密★1年】县委常委会会议议题材料（第12次）")
C(S, "formatted", "密级 field with colon",
  "密级：机密★10年\n份号：000015\n签发人：郑国强")
C(S, "formatted", "密级 and 保密期限 as separate fields",
  "密级：秘密\n保密期限：2年\n紧急程度：特急")
C(S, "formatted", "full-width digits",
  "绝密★３０年")
C(S, "formatted", "split over lines in a paste",
  "机密\n★\n5年\n青溪县关于……的报告")
C(S, "formatted", "tab separated columns of a file register",
  "收文日期\t来文单位\t密级\t份数\n3月18日\t市委办\t秘密★1年\t2")
C(S, "formatted", "Chinese numeral period",
  "机密★十年")
C(S, "formatted", "extra spaces around the star",
  "绝密  ★  长期  第3份")
C(S, "formatted", "mark after a file name in a list",
  "1. 全县信访维稳形势分析（秘密★1年）\n2. 春耕生产进展情况\n3. 文明城市创建推进表")
C(S, "evasive", "white star ☆",
  "机密☆5年 的那份你别在群里转，私下给我")
C(S, "evasive", "asterisk for star",
  "秘密*1年 不要拍")
C(S, "evasive", "emoji star ⭐",
  "绝密⭐长期的件，明天上午找你当面交接")
C(S, "evasive", "reference mark ※",
  "机密※10年\n（内容略）")
C(S, "evasive", "OCR: 蜜 for 密",
  "扫描件识别出来：机蜜★5年\n青溪县重点人员管控工作方案")
C(S, "evasive", "OCR: 午 for 年 and l for 1",
  "OCR结果：秘密★l午\n关于做好2024年两会期间信访工作的通知")
C(S, "evasive", "pinyin mixed in",
  "这个是ji密★5年的，你懂的，线下给你")
C(S, "evasive", "star described in words",
  "封面写的是机密（五角星）十年，我就不拍了")
C(S, "evasive", "dot between characters",
  "机·密★五年")
C(S, "evasive", "split characters across lines",
  "秘\n密★1年")
C(S, "evasive", "underscore between and ✩",
  "绝_密✩长期")
C(S, "evasive", "glowing star emoji 🌟",
  "机密🌟5年，别外发")
C(S, "evasive", "级 stated indirectly with 这份是",
  "别转了，这份是秘 密 级 的，上面写着呢")

# ================================================================ internal marks
T = "secret.internal_mark"
C(T, "plain", "header 内部资料 注意保存",
  "内部资料 注意保存\n青溪县2023年度经济运行分析")
C(T, "plain", "此件不予公开 at the end",
  "……请各单位认真贯彻落实。\n（此件不予公开）")
C(T, "plain", "仅供内部参考 in a forward",
  "转发一下，仅供内部参考，请勿转发到其他群。")
C(T, "plain", "内部明电 header",
  "内部明电\n青溪县委办公室\n关于做好近期安全稳定工作的紧急通知")
C(T, "plain", "不得外传 in a chat",
  "这份名单不得外传，大家看完删掉。")
C(T, "plain", "内部文件 in 朋友圈 (careless)",
  "今天领导给的内部文件，看完感觉明年任务好重啊……")
C(T, "plain", "mention of cover text",
  "封面写了内部资料，公众号那篇不能直接引用里面的数据。")
C(T, "plain", "内部资料请妥善保管",
  "会议材料为内部资料，请妥善保管，会后交回。")
C(T, "plain", "此件发至乡镇 不得外传",
  "此件发至各乡镇党委、县直各单位，不得外传。")
C(T, "plain", "本材料仅供内部参考",
  "本材料仅供内部参考，数据以统计部门正式发布为准。")
C(T, "plain", "内部刊物 sentence",
  "《青溪信息》是内部刊物，不对外发行，文章别转到朋友圈。")
C(T, "formatted", "spaced 内 部 资 料",
  "内 部 资 料\n注 意 保 存")
C(T, "formatted", "【】 around 内部资料",
  "【内部资料】2024年一季度信访形势分析")
C(T, "formatted", "lock emoji before 内部文件",
  "🔒内部文件 请勿转发")
C(T, "formatted", "内部明电 with 等级 fields",
  "内部明电\n等级：特急\n签发：县委办主任")
C(T, "formatted", "in a table cell",
  "材料名称\t标注\t份数\n干部调整酝酿名单\t仅供内部参考\t5")
C(T, "formatted", "bottom line after blank lines",
  "附件：1.工作任务分解表\n\n\n\n（此件不予公开）")
C(T, "formatted", "内部资料·注意保存 with middle dot",
  "内部资料·注意保存")
C(T, "formatted", "with brackets and spaces",
  "（ 内部文件  不得外传 ）")
C(T, "formatted", "full-width brackets and slash",
  "［内部资料／注意保存］")
C(T, "formatted", "emoji then mark",
  "⚠️仅供内部参考⚠️ 明天会上再讨论")
C(T, "evasive", "slashes between characters",
  "内/部/资/料，别乱转")
C(T, "evasive", "pinyin for one char",
  "nei部资料，大家心里有数就行")
C(T, "evasive", "traditional characters",
  "內部資料 注意保存（繁體排版的老材料）")
C(T, "evasive", "dots between characters of 不得外传",
  "不·得·外·传 哈，我就发咱们科室群")
C(T, "evasive", "pinyin for 传",
  "这个不得外chuan啊")
C(T, "evasive", "zero-width in 仅供内部参考",
  f"仅供{ZW}内部{ZW}参考")
C(T, "evasive", "此件不予公开 with pinyin",
  "此件不予gong开，截图的时候把底部裁掉")
C(T, "evasive", "内部明电 split with spaces and dash",
  "内部-明电 那份别贴到公众号后台")
C(T, "evasive", "underscores",
  "内_部_文_件，只限本群")
C(T, "evasive", "N部资料 with letter",
  "N部资料，你懂的（N=内）")
C(T, "evasive", "split across two lines",
  "内部\n资料 请勿外发")

# ================================================================ document numbers
D = "secret.document_number"
C(D, "plain", "根据…号文件 reference",
  "根据青政办发〔2024〕12号文件精神，各乡镇要在4月底前完成自查。")
C(D, "plain", "title with number in brackets",
  "《关于调整城乡居民基本养老保险基础养老金标准的通知》（青人社发〔2024〕3号）已经印发。")
C(D, "plain", "county committee office number",
  "按照青委办〔2023〕45号要求，周末值班必须有领导带班。")
C(D, "plain", "square brackets",
  "青政发[2022]19号文件规定的补助标准今年继续执行。")
C(D, "plain", "X委办字（year）第N号 form",
  "青委办字（2019）第3号文件已经废止，以新文件为准。")
C(D, "plain", "city-level number in a forward",
  "转发市委办发〔2023〕31号，请各单位对照落实。")
C(D, "plain", "finance budget number",
  "资金文号：青财预〔2023〕102号，用途：农村饮用水提升工程。")
C(D, "plain", "organisation department 通知",
  "青委组通〔2024〕8号要求各单位4月10日前报送干部档案专项审核情况。")
C(D, "plain", "township document number",
  "石桥乡政〔2023〕22号那个请示县里批了没有？")
C(D, "plain", "national document in a 公众号 draft",
  "国务院办公厅印发的国办发〔2023〕12号文件，为我县营商环境改革指明了方向。")
C(D, "plain", "health bureau number with parentheses",
  "青卫健发（2023）17号文件明确了村医补助发放办法。")
C(D, "formatted", "spaced brackets",
  "青政办发 〔 2024 〕 15 号")
C(D, "formatted", "【】 brackets",
  "依据青应急【2024】6号，汛期实行24小时值班。")
C(D, "formatted", "half-width parentheses",
  "青发改(2024)21号 关于下达2024年第一批中央预算内投资计划的通知")
C(D, "formatted", "full-width digits",
  "青政发〔２０２４〕７号")
C(D, "formatted", "header block of a 红头文件",
  "青溪县人民政府办公室文件\n\n青政办发〔2024〕18号\n\n关于印发青溪县2024年为民办实事项目的通知")
C(D, "formatted", "split over lines",
  "文号看不全，好像是青政办发\n〔2024〕9号，你翻一下收文本")
C(D, "formatted", "第 N 号 with spaces",
  "青委办字 （ 2021 ） 第 12 号")
C(D, "formatted", "in a table of received documents",
  "文号\t标题\t来文日期\n青自然资发〔2024〕11号\t关于开展耕地保护督察整改的通知\t2024-03-11")
C(D, "formatted", "square brackets with spaces",
  "青财社 [2023] 56 号")
C(D, "formatted", "(year) without 第",
  "浙政办发（2023）9号")
C(D, "evasive", "Chinese numerals for year and number",
  "青政办发〔二〇二四〕十五号，大家按这个执行")
C(D, "evasive", "asterisks between characters",
  "青*政*办*发〔2024〕15号")
C(D, "evasive", "homoglyphs in the year",
  "青政发〔2O24〕l2号 的内容截图别发")
C(D, "evasive", "pinyin for the county character",
  "qing政办发〔2024〕20号那个文")
C(D, "evasive", "dots between characters",
  "青·委·办〔2023〕·45号")
C(D, "evasive", "zero-width inside",
  f"青人社{ZW}发〔2024〕{ZW}3号")
C(D, "evasive", "spaced out fully",
  "青 财 预 〔 2 0 2 3 〕 1 0 2 号")
C(D, "evasive", "split across lines mid agency",
  "青政\n办发〔2024〕11号")
C(D, "evasive", "number in 大写",
  "青委发〔贰零贰肆〕叁号")
C(D, "evasive", "letter replacing bracket and 号 as hao",
  "青应急〔2024〕6hao，群里别提全称")

# ================================================================ org dictionary
O = "org.dictionary"
C(O, "plain", "天网工程 acceptance in a chat",
  "天网工程二期下周验收，信息科的同志周一到指挥中心集合。")
C(O, "plain", "蓝盾计划 progress",
  "蓝盾计划这个月的进度表谁在填？县长周五要看。")
C(O, "plain", "星火政务平台 launch in 公众号 draft",
  "星火政务平台正式上线，全县128项高频事项实现“掌上办”。")
C(O, "plain", "XK-9 project group",
  "XK-9项目组今晚加班，食堂留六份饭。")
C(O, "plain", "金盾三期 budget",
  "金盾三期的预算今年要压缩15%，财政局已经打招呼了。")
C(O, "plain", "星火政务平台 account reset",
  "星火政务平台账号被锁了，找谁解锁？")
C(O, "plain", "天网工程 in 朋友圈",
  "参与了天网工程建设三年，今天终于看到它在实战中发挥作用，骄傲！")
C(O, "plain", "XK-9 in an email to vendor",
  "张工：XK-9的接口文档请今天发我一下，我们这边要联调。")
C(O, "plain", "蓝盾计划 in meeting minutes line",
  "会议听取了蓝盾计划第一阶段工作汇报。")
C(O, "plain", "金盾三期 in a 12345 complaint",
  "听说金盾三期要在我们村口装基站，辐射大不大？请相关部门解释。")
C(O, "plain", "两 terms in one sentence",
  "天网工程和金盾三期的数据要打通，大数据中心牵头。")
C(O, "formatted", "spaced 天网工程",
  "天 网 工 程 建设情况汇报")
C(O, "formatted", "hashtag 星火政务平台",
  "#星火政务平台# 用户突破10万！")
C(O, "formatted", "XK - 9 with spaces",
  "XK - 9 测试环境今晚停机维护")
C(O, "formatted", "full-width XK-9",
  "ＸＫ－９联调会纪要")
C(O, "formatted", "split across lines",
  "金盾\n三期")
C(O, "formatted", "in 《》 and 【】",
  "【蓝盾计划】第二季度工作要点")
C(O, "formatted", "en dash XK–9",
  "XK–9 二期需求评审")
C(O, "formatted", "in a table",
  "项目\t负责人\t进度\n星火政务平台\t刘科长\t85%\n天网工程\t王科长\t60%")
C(O, "formatted", "quoted in 公文 style",
  "加快推进“金盾三期”建设，确保年底前完成主体工程。")
C(O, "formatted", "spaced 蓝盾 计划",
  "蓝盾 计划 ")
C(O, "evasive", "middle dots",
  "天·网·工·程 这个词别在公众号里出现")
C(O, "evasive", "slashes",
  "蓝/盾/计/划 的会改到周四了")
C(O, "evasive", "underscores in 星火政务平台",
  "星火_政务_平台 那边又崩了")
C(O, "evasive", "X K - 9 spaced letters",
  "X K - 9 的事私聊")
C(O, "evasive", "dashes in 金盾三期",
  "金-盾-三-期 别写全名")
C(O, "evasive", "emoji inside",
  "天网🔥工程 又要加班了")
C(O, "evasive", "zero-width spaces",
  f"星{ZW}火政{ZW}务平台")
C(O, "evasive", "X.K.-9 with dots",
  "X.K.-9 周报已发邮箱")
C(O, "evasive", "commas inside",
  "蓝，盾，计，划 明天汇报")
C(O, "evasive", "split into two lines mid-word",
  "天网\n工程的摄像头又要加装了")
C(O, "evasive", "punctuation asterisks",
  "金*盾*三*期 的钱到了没")

# ================================================================ longer multi-line cases
C("pii.cn_resident_id pii.cn_mobile pii.bank_card", "formatted", "低保 roster pasted from Excel into a work group",
  f"""【城关镇2024年3月新增低保对象】请民政办复核
序号\t姓名\t身份证号\t联系电话\t社保卡金融账户
1\t赵桂芳\t{idn(year=1949, female=True)}\t{mob()}\t{card(bin_='623059')}
2\t钱德旺\t{idn(year=1957, female=False)}\t{mob()}\t{card(bin_='623059')}
3\t孙小梅\t{idn(year=1984, female=True)}\t{mob()}\t{card(bin_='621799')}
有问题的直接在表里标黄""")

C("secret.internal_mark secret.document_number pii.cn_mobile pii.email", "plain", "forwarded notice with 内部资料 and contact",
  f"""内部资料 注意保存
青溪县人民政府办公室
关于做好2024年清明节期间森林防火工作的紧急通知
青政办明电〔2024〕5号
各乡镇人民政府，县政府各部门：
……各地要严格落实24小时值班制度，发现火情立即上报。
联系人：县应急管理局 叶志勇，手机{mob()}，邮箱 yjjzbs@qingxi.gov.cn""")

C("secret.classification_mark org.dictionary secret.document_number", "plain", "meeting minutes on 蓝盾计划",
  """机密★5年
县委网络安全和信息化委员会第3次会议纪要
时间：2024年3月14日上午
一、听取蓝盾计划推进情况汇报，会议认为总体进度符合预期；
二、研究天网工程三期扩容方案，原则同意按青委网办〔2024〕2号文件确定的规模实施；
三、其他事项。
出席：委员会成员；列席：县公安局、县大数据中心主要负责同志""")

C("pii.email pii.cn_mobile pii.cn_uscc org.dictionary", "plain", "email to outside vendor with signature",
  f"""主题：星火政务平台二期对接事宜
陈经理您好：
我单位拟于4月启动星火政务平台二期对接，请贵公司（统一社会信用代码{uscc('91')}）于本周五前提供技术方案及报价。
如有疑问请随时联系。
--
胡晓峰
青溪县大数据发展中心 应用科
手机：{mob()}
邮箱：huxiaofeng@qingxi.gov.cn""")

C("pii.cn_resident_id pii.cn_passport pii.cn_mobile", "formatted", "因公出国 delegation roster pasted",
  f"""赴新加坡学习考察团名单（请外办核对）
姓名,单位职务,身份证号,护照号,手机
钟立军,县委常委、常务副县长,{idn(year=1971)},{pp('E')},{mob()}
白秀琴,县发改局局长,{idn(year=1975, female=True)},{pp('EA')},{mob()}
鲁海涛,县商务局副局长,{idn(year=1982, female=False)},{pp('E')},{mob()}""")

C("secret.classification_mark secret.document_number secret.internal_mark", "evasive", "OCR of a scanned cover",
  """扫描识别结果（请人工核对）：
秘密 ★ l年
青委办发〔2O24〕7号
中 共 青 溪 县 委 办 公 室
关于印发《2024年全县重点工作任务清单》的通知
（此件发至乡镇，不得外传）""")

C("secret.document_number org.dictionary pii.cn_mobile", "plain", "请示 with contact line",
  f"""关于申请追加金盾三期配套资金的请示
县人民政府：
根据青政办发〔2023〕41号文件要求，我局承担金盾三期前端点位建设任务，因点位增加，现申请追加资金186万元。
妥否，请批示。
青溪县公安局
2024年3月22日
（联系人：郭建平，联系电话：{mob()}）""")

C("pii.cn_resident_id pii.cn_mobile pii.cn_uscc", "plain", "12345 complaint about wage arrears",
  f"""诉求人：蔡永刚，身份证{idn(year=1979, female=False)}，电话{mob()}
诉求内容：本人在青溪县恒泰建筑劳务有限公司（信用代码{uscc('91')}）工地做木工，2023年10月至12月工资共计2.6万元至今未结，老板电话不接，请求帮助讨薪。""")

C("pii.cn_uscc pii.bank_card pii.email", "formatted", "钉钉 procurement approval",
  f"""审批类型：采购付款
供应商：青溪县文印广告有限公司
统一社会信用代码：{grp(uscc('91'), [6, 6, 6])}
收款人个人卡：{g4(card(bin_='622202'))}
发票邮箱：qxwenyin@163.com
金额：4,860.00元
事由：党建宣传展板制作""")

C("secret.classification_mark org.dictionary", "evasive", "朋友圈 screenshot caption gone wrong",
  "加班到凌晨，这个 ji密☆5年 的方案改了第七稿了😭\n天·网·工·程 明天汇报，祝我好运吧")

C("secret.internal_mark secret.document_number org.dictionary", "plain", "公众号 draft with leftover internal text",
  """【草稿】数字赋能 让群众少跑腿
（编者按：以下内容根据内部资料整理，发布前请删去敏感表述）
近年来，我县依托星火政务平台，推动政务服务“一网通办”。根据青政发〔2023〕28号文件部署，全县……
XK-9模块上线后，不动产登记平均办理时长缩短至1个工作日。""")

C("pii.cn_mobile pii.email pii.cn_passport", "plain", "travel agency email thread forward",
  f"""---------- 转发的邮件 ----------
发件人：青溪国旅 <qxguolv_ops@126.com>
日期：2024年4月2日
您好，请确认出行人信息：
1. 何小琳 护照{pp('E')} 手机{mob()}
2. 曹志明 护照{pp('EB')} 手机{mob()}
如信息无误请回复“确认”。""")

C("pii.cn_resident_id pii.bank_card", "evasive", "forwarded chat log sending subsidy info in pieces",
  f"""【聊天记录】
张会计：老李，你媳妇的补贴卡号和身份证再发我一下
李明：身份证 {cn((x:=idn(female=True, want_x=False))[:9])}
李明：{cn(x[9:])}
李明：卡号 {(y:=card())[:8]}
李明：{y[8:]}
张会计：收到""")

C("secret.classification_mark secret.internal_mark secret.document_number", "formatted", "file register pasted from Excel",
  """收文登记（3月）
序号\t来文机关\t文号\t密级\t标注\t份数
1\t市委办公室\t市委办发〔2024〕12号\t秘密★1年\t\t2
2\t市政府办公室\t市政办〔2024〕33号\t\t内部明电\t1
3\t县委组织部\t青委组〔2024〕9号\t机密★5年\t\t1""")

C("pii.cn_mobile pii.cn_resident_id pii.email", "evasive", "volunteer sign-up where the sender dodges the bot",
  f"""报名信息（群机器人老是拦，我换个写法）
姓名：谢雨桐
身份证：{cn(idn(female=True, want_x=False), 'ling')}
手机：{cn(m344(mob()), 'low', yao=True)}
邮箱：xieyutong2001[at]163[dot]com""")

C("pii.cn_mobile secret.internal_mark", "plain", "DingTalk group notice with internal mark",
  f"""@所有人 明天上午9点县委常委会，材料为内部资料，会后统一收回，请勿拍照。
会务联系人：唐晓，{mob()}""")

C("pii.cn_uscc pii.bank_card pii.cn_mobile", "plain", "闲鱼-style private sale by a staff member's side business",
  f"""闲置的办公家具整批转让，适合新开公司。
开票方：青溪县木艺家具有限公司 {uscc('91')}
付款直接转：{card(bin_='622848')}
看货电话：{mob()}""")

C("secret.document_number secret.classification_mark pii.cn_mobile", "plain", "值班 log with document arrival",
  f"""值班记录 2024.3.19
08:40 收到市委办传真，市委办发〔2024〕19号，密级秘密★6个月，已呈送县委书记阅。
10:15 石桥乡报告一起山林火情，已扑灭，无人员伤亡。
16:30 县应急局来电，联系人葛明，{mob()}。""")

C("pii.cn_resident_id pii.cn_mobile pii.cn_passport pii.email", "formatted", "因私出境 application form pasted",
  f"""因私出国（境）审批表
姓　名：丁婉清
身份证：{grp(idn(year=1986, female=True), [6, 8, 4])}
护照号：{grp(pp('E'), [1, 4, 4])}
手　机：{m344(mob(), '-')}
邮　箱：dingwanqing@qingxi.gov.cn
前往国家：日本  事由：旅游""")

C("org.dictionary secret.internal_mark pii.cn_mobile", "evasive", "forwarded chat about the project using evasions",
  f"""[转发] 信息科工作群
王科：蓝/盾/计/划 的材料谁改的？
小林：我改的，是 nei部资料，没发外面
王科：好，XK - 9 那部分明天电话说，我号码 {cn(mob(), 'low', yao=True)}""")

C("pii.cn_resident_id pii.cn_mobile pii.bank_card pii.email", "plain", "e-mail from a villager applying for compensation",
  f"""主题：关于征地补偿款的申请
尊敬的领导：
我是石桥乡上村村民冯家贵，身份证号{idn(year=1966, female=False)}。我家2.1亩承包地被征用，补偿款至今未到位，恳请核实后打入我的农商行卡{card(bin_='623059')}。
联系电话：{mob()}
回复请发邮箱 fengjiagui66@qq.com
冯家贵 2024年3月8日""")

C("secret.classification_mark secret.document_number org.dictionary secret.internal_mark", "formatted", "header block of a 红头 document pasted",
  """机密★长期
            份号：000007
中共青溪县委办公室文件
青委办〔2024〕16号
关于印发《天网工程深化应用三年行动方案》的通知
各乡镇党委，县委各部委办……
（此件不予公开）""")

C("pii.cn_uscc pii.email pii.cn_mobile", "formatted", "supplier info table in an email",
  f"""供应商信息确认表
企业名称 | 青溪县清源环保科技有限公司
信用代码 | {uscc('91')}
联系人 | 宋雨晴
手机 | {m344(mob())}
邮箱 | songyq@qingyuan-env.cn""")

C("pii.cn_resident_id pii.cn_mobile", "formatted", "vaccination register paste",
  f"""接种登记
姓名：施建国　身份证：{fw(idn(year=1950))}
联系电话：{fw(mob())}
接种疫苗：流感疫苗　剂次：1""")

C("secret.document_number pii.cn_mobile pii.email", "plain", "township notice forwarded to 工作群",
  f"""各村：
根据青农发〔2024〕6号文件，2024年耕地地力保护补贴申报开始，请各村于4月15日前将汇总表报乡农办。
联系人：袁小东 {mob()}
电子版发 sqxnb2024@126.com""")

C("org.dictionary pii.cn_mobile pii.email", "formatted", "vendor project contact card",
  f"""===== 项目联系卡 =====
项目：星火政务平台 运维
甲方：青溪县大数据中心 邵主任
乙方：杭州某软件 韦工  手机 (+86) {m344(mob(), '-')}
邮箱：weigong@zhiyun-soft.com
=====================""")

C("secret.classification_mark pii.cn_mobile", "evasive", "QQ group: dodging words while arranging handover",
  f"""老地方见，那份 机 密 ※ 5 年 的我当面给你
到了打我 {m344(mob(), '·')}""")

C("pii.bank_card pii.cn_resident_id pii.cn_mobile", "evasive", "小红书 post asking for a loan help, numbers disguised",
  f"""有没有懂的姐妹，我在县里上班，公积金贷款被拒了，客服让我提供：
身份证 {homo(idn(female=True, want_x=False))}
卡 {g4(card(), '🌸')}
电话 {''.join('⓪①②③④⑤⑥⑦⑧⑨'[int(c)] for c in mob())}
（都是变形写法，怕被系统吞）""")

C("secret.internal_mark secret.document_number", "evasive", "chat asking to cut the footer",
  """小周：公众号那篇引用的青政办发〔二〇二四〕八号，原件底部写着“此件不予gong开”，截图要裁掉
小刘：好的，我把文号也删了""")

C("pii.cn_mobile pii.cn_resident_id pii.bank_card pii.cn_uscc", "formatted", "劳务费 payment sheet",
  f"""2024年3月专家评审劳务费发放表
姓名\t身份证号\t银行卡号\t手机\t金额
韩立\t{idn(year=1968)}\t{g4(card(bin_='622202'))}\t{mob()}\t800
欧阳静\t{idn(year=1977, female=True)}\t{g4(card(bin_='621700'))}\t{mob()}\t800
代发单位：青溪县财政局 {uscc('11')}""")

C("org.dictionary secret.classification_mark secret.document_number", "evasive", "chat about a document disguised",
  """领导让我问：金-盾-三-期 的那个 绝密⭐长期 方案，是不是跟青*政*办*发〔2024〕3号 一起报？""")

C("pii.email pii.cn_mobile secret.internal_mark", "plain", "email to partner leaking internal note",
  f"""李老师您好！
附件为我县文旅发展规划的征求意见稿，仅供内部参考，请勿外传。请于4月20日前反馈意见。
县文广旅体局 规划科 严静
手机 {mob()} ／ 邮箱 yanjing_qxwl@163.com""")

C("pii.cn_resident_id pii.cn_passport", "evasive", "WeChat private chat with split identifiers",
  f"""出国备案要的，我分两条发：
身份证前面{(x:=idn())[:8]}
后面{x[8:]}
护照：字母E，后面{pp('E')[1:]}""")

C("pii.cn_mobile pii.bank_card pii.email", "plain", "公众号 donation post draft",
  f"""【爱心接力】石桥乡下洋村村民童某某突发重病，需要大家的帮助！
爱心款可转入其家属账户：{card(bin_='621799')}（邮储银行，户名童建华）
联系人：村支书 {mob()}
捐赠证明可联系 qxcszh@126.com 开具""")

C("secret.document_number secret.internal_mark org.dictionary pii.cn_mobile", "formatted", "meeting notice in DingTalk with fields",
  f"""【会议通知】
会议名称：XK-9 项目阶段评审会
依据：青科发〔2024〕4号
时间：4月12日 14:30
地点：行政中心 3号楼 502
材料：内部资料，会后收回
联系人：章宁 {m344(mob())}""")

C("pii.cn_resident_id pii.cn_mobile pii.email pii.cn_uscc", "plain", "12345 complaint about a training school",
  f"""我叫卢晓敏，身份证{idn(year=1990, female=True)}，手机{mob()}。去年在青溪县启明职业培训学校（统一社会信用代码{uscc('52')}）报了会计班，交了3800元，学校现在关门了，退费无门，请帮助。回复可发邮件 luxiaomin90@163.com。""")

C("secret.classification_mark secret.internal_mark", "formatted", "cover page with multiple markings",
  """┌──────────────────────┐
│ 秘密★1年               │
│ 内部资料  注意保存       │
│ 青溪县2024年一季度      │
│ 社会稳定风险评估报告    │
└──────────────────────┘""")

C("pii.cn_mobile pii.cn_resident_id", "plain", "朋友圈 lost wallet post",
  f"""今天在城关镇农贸市场丢了一个黑色钱包，里面有身份证（{idn(year=1972, female=False)}）和几张卡，捡到的好心人请联系我 {mob()}，必有酬谢🙏""")

C("secret.document_number pii.email org.dictionary", "formatted", "e-mail to provincial department",
  """收件人：shengdsj_xmc@zj.gov.cn
主题：关于报送星火政务平台建设情况的函
附件：1.建设情况报告.pdf 2.青政办函〔2024〕27号.pdf
按照省厅要求，现将我县平台建设情况报送如下……""")

C("pii.cn_uscc pii.cn_resident_id pii.cn_mobile", "evasive", "chat registering a business, dodging the filter",
  f"""营业执照办好了，信用代码 {each(uscc('92'), '.')}
法人身份证 {grp(idn(want_x=False), [6, 8, 4], '🌸')}
有事打 {(z:=mob())[:3]}再加{z[3:7]}再加{z[7:]}""")

C("pii.bank_card pii.cn_mobile secret.internal_mark", "evasive", "QQ group chat about overtime pay, disguised",
  f"""加班费表别发大群（内/部/资/料）
我的卡：{cn(card(), 'da')}
有问题打 {cn(mob(), 'ling')}""")

C("pii.cn_passport pii.email pii.cn_mobile", "formatted", "visa form paste in English",
  f"""APPLICANT INFORMATION
Name: QIN LIXIN
Passport No.: {grp(pp('E'), [1, 4, 4])}
E-mail: qinlixin@qingxi.gov.cn
Mobile: +86-{mob()}
Purpose: Official visit""")

C("secret.classification_mark org.dictionary pii.cn_mobile", "plain", "work-group reminder about a classified briefing",
  f"""提醒：明天下午天网工程专题汇报，汇报材料标注机密★10年，只印5份，不要发电子版。
有事联系办公室戴主任 {mob()}""")

C("secret.document_number secret.internal_mark pii.cn_resident_id pii.cn_mobile", "plain", "信访 case transfer note",
  f"""信访事项转办单
依据：青信访〔2024〕14号
信访人：贺长春，身份证{idn(year=1958, female=False)}，电话{mob()}
事项：反映征地补偿标准偏低
备注：仅供内部参考，不得向信访人出示本单""")

C("pii.email pii.cn_uscc", "evasive", "开票 info sent in pieces to avoid the scanner",
  f"""开票信息我拆开发哈：
单位：青溪县石桥乡人民政府
税号：{cn(uscc('11'))}
发票寄到邮箱 sqxczs 小老鼠 163 点 com""")

C("pii.cn_resident_id pii.cn_mobile pii.bank_card", "plain", "残疾人 subsidy application in a chat",
  f"""帮我村里的残疾人申请护理补贴：
申请人：汤长寿，身份证{idn(year=1963, want_x=True)}
监护人电话：{mob()}
补贴发放卡：{card(bin_='623059')}
材料下午送到乡里。""")

C("org.dictionary secret.internal_mark", "formatted", "PPT outline pasted to a chat",
  """第一页：标题——【蓝盾计划】年度总结
第二页：XK-9 子系统建设成效
第三页：下一步工作
（页脚：仅供内部参考）""")

C("pii.cn_mobile pii.email", "evasive", "xiaohongshu post by staff selling tutoring, numbers disguised",
  f"""县城小学老师暑假一对一辅导（不是本校学生哦）
联系：V {cn(mob(), 'low', yao=True)}
或者发邮件 teacherwang AT 126 DOT com""")

C("secret.classification_mark secret.document_number pii.email", "plain", "e-mail mis-addressed to partner with classified attachment",
  """发件人：xinxike_qx@163.com
收件人：partner@qinghe-tech.com.cn
主题：转发：青委办〔2024〕21号
正文：请查收附件。（附件首页标注“秘密★1年”）""")

# ---- a few more negatives (near misses on identifiers and long harmless texts)
N("Excel scientific notation of an ID (digits lost)",
  "导出的表格身份证那列全变成了3.30727E+17，后面几位都丢了，得把列格式改成文本重新导。")
N("card number with spaces but failing Luhn",
  f"卡号 {g4(bad_card(19))} 转账一直提示“卡号有误”，是不是哪位抄错了？")
N("ID in groups but wrong check digit",
  f"系统校验不过：{grp(bad_id(), [6, 8, 4])}，请村里重新核对户口本。")
N("mobile missing one digit",
  "他留的电话1386572041只有十位，打不通，估计少写了一位。")
N("mobile with an extra digit",
  "登记表上手机号写成了158675320419，多了一位，明天电话确认一下。")
N("passport number too short",
  "护照号只填了E1234567，少一位，出入境系统录不进去。")
N("harmless pasted notice",
  "关于开展2024年“学雷锋”志愿服务月活动的通知\n各乡镇、县直各单位：\n为弘扬雷锋精神，现就开展志愿服务月活动通知如下：\n一、活动时间：3月1日至3月31日\n二、活动内容：环境整治、敬老助残、文明劝导\n三、有关要求：各单位于3月8日前报送活动计划。\n青溪县文明办\n2024年2月26日")
N("harmless email to partner with only public phone",
  "主题：关于油菜花节宣传物料的确认\n刘总您好：\n宣传折页的二稿已收到，封面照片请换成石桥乡梯田那张，其余无修改意见。\n印刷数量5000份，4月1日前送到县文旅局一楼。\n县文旅局 宣传科 0576-83055016")
N("forwarded chat log about lunch",
  "[聊天记录]\n小陈：中午食堂有红烧肉\n老周：给我留一份，我在下洋村还没回来\n小陈：好嘞，放你桌上了\n老周：👍")
N("meeting minutes of a 工会 with numbers but no PII",
  "工会委员会会议纪要\n1. 三八节慰问品每人200元标准；\n2. 职工篮球赛定于4月中旬；\n3. 困难职工帮扶名单下次会议再议。\n记录：工会办公室")
N("12345 reply with work order and landline",
  "【12345回复】您好，您反映的城关镇东门路路灯不亮问题（工单QX240318-0412）已由县城管局处理，维修人员已于3月19日更换灯具。如有疑问请拨打0576-83066012。")
N("job posting with only office phone",
  "青溪县人民医院2024年公开招聘编外护士15名\n报名时间：4月1日-4月10日\n报名地点：县医院行政楼三楼人事科\n咨询电话：0576-83123456")
N("roster of village cadres without identifiers",
  "村名\t书记\t主任\t驻村干部\n东门村\t周国平\t周国平（一肩挑）\t县林业局 胡敏\n下洋村\t柳长青\t柳长青（一肩挑）\t县农业农村局 施建")
N("student number next to a name on a prize list",
  "县中学生作文竞赛一等奖：青溪中学 高二（3）班 钱思远（学号20221305），指导老师 马俊。")
N("蓝盾 and 计划 in unrelated places",
  "蓝盾牌灭火器的采购计划已报财政，年底前全部更换到位。")
N("金盾 and 三期 separated",
  "金盾保安公司负责安置小区三期的门岗值守。")

# ---- a few more long positives
C("pii.cn_resident_id pii.cn_mobile secret.internal_mark", "formatted", "网格 inspection sheet pasted from WPS",
  f"""重点人员走访记录表（内部资料）
走访对象：邵长林
身份证号：{grp(idn(year=1969, female=False), [6, 4, 4, 4])}
联系电话：{m344(mob())}
走访时间：2024年3月21日
走访人：东门社区 网格员 陈芳""")

C("pii.email pii.cn_mobile pii.cn_passport secret.internal_mark", "plain", "e-mail to a foreign partner about a visit",
  f"""Dear Mr. Tan,
Please find below the contact of our delegation leader: Mr. Zhong Lijun, passport {pp('E')}, mobile +86 {mob()}.
The attached itinerary is for internal reference only (仅供内部参考). Please do not forward.
Best regards,
Qingxi County Foreign Affairs Office
waiban_qx@163.com""")

C("secret.classification_mark secret.document_number org.dictionary pii.cn_mobile", "evasive", "WeChat voice-to-text transcript in a group",
  f"""[语音转文字] 王科长：那个机密星号五年的……就是金盾三期那个方案，青政办发二〇二四年十号文件那个，你明天一早拿给我，我手机{cn(mob(), 'low', yao=True)}，到了打我。""")

C("pii.bank_card pii.cn_resident_id pii.cn_uscc", "plain", "农民工工资 payment confirmation paste",
  f"""农民工工资代发确认
用工单位：青溪县恒通建设有限公司（{uscc('91')}）
工人：马长顺 身份证{idn(year=1975, female=False)}
工资卡：{card(bin_='623059')}
应发：5,400.00 实发：5,400.00""")

C("secret.internal_mark org.dictionary pii.email", "evasive", "小红书 draft by a staff member about their job",
  """在县里做信息化的日常～最近在忙 星火_政务_平台 的升级（具体不能说，nei部资料哈）
想交流的姐妹可以发邮件：qingxi_xiaoxin[at]163[dot]com""")

# ================================================================ writing
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blind7.txt")
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
HEADER = """# blind7: held-out evaluation set for the "check before you post" tool (round 7)
# Setting: staff of a fictitious county (青溪县) — work groups, DingTalk, 朋友圈, 公众号 drafts, 通知/请示,
# minutes, rosters pasted from Excel, OCR of scanned covers, e-mails to partners, 闲鱼/小红书 posts, 12345.
# Format: "=== <labels> -- <form> <description>" then the text until the next "===".
# Labels list every kind the text contains; form is plain|formatted|evasive|negative (negative <=> none).
# Invisible characters are written as \\uXXXX escapes. All identifiers are fake but valid.
# Generated by gen_heldout7.py (seed %d).
""" % SEED


def esc(text):
    return "".join("\\u%04x" % ord(ch) if ch in INVISIBLE else ch for ch in text)


def write():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for labs, form, desc, text, _ in CASES:
            f.write("=== %s -- %s %s\n%s\n" % (" ".join(labs), form, desc, esc(text)))


# ================================================================ parsing and checking
def parse(path):
    cases, cur, seen_case = [], None, False
    for ln, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if not seen_case and line.startswith("#"):
            continue
        if line.startswith("=== "):
            seen_case = True
            m = re.fullmatch(r"=== (\S+(?: \S+)*) -- (plain|formatted|evasive|negative) (.+)", line)
            assert m, "bad header line %d: %r" % (ln, line)
            cur = [m.group(1).split(), m.group(2), m.group(3), [], ln]
            cases.append(cur)
        else:
            assert cur is not None or not line.strip(), "text before first case, line %d" % ln
            if cur is not None:
                cur[3].append(line)
    out = []
    for labs, form, desc, lines, ln in cases:
        while lines and lines[-1] == "":
            lines.pop()
        text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), "\n".join(lines))
        out.append((labs, form, desc, text, ln))
    return out


CIRC = {ch: str(i) for i, ch in enumerate("⓪①②③④⑤⑥⑦⑧⑨")}
NUM = {}
for tbl in (CN_LOW, CN_LING, CN_DA):
    for d, ch in tbl.items():
        NUM[ch] = d
NUM.update({"幺": "1", "○": "0"})
UNFW = {v: k for k, v in FW.items()}


def variants(text):
    base = "".join(CIRC.get(c, UNFW.get(c, c)) for c in text)
    v1 = re.sub(r"[^0-9A-Za-z]", "", base).upper()
    v2 = re.sub(r"[^0-9A-Za-z]", "", "".join(NUM.get(c, c) for c in base)).upper()
    v3 = re.sub(r"[^0-9A-Za-z]", "", base.replace("O", "0").replace("l", "1")).upper()
    v4 = re.sub(r"[^0-9A-Za-z]", "", base.replace("#", "7").replace("伊", "E")).upper()
    return [v1, v2, v3, v4]


VALID = {"pii.cn_resident_id": id_valid, "pii.bank_card": lambda s: s.isdigit() and 16 <= len(s) <= 19 and luhn_ok(s),
         "pii.cn_uscc": uscc_valid, "pii.cn_passport": pp_valid, "pii.cn_mobile": mob_valid}


def strict_hits(text):
    """identifiers a plain scanner would see (digits maybe grouped by single spaces/dashes)"""
    t = "".join(UNFW.get(c, c) for c in text)
    hits = []
    for m in re.finditer(r"(?<![0-9A-Za-z])\d(?:[ -]?\d){10,18}[Xx]?(?![0-9A-Za-z])", t):
        s = re.sub(r"[ -]", "", m.group()).upper()
        if len(s) == 18 and id_valid(s):
            hits.append(("id", s))
        if s.isdigit() and 16 <= len(s) <= 19 and luhn_ok(s):
            hits.append(("card", s))
        if len(s) == 11 and mob_valid(s):
            hits.append(("mobile", s))
    for m in re.finditer(r"(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])", t.upper()):
        if uscc_valid(m.group()) and not m.group().isdigit():
            hits.append(("uscc", m.group()))
    for m in re.finditer(r"(?<![0-9A-Za-z])(?:[EG]\d{8}|E[A-Z]\d{7})(?![0-9A-Za-z])", t):
        hits.append(("passport", m.group()))
    if re.search(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", t):
        hits.append(("email", ""))
    if re.search(r"(绝密|机密|秘密)\s*[★☆*※⭐]", t):
        hits.append(("classification", ""))
    if re.search(r"内部资料|内部文件|不得外传|此件不予公开|仅供内部参考|内部明电|注意保存", t):
        hits.append(("internal", ""))
    if re.search(r"[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*第?\s*\d+\s*号", t) and re.search(r"发|办|委|政|字|预|通|函|急", t):
        hits.append(("docno", ""))
    if re.search(r"天网工程|蓝盾计划|星火政务平台|XK-9|金盾三期", t):
        hits.append(("dict", ""))
    return hits


# negatives that a naive pattern would hit on purpose (they are the near misses)
INTENDED_NEAR_MISSES = {"retina @2x file name", "wording 秘密★ in a sticker shop"}


def check(path, gen_cases=None):
    cases = parse(path)
    problems = []
    from collections import Counter
    lab_count, form_count, pos_form = Counter(), Counter(), Counter()
    long_multi = 0
    texts = Counter()
    for i, (labs, form, desc, text, ln) in enumerate(cases):
        where = "line %d (%s)" % (ln, desc)
        if not text.strip():
            problems.append("empty text " + where)
        if any(l not in ORDER for l in labs):
            problems.append("unknown label " + where)
        if (form == "negative") != (labs == ["none"]):
            problems.append("negative <=> none violated " + where)
        if "none" in labs and len(labs) > 1:
            problems.append("none mixed with labels " + where)
        texts[text] += 1
        for l in labs:
            lab_count[l] += 1
        form_count[form] += 1
        if form != "negative":
            pos_form[form] += 1
        if text.count("\n") >= 2 and len([l for l in labs if l != "none"]) >= 2:
            long_multi += 1
        if labs == ["none"]:
            h = strict_hits(text)
            if h and desc not in INTENDED_NEAR_MISSES:
                problems.append("negative has a detectable item %s %s" % (h, where))
        if gen_cases is not None:
            g = gen_cases[i]
            if g[3] != text or g[0] != labs:
                problems.append("file/generator mismatch " + where)
            for kind, value in g[4]:
                if not VALID[kind](value):
                    problems.append("invalid %s %s %s" % (kind, value, where))
                if not any(value.upper() in v for v in variants(text)):
                    problems.append("identifier %s not recoverable from text %s" % (value, where))
    dup = [t for t, n in texts.items() if n > 1]
    if dup:
        problems.append("duplicate texts: %r" % dup[:3])
    return cases, lab_count, form_count, pos_form, long_multi, problems


def report(res):
    cases, lab_count, form_count, pos_form, long_multi, problems = res
    print("cases:", len(cases))
    for l in ORDER:
        print("  %-28s %d" % (l, lab_count[l]))
    print("forms:", dict(form_count), " positives by form:", dict(pos_form))
    print("negatives share: %.1f%%" % (100.0 * form_count["negative"] / len(cases)))
    print("long multi-line multi-label cases:", long_multi)
    for p in problems:
        print("PROBLEM:", p)
    return not problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        ok = report(check(OUT))
    else:
        write()
        ok = report(check(OUT, CASES))
    sys.exit(0 if ok else 1)
