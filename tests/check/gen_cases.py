#!/usr/bin/env python3
"""Generates tests/check/cases/generated.txt: labelled self-check cases with
identifiers whose check characters are computed here (GB 11643, GB 32100,
Luhn), plus near misses that fail exactly one rule. Deterministic: the seed is
fixed, and the output is committed as data; tests never generate at run time.

    python3 tests/check/gen_cases.py > tests/check/cases/generated.txt
"""
import random

R = random.Random(20261124)

PROVINCES = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
             50, 51, 52, 53, 54, 61, 62, 63, 64, 65]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
VALID_PROV = set(PROVINCES) | {71, 81, 82, 83}


def leap(y):
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


def valid_date(y, m, d):
    if m < 1 or m > 12 or d < 1:
        return False
    return d <= DAYS[m - 1] + (1 if m == 2 and leap(y) else 0)


def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def id_valid(s):
    s = s.upper()
    if len(s) != 18 or not s[:17].isdigit():
        return False
    if id_check(s[:17]) != s[17] or int(s[:2]) not in VALID_PROV:
        return False
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    return 1900 <= y <= 2026 and valid_date(y, m, d)


def id15_valid(s):
    return (len(s) == 15 and s.isdigit() and int(s[:2]) in VALID_PROV
            and valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12])))


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return c


def card_plausible(s):
    n = len(s)
    if s[:2] in ("62", "60") or s.startswith("9558") or s[:2] == "35":
        return 16 <= n <= 19
    if s[:2] in ("34", "37"):
        return n == 15
    if s[0] == "4":
        return n in (16, 19)
    if s[0] == "5":
        return s[1] in "12345" and n == 16
    if s[0] == "2":
        return 2221 <= int(s[:4]) <= 2720 and n == 16
    return False


def card_valid(s):
    return s.isdigit() and 15 <= len(s) <= 19 and card_plausible(s) and luhn_ok(s)


def uscc_check(s17):
    tot = sum(USCC_ALPHA.index(c) * w for c, w in zip(s17, USCC_W))
    c = 31 - tot % 31
    return USCC_ALPHA[0 if c == 31 else c]


def uscc_valid(s):
    s = s.upper()
    if len(s) != 18 or any(c not in USCC_ALPHA for c in s):
        return False
    if s[0] not in "123456789ABCDEFGHJKLMNPQRTUWXY" or s[1] not in "123456789":
        return False
    if not s[2:8].isdigit() or not (int(s[2:4]) in VALID_PROV or s[2:4] == "10"):
        return False
    return uscc_check(s[:17]) == s[17]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rand_date(y0=1940, y1=2012):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, DAYS[m - 1])
    return y, m, d


def make_id():
    while True:
        p = R.choice(PROVINCES)
        y, m, d = rand_date()
        s17 = f"{p:02d}{R.randint(1, 99):02d}{R.randint(1, 99):02d}{y:04d}{m:02d}{d:02d}{R.randint(0, 999):03d}"
        s = s17 + id_check(s17)
        if not card_valid(s) and not uscc_valid(s):
            return s


def make_id15():
    while True:
        p = R.choice(PROVINCES)
        y, m, d = rand_date(1930, 1999)
        s = f"{p:02d}{R.randint(1, 99):02d}{R.randint(1, 99):02d}{y % 100:02d}{m:02d}{d:02d}{R.randint(0, 999):03d}"
        if not card_valid(s):
            return s


MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "145", "147", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "172", "173", "175", "176", "177",
                   "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"]


def make_mobile():
    return R.choice(MOBILE_PREFIXES) + digits(8)


