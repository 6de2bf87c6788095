#!/usr/bin/env python3
"""Writes tests/check/heldout/blind.txt: self-check cases written from the
detector specification alone, before the detector sources were read (the
held-out set of issue 3). Identifiers are fake; their check characters are
computed here independently of src/check (GB 11643, GB 32100 + GB 11714, Luhn).
Deterministic (fixed seed); the output is committed and tests never run this.

    python3 tests/check/gen_heldout.py > tests/check/heldout/blind.txt
"""
import random
import sys
import unicodedata

R = random.Random(3_2024_0917)

# ---- check characters -------------------------------------------------------

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check(body17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def luhn_ok(digits):
    if not digits.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I O S V Z
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - s % 31) % 31]


ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    def val(c):
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10
    c = 11 - sum(val(x) * w for x, w in zip(body8, ORG_WEIGHTS)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


# ---- generators -------------------------------------------------------------

REGIONS = ["110101", "110105", "110108", "120103", "310104", "310115", "320102", "330106",
           "340104", "350203", "370202", "420111", "430104", "440305", "440106", "510107",
           "520102", "610113", "210203", "230103", "130102", "140105"]
# Regions whose IDs cannot be mistaken for a bank card prefix (3, 4, 5, 6).
SAFE_REGIONS = [r for r in REGIONS if r[0] in "12"]

DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_date(y0=1950, y1=2012):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, DAYS[m - 1])
    return f"{y:04d}{m:02d}{d:02d}"


def rid(date=None, region=None, bad_check=False):
    region = region or R.choice(SAFE_REGIONS)
    date = date or rand_date()
    while True:  # never a number that could also pass as a bank card
        body = region + date + f"{R.randint(0, 999):03d}"
        c = id_check(body)
        if bad_check:
            c = R.choice([x for x in "0123456789X" if x != c])
        out = body + c
        if not luhn_ok(out):
            return out


def rid_x(lower=False):
    while True:
        s = rid()
        if s.endswith("X"):
            return s[:-1] + "x" if lower else s


def rid15(valid=True):
    region = R.choice(SAFE_REGIONS)
    if valid:
        date = rand_date(1940, 1999)[2:]
    else:
        date = f"{R.randint(40, 99):02d}{R.choice([13, 14, 0]):02d}{R.randint(1, 28):02d}"
    return region + date + f"{R.randint(0, 999):03d}"


MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                 "152", "153", "155", "157", "158", "159", "166", "170", "173", "176", "177",
                 "180", "181", "182", "185", "186", "187", "188", "189", "191", "198", "199"]


def mobile():
    return R.choice(MOBILE_PREFIX) + "".join(R.choice("0123456789") for _ in range(8))


def card(prefix="62", length=19, valid=True):
    while True:
        s = luhn_complete(prefix, length)
        if valid:
            return s
        last = (int(s[-1]) + R.randint(1, 9)) % 10
        bad = s[:-1] + str(last)
        assert not luhn_ok(bad)
        return bad


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def uscc(valid=True, kind="91"):
    region = R.choice(REGIONS)
    alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    org8 = "".join(R.choice(alnum) for _ in range(8))
    org = org8 + org_check(org8)
    body = kind + region + org
    c = uscc_check(body)
    if not valid:
        c = R.choice([x for x in USCC_CHARS if x != c])
    return body + c


def passport():
    if R.random() < 0.6:
        return "E" + "".join(R.choice("0123456789") for _ in range(8))
    letter = R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return "E" + letter + "".join(R.choice("0123456789") for _ in range(7))


NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷", "吴军", "徐丽",
         "孙浩", "马超", "朱琳", "胡斌", "郭颖"]

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ---- the cases --------------------------------------------------------------

CASES = []


def case(labels, text, note=""):
    CASES.append((labels, note, text))


S = "secret.classification_mark"
I = "secret.internal_mark"
D = "secret.document_number"
ID = "pii.cn_resident_id"
M = "pii.cn_mobile"
B = "pii.bank_card"
U = "pii.cn_uscc"
P = "pii.cn_passport"
E = "pii.email"
O = "org.dictionary"
N = ""

