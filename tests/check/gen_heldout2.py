#!/usr/bin/env python3
"""Second blind held-out set for the self-check detectors.

Written on 2026-12-02 from the detector specification only, without reading
the detectors, their tests or the other case files.  Fixed seed, standard
library only; it computes the check characters of every fake identifier
itself.  Regenerate with

    python3 tests/check/gen_heldout2.py > tests/check/heldout/blind2.txt
"""

import random
import sys

R = random.Random(20261202)

ZW = "\\u200b"      # written to the file as the \uXXXX escape (zero-width space)
ZWJ = "\\u200d"     # zero-width joiner
FEFF = "\\ufeff"    # zero-width no-break space

# ---------------------------------------------------------------- checksums

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(s17):
    total = sum(USCC_CS.index(c) * w for c, w in zip(s17, USCC_W))
    return USCC_CS[(31 - total % 31) % 31]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def valid_date(y, m, d):
    if not 1 <= m <= 12 or d < 1:
        return False
    mdays = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28,
             31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= mdays[m - 1]


def looks_like_card(s):
    """True if an all-digit string would pass as a bank card by the spec."""
    return (s.isdigit() and 15 <= len(s) <= 19 and luhn_ok(s)
            and (s[0] in "45" or s.startswith("62") or s[0] == "3"))


# ------------------------------------------------------------ fake identifiers

# Region codes starting 1-3 only, so no ID can look like a 4/5/62 card prefix.
REGIONS = ["110101", "110105", "110108", "120101", "120104", "130102",
           "210102", "230103", "310104", "310115", "320102", "330106",
           "340104", "370102", "360102", "320505"]


def rand_birth():
    y = R.randint(1962, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return "%04d%02d%02d" % (y, m, d)


def rid(x=False, birth=None):
    """Valid 18-digit resident ID (check digit per GB 11643)."""
    while True:
        s17 = R.choice(REGIONS) + (birth or rand_birth()) + digits(3)
        c = id_check(s17)
        if x != (c == "X"):
            continue
        full = s17 + c
        if c != "X" and looks_like_card(full):
            continue
        return full


def rid_bad_check():
    while True:
        good = rid()
        wrong = R.choice([c for c in "0123456789" if c != good[-1]])
        bad = good[:17] + wrong
        if not looks_like_card(bad):
            return bad


def rid_bad_date(date):
    """Correct check digit over an impossible birth date."""
    y, m, d = int(date[:4]), int(date[4:6]), int(date[6:])
    assert not valid_date(y, m, d)
    while True:
        s17 = R.choice(REGIONS) + date + digits(3)
        c = id_check(s17)
        if c == "X" or looks_like_card(s17 + c):
            continue
        return s17 + c


def rid15(date6=None):
    """Legacy 15-digit ID: region + YYMMDD + 3 digits."""
    if date6 is None:
        b = rand_birth()
        while int(b[:4]) >= 2000:
            b = rand_birth()
        date6 = b[2:]
    while True:
        s = R.choice(REGIONS) + date6 + digits(3)
        if not looks_like_card(s):
            return s


MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138",
                   "139", "147", "150", "151", "152", "153", "155", "156",
                   "158", "159", "166", "173", "176", "177", "180", "181",
                   "186", "187", "188", "189", "191", "198", "199"]


def mobile(prefix=None):
    return (prefix or R.choice(MOBILE_PREFIXES)) + digits(8)


def grp344(m, sep):
    return m[:3] + sep + m[3:7] + sep + m[7:]


def card(prefix, length):
    assert length in (16, 17, 19, 20, 13)
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def card_bad(prefix, length):
    good = card(prefix, length)
    wrong = R.choice([d for d in "0123456789" if d != good[-1]])
    bad = good[:-1] + wrong
    assert not luhn_ok(bad)
    return bad


def grp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


USCC_REGIONS = ["110108", "110105", "310115", "320102", "330106", "440305",
                "510107", "120116"]
# E and G are left out of the random part so that no USCC can contain a
# passport-shaped run.
ORG_CS = "0123456789ABCDFHJKLMNPQRTUWXY"


def uscc(head="91"):
    while True:
        if head == "91":
            org = "MA0" + "".join(R.choice(ORG_CS) for _ in range(6))
        else:
            org = "".join(R.choice("0123456789") for _ in range(8)) + R.choice("ABCDHKMNPQRTUWXY")
        s17 = head + R.choice(USCC_REGIONS) + org
        return s17 + uscc_check(s17)


def uscc_bad(head="91"):
    good = uscc(head)
    wrong = R.choice([c for c in USCC_CS if c != good[-1]])
    return good[:-1] + wrong


def passport(kind):
    if kind == "E":
        return "E" + digits(8)
    if kind == "G":
        return "G" + digits(8)
    return "E" + kind + digits(7)   # EA1234567 style