CARD_PREFIXES = [("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16), ("625", 16), ("6013", 19),
                 ("436742", 16), ("4", 16), ("51", 16), ("55", 16), ("2223", 16), ("3528", 16), ("622609", 16),
                 ("9558", 19), ("37", 15)]


def make_card():
    while True:
        pre, n = R.choice(CARD_PREFIXES)
        payload = pre + digits(n - len(pre) - 1)
        s = payload + luhn_digit(payload)
        if not id_valid(s) and not uscc_valid(s) and not id15_valid(s):
            return s


def make_uscc():
    while True:
        first = R.choice("159Y")
        second = R.choice("123")
        region = f"{R.choice(PROVINCES):02d}{R.randint(1, 99):02d}{R.randint(0, 99):02d}"
        body = "".join(R.choice(USCC_ALPHA) for _ in range(9))
        s17 = first + second + region + body
        s = s17 + uscc_check(s17)
        if not id_valid(s) and not card_valid(s):
            return s


def make_passport():
    kind = R.randint(0, 2)
    if kind == 0:
        return "E" + digits(8)
    if kind == 1:
        return "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(7)
    return "G" + digits(8)


NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞", "徐明", "孙丽", "马超", "朱琳"]
ORGS = ["某某科技有限公司", "城东街道办事处", "市第三人民医院", "县农业农村局", "某某物流有限公司", "区教育局"]
FILLER = ["今天天气很好，我们去公园散步。", "会议定于下周三上午九点召开。", "请大家按时提交学习心得。",
          "本周共有12名同志参加志愿服务活动。", "活动经费预算为3500元。", "2024年全年完成培训36场次。",
          "网购订单已发货，预计3天内送达。", "社区开展了垃圾分类宣传。", "共收到群众来信25件，已全部办结。"]


def sentence():
    return R.choice(FILLER)


def fw(s):
    """Full-width form of ASCII letters and digits."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() and ord(c) < 128 else c for c in s)


cases = []


def case(expect, text, note=""):
    cases.append((expect, text, note))


# --- pii.cn_resident_id -----------------------------------------------------
ctx_id = ["身份证号：{}", "公民身份号码{}", "{}", "申请人{name}，身份证号码 {}，联系地址见附件。", "证件号码:{}。",
          "经办人：{name}（身份证{}）", "ID: {}", "身份证 {} 已核验"]
for i in range(60):
    s = make_id()
    form = i % 6
    if form == 1:
        s = s[:6] + " " + s[6:14] + " " + s[14:]
    elif form == 2 and s.endswith("X"):
        s = s[:-1] + "x"
    elif form == 3:
        s = fw(s)
    t = R.choice(ctx_id).format(s, name=R.choice(NAMES))
    case("pii.cn_resident_id", t, "valid GB 11643" + (" full-width" if form == 3 else ""))
for i in range(15):
    s = make_id15()
    case("pii.cn_resident_id", R.choice(ctx_id).format(s, name=R.choice(NAMES)), "legacy 15-digit")
# near misses
for i in range(40):
    s = make_id()
    kind = i % 5
    if kind == 0:  # wrong check character
        bad = R.choice([c for c in "0123456789X" if c != s[17]])
        t = s[:17] + bad
        note = "bad check digit"
    elif kind == 1:  # impossible date, correct check digit
        s17 = s[:10] + R.choice(["13", "00", "02"]) + ("30" if True else "") + s[14:17]
        t = s17 + id_check(s17)
        note = "invalid birth date"
    elif kind == 2:  # unknown province
        s17 = R.choice(["00", "99", "90", "72"]) + s[2:17]
        t = s17 + id_check(s17)
        note = "invalid province"
    elif kind == 3:  # 17 digits
        t = s[:17]
        note = "17 digits"
    else:  # inside a longer number
        t = "9" + s + "1"
        note = "inside a longer number"
    if id_valid(t) or card_valid(t) or uscc_valid(t) or (len(t) == 15 and id15_valid(t)):
        continue
    if any(card_valid(t[a:b]) for a in range(len(t)) for b in range(a + 15, min(len(t), a + 19) + 1)
           if (a == 0 or not t[a - 1].isdigit()) and (b == len(t) or not t[b].isdigit())):
        continue
    case("none", R.choice(["身份证号：{}", "编号{}", "{}", "流水号 {}"]).format(t, name=""), note)
for i in range(10):
    y = R.randint(2040, 2090)
    s17 = f"{R.choice(PROVINCES):02d}0102{y}0101{R.randint(0, 999):03d}"
    t = s17 + id_check(s17)
    if not card_valid(t) and not uscc_valid(t):
        case("none", "号码 " + t, "future birth year")

# --- pii.cn_mobile ------------------------------------------------------------
ctx_m = ["联系电话：{}", "手机{}", "有事请打{}找{name}", "{}", "电话/微信同号 {}", "请联系{name}，电话{}。", "Tel:{}"]
for i in range(55):
    m = make_mobile()
    form = i % 5
    if form == 1:
        m = m[:3] + " " + m[3:7] + " " + m[7:]
    elif form == 2:
        m = m[:3] + "-" + m[3:7] + "-" + m[7:]
    elif form == 3:
        m = R.choice(["+86 ", "+86", "86-"]) + m
    elif form == 4 and i % 2:
        m = fw(m)
    case("pii.cn_mobile", R.choice(ctx_m).format(m, name=R.choice(NAMES)), "mobile")
for i in range(30):
    kind = i % 6
    if kind == 0:
        t = "12" + digits(9)
        note = "prefix 12x not allocated"
    elif kind == 1:
        t = make_mobile()[:10]
        note = "10 digits"
    elif kind == 2:
        t = make_mobile() + digits(1)
        note = "12 digits"
    elif kind == 3:
        t = R.choice(["010-", "021-", "0755-"]) + digits(8)
        note = "landline"
    elif kind == 4:
        t = "订单号" + digits(3) + make_mobile() + digits(2)
        note = "inside an order number"
    else:
        t = "154" + digits(8)
        note = "prefix 154 not allocated"
    if any(card_valid(x) for x in [t]) or id_valid(t) or id15_valid(t):
        continue
    case("none", R.choice(["电话：{}", "{}", "编号 {}"]).format(t), note)

# --- pii.bank_card ------------------------------------------------------------
ctx_c = ["银行卡号：{}", "请转账至{}（{name}）", "开户行工商银行，账号 {}", "{}", "卡号{}。"]
for i in range(55):
    c = make_card()
    if i % 4 == 1:
        c = " ".join(c[k:k + 4] for k in range(0, len(c), 4))
    elif i % 4 == 2:
        c = "-".join(c[k:k + 4] for k in range(0, len(c), 4))
    case("pii.bank_card", R.choice(ctx_c).format(c, name=R.choice(NAMES)), "Luhn-valid card")
for i in range(35):
    c = make_card()
    kind = i % 3
    if kind == 0:
        t = c[:-1] + str((int(c[-1]) + R.randint(1, 9)) % 10)
        note = "bad Luhn digit"
    elif kind == 1:
        payload = R.choice(["7", "8", "1"]) + digits(15)
        t = payload + luhn_digit(payload)
        note = "Luhn-valid but no issuer prefix"
    else:
        payload = "62" + digits(11)
        t = payload + luhn_digit(payload)
        note = "too short"
    if card_valid(t) or id_valid(t) or id15_valid(t) or uscc_valid(t):
        continue
    case("none", R.choice(["卡号：{}", "{}", "单号 {}"]).format(t), note)

# --- pii.cn_uscc --------------------------------------------------------------
ctx_u = ["统一社会信用代码：{}", "{org}（统一社会信用代码{}）", "信用代码 {}", "{}"]
for i in range(45):
    u = make_uscc()
    if i % 5 == 3:
        u = u.lower()
    case("pii.cn_uscc", R.choice(ctx_u).format(u, org=R.choice(ORGS)), "valid GB 32100")
for i in range(30):
    u = make_uscc()
    kind = i % 3
    if kind == 0:
        t = u[:17] + R.choice([c for c in USCC_ALPHA if c != u[17]])
        note = "bad check character"
    elif kind == 1:
        t = u[:5] + R.choice("IOZSV") + u[6:]
        note = "letter not in the alphabet"
    else:
        t = u[:17]
        note = "17 characters"
    if uscc_valid(t) or id_valid(t) or card_valid(t):
        continue
    case("none", R.choice(["统一社会信用代码：{}", "代码{}"]).format(t), note)

# --- pii.cn_passport ------------------------------------------------------------
for i in range(35):
    p = make_passport()
    if i % 4 == 2:
        p = p.lower()
    t = R.choice(["护照号：{}", "护照号码 {}", "{name}的护照{}已过期", "Passport No. {}", "证件：{}"]).format(
        p, name=R.choice(NAMES))
    case("pii.cn_passport", t, "ordinary passport")
for i in range(8):
    p = R.choice(["DE", "SE", "PE"]) + digits(7)
    case("pii.cn_passport", "因公护照号码：" + p, "official passport with context")
for i in range(25):
    kind = i % 5
    if kind == 0:
        t = "乘坐G" + str(R.randint(1, 9999)) + "次列车"
        note = "train number"
    elif kind == 1:
        t = "型号E" + digits(6)
        note = "short code"
    elif kind == 2:
        t = "序列号AE" + digits(8) + "K"
        note = "inside a longer code"
    elif kind == 3:
        t = "零件编号 " + R.choice(["D", "S", "P"]) + digits(7)
        note = "D/S/P code without 护照"
    else:
        t = "E" + digits(9)
        note = "E + 9 digits"
    case("none", t, note)

# --- pii.email ------------------------------------------------------------------
USERS = ["zhangwei", "wang.fang", "li_na88", "liu+news", "chen-jing", "yanglei2020"]
DOMAINS = ["qq.com", "163.com", "example.gov.cn", "mail.example.org", "126.com", "xx-dept.cn"]
for i in range(40):
    e = R.choice(USERS) + "@" + R.choice(DOMAINS)
    if i % 7 == 3:
        e = e.upper()
    t = R.choice(["邮箱：{}", "请发送至{}。", "联系人{name}（{}）", "{}", "E-mail: {}"]).format(e, name=R.choice(NAMES))
    case("pii.email", t, "address")
for t in ["邮箱：zhangwei@localhost", "@qq.com 是域名", "user@", "a@b",
          "版本号v1.2@beta", "关注@人民日报", "wang..fang@qq.com", "zhang.@qq.com", "转发给@张伟 和 @王芳"]:
    case("none", t, "not an address")
# Spelled out to evade harvesters: an address all the same (issue 13).
case("pii.email", "请发邮件到 zhangwei at qq dot com", "spelled-out address")

# --- secret.document_number -----------------------------------------------------------
ISSUERS = ["国办发", "国发", "京政发", "沪府办", "中办发", "粤府函", "浙委办字", "××委办字", "市委发", "苏政办发",
           "川办函", "国函", "财预", "教基厅函"]
for i in range(40):
    iss = R.choice(ISSUERS)
    y = R.randint(2000, 2025)
    n = R.randint(1, 200)
    form = i % 4
    if form == 0:
        num = f"{iss}〔{y}〕{n}号"
    elif form == 1:
        num = f"{iss}[{y}]{n}号"
    elif form == 2:
        num = f"{iss}（{y}）第{n}号"
    else:
        num = f"{iss}【{y}】{n}号"
    t = R.choice(["{}", "根据{}文件精神，现将有关事项通知如下。", "转发《关于加强管理的通知》（{}）",
                  "文号：{}", "按照{}要求"]).format(num)
    if iss in ("财预",):
        continue
    case("secret.document_number", t, "document number")
for t in ["2024年12号台风", "（2022）第3号", "第2024号", "2023年第5期", "京A12345号车牌", "会议于[2024]年召开",
          "（2023）京01民初123号", "编号〔2024〕", "共发放物资2024件，编号12号", "房间号(2024)",
          "本学期第12号通知", "第(3)号", "国办发布的数据", "发(2024)12号"]:
    case("none", t, "not a document number")

# --- mixed --------------------------------------------------------------------------------
for i in range(25):
    idn, mob = make_id(), make_mobile()
    t = f"{R.choice(NAMES)}，身份证{idn}，手机{mob}。{sentence()}"
    case("pii.cn_resident_id pii.cn_mobile", t, "two detectors")
for i in range(10):
    card, email = make_card(), R.choice(USERS) + "@" + R.choice(DOMAINS)
    case("pii.bank_card pii.email", f"收款卡号{card}，回执发{email}", "two detectors")

# --- clean text ---------------------------------------------------------------------
for i in range(40):
    t = sentence() + sentence()
    extra = R.choice(["", f"金额{R.randint(100, 99999)}.{R.randint(0, 99):02d}元", f"时间{R.randint(2000, 2025)}年{R.randint(1, 12)}月",
                      f"邮编{R.randint(100000, 999999)}", f"第{R.randint(1, 300)}期", f"订单{digits(12)}"])
    case("none", t + extra, "clean")

print("# Generated by tests/check/gen_cases.py (seed 20261124); do not edit by hand.")
print("# Format: see tests/check/cases/README.md")
for expect, text, note in cases:
    print(f"=== {expect}" + (f" -- {note}" if note else ""))
    print(text)