# -- classification markings: positives
case(S, "机密★1年")
case(S, "秘密★长期")
case(S, "绝密★启用前\n2024年普通高等学校招生全国统一考试\n数学（理科）", "exam paper head")
case(f"{S} {D}", "机密★10年\n中共某某市委办公室文件\n某办发〔2023〕15号\n关于进一步加强值班工作的通知")
case(S, "密级：秘密")
case(S, "密级:机密  保密期限:5年")
case(S, "密级　绝密")
case(S, "【机密】关于某某专项行动的实施方案")
case(S, "机密\n\n关于2023年度重点项目推进情况的报告\n各区县人民政府：", "bare marking at head")
case(S, "秘密★6个月")
case(S, "秘密★一年")
case(S, "绝密★20年")
case(S, "機密★長期", "traditional")
case(S, "絕密★啟用前", "traditional")
case(S, "秘 密 ★ 1 年", "OCR spacing")
case(S, "机\u200b密★5年", "zero-width space")
case(S, "秘\u200d密\n关于召开专题会议的通知", "zero-width joiner at head")
case(S, "机·密★长期", "middle dot")
case(S, "机．密★3年", "full-width full stop")
case(S, "**机密**\n会议纪要（第5次）", "markdown bold at head")
case(S, "本文件密级为机密，请妥善保管。")
case(S, "文件密级：机密级")
case(S, "涉密等级：秘密级")
case(S, "┏━━━━┓\n┃ 机密 ┃\n┗━━━━┛\n关于调整部分干部职务的通知", "box stamp")
case(S, "（机密）\n某某工作情况汇报")
case(S, "[秘密]\n2024年第二季度安全形势分析")
case(S, "—— 绝密 ——")
case(S, "机密 ★ 1年\n某某省人民政府办公厅\n2024年3月5日", "OCR")
case(S, "序号\t文件标题\t密级\t份数\n1\t关于某某问题的请示\t机密\t5\n2\t专题会议纪要\t秘密\t3", "spreadsheet column")
case(S, "标题,密级,保密期限\n某某情况报告,机密,10年", "csv")
case(S, "群文件里那个“秘密★1年”的通知谁下载了？", "chat")
case(S, "000123\n机密★1年\n某某委员会文件", "copy number then mark")
case(S, "机密☆1年", "hollow star")
case(S, "秘密*3年", "asterisk for star")
case(S, "绝密 ★ 启用前")
case(S, "秘密★5年　　　特急")
case(S, "机 \u200b 密★长期", "space and zero-width")
case(S, "秘\n密★1年", "line break inside")
case(S, "【絕密】", "traditional bracketed")
case(S, "密　级：秘　密", "ideographic spaces")
case(S, "密级：机密 ★", "")
case(f"{S} {D}", "秘密\n某某县人民政府文件\n某政发〔2022〕8号\n关于印发某某方案的通知")
case(S, "主题：【秘密】关于近期工作安排的通知", "mail subject")
case(S, "附件：关于某某情况的报告（机密）.docx", "file name")
case(S, "密级：机密\n份号：015")
case(S, "机\uFEFF密★2年", "BOM inside")
case(S, "秘\u2060密★1年", "word joiner inside")
case(S, "文件编号：2024-03\n密级：绝密\n紧急程度：特急")
case(S, "机密★１年", "full-width digit")
case(S, "<机密>\n关于某某事项的紧急通知", "angle brackets")
case(S, "机-密★1年", "hyphen inserted")