def fw(s):
    """Full-width form of the ASCII characters in s."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- the cases

CASES = []

CM = "secret.classification_mark"
IM = "secret.internal_mark"
DN = "secret.document_number"
RID = "pii.cn_resident_id"
MOB = "pii.cn_mobile"
BC = "pii.bank_card"
UC = "pii.cn_uscc"
PP = "pii.cn_passport"
EM = "pii.email"
OD = "org.dictionary"


def add(labels, note, text):
    assert not text.endswith("\n")
    for line in text.split("\n"):
        assert not line.startswith("===")
    labs = " ".join(sorted(labels)) if labels else "none"
    CASES.append((labs, note, text))


def L(*lines):
    return "\n".join(lines)


# ---- secret.classification_mark: positives ------------------------------

add([CM], "marking with period at the head of a notice", L(
    "秘密★1年",
    "关于做好2025年春节期间值班工作的通知",
    "各党支部：",
    "现将有关事项通知如下，请认真贯彻落实。"))

add([CM, DN], "full document head: 份号, 密级, 紧急程度, 版头, 文号", L(
    "000036",
    "机密★长期",
    "特急",
    "中共××市委办公室文件",
    "××委办发〔2024〕17号",
    "关于进一步加强信息安全管理的意见"))

add([CM], "份号 line then 绝密 with period", L(
    "份号：0008",
    "绝密★30年",
    "平急",
    "关于××工作的请示"))

add([CM], "密级 label in meeting minutes", L(
    "会议纪要",
    "密级：机密",
    "保密期限：10年",
    "时间：2024年11月5日上午9:00",
    "地点：三楼第二会议室",
    "参会人员：张三、李四、王五"))

add([CM], "forwarded mail subject with marking", L(
    "FW: 秘密★6个月 关于调整部分干部任职的建议名单（征求意见稿）"))

add([CM], "traditional characters: 機密★長期", L(
    "機密★長期",
    "關於加強網絡安全管理工作的通知",
    "各處室："))

add([CM], "traditional 絕密 with period", L(
    "絕密★30年",
    "第1頁 共4頁"))

add([CM], "zero-width space inside 机密", L(
    "机" + ZW + "密★1年",
    "关于××项目进展情况的报告（送审稿）"))

add([CM], "space between the two characters", L(
    "秘 密★6个月",
    "",
    "××局关于年度考核结果的通报"))

add([CM], "full-width digits in the period", L(
    "机密★１０年",
    "会议材料之二"))

add([CM], "OCR of an inner page: spaced marking with period", L(
    "- 2 -",
    "机 密★1年",
    "三、下一步工作安排",
    "（一）加快推进试点工作。"))

add([CM], "stamp-like line of its own in the middle of a scan", L(
    "扫描件 第2页",
    "绝  密",
    "此页为附件目录，共3项。"))

add([CM], "bare marking at the head of the text", L(
    "机密",
    "",
    "关于××同志问题线索的初步核实情况",
    "经初步核实，现将有关情况报告如下。"))

add([CM], "密级 label with half-width colon", L(
    "标题：2025年度预算编制说明",
    "密级:秘密",
    "起草：李四"))

add([CM], "mixed English mail subject", L(
    "Subject: FW: 机密★长期 budget draft v3",
    "Please review before Friday."))

add([CM], "markings in a tab-separated file list", L(
    "序号\t文件标题\t密级\t份数",
    "1\t关于××项目的请示\t机密★1年\t3",
    "2\t第四次会议纪要\t秘密★6个月\t5"))

add([CM], "bare 绝密 heading a forwarded text", L(
    "绝密",
    "会议要点：",
    "1. 研究了明年的重点任务；",
    "2. 确定了分工。"))

add([CM], "密级 label with 绝密★长期 and 紧急程度", L(
    "密级：绝密★长期",
    "紧急程度：特急",
    "关于××事项的紧急报告"))

add([CM], "traditional label 密級：機密", L(
    "密級：機密",
    "標題：年度工作總結（初稿）"))

add([CM], "marking in brackets at the start of a title", L(
    "【秘密★2年】关于2025年度招录计划的初步安排"))

add([CM], "zero-width between 秘密 and ★", L(
    "秘密" + ZW + "★1年",
    "××办公室",
    "2024年10月"))

add([CM], "ideographic space inside 机密", L(
    "机\u3000密★1年",
    "关于××的情况通报"))

add([CM], "spaced traditional 絕 密 as a heading line", L(
    "絕 密",
    "××專項工作方案"))

add([CM], "zero-width joiner inside 绝密, with period", L(
    "绝" + ZWJ + "密★20年",
    "××工作领导小组"))

add([CM], "marking on the 2nd line after 份号 digits only", L(
    "000215",
    "秘密★5年",
    "××县人民政府",
    "关于××问题的报告"))

# ---- secret.classification_mark: near misses ------------------------------

add([], "ordinary 秘密 (spec example)", "成功的秘密就是每天进步一点点。")
add([], "title containing 秘密", "周末带孩子去看了音乐剧《秘密花园》，演员唱得真好。")
add([], "spec example 机密文件不得外传的规定 in a sentence",
    "支部组织学习了机密文件不得外传的规定，大家纷纷表示要严守纪律。")
add([], "商业机密 in a sentence", "公司要求员工保护商业机密，入职时都签了保密协议。")
add([], "手机密码 contains the substring 机密", "手机密码忘了怎么办？在线等，挺急的")
add([], "神秘密室 contains the substring 秘密", "周六团建去玩了神秘密室逃脱，推荐给大家")
add([], "a little secret", "告诉大家一个秘密：明天食堂有红烧肉！")
add([], "机密性 as a security property", "信息安全的三要素是机密性、完整性和可用性。")
add([], "保密期限 with no marking", "合同约定的保密期限为两年，期满后双方另行协商。")
add([], "密级 label with value 公开", L(
    "密级：公开",
    "标题：社区垃圾分类宣传手册",
    "发布日期：2024-05-10"))
add([], "绝密 in a sentence about a TV drama", "这部讲绝密行动的谍战剧最近很火，有人看过吗？")
add([], "飞机密封 contains the substring 机密", "飞机密封件检测报告已经上传到群文件。")
add([], "国家秘密 in a sentence", "这是一份关于如何保守国家秘密的学习辅导材料，欢迎大家转发学习。")
add([], "stars in a review, no marking word", "评价：五星★★★★★，老板人很好，下次还来")
add([], "秘密地 adverb", "他秘密地准备了一场生日惊喜，大家都被感动了。")
add([], "legal question about 泄露国家秘密罪", "泄露国家秘密罪的构成要件有哪些？法学课作业求助")
add([], "保密工作 slogan", "保密工作无小事，大家要时刻提高警惕。")
add([], "份号 and 紧急程度 lines but no 密级", L(
    "份号：000087",
    "紧急程度：特急",
    "关于做好冬季安全生产工作的通知"))

# ---- secret.internal_mark: positives --------------------------------------

add([IM], "marking brackets at the head", L(
    "（内部资料，注意保存）",
    "党史学习教育参考材料之三",
    "××市委宣传部编印"))

add([IM], "内部资料 注意保存 on a line of its own in a bulletin", L(
    "2025年第一季度工作简报",
    "第3期",
    "内部资料 注意保存",
    "一、主要工作进展"))

add([IM], "内部明电 heading", L(
    "内部明电",
    "等级：特急",
    "××市应急管理局：",
    "请于今日18时前报送有关情况。"))

add([IM], "工作秘密 as a heading line (an internal marking, not a classification)", L(
    "工作秘密",
    "关于××项目招标情况的说明",
    "一、基本情况"))

add([IM], "handling instruction about this material", "本材料为内部文件，不得外传，阅后请交回。")

add([IM], "traditional characters: 內部資料", L(
    "（內部資料，注意保存）",
    "學習參考"))

add([IM], "spaced 内 部 资 料 as its own line", L(
    "内 部 资 料",
    "供领导参阅",
    "2024年第8期"))

add([IM], "zero-width inside 内部文件", L(
    "内部" + ZW + "文件",
    "请勿转发",
    "关于年终评优的初步意见"))

add([IM], "bracketed marking before a title in a chat forward",
    "【内部资料 请勿外传】2025年重点工作安排（讨论稿）")

add([IM], "marking in brackets at the end", L(
    "以上为本次培训的全部内容。",
    "（内部文件，注意保存）"))

add([IM], "内部资料 / 仅供参考 head", L(
    "内部资料",
    "仅供参考",
    "第12期"))

add([IM], "two lines 内部资料 / 注意保存", L(
    "内部资料",
    "注意保存",
    "××区委办公室",
    "2024年12月"))

add([IM], "forwarded chat: 内部资料，不得外传！",
    "转发：内部资料，不得外传！关于年底考核的几点说明，请各位查收。")

add([IM], "half-width brackets and comma", L(
    "(内部资料,注意保存)",
    "基层治理经验汇编"))

add([IM], "OCR: spaced 内 部 文 件 / 注 意 保 存", L(
    "内 部 文 件",
    "注 意 保 存",
    "第 1 页"))

add([IM], "handling sentence at end of a paste", L(
    "附件：1. 调研提纲",
    "2. 座谈名单",
    "此件为内部资料，请注意保存，不得外传。"))

add([IM], "full-width brackets, zero-width in 注意保存", L(
    "（内部资料，注意" + ZW + "保存）",
    "社区工作手册（试行）"))

add([IM], "traditional 內部文件 不得外傳 line", L(
    "內部文件 不得外傳",
    "關於調整值班安排的說明"))

# ---- secret.internal_mark: near misses ------------------------------------

add([], "spec example 加强内部资料管理", "会议强调要加强内部资料管理，规范借阅和登记流程。")
add([], "内部文件管理系统 in a sentence", "公司内部文件管理系统今晚十点升级，请大家提前保存好工作。")
add([], "注意保存体力", "明天爬山路线比较长，大家注意保存体力。")
add([], "不得外传 quoted as a rule in a sentence", "保密守则规定，涉密信息不得外传，违者将被追责。")
add([], "保守工作秘密 in a sentence", "要不断增强保守工作秘密的意识，筑牢保密防线。")
add([], "内部装修", "新房内部装修已经完成，下周就能搬家了。")
add([], "内部明细表 (near 内部明电)", "内部明细表已经更新到共享盘，请各组核对。")
add([], "book about writing 内部文件", "这本书专门讲机关内部文件的写作规范，推荐给新同事。")
add([], "内部资料室 opening hours", "单位内部资料室周三下午开放借阅。")
add([], "家丑不可外传 proverb", "家丑不可外传，这句老话你怎么看？")

# ---- secret.document_number: positives ------------------------------------

add([DN], "spec example 国办发〔2024〕12号 in brackets mid-sentence",
    "根据《国务院办公厅关于进一步优化政务服务的通知》（国办发〔2024〕12号）要求，结合我市实际，制定本方案。")
add([DN], "spec example with square brackets", "京政发[2023]5号文件已转发至各单位，请认真学习。")
add([DN], "spec example with 字 and 第", L(
    "××委办字（2022）第3号",
    "关于成立专项工作领导小组的通知"))
add([DN], "list of forwarded documents", L(
    "本周收文：",
    "1. 沪府办〔2023〕45号",
    "2. 市政府关于××的批复"))
add([DN], "发文字号 label", L(
    "发文字号：粤财预〔2024〕7号",
    "成文日期：2024年3月8日"))
add([DN], "traditional 國辦發 and 號", "依據國辦發〔2021〕8號文件精神，結合本單位實際開展工作。")
add([DN], "full-width digits", "请按京政办字〔２０２２〕１８号文件要求报送材料。")
add([DN], "OCR spaces between the agency characters", L(
    "国 办 发〔2021〕15号",
    "国务院办公厅关于××的意见"))
add([DN], "full-width parentheses", "浙委办发（2024）21号文件明确了相关要求。")
add([DN], "comma-separated table with header", L(
    "文号,标题,成文日期",
    "川府函〔2024〕56号,关于同意设立××产业园的批复,2024-06-12",
    "川府函〔2024〕57号,关于××项目用地的批复,2024-06-13"))
add([DN], "agency code without 发", "教基〔2023〕2号通知要求各地做好相关工作。")
add([DN], "placeholder agency ××党组", L(
    "中共××党组",
    "××党组〔2024〕1号"))
add([DN], "zero-width inside the agency code", "国办" + ZW + "发〔2024〕3号")
add([DN], "chat message asking for a document", "苏政办发〔2024〕9号这个文件谁有？发我一份")
add([DN], "组通字 in a sentence", "依据组通字〔2023〕15号文件要求，请各支部按时完成换届。")
add([DN], "square brackets, at end of text", "关于开展专项检查的通知 津政发[2024]3号")
add([DN], "short agency code 闽政", "闽政〔2024〕10号已印发。")
add([DN], "half-width parentheses with 第", "请参照鄂办发(2023)第6号执行。")
add([DN], "head line of a county document", L(
    "××县委发〔2024〕6号",
    "签发人：王五"))
add([DN], "in parentheses at end of sentence", "详见附件（湘政办函〔2024〕33号）。")
add([DN], "full-width square brackets", "京政发［2023］5号")

# ---- secret.document_number: near misses ----------------------------------

add([], "court case number (spec example)", "本案案号为（2023）京01民初123号，定于下周二开庭。")
add([], "typhoon number (spec example)", "2024年12号台风将于明天夜间登陆，请注意防范。")
add([], "building number", "快递放在3号楼2单元门口的快递柜了。")
add([], "metro line", "地铁12号线周末停运检修。")
add([], "criminal case number, half-width brackets", "(2024)沪0104刑初56号判决书已经生效。")
add([], "date written with 号", "会议改到12月3号下午召开。")
add([], "year in brackets, not a document number", "【2024】年度总结大会照片合集")
add([], "contestant number", "第3号选手的表演太精彩了！")
add([], "standard number", "我们按照ISO/IEC 27001:2022标准开展了内审。")
add([], "enforcement case number", "（2024）浙0102执456号执行通知书已送达。")

# ---- pii.cn_resident_id: positives ----------------------------------------

add([RID], "after 身份证号： in a sign-up message",
    "报名信息：张三，身份证号：%s，请审核。" % rid())
add([RID], "CSV table with header", L(
    "姓名,性别,身份证号",
    "张三,男,%s" % rid(),
    "李四,女,%s" % rid()))
add([RID, MOB], "tab-separated table with IDs and mobiles", L(
    "姓名\t身份证号\t手机号",
    "王五\t%s\t%s" % (rid(), mobile()),
    "赵六\t%s\t%s" % (rid(), mobile())))
add([RID], "check character X", "公民身份号码 %s" % rid(x=True))
add([RID], "full-width digits", "身份证：%s" % fw(rid()))
add([RID], "legacy 15-digit form", "老身份证号（15位）：%s，新的还没换" % rid15())
add([RID], "ID at the very start", "%s 张三 麻烦帮忙查一下社保缴费记录" % rid())
add([RID], "ID at the very end", "乘车人：钱七 %s" % rid())
add([RID], "inside brackets", "申请人孙八（身份证：%s）现居住于××小区。" % rid())
_r = rid()
add([RID], "zero-width spaces inside the number",
    "身份证号 " + _r[:6] + ZW + _r[6:14] + ZW + _r[14:])
add([RID], "English label", "Name: Zhou Jiu / ID No.: %s" % rid())
_b = "19900307"
add([RID], "OCR of an ID card", L(
    "姓名 张三",
    "性别 男 民族 汉",
    "出生 1990 年 3 月 7 日",
    "住址 ××省××市××区测试路1号",
    "公民身份号码 %s" % rid(birth=_b)))
add([RID, MOB], "ID and mobile in one sentence",
    "联系人吴十，身份证%s，电话%s" % (rid(), mobile()))
add([RID], "X check character written full-width", "ＩＤ：%s" % fw(rid(x=True)))
add([RID], "chat: booking a ticket", "帮我订一下周五的票，%s，谢谢" % rid())
add([RID], "legacy 15-digit form in a table", L(
    "姓名\t证件号码",
    "周九\t%s" % rid15()))
add([RID], "leap-day birth date 2000-02-29", "身份证号码：%s" % rid(birth="20000229"))

# ---- pii.cn_resident_id: near misses --------------------------------------

add([], "wrong check digit", "身份证号：%s" % rid_bad_check())
add([], "impossible date 19900230 with a matching check digit",
    "身份证号：%s" % rid_bad_date("19900230"))
add([], "month 13 with a matching check digit", "身份证：%s" % rid_bad_date("19851301"))
_r17 = rid()[:17]
assert not looks_like_card(_r17)
add([], "17 digits", "身份证号：%s，好像少了一位" % _r17)
while True:
    _r19 = rid() + digits(1)
    if not looks_like_card(_r19):
        break
add([], "19 digits", "证件号：%s（多打了一位）" % _r19)
while True:
    _o18 = "2024120" + digits(11)
    if not looks_like_card(_o18):
        break
add([], "18-digit order number", "订单编号：%s，请在24小时内付款。" % _o18)
add([], "legacy 15-digit length with impossible month", "旧证号：%s" % rid15("851345"))
add([], "talk about ID format, no number", "身份证号码一栏请填写18位数字，末位可能是X。")
add([], "wrong check digit in a table", L(
    "姓名,身份证号",
    "张三,%s" % rid_bad_check()))
add([], "non-leap 1999-02-29", "身份证号：%s" % rid_bad_date("19990229"))

# ---- pii.cn_mobile: positives ---------------------------------------------

add([MOB], "after 联系电话：", "联系电话：%s" % mobile())
add([MOB], "+86 with a space", "+86 %s" % mobile())
add([MOB], "3-4-4 with dashes", "有事打我电话 %s" % grp344(mobile(), "-"))
add([MOB], "3-4-4 with spaces", "手机 %s 微信同号" % grp344(mobile(), " "))
add([MOB], "full-width digits", "电话：%s" % fw(mobile()))
add([MOB], "zero-width spaces inside", "联系方式：%s" % grp344(mobile(), ZW))
add([MOB], "e-mail style signature line", "张三 | %s | 某某街道办事处" % mobile())
add([MOB], "mobile at the very start", "%s 收到请回电，谢谢" % mobile())
add([MOB], "+86- prefix", "+86-%s" % mobile())
add([MOB], "half-width colon label", "手机:%s" % mobile())
add([MOB], "inside brackets", "有问题请联系李四（%s）。" % mobile())
add([MOB], "朋友圈 second-hand sale", "闲置婴儿车转让，九成新，有意者电话%s" % mobile())
add([MOB], "Tel: +86 without separator", "Tel: +86%s" % mobile())
add([MOB], "CSV table of contacts", L(
    "姓名,手机号,部门",
    "张三,%s,办公室" % mobile(),
    "李四,%s,组织科" % mobile()))
add([MOB], "full-width and grouped with spaces", "联系人：王五 %s" % fw(grp344(mobile(), " ")))
add([MOB], "meeting notice contact line", L(
    "请各单位于12月5日前报送参会名单。",
    "会务联系人：赵六，%s（微信同号）" % mobile()))
add([MOB], "16x and 19x prefixes", "备用号码%s或%s" % (mobile("166"), mobile("199")))

# ---- pii.cn_mobile: near misses -------------------------------------------

add([], "12 digits", "电话：%s" % (mobile() + digits(1)))
add([], "11 digits starting 12", "电话：12%s" % digits(9))
add([], "10 digits", "电话：%s" % mobile()[:10])
add([], "landline with area code", "办公室电话：010-62345678，工作日9:00-17:00")
add([], "400 hotline", "客服热线：400-820-8820")
add([], "express tracking number", "快递单号：YT7512345678901，明天送达")
add([], "staff number", "工号：20241203，请核实后回复")
add([], "13-digit millisecond timestamp", "日志时间戳 1733198400000 对应的是哪一天？")
add([], "verification code", "验证码：482913，5分钟内有效，请勿告诉他人。")
add([], "QQ group number", "欢迎加入学习交流QQ群：123456789")
add([], "11 digits starting 11", "编号11%s" % digits(9))

# ---- pii.bank_card: positives ---------------------------------------------

add([BC], "UnionPay 19 digits after 工资卡号", "工资卡号：%s" % card("62", 19))
add([BC], "UnionPay 16 digits with bank and holder",
    "收款卡号 %s，开户行：测试银行××支行，户名：张三" % card("62", 16))
add([BC], "Visa 16 digits", "Card number: %s" % card("4", 16))
add([BC], "Mastercard 16 digits", "信用卡 %s 有效期 12/28" % card("53", 16))
add([BC], "grouped in fours with spaces", "卡号：%s" % grp4(card("62", 16)))
add([BC], "full-width digits", "银行卡：%s" % fw(card("62", 19)))
add([BC], "CSV payout table", L(
    "姓名,卡号,金额",
    "张三,%s,500.00" % card("62", 19),
    "李四,%s,800.00" % card("62", 16)))
add([BC], "card at the start", "%s 这张卡转账一直失败，怎么回事" % card("62", 16))
_c = card("62", 19)
add([BC], "zero-width inside", "账号：" + _c[:6] + ZW + _c[6:])
add([BC], "Visa in brackets", "已绑定信用卡（%s）" % card("4", 16))
add([BC], "Mastercard 51 prefix in English", "Please refund to card %s." % card("51", 16))

# ---- pii.bank_card: near misses -------------------------------------------

add([], "UnionPay-looking number failing Luhn", "卡号：%s" % card_bad("62", 16))
add([], "last four digits only", "卡号后四位5678的那张卡已经挂失了。")
while True:
    _o16 = "2024" + digits(12)
    if not luhn_ok(_o16):
        break
add([], "16-digit order number", "订单号：%s" % _o16)
add([], "Luhn-valid but 20 digits", "交易流水号：%s" % card("62", 20))
add([], "Visa-looking 19 digits failing Luhn", "卡号：%s" % card_bad("4", 19))
add([], "Mastercard-looking 16 digits failing Luhn", "信用卡号 %s" % card_bad("55", 16))

# ---- pii.cn_uscc: positives -----------------------------------------------

add([UC], "after 统一社会信用代码：", "统一社会信用代码：%s" % uscc())
add([UC], "company information block", L(
    "名称：某某测试科技有限公司",
    "统一社会信用代码：%s" % uscc(),
    "法定代表人：张三"))
add([UC], "CSV table", L(
    "单位名称,统一社会信用代码",
    "某某测试科技有限公司,%s" % uscc(),
    "某某示例商贸有限公司,%s" % uscc()))
add([UC], "full-width characters", "信用代码：%s" % fw(uscc()))
add([UC], "code at the start", "%s 这个代码查不到企业信息，是不是填错了？" % uscc())
add([UC], "inside brackets", "某某测试科技有限公司（统一社会信用代码%s）" % uscc())
add([UC], "social organisation (5x)", "某某示例协会 统一社会信用代码 %s" % uscc("51"))
add([UC], "government body (1x)", "××区示例中心，统一社会信用代码：%s" % uscc("12"))
add([UC], "English label", "USCC: %s" % uscc())
add([UC], "invoice 纳税人识别号", L(
    "购买方名称：某某示例有限公司",
    "纳税人识别号：%s" % uscc()))

# ---- pii.cn_uscc: near misses ---------------------------------------------

add([], "wrong check character", "统一社会信用代码：%s" % uscc_bad())
add([], "17 characters", "统一社会信用代码：%s（少一位）" % uscc()[:17])
add([], "old organisation code", "组织机构代码：12345678-9")
add([], "wrong check character in a table", L(
    "单位名称,统一社会信用代码",
    "某某测试科技有限公司,%s" % uscc_bad()))
add([], "talk about the code, no code", "统一社会信用代码请填写18位，不要填营业执照注册号。")

# ---- pii.cn_passport: positives -------------------------------------------

add([PP], "E + 8 digits after 护照号：", "护照号：%s" % passport("E"))
add([PP], "EA + 7 digits in English", "Passport No.: %s" % passport("A"))
add([PP], "old G passport", "旧护照 %s 已过期，新护照还在办" % passport("G"))
add([PP], "full-width", "护照：%s" % fw(passport("E")))
add([PP], "CSV booking table", L(
    "姓名,护照号,航班",
    "张三,%s,CA981" % passport("E"),
    "李四,%s,CA981" % passport("B")))
add([PP], "chat: checking a visa form", "签证材料里护照号码写的是%s，帮我核对一下" % passport("B"))
add([PP], "G passport with issue year", "护照号码：%s（2014年签发）" % passport("G"))
_p = passport("E")
add([PP], "zero-width inside", "护照号 " + _p[:5] + ZW + _p[5:])
add([PP], "inside brackets mid-sentence", "持中国护照（%s）入境" % passport("E"))

# ---- pii.cn_passport: near misses -----------------------------------------

add([], "high-speed train number", "坐G1234次高铁去上海，下午三点到")
add([], "EMS tracking number", "EMS单号：EA123456789CN，请注意查收")
add([], "E + 7 digits only", "护照号：E1234567，好像少了一位，麻烦重发")
add([], "chip model", "这款手机用的是G99芯片，性能还行")
add([], "server CPU model", "机房那台E5-2680的服务器该换了")

# ---- pii.email: positives -------------------------------------------------

add([EM], "after 邮箱：", "邮箱：zhangsan@example.com")
add([EM], "mid-sentence", "简历请发送至 hr.test@example.org，邮件标题注明姓名和岗位")
add([EM], "name <address>", "李四 <li.si@example.net>")
add([EM], "full-width address", "邮箱：" + fw("wangwu@example.com"))
add([EM], "CSV table", L(
    "姓名,邮箱",
    "赵六,zhaoliu@example.com",
    "钱七,qianqi_01@example.org"))
add([EM], "English signature line", "Email: test_user01@mail.example.com")
add([EM], "plus addressing", "订阅邮件请发到 zhao+news@example.com")
add([EM], "address at the start", "wangwu2024@example.cn 这个邮箱还在用吗")
add([EM], "English sentence", "Please cc ops-team@example.org on all replies.")
add([EM], "inside brackets", "联系邮箱（sunba@example.com）")
add([EM], "full-width at sign only", "发我邮箱 zhoujiu＠example.com")

# ---- pii.email: near misses -----------------------------------------------

add([], "@mention (spec example)", "@张三 收到请回复")
add([], "@all in a group", "@所有人 明天上午9点开会，请准时参加")
add([], "web address", "官网：www.example.com，欢迎访问")
add([], "weibo mention", "关注微博@某某官方 获取最新消息")
add([], "domain after @ without local part", "最近 @163.com 后缀的邮箱都收不到通知")
add([], "user name, not an address", "用户名：zhangsan_2024（不是邮箱）")

# ---- org.dictionary: positives --------------------------------------------

add([OD], "天网工程 in a sentence", "关于天网工程二期建设进度的汇报材料已经整理好了")
add([OD], "蓝盾计划", "蓝盾计划第二阶段的测试安排在下周三")
add([OD], "星火政务平台", "星火政务平台账号统一重置了，请及时登录修改")
add([OD], "XK-9", "XK-9 型号设备明天到货")
add([OD], "金盾三期", "金盾三期验收会议纪要（初稿）")
add([OD], "spaces between characters", "天 网 工 程")
add([OD], "traditional 天網工程", "天網工程的預算已經批下來了")
add([OD], "traditional 藍盾計劃", "藍盾計劃相關材料已經上傳到群文件")
add([OD], "traditional 星火政務平臺", "星火政務平臺今晚維護")
add([OD], "full-width ＸＫ－９", "%s 项目周报" % fw("XK-9"))
add([OD], "zero-width inside 金盾三期", "金" + ZW + "盾三期项目组名单")
add([OD], "middle dots between characters", "蓝·盾·计·划 最新进展")
add([OD], "CSV project table", L(
    "项目名称,负责人,进度",
    "天网工程,张三,80%",
    "金盾三期,李四,60%"))
add([OD], "English sentence", "Weekly sync: XK-9 integration slipped to Q2.")
add([OD], "zero-width no-break space in 星火政务平台", "星火" + FEFF + "政务平台操作培训通知")

# ---- org.dictionary: near misses ------------------------------------------

add([], "天网 in an idiom", "天网恢恢，疏而不漏。")
add([], "蓝盾 without 计划", "蓝盾杯网络安全竞赛开始报名了")
add([], "星火计划 is not 星火政务平台", "星火计划青年培训班第三期开班")
add([], "金盾工程 is not 金盾三期", "金盾工程是公安信息化的重要组成部分")
add([], "金盾二期 is not 金盾三期", "金盾二期项目已于去年完成验收")
add([], "XK-8 is not XK-9", "XK-8 型号已经停产了")
add([], "政务平台 alone", "政务平台操作手册第二版已上传")
add([], "天网系统", "天网系统抓拍到了闯红灯的车辆")

# ---- several detectors in one text ----------------------------------------

add([CM, DN, OD], "document head with a dictionary term in the title", L(
    "000123",
    "机密★1年",
    "特急",
    "××市人民政府办公室文件",
    "××政办发〔2024〕22号",
    "关于天网工程三期资金安排的通知"))
add([IM, OD, MOB], "minutes with marking, term and contact", L(
    "（内部资料，注意保存）",
    "蓝盾计划推进会会议纪要",
    "一、会议听取了各组进展汇报。",
    "会务联系人：张三 %s" % mobile()))
add([RID, MOB, EM], "sign-up sheet", L(
    "姓名,身份证号,手机号,邮箱",
    "张三,%s,%s,zhangsan@example.com" % (rid(), mobile()),
    "李四,%s,%s,lisi@example.org" % (rid(), mobile())))
add([PP, MOB, EM], "travel booking", L(
    "旅客：李四",
    "护照号：%s" % passport("E"),
    "手机：+86 %s" % mobile(),
    "邮箱：lisi.travel@example.com"))
add([UC, BC, MOB], "supplier details", L(
    "名称：某某测试科技有限公司",
    "统一社会信用代码：%s" % uscc(),
    "开户行：测试银行××支行",
    "收款卡号：%s" % card("62", 19),
    "联系人：王五 %s" % mobile()))
add([CM, DN], "forwarded notice citing a document number", L(
    "秘密★1年",
    "根据京政发[2023]5号文件精神，现就有关事项通知如下。"))
add([IM, OD, MOB], "chat forward with marking, term and phone",
    "【内部资料 请勿外传】关于星火政务平台上线的通知，有问题联系赵六 %s" % mobile())
add([CM, OD, RID], "classified name list with IDs", L(
    "密级：绝密",
    "事由：XK-9 项目人员名单",
    "张三 %s" % rid(),
    "李四 %s" % rid()))
add([DN, EM], "document number and address", "国办发〔2024〕12号相关材料请发到 zhangsan@example.com")
add([CM, DN, IM], "OCR of a photographed page", L(
    "机 密★1年",
    "××委办字（2022）第3号",
    "关于××的实施意见",
    "（内部资料，注意保存）"))
add([RID, BC], "expense claim", L(
    "报销人：孙八",
    "身份证号：%s" % rid(),
    "银行卡号：%s" % card("62", 19),
    "金额：¥1,280.00"))
add([MOB, EM], "signature block", L(
    "--",
    "周九",
    "某某街道办事处",
    "Mobile: %s" % mobile(),
    "Email: zhoujiu@example.gov.cn"))
add([CM, MOB], "marking head and a contact at the end", L(
    "秘密★6个月",
    "关于召开××工作座谈会的通知",
    "联系人：吴十，电话%s" % grp344(mobile(), "-")))
add([DN, OD], "traditional doc number and term",
    "根據國辦發〔2023〕9號文件，金盾三期項目須於年底前完成驗收。")

# ---- ordinary texts with nothing to find ----------------------------------

add([], "branch meeting notice", "各位党员同志：本周五下午3点在社区活动中心召开支部党员大会，请准时参加。")
add([], "朋友圈 volunteer post", "今天参加了志愿服务活动，收获满满！#学雷锋# 💪")
add([], "expense CSV without identifiers", L(
    "日期,项目,金额",
    "2024-03-01,办公用品,356.80",
    "2024-03-05,交通费,120.00"))
add([], "minutes header without markings", L(
    "会议时间：2024年12月2日 14:30-16:00",
    "地点：2号会议室",
    "记录人：李四",
    "议题：讨论年度民主评议安排"))
add([], "deadline reminder", "请大家于12月10日前提交个人总结，字数不少于2000字。")
add([], "English chat", "Meeting moved to 3pm, room 402. Thanks!")
add([], "forwarded link", "转发：关于开展2025年度党费收缴工作的通知 https://www.example.org/notice/2024/1203.html")
add([], "prices and coupon", "价格：¥1,299.00，满300减50，今晚12点截止")
add([], "percentages and counts", "今年共发展党员23名，转正18名，党费收缴率100%。")
add([], "study schedule", L(
    "学习安排：",
    "第一周 原文学习",
    "第二周 专题研讨",
    "第三周 交流心得"))


# ---------------------------------------------------------------- output

def main():
    out = sys.stdout
    out.write("# Second blind held-out set, written from the detector specification only\n")
    out.write("# (the detectors, their tests and the other case files were not read),\n")
    out.write("# by tests/check/gen_heldout2.py (fixed seed) on 2026-12-02.\n")
    out.write("# Identifiers are fake; their check characters are computed by the script.\n")
    out.write("# Regenerate: python3 tests/check/gen_heldout2.py > tests/check/heldout/blind2.txt\n")
    for labs, note, text in CASES:
        out.write("=== %s%s\n" % (labs, " -- " + note if note else ""))
        out.write(text + "\n")


if __name__ == "__main__":
    main()