# -- classification markings: near misses
case(N, "成功的秘密在于坚持不懈。")
case(N, "秘密花园是一本很受欢迎的涂色书。")
case(N, "各单位要认真遵守机密文件不得外传的规定。")
case(N, "这家公司的商业机密被竞争对手窃取了。")
case(N, "数据的机密性、完整性和可用性是信息安全的三个要素。")
case(N, "国家秘密的密级分为绝密、机密、秘密三级。", "law text")
case(N, "《中华人民共和国保守国家秘密法》自2024年5月1日起施行。")
case(N, "他们秘密地策划了一场生日惊喜。")
case(N, "揭秘：这些食物其实并不健康")
case(N, "这是我们之间的小秘密★嘘～")
case(N, "电视剧《绝密使命》讲述了中央红色交通线的故事。")
case(N, "秘密投票的结果将在明天公布。")
case(N, "机密信息管理系统采购项目中标公告\n一、项目编号：2024-017", "word continues at head")
# Relabelled after the first run: the spec takes a bare 秘密 at the head of a
# text as a marking, and nothing on its line tells a poem's title apart.
case(S, "秘密\n——一首小诗\n我有一个秘密，藏在春天的风里。", "poem title; label corrected: head-of-text rule")
case(N, "保密期限届满后自行解密。")
case(N, "★★★★★ 五星好评！秘密武器就是这款面膜")
case(N, "昨晚看了《绝密档案》第三集。")
case(N, "密级：公开")
case(N, "密级：非密")
case(N, "本项目不涉密。")
case(N, "涉密人员应当遵守保密纪律，定期参加培训。")
case(N, "这不是什么机密，大家都知道。")
case(N, "军事机密不能随便在网上说。")
case(N, "近年来金融危机密集爆发，值得警惕。", "substring across words")
case(N, "这是一个飞机密集起降的繁忙机场。", "substring across words")
case(N, "考古学家正在破解神秘密码。", "substring across words")
case(N, "社区拒绝密切接触者进入会场。", "substring across words")
case(N, "标题\t密级\n通知\t公开\n简报\t公开", "spreadsheet, public")
case(N, "请在文件首页左上角标注密级和保密期限。", "no level given")
case(N, "机密级别是怎样划分的？有人知道吗", "question")
case(N, "秘密行动是一部动作片，周末上映。")
case(N, "小红书上说减肥的秘密就是少吃多动。")
case(N, "他守口如瓶，这件事成了永远的秘密。")
case(N, "机密的事情不要在微信群里讨论。", "advice in prose")
case(N, "绝密档案里的故事都是虚构的。")

# -- internal markings: positives
case(I, "内部资料　请勿外传\n2024年第3期")
case(I, "内部明电\n发电单位：某某省委办公厅")
case(I, "本材料仅供内部学习使用，不得外传。")
case(I, "【内部文件 严禁转发】")
case(I, "内部★注意保存")
case(I, "（内部资料，仅供参考）")
case(I, "內部文件", "traditional")
case(I, "内\u200b部\u200b资\u200b料", "zero-width")
case(I, "内·部·资·料", "middle dots")
case(I, "仅限内部传阅")
case(I, "内部发行\n某某年鉴（2023）")
case(I, "注意保存\n某某市人民政府办公室\n2024年3月", "head line")
case(I, "群内文件，不得外传！", "chat")
case(I, "内部参考　注意保存")
case(I, "工 作 秘 密", "spaced")
case(I, "工作秘密★1年")
case(I, "文件\t标注\n周报\t内部资料", "spreadsheet")
case(I, "内部明电　　特急")
case(I, "内部文件，请勿转发朋友圈")
case(I, "仅供内部使用")
case(I, "内部资料，严禁复制")
case(I, "[内部]\n2024年第一季度经营分析")
case(I, "内部資料　注意保存", "traditional")
case(I, "——内部资料 注意保存——")
case(I, "此件不得外傳", "traditional")
case(I, "内部\n\n关于调整作息时间的通知", "bare 内部 at head")

# -- internal markings: near misses
case(N, "关于加强内部文件管理的通知\n各科室：为规范文件流转……", "title in prose")
case(N, "图书馆内部资料室周末不开放。")
case(N, "请注意保存好购物小票，以便退换货。")
case(N, "剩菜要注意保存，避免变质。")
case(N, "公司要建立健全内部控制制度。")
case(N, "工作秘密和国家秘密有什么区别？", "concept question")
case(N, "内部明电是什么意思？", "concept question")
case(N, "此方为祖传秘方，概不外传。")
case(N, "奶奶常说家丑不得外传。")
case(N, "内部文件不得外传是基本的保密常识。", "prose")
case(N, "学校内部资料的整理工作由档案室负责。")
case(N, "我们对办公楼进行内部装修。")
case(N, "最近在读《水浒外传》。")
case(N, "内部员工福利发放通知：每人一箱水果。")
case(N, "这部手机的内部存储空间是256GB。")

# -- document numbers: positives
for num in ["国办发〔2024〕12号", "京政发[2023]5号", "××委办字（2022）第3号", "中办发〔2019〕45号",
            "国发〔2023〕7号", "沪府办发〔2021〕23号", "粤府函〔2022〕105号", "财预〔2023〕18号",
            "川办发〔2024〕1号", "教基〔2022〕7号", "某县委发〔2024〕3号", "中办发[2018]60号",
            "国函〔2023〕15号", "浙政办发〔2022〕64号", "组通字〔2023〕12号", "人社部发〔2021〕46号",
            "京政办发【2023】7号", "国办发(2024)12号", "国办发（2024）第12号", "苏政传发〔2022〕56号",
            "鄂组通〔2023〕31号", "陕教〔2024〕101号", "中组发〔2020〕1号", "黔府发〔2021〕5号",
            "市纪委发〔2023〕9号", "XX办字〔2024〕11号", "国发〔1999〕3号"]:
    case(D, num)
case(D, "国办发 〔2024〕 12 号", "spaces")
case(D, "国办发〔２０２４〕１２号", "full-width digits")
case(D, "國辦發〔2024〕12號", "traditional")
case(D, "国 办 发〔2024〕12 号", "OCR spacing")
case(D, "国办发\u200b〔2024〕12号", "zero-width")
case(D, "根据《国务院办公厅关于进一步优化营商环境的意见》（国办发〔2024〕12号）精神，结合实际，制定本方案。")
case(D, "文号\t标题\n京政发〔2023〕5号\t关于印发某某规划的通知", "spreadsheet")
case(D, "请各单位按照京政发〔2023〕5号文要求抓好落实。")

# -- document numbers: near misses
case(N, "（2023）京0105民初12345号", "court case number")
case(N, "京ICP备12345678号-1", "ICP licence")
case(N, "京公网安备11010502030143号")
case(N, "GB/T 9704—2012《党政机关公文格式》")
case(N, "12号楼3单元502室")
case(N, "本届比赛第3号选手表现出色。")
case(N, "2024年第12号台风“贝碧嘉”登陆上海。")
case(N, "苏（2023）无锡市不动产权第0012345号", "property certificate")
case(N, "请于3月12号前提交材料。")
case(N, "国药准字H20023456")

# -- resident IDs
for _ in range(6):
    case(ID, f"身份证号：{rid()}")
for _ in range(3):
    case(ID, f"{R.choice(NAMES)}，{rid()}")
case(ID, f"公民身份号码 {rid_x()}", "X check")
case(ID, f"身份证{rid_x(lower=True)}", "lower-case x")
case(ID, f"身份证号码：{fullwidth(rid())}", "full-width digits")
case(ID, f"我的身份证是{rid()}，麻烦帮我查一下社保。", "chat")
case(ID, f"身份证号：{rid(date='20000229')}", "leap day 2000")
case(ID, f"身份证号：{rid(date='19960229')}", "leap day 1996")
case(ID, f"身份证号：{rid15()}", "15-digit legacy")
case(ID, f"旧身份证号码{rid15()}", "15-digit legacy")
case(ID, "身份证：" + (lambda s: f"{s[:6]} {s[6:14]} {s[14:]}")(rid()), "6-8-4 grouping")
case(ID, f"身份证号：{rid(region='440305')}", "Shenzhen")
case(ID, f"身份证号：{rid(region='610113')}", "Xi'an")
case(ID, f"申请人：{R.choice(NAMES)}  证件号码：{rid()}  联系地址：某某路1号")
case(ID, f"ID: {rid()}")
for _ in range(6):
    case(N, f"身份证号：{rid(bad_check=True)}", "wrong check digit")
case(N, f"身份证号：{rid(date='19900230', bad_check=False)}", "no 30 February")
case(N, f"身份证号：{rid(date='19881329')}", "month 13")
case(N, f"身份证号：{rid(date='19000229')}", "1900 is not a leap year")
case(N, f"身份证号：{rid(date='20301201')}", "birth in the future")
case(N, f"旧身份证号码{rid15(valid=False)}", "15-digit with month 13/14/00")
case(N, f"交易流水号：{R.randint(10, 99)}{rid()}", "valid ID inside a longer digit run")
case(N, "订单号：202403151234567890")
case(N, f"快递单号：{'YT'}{R.randint(10**12, 10**13 - 1)}")

# -- mobiles
case(M, f"手机：{mobile()}")
case(M, f"联系电话 {mobile()}")
case(M, f"有事打我电话{mobile()}，随时联系", "chat")
m = mobile()
case(M, f"+86 {m[:3]} {m[3:7]} {m[7:]}", "+86 grouped")
case(M, f"+86{mobile()}")
m = mobile()
case(M, f"{m[:3]}-{m[3:7]}-{m[7:]}", "hyphens")
m = mobile()
case(M, f"{m[:3]} {m[3:7]} {m[7:]}", "spaces")
case(M, f"手机号：{fullwidth(mobile())}", "full-width digits")
case(M, f"(+86){mobile()}")
case(M, f"0086-{mobile()}")
case(M, f"微信同号{mobile()}")
case(M, f"联系人：{R.choice(NAMES)}（{mobile()}）")
case(M, f"Tel/WeChat: {mobile()}")
case(M, f"电话：{mobile()}/{mobile()}", "two numbers")
case(N, "12345678901")
case(N, f"订单号20240315{mobile()}", "inside longer digit run")
case(N, "QQ号：1234567890")
case(N, "办公电话：010-62345678")
case(N, "客服热线：400-810-8888")
case(N, "工商银行客服95588")
case(N, f"编号{mobile()}01", "13 digits")
case(N, "时间戳1712345678901")
case(N, "邮编100080，电话010-88886666")
case(N, "统计结果：10623456789元", "starts with 10")

# -- bank cards
for pre, ln in [("62", 19), ("62", 16), ("622848", 19), ("621700", 19), ("4", 16), ("51", 16),
                ("55", 16), ("622202", 19)]:
    case(B, f"卡号：{card(pre, ln)}")
case(B, f"银行卡 {group4(card('62', 19))}", "grouped")
case(B, f"工资卡号 {group4(card('6222', 16))}", "grouped 16")
case(B, f"请转账到 {group4(card('62', 19), '-')}", "hyphen groups")
case(B, f"卡号：{fullwidth(card('62', 16))}", "full-width")
case(B, f"{R.choice(NAMES)} 建设银行 {card('621700', 19)}")
case(B, "测试卡号 4111 1111 1111 1111", "well-known Visa test number is still a card")
case(B, f"开户行：农业银行某某支行　账号：{card('622848', 19)}")
for pre, ln in [("62", 19), ("62", 16), ("4", 16), ("622848", 19)]:
    case(N, f"卡号：{card(pre, ln, valid=False)}", "Luhn fails")
case(N, "卡号：0000 0000 0000 0000", "no issuer")
case(N, f"单号：{luhn_complete('9', 16)}", "Luhn passes but no issuer prefix")
case(N, f"单号：{luhn_complete('1', 16)}", "Luhn passes but no issuer prefix")
case(N, "产品序列号：SN2024031500012345")

# -- USCC
for _ in range(6):
    case(U, f"统一社会信用代码：{uscc()}")
case(U, f"纳税人识别号 {uscc()}")
case(U, f"某某科技有限公司（{uscc()}）")
case(U, f"社会组织代码：{uscc(kind='51')}", "civil affairs registration")
case(U, f"统一社会信用代码：{fullwidth(uscc())}", "full-width")
case(U, f"信用代码:{uscc(kind='12')}", "public institution")
for _ in range(5):
    case(N, f"统一社会信用代码：{uscc(valid=False)}", "wrong check character")
case(N, "统一社会信用代码：9111010800000000IO", "letters I and O are not in the code set")
case(N, "统一社会信用代码：（待补充）")

# -- passports
for _ in range(5):
    case(P, f"护照号码：{passport()}")
case(P, f"护照号 {passport()}，有效期至2030年")
case(P, f"{R.choice(NAMES)}\t{passport()}\t中国", "spreadsheet row")
case(P, f"Passport No.: {passport()}")
case(P, f"旧护照：G{R.randint(10**7, 10**8 - 1)}", "old G series")
case(P, f"护照号码：{fullwidth(passport())}", "full-width")
case(N, "护照号码：E1234567", "too short")
case(N, "护照号码：暂未办理")
case(N, "护照办理需要携带身份证原件。")

# -- e-mail
case(E, "邮箱：zhangwei1988@163.com")
case(E, "请发简历至 hr.recruit@example.com.cn")
case(E, "联系我li.na_2020@qq.com欢迎交流", "CJK around")
case(E, "wang+news@mail.example.org")
case(E, "ZHAO.MIN@EXAMPLE.GOV.CN")
case(E, "邮箱：chenjing＠126．com", "full-width at and dot")
case(E, "E-mail: liu-yang@sub.example.net")
case(E, "投稿邮箱：tougao@example.cn；电话：010-62345678")
case(N, "@张伟 收到请回复")
case(N, "微博 @人民日报 发布消息")
case(N, "邮箱：暂无")
case(N, "请登录 example.com 查看")
case(N, "zhangwei@163 后面忘了", "no top-level domain")

# -- organisation dictionary (terms: 天网工程 蓝盾计划 星火政务平台 XK-9 金盾三期)
case(O, "天网工程二期的进展怎么样了？")
case(O, "关于蓝盾计划的补充说明")
case(O, "星火政务平台明天凌晨停机维护。")
case(O, "XK-9型设备已到货。")
case(O, "金盾三期验收会议纪要")
case(O, "天 网 工 程", "spaced")
case(O, "天網工程", "traditional")
case(O, "蓝\u200b盾\u200b计\u200b划", "zero-width")
case(O, "ＸＫ－９", "full-width")
case(O, "星火·政务·平台", "middle dots")
case(O, "金盾\n三期", "line break")
case(O, "藍盾計劃", "traditional")
case(N, "天网恢恢，疏而不漏。")
case(N, "蓝盾牌安全帽")
case(N, "XK-90型号与本项目无关。", "longer code")
case(N, "金盾工程是一项公开的国家工程。")
case(N, "星火计划是科技部的一个项目。")
case(N, "TXK-95")

# -- realistic mixtures
case(f"{ID} {M}", f"姓名\t性别\t身份证号\t手机号\n{NAMES[0]}\t男\t{rid()}\t{mobile()}\n{NAMES[1]}\t女\t{rid()}\t{mobile()}", "spreadsheet")
case(f"{ID} {M} {B}", f"报销人：{NAMES[2]}\n身份证：{rid()}\n电话：{mobile()}\n收款卡号：{card('62', 19)}")
case(f"{U} {E} {M}", f"某某科技有限公司\n统一社会信用代码：{uscc()}\n联系人邮箱：sales@example.com\n手机：{mobile()}")
case(f"{S} {I}", "机密★1年\n内部资料　注意保存\n关于某某情况的通报", "both marks")
case(f"{S} {D} {O}", "秘密★5年\n某办发〔2024〕6号\n关于天网工程建设进展的报告")
case(f"{P} {M}", f"出行人：{NAMES[3]}，护照{passport()}，手机{mobile()}")
case(f"{I} {D}", "内部明电\n某政传发〔2023〕17号\n关于做好防汛工作的紧急通知")
case(f"{ID}", f"经办人：{NAMES[4]}  身份证号：{rid()}  办理日期：2024-03-15")
case(f"{E}", "如有疑问请联系 zhou.ting@example.com，工作日9:00-17:00。")
case(N, "各位家长：本周五下午3点召开家长会，请准时参加。联系电话：010-62345678")
case(N, "今天的会议纪要已发到群里，请大家查阅并提出意见。")
case(N, "根据《党政机关公文格式》国家标准，公文首页应标注份号、密级和保密期限、紧急程度。", "format standard in prose")
case(N, "序号\t项目\t金额（元）\n1\t办公用品\t12345.60\n2\t差旅费\t8800.00", "spreadsheet, no PII")
case(N, "2024年3月15日 星期五 晴 气温8～17℃")
case(N, "第一章 总则\n第一条 为了规范党员网络行为，制定本规定。")


def escape(text):
    out = []
    for ch in text:
        if unicodedata.category(ch) == "Cf" or ch == "\ufeff":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def main():
    w = sys.stdout.write
    w("# Held-out cases, written from the detector specification before the detector\n")
    w("# sources were read (issue 3). Generated by tests/check/gen_heldout.py.\n")
    for labels, note, text in CASES:
        assert not text.startswith("===") and "\n===" not in text
        head = "=== " + (labels if labels else "none")
        if note:
            head += " -- " + note
        w(head + "\n" + escape(text) + "\n")


if __name__ == "__main__":
    main()
