#!/usr/bin/env python3
"""Generate blind evaluation set /work/blind5/blind5.txt (fixed seed).

Check characters are computed here:
  resident ID  : ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11, map 1 0 X 9 8 7 6 5 4 3 2)
  bank card    : Luhn
  USCC         : GB 32100-2015 (31-char alphabet, weights 3^i mod 31) with an inner
                 GB 11714 organisation code check character in positions 9-17.
"""
import random, os

SEED = 20261207
rng = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind5.txt")

# ---------------------------------------------------------------- check chars
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_MAP = "10X98765432"

def id_check(body17):
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return ID_MAP[s % 11]

def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and id_check(s[:17]) == s[17]

def luhn_check(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def luhn_valid(s):
    return s.isdigit() and luhn_check(s[:-1]) == s[-1]

USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def uscc_check(body17):
    s = sum(USCC_ALPHA.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_ALPHA[(31 - s % 31) % 31]

def uscc_valid(s):
    return len(s) == 18 and all(c in USCC_ALPHA for c in s) and uscc_check(s[:17]) == s[17]

ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

def org_check(body8):
    s = sum(ORG_ALPHA.index(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))

# ---------------------------------------------------------------- generators
AREAS = ["110101", "110105", "110108", "310104", "310115", "440305", "440106", "330106",
         "510107", "420106", "320102", "370102", "610113", "500103", "210102", "350203",
         "430104", "120101", "410105", "340104", "360102", "450103", "530102", "130104",
         "140105", "220104", "230103", "520102", "620102", "640104", "150102", "460106"]

def gen_id(sex=None):
    area = rng.choice(AREAS)
    y = rng.randint(1958, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(0, 999)
    if sex == "f" and seq % 2 == 1:
        seq -= 1
    if sex == "m" and seq % 2 == 0:
        seq += 1
    seq = max(0, min(seq, 999))
    body = "%s%04d%02d%02d%03d" % (area, y, m, d, seq)
    r = body + id_check(body)
    assert id_valid(r)
    return r

def gen_id_x():
    while True:
        s = gen_id()
        if s.endswith("X"):
            return s

def bad_id_like():
    """18 digits that are NOT a valid ID (wrong check)."""
    while True:
        s = "".join(rng.choice("0123456789") for _ in range(18))
        if not id_valid(s) and not luhn_valid(s) and s[0] != "0":
            return s

MOBILE_PFX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150",
              "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175",
              "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188",
              "189", "191", "193", "195", "198", "199"]

def gen_mobile():
    return rng.choice(MOBILE_PFX) + "".join(rng.choice("0123456789") for _ in range(8))

def gen_passport():
    k = rng.random()
    if k < 0.45:
        return "E" + "%08d" % rng.randint(10000000, 99999999)
    if k < 0.65:
        return "G" + "%08d" % rng.randint(10000000, 99999999)
    return "E" + rng.choice("ABCDEFGHJK") + "%07d" % rng.randint(1000000, 9999999)

CARD_BIN = [("622848", 19), ("621700", 19), ("622202", 19), ("621226", 19), ("622588", 16),
            ("621483", 16), ("622262", 19), ("621799", 19), ("622700", 19), ("623668", 19),
            ("625965", 16), ("622609", 16), ("436742", 16), ("524070", 16), ("622908", 19),
            ("621661", 19), ("622609", 16), ("628288", 16)]

def gen_card():
    b, n = rng.choice(CARD_BIN)
    body = b + "".join(rng.choice("0123456789") for _ in range(n - len(b) - 1))
    r = body + luhn_check(body)
    assert luhn_valid(r) and 16 <= len(r) <= 19
    return r

def bad_luhn(n):
    while True:
        s = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if not luhn_valid(s):
            return s

def gen_uscc():
    reg = rng.choice(["9", "9", "9", "9", "1", "5", "1"])
    typ = {"9": rng.choice("123"), "1": rng.choice("123"), "5": rng.choice("123")}[reg]
    area = rng.choice(AREAS)
    org8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    if rng.random() < 0.5:
        org8 = "".join(rng.choice("0123456789") for _ in range(8))
    orgc = org_check(org8)
    body = reg + typ + area + org8 + orgc
    r = body + uscc_check(body)
    assert uscc_valid(r)
    if r.isdigit() and id_valid(r):
        return gen_uscc()  # avoid codes that would also pass as a resident ID
    return r

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄涛", "吴刚", "徐丽", "孙强", "马超",
         "朱琳", "胡斌", "郭婷", "何俊", "林晓燕", "高峰", "罗娟", "梁建国", "宋雨桐", "郑凯", "谢婉清",
         "韩冬", "唐晓明", "冯佳", "董立新", "程颖", "曹振宇", "袁媛", "邓志刚", "许慧", "傅文博", "沈悦"]
PINYIN = {"张伟": "zhangwei", "王芳": "wangfang", "李娜": "lina", "刘洋": "liuyang", "陈静": "chenjing",
          "杨磊": "yanglei", "赵敏": "zhaomin", "黄涛": "huangtao", "吴刚": "wugang", "徐丽": "xuli",
          "孙强": "sunqiang", "马超": "machao", "朱琳": "zhulin", "胡斌": "hubin", "郭婷": "guoting",
          "何俊": "hejun", "林晓燕": "linxiaoyan", "高峰": "gaofeng", "罗娟": "luojuan",
          "梁建国": "liangjianguo", "宋雨桐": "songyutong", "郑凯": "zhengkai", "谢婉清": "xiewanqing",
          "韩冬": "handong", "唐晓明": "tangxiaoming", "冯佳": "fengjia", "董立新": "donglixin",
          "程颖": "chengying", "曹振宇": "caozhenyu", "袁媛": "yuanyuan", "邓志刚": "dengzhigang",
          "许慧": "xuhui", "傅文博": "fuwenbo", "沈悦": "shenyue"}
DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "139.com",
           "yeah.net", "sohu.com", "aliyun.com", "gmail.com", "hotmail.com"]

def name():
    return rng.choice(NAMES)

def gen_email(n=None):
    n = n or name()
    k = rng.random()
    if k < 0.25:
        return "%d@qq.com" % rng.randint(10000000, 3999999999)
    p = PINYIN[n]
    style = rng.choice([p, p + str(rng.randint(1, 99)), p + str(rng.randint(1970, 2003)),
                        p.replace(p[:1], p[:1]) + "_" + str(rng.randint(100, 999)), p[:1] + p[1:] + "88"])
    return style + "@" + rng.choice(DOMAINS)

def gen_work_email(n=None):
    n = n or name()
    p = PINYIN[n]
    return p + "@" + rng.choice(["czj.gz.gov.cn", "fgw.hz.gov.cn", "jyj.cd.gov.cn", "sjj.wh.gov.cn",
                                 "mail.xyz-tech.cn", "huaxin-group.com.cn", "rsj.nj.gov.cn",
                                 "wjw.xa.gov.cn", "sohu-inc.com", "cnpc-east.com"])

DOC_PFX = ["国办发", "国发", "中办发", "国办函", "财预", "财办", "财行", "教办", "教发", "人社部发",
           "发改办", "发改投资", "京政发", "京政办发", "沪府办发", "粤府函", "浙委办", "苏政办发",
           "川府发", "鄂政办发", "湘政发", "市委办字", "区委组字", "县政办发", "卫办医政发", "公通字",
           "民发", "农办计财", "工信部联", "国资发", "厅字", "市纪委发", "镇党委发", "街道办字",
           "深府办函", "杭政办", "成办发", "武政规", "西政发", "宁委办"]

def gen_docno_parts():
    return rng.choice(DOC_PFX), rng.randint(2016, 2026), rng.randint(1, 260)

def docno(style="〔〕"):
    p, y, n = gen_docno_parts()
    l, r = style[0], style[1]
    return "%s%s%d%s%d号" % (p, l, y, r, n)

TERMS = ["★10年", "★20年", "★5年", "★1年", "★3年", "★长期", "★2027年6月30日", "★2026年12月31日",
         "★30年", "★6个月"]

def cls_mark():
    lv = rng.choice(["绝密", "机密", "机密", "秘密", "秘密"])
    date = "★%d年%d月%d日" % (rng.randint(2026, 2032), rng.randint(1, 12), rng.randint(1, 28))
    if lv == "绝密":
        t = rng.choice(["★30年", "★长期", "★20年"])
    elif lv == "机密":
        t = rng.choice(["★20年", "★10年", "★5年", "★3年", date])
    else:
        t = rng.choice(["★10年", "★5年", "★2年", "★1年", "★6个月", date])
    return lv, t

DICT = ["天网工程", "蓝盾计划", "星火政务平台", "XK-9", "金盾三期"]

# ---------------------------------------------------------------- transforms
CN_D = "〇一二三四五六七八九"
CN_D2 = "零一二三四五六七八九"
CAP_D = "零壹贰叁肆伍陆柒捌玖"

def cn(s, table=CN_D2, yao=False):
    out = []
    for c in s:
        if c.isdigit():
            ch = table[int(c)]
            if yao and c == "1":
                ch = "幺"
            out.append(ch)
        else:
            out.append(c)
    return "".join(out)

def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c)
                   for c in s)

def ocr(s, n=2):
    conf = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}
    idx = [i for i, c in enumerate(s) if c in conf]
    rng.shuffle(idx)
    l = list(s)
    for i in idx[:n]:
        l[i] = conf[l[i]]
    return "".join(l)

def groups(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

def spaced(s, sep=" "):
    return sep.join(s)

def zw(s, every=3):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i % every == every - 1 and i != len(s) - 1:
            out.append("\\u200b")
    return "".join(out)

def mix_cn(s, frac=0.5):
    return "".join(CN_D2[int(c)] if c.isdigit() and rng.random() < frac else c for c in s)

def emoji_sep(s):
    em = rng.choice(["🌸", "🍀", "⭐", "🔥", "😄", "👉"])
    return groups(s, [3, 4, 4], em)

def mob_fmt(m):
    return rng.choice([groups(m, [3, 4, 4], " "), groups(m, [3, 4, 4], "-"), "+86 " + groups(m, [3, 4, 4], " "),
                       "(+86)" + m, "+86-" + m, groups(m, [3, 3, 5], " "), fw(m), "0086 " + m])

def id_fmt(i):
    return rng.choice([groups(i, [6, 8, 4], " "), groups(i, [6, 4, 4, 4], " "), groups(i, [3, 3, 4, 4, 4], " "),
                       fw(i), groups(i, [6, 8, 4], "-")])

def card_fmt(c):
    return rng.choice([groups(c, [4] * 5, " "), groups(c, [4] * 5, "-"), groups(c, [6, 6, 7], " "),
                       fw(groups(c, [4] * 5, " ")), groups(c, [4] * 5, "  ")])

# ---------------------------------------------------------------- cases
cases = []
ORDER = ["secret.classification_mark", "secret.internal_mark", "secret.document_number",
         "pii.cn_mobile", "pii.cn_resident_id", "pii.cn_passport", "pii.bank_card", "pii.cn_uscc",
         "pii.email", "org.dictionary"]

def add(labels, fc, desc, text):
    if isinstance(labels, str):
        labels = labels.split()
    labels = sorted(set(labels), key=ORDER.index) if labels != ["none"] else ["none"]
    assert (fc == "negative") == (labels == ["none"]), (labels, fc, desc)
    assert "\n===" not in "\n" + text and "\n#" not in "\n" + text.strip("\n")
    cases.append((" ".join(labels), fc, desc, text.strip("\n")))

def pick(fns, n, *a):
    """call n template functions cycling through a shuffled list."""
    fns = list(fns)
    rng.shuffle(fns)
    for i in range(n):
        fns[i % len(fns)](*a)

# ================================================================ MOBILE
# label: pii.cn_mobile
mob_plain = [
    lambda: add("pii.cn_mobile", "plain", "plain group chat asking to be called", "%s：明天上午的会我去不了，有事打我电话%s" % (name(), gen_mobile())),
    lambda: add("pii.cn_mobile", "plain", "plain second-hand listing", "出闲置婴儿车一台，九成新，同城自提，联系电话%s，非诚勿扰" % gen_mobile()),
    lambda: add("pii.cn_mobile", "plain", "plain notice contact person", "请各支部于本周五前报送材料，联系人：%s，电话：%s。" % (name(), gen_mobile())),
    lambda: add("pii.cn_mobile", "plain", "plain moments post lost wallet", "今天在地铁2号线丢了一个黑色钱包，里面有证件，捡到的好心人请联系%s，必有重谢🙏" % gen_mobile()),
    lambda: add("pii.cn_mobile", "plain", "plain parent group message", "各位家长好，我是%s妈妈，孩子今天发烧请假，老师有事可以打我手机%s" % (name()[0] + "小" + rng.choice("宝乐乐萌航"), gen_mobile())),
    lambda: add("pii.cn_mobile", "plain", "plain delivery instruction", "快递放门卫就行，到了给我打%s，谢谢" % gen_mobile()),
    lambda: add("pii.cn_mobile", "plain", "plain volunteer signup reply", "报名：%s，%s，%s社区" % (name(), gen_mobile(), rng.choice(["幸福里", "和平", "阳光花园", "东湖"]))),
    lambda: add("pii.cn_mobile", "plain", "plain landlord rental post", "朝阳小区两室一厅出租，月租2800，押一付三，有意者联系王先生%s" % gen_mobile()),
    lambda: add("pii.cn_mobile", "plain", "plain work handover note", "我下周休假，期间工作由%s负责，急事找他，手机%s。" % (name(), gen_mobile())),
    lambda: add("pii.cn_mobile", "plain", "plain chat giving friend's number", "你直接加他微信吧，就是他手机号%s" % gen_mobile()),
]
mob_fmt_t = [
    lambda: add("pii.cn_mobile", "formatted", "formatted number grouped with spaces", "联系电话：%s（%s）" % (groups(gen_mobile(), [3, 4, 4]), name())),
    lambda: add("pii.cn_mobile", "formatted", "formatted with +86 prefix", "Tel: +86 %s\n地址：%s市%s区" % (groups(gen_mobile(), [3, 4, 4], "-"), rng.choice(["杭州", "成都", "武汉"]), rng.choice(["高新", "东城", "江北"]))),
    lambda: add("pii.cn_mobile", "formatted", "formatted full-width digits", "有需要的私聊或者直接打：%s" % fw(gen_mobile())),
    lambda: add("pii.cn_mobile", "formatted", "formatted pasted spreadsheet row", "序号\t姓名\t部门\t手机\n%d\t%s\t%s\t%s" % (rng.randint(1, 40), name(), rng.choice(["办公室", "财务科", "宣传部", "组织部"]), gen_mobile())),
    lambda: add("pii.cn_mobile", "formatted", "formatted business card OCR lines", "%s\n%s\nM：%s\nT：0571-8%07d" % (name(), rng.choice(["销售经理", "项目主管", "办公室主任"]), groups(gen_mobile(), [3, 4, 4]), rng.randint(0, 9999999))),
    lambda: add("pii.cn_mobile", "formatted", "formatted in brackets with label", "【联系方式】%s【%s】" % (name(), gen_mobile())),
    lambda: add("pii.cn_mobile", "formatted", "formatted dashes 3-3-5", "订餐热线（老板本人）：%s" % groups(gen_mobile(), [3, 3, 5], "-")),
    lambda: add("pii.cn_mobile", "formatted", "formatted markdown table", "| 姓名 | 电话 |\n|---|---|\n| %s | %s |" % (name(), gen_mobile())),
    lambda: add("pii.cn_mobile", "formatted", "formatted dotted number", "叫车的话可以打这个 %s 师傅姓%s" % (groups(gen_mobile(), [3, 4, 4], "."), name()[0])),
    lambda: add("pii.cn_mobile", "formatted", "formatted 0086 prefix in signature", "—— \n%s | 0086-%s" % (name(), gen_mobile())),
]
def _mev1():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive Chinese numerals with yao", "我号码%s，晚上打" % cn(m, yao=True))
def _mev2():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive capital financial numerals", "兄弟我换号了 新号%s" % cn(m, CAP_D))
def _mev3():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive split across two lines", "加我，电话%s\n%s 备注来意" % (m[:5], m[5:]))
def _mev4():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive emoji between digit groups", "有货，要的滴滴我👉%s" % emoji_sep(m))
def _mev5():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive mixed numerals and digits", "想要的V我 或者直接call：%s" % mix_cn(m, 0.5))
def _mev6():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive zero-width characters inside", "联系人%s %s" % (name(), zw(m, 4)))
def _mev7():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive OCR letter for digit confusion", "[图片识别] 联系电话：%s" % ocr(m, 2))
def _mev8():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive spaced single digits", "电 话 %s" % spaced(m))
def _mev9():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive number described in words first part digits", "手机是%s后面是%s，你记一下" % (m[:3], cn(m[3:])))
def _mev10():
    m = gen_mobile(); add("pii.cn_mobile", "evasive", "evasive slashes and mixed separators", "tel %s/%s_%s 下班后别打" % (m[:3], m[3:7], m[7:]))
mob_ev = [_mev1, _mev2, _mev3, _mev4, _mev5, _mev6, _mev7, _mev8, _mev9, _mev10]

# ================================================================ RESIDENT ID
# label: pii.cn_resident_id
id_plain = [
    lambda: add("pii.cn_resident_id", "plain", "plain chat sending ID for ticket booking", "帮我订一下周六的高铁票，%s，身份证%s" % (name(), gen_id())),
    lambda: add("pii.cn_resident_id", "plain", "plain notice list of award winners with ID", "经研究，拟推荐%s（身份证号%s）为年度优秀志愿者。" % (name(), gen_id())),
    lambda: add("pii.cn_resident_id", "plain", "plain insurance enrolment message", "给我爸报的医保，身份证号是%s，你帮我查下到账没" % gen_id()),
    lambda: add("pii.cn_resident_id", "plain", "plain hotel check-in request", "前台你好，入住人%s %s，房间帮我留到晚上十点" % (name(), gen_id())),
    lambda: add("pii.cn_resident_id", "plain", "plain ID ending in X", "他的身份证号最后一位是X，完整的是%s，别填错了" % gen_id_x()),
    lambda: add("pii.cn_resident_id", "plain", "plain village committee reply", "低保材料已收到：申请人%s，身份证号码%s，待入户核查。" % (name(), gen_id())),
    lambda: add("pii.cn_resident_id", "plain", "plain exam registration complaint", "报名系统一直提示证件号错误，我的是%s，有人遇到过吗" % gen_id()),
    lambda: add("pii.cn_resident_id", "plain", "plain forwarding colleague's ID", "刚才%s让我转给你：%s，用于办理入职" % (name(), gen_id())),
]
id_fmt_t = [
    lambda: add("pii.cn_resident_id", "formatted", "formatted ID grouped 6-8-4", "公民身份号码 %s" % groups(gen_id(), [6, 8, 4])),
    lambda: add("pii.cn_resident_id", "formatted", "formatted full-width ID in form", "证件号码：%s" % fw(gen_id())),
    lambda: add("pii.cn_resident_id", "formatted", "formatted pasted spreadsheet row", "姓名\t性别\t身份证号\t所属村\n%s\t%s\t%s\t%s村" % (lambda sx: (name(), "男" if sx == "m" else "女", gen_id(sx), rng.choice(["李家", "河东", "新民", "前进"])))(rng.choice("mf"))),
    lambda: add("pii.cn_resident_id", "formatted", "formatted OCR of ID card back lines", "姓名 %s\n性别 %s 民族 汉\n住址 %s市%s路%d号\n公民身份号码 %s" % (lambda sx: (name(), "男" if sx == "m" else "女", rng.choice(["郑州", "合肥", "南昌"]), rng.choice(["建设", "人民", "解放"]), rng.randint(1, 300), gen_id(sx)))(rng.choice("mf"))),
    lambda: add("pii.cn_resident_id", "formatted", "formatted with dashes", "身份证：%s" % groups(gen_id(), [6, 8, 4], "-")),
    lambda: add("pii.cn_resident_id", "formatted", "formatted in brackets after name", "%s（%s）同志" % (name(), gen_id())),
    lambda: add("pii.cn_resident_id", "formatted", "formatted csv line", "%d,%s,%s,%s" % (rng.randint(1, 99), name(), gen_id(), rng.choice(["已缴", "未缴"]))),
    lambda: add("pii.cn_resident_id", "formatted", "formatted groups of four", "ID No. %s" % groups(gen_id(), [6, 4, 4, 4])),
]
def _iev1():
    i = gen_id(); add("pii.cn_resident_id", "evasive", "evasive split across lines", "身份证前面是%s\n后面%s" % (i[:9], i[9:]))
def _iev2():
    i = gen_id(); add("pii.cn_resident_id", "evasive", "evasive Chinese numerals", "证号%s" % cn(i, CN_D))
def _iev3():
    i = gen_id(); add("pii.cn_resident_id", "evasive", "evasive OCR confusions O l B", "[截图文字] 身份证号：%s" % ocr(i, 3))
def _iev4():
    i = gen_id_x(); add("pii.cn_resident_id", "evasive", "evasive lowercase x and spaces", "sfz %s" % spaced(i[:-1].lower() + "x", " "))
def _iev5():
    i = gen_id(); add("pii.cn_resident_id", "evasive", "evasive zero-width inserted", "身份证%s" % zw(i, 5))
def _iev6():
    i = gen_id(); add("pii.cn_resident_id", "evasive", "evasive pinyin label and dots", "shenfenzheng: %s" % groups(i, [3, 3, 4, 4, 4], "."))
def _iev7():
    i = gen_id(); add("pii.cn_resident_id", "evasive", "evasive partly in Chinese numerals", "我身份证%s 别外传啊" % mix_cn(i, 0.4))
def _iev8():
    i = gen_id(); add("pii.cn_resident_id", "evasive", "evasive emoji separators", "sfz👉%s" % "🔸".join([i[:6], i[6:14], i[14:]]))
id_ev = [_iev1, _iev2, _iev3, _iev4, _iev5, _iev6, _iev7, _iev8]

# ================================================================ PASSPORT
# label: pii.cn_passport
pp_plain = [
    lambda: add("pii.cn_passport", "plain", "plain travel agency chat", "护照号%s，姓名%s，出团日期下月3号" % (gen_passport(), name())),
    lambda: add("pii.cn_passport", "plain", "plain visa application reminder", "签证材料里护照号码写的是%s，你核对一下有没有错" % gen_passport()),
    lambda: add("pii.cn_passport", "plain", "plain flight booking for colleague", "帮%s订去新加坡的机票，护照%s，有效期到2031年" % (name(), gen_passport())),
    lambda: add("pii.cn_passport", "plain", "plain delegation list sentence", "出访人员：%s，因公护照号%s。" % (name(), gen_passport())),
    lambda: add("pii.cn_passport", "plain", "plain lost passport post", "在曼谷丢了护照，号码%s，已经报警了，大使馆怎么补办？" % gen_passport()),
    lambda: add("pii.cn_passport", "plain", "plain hotel abroad booking", "Booking上的预订信息要填护照号，我填的%s" % gen_passport()),
    lambda: add("pii.cn_passport", "plain", "plain study abroad group", "交换生名单更新：%s %s" % (name(), gen_passport())),
]
pp_fmt_t = [
    lambda: add("pii.cn_passport", "formatted", "formatted MRZ-style label", "Passport No./护照号: %s\nName: %s" % (gen_passport(), PINYIN[rng.choice(NAMES)].upper())),
    lambda: add("pii.cn_passport", "formatted", "formatted spaced groups", "护照号码：%s" % (lambda p: p[:1] + " " + groups(p[1:], [4, 4]) if p[1].isdigit() else p[:2] + " " + groups(p[2:], [3, 4]))(gen_passport())),
    lambda: add("pii.cn_passport", "formatted", "formatted full-width passport", "证件号 %s" % fw(gen_passport())),
    lambda: add("pii.cn_passport", "formatted", "formatted spreadsheet row", "姓名\t证件类型\t证件号\n%s\t护照\t%s" % (name(), gen_passport())),
    lambda: add("pii.cn_passport", "formatted", "formatted in brackets", "%s【护照%s】已出签" % (name(), gen_passport())),
    lambda: add("pii.cn_passport", "formatted", "formatted with dash", "PP#: %s" % (lambda p: (p[:1] + "-" + p[1:]) if p[1].isdigit() else (p[:2] + "-" + p[2:]))(gen_passport())),
    lambda: add("pii.cn_passport", "formatted", "formatted table cell", "| 团员 | 护照 |\n| %s | %s |" % (name(), gen_passport())),
]
def _pev1():
    p = gen_passport(); add("pii.cn_passport", "evasive", "evasive lowercase letter", "huzhao %s" % p.lower())
def _pev2():
    p = gen_passport(); add("pii.cn_passport", "evasive", "evasive digits in Chinese", "护照%s%s" % (p[:2] if not p[1].isdigit() else p[:1], cn(p[2:] if not p[1].isdigit() else p[1:])))
def _pev3():
    p = gen_passport(); add("pii.cn_passport", "evasive", "evasive split across lines", "护照号\n%s\n%s" % (p[:5], p[5:]))
def _pev4():
    p = gen_passport(); add("pii.cn_passport", "evasive", "evasive spaced characters", "hz号 %s" % spaced(p))
def _pev5():
    p = gen_passport(); add("pii.cn_passport", "evasive", "evasive OCR confusion", "[扫描件] PASSPORT No %s" % ocr(p, 2))
def _pev6():
    p = gen_passport(); add("pii.cn_passport", "evasive", "evasive zero-width in passport", "护照：%s" % zw(p, 3))
def _pev7():
    p = gen_passport(); add("pii.cn_passport", "evasive", "evasive letter spelled out", "护照是字母%s开头，后面%s" % (p[:1] if p[1].isdigit() else p[:2], p[1:] if p[1].isdigit() else p[2:]))
pp_ev = [_pev1, _pev2, _pev3, _pev4, _pev5, _pev6, _pev7]

# ================================================================ BANK CARD
# label: pii.bank_card
bc_plain = [
    lambda: add("pii.bank_card", "plain", "plain reimbursement card in chat", "报销打到我这张卡%s，%s银行" % (gen_card(), rng.choice(["农业", "建设", "工商", "招商"]))),
    lambda: add("pii.bank_card", "plain", "plain salary card change", "我工资卡换了，新卡号%s，麻烦财务改一下" % gen_card()),
    lambda: add("pii.bank_card", "plain", "plain group-buy payment", "团购的钱转这里：%s %s" % (gen_card(), name())),
    lambda: add("pii.bank_card", "plain", "plain subsidy recipient notice", "补贴发放账户：%s，户名%s。" % (gen_card(), name())),
    lambda: add("pii.bank_card", "plain", "plain asking for deposit refund", "押金退到原卡就行，卡号%s" % gen_card()),
    lambda: add("pii.bank_card", "plain", "plain stolen card complaint", "我的卡%s昨晚被盗刷了三笔，银行说要先报警" % gen_card()),
    lambda: add("pii.bank_card", "plain", "plain tuition payment", "学费交到学校指定卡号没问题吧？我交的时候用的是%s" % gen_card()),
]
bc_fmt_t = [
    lambda: add("pii.bank_card", "formatted", "formatted groups of four", "卡号：%s\n开户行：%s银行%s支行" % (groups(gen_card(), [4] * 5), rng.choice(["中国", "建设", "工商"]), rng.choice(["城南", "高新", "解放路"]))),
    lambda: add("pii.bank_card", "formatted", "formatted full-width grouped", "账户 %s" % fw(groups(gen_card(), [4] * 5))),
    lambda: add("pii.bank_card", "formatted", "formatted spreadsheet payroll row", "工号\t姓名\t银行卡号\t实发\nA%03d\t%s\t%s\t%d.00" % (rng.randint(1, 300), name(), gen_card(), rng.randint(3000, 12000))),
    lambda: add("pii.bank_card", "formatted", "formatted dashes", "Card: %s" % groups(gen_card(), [4] * 5, "-")),
    lambda: add("pii.bank_card", "formatted", "formatted key-value block", "户名：%s\n账号：%s\n行别：%s" % (name(), groups(gen_card(), [6, 6, 7]), rng.choice(["农行", "建行", "邮储"]))),
    lambda: add("pii.bank_card", "formatted", "formatted bracket label", "【收款卡号】%s【户名】%s" % (gen_card(), name())),
    lambda: add("pii.bank_card", "formatted", "formatted double spaces", "银行卡 %s" % groups(gen_card(), [4] * 5, "  ")),
]
def _bev1():
    c = gen_card(); add("pii.bank_card", "evasive", "evasive split over two messages", "卡号%s\n%s" % (c[:8], c[8:]))
def _bev2():
    c = gen_card(); add("pii.bank_card", "evasive", "evasive Chinese numerals", "转到%s 户名%s" % (cn(c), name()))
def _bev3():
    c = gen_card(); add("pii.bank_card", "evasive", "evasive capital numerals", "yhk：%s" % cn(c, CAP_D))
def _bev4():
    c = gen_card(); add("pii.bank_card", "evasive", "evasive emoji separators", "💳%s" % "💰".join([c[i:i + 4] for i in range(0, len(c), 4)]))
def _bev5():
    c = gen_card(); add("pii.bank_card", "evasive", "evasive OCR confusion", "[OCR] 卡号 %s" % ocr(groups(c, [4] * 5), 3))
def _bev6():
    c = gen_card(); add("pii.bank_card", "evasive", "evasive zero-width", "打这张%s" % zw(c, 4))
def _bev7():
    c = gen_card(); add("pii.bank_card", "evasive", "evasive pinyin label and dots", "yinhangka %s" % groups(c, [4] * 5, "."))
bc_ev = [_bev1, _bev2, _bev3, _bev4, _bev5, _bev6, _bev7]

# ================================================================ USCC
# label: pii.cn_uscc
CO = ["%s市华信科技有限公司", "%s市恒达建筑工程有限公司", "%s绿源农业专业合作社", "%s市惠民物业管理有限公司",
      "%s鑫盛商贸有限公司", "%s市启航教育咨询有限公司", "%s市爱心助老服务中心", "%s同创软件有限公司"]
CITY = ["杭州", "成都", "武汉", "南京", "济南", "西安", "长沙", "合肥", "福州", "郑州"]
def co():
    return rng.choice(CO) % rng.choice(CITY)
us_plain = [
    lambda: add("pii.cn_uscc", "plain", "plain invoice title request", "开票信息：%s，税号%s" % (co(), gen_uscc())),
    lambda: add("pii.cn_uscc", "plain", "plain supplier registration", "我们公司统一社会信用代码是%s，资料已上传" % gen_uscc()),
    lambda: add("pii.cn_uscc", "plain", "plain bid announcement sentence", "中标单位：%s（统一社会信用代码：%s）" % (co(), gen_uscc())),
    lambda: add("pii.cn_uscc", "plain", "plain chat asking accountant", "会计你好，%s的信用代码%s，帮忙查下今年报税没" % (co(), gen_uscc())),
    lambda: add("pii.cn_uscc", "plain", "plain contract party line", "乙方：%s 统一社会信用代码 %s" % (co(), gen_uscc())),
    lambda: add("pii.cn_uscc", "plain", "plain reimbursement note", "发票抬头写%s，纳税人识别号%s，别写错" % (co(), gen_uscc())),
    lambda: add("pii.cn_uscc", "plain", "plain license photo text", "营业执照 统一社会信用代码%s 名称 %s" % (gen_uscc(), co())),
]
us_fmt_t = [
    lambda: add("pii.cn_uscc", "formatted", "formatted full-width code", "税号：%s" % fw(gen_uscc())),
    lambda: add("pii.cn_uscc", "formatted", "formatted spaced groups", "统一社会信用代码 %s" % groups(gen_uscc(), [2, 6, 9, 1])),
    lambda: add("pii.cn_uscc", "formatted", "formatted invoice block", "名    称：%s\n纳税人识别号：%s\n地址、电话：%s市高新区" % (co(), gen_uscc(), rng.choice(CITY))),
    lambda: add("pii.cn_uscc", "formatted", "formatted spreadsheet row", "单位名称\t信用代码\t联系人\n%s\t%s\t%s" % (co(), gen_uscc(), name())),
    lambda: add("pii.cn_uscc", "formatted", "formatted brackets", "【%s】【%s】" % (co(), gen_uscc())),
    lambda: add("pii.cn_uscc", "formatted", "formatted dashes in code", "USCC: %s" % groups(gen_uscc(), [6, 6, 6], "-")),
    lambda: add("pii.cn_uscc", "formatted", "formatted markdown table", "| 单位 | 代码 |\n|---|---|\n| %s | %s |" % (co(), gen_uscc())),
]
def _uev1():
    u = gen_uscc()
    while u.isdigit():
        u = gen_uscc()
    add("pii.cn_uscc", "evasive", "evasive lowercase letters", "税号%s" % u.lower())
def _uev2():
    u = gen_uscc(); add("pii.cn_uscc", "evasive", "evasive split across lines", "信用代码\n%s\n%s" % (u[:9], u[9:]))
def _uev3():
    u = gen_uscc(); add("pii.cn_uscc", "evasive", "evasive spaced characters", "shuihao %s" % spaced(u))
def _uev4():
    u = gen_uscc(); add("pii.cn_uscc", "evasive", "evasive OCR zero as O", "[营业执照照片识别] 统一社会信用代码 %s" % ocr(u, 2))
def _uev5():
    u = gen_uscc(); add("pii.cn_uscc", "evasive", "evasive zero-width", "开票用这个%s" % zw(u, 6))
def _uev6():
    u = gen_uscc(); add("pii.cn_uscc", "evasive", "evasive digits partly Chinese", "代码%s" % mix_cn(u, 0.35))
def _uev7():
    u = gen_uscc(); add("pii.cn_uscc", "evasive", "evasive emoji separators", "税号🧾%s" % "·".join([u[:6], u[6:12], u[12:]]))
us_ev = [_uev1, _uev2, _uev3, _uev4, _uev5, _uev6, _uev7]

# ================================================================ EMAIL
# label: pii.email
em_plain = [
    lambda: add("pii.email", "plain", "plain send resume to", "简历发我邮箱%s，标题写姓名+岗位" % gen_email()),
    lambda: (lambda n: add("pii.email", "plain", "plain notice submit to work email", "请于3月15日前将汇总表发送至%s（%s）。" % (gen_work_email(n), n)))(name()),
    lambda: add("pii.email", "plain", "plain chat asking for files", "照片太大微信发不了，发我%s吧" % gen_email()),
    lambda: add("pii.email", "plain", "plain forum signature", "有问题欢迎交流，我的邮箱%s" % gen_email()),
    lambda: add("pii.email", "plain", "plain class group homework", "作业交到老师邮箱：%s" % gen_email()),
    lambda: add("pii.email", "plain", "plain qq numeric mailbox", "我QQ邮箱%d@qq.com，直接发这里" % rng.randint(10000000, 2999999999)),
    lambda: (lambda n: add("pii.email", "plain", "plain contact sentence in English", "Please contact %s at %s for details." % (PINYIN[n].capitalize(), gen_email(n))))(name()),
]
em_fmt_t = [
    lambda: add("pii.email", "formatted", "formatted full-width at sign", "邮箱：%s" % gen_email().replace("@", "＠")),
    lambda: add("pii.email", "formatted", "formatted mailto link", "[%s](mailto:%s)" % (name(), gen_email())),
    lambda: (lambda n: add("pii.email", "formatted", "formatted angle brackets header", "发件人: %s <%s>\n主题: 回复：材料" % (n, gen_email(n))))(name()),
    lambda: (lambda n: add("pii.email", "formatted", "formatted spreadsheet row", "姓名\t邮箱\t部门\n%s\t%s\t%s" % (n, gen_work_email(n), rng.choice(["综合科", "人事科", "信息中心"]))))(name()),
    lambda: (lambda n: add("pii.email", "formatted", "formatted signature block", "--\n%s\nE-mail：%s\n微信同号" % (n, gen_email(n))))(name()),
    lambda: add("pii.email", "formatted", "formatted fully full-width address", "Ｅｍａｉｌ：%s" % fw(gen_email())),
    lambda: add("pii.email", "formatted", "formatted brackets and cc list", "抄送：%s；%s" % (gen_work_email(), gen_work_email())),
]
def _eev1():
    e = gen_email(); add("pii.email", "evasive", "evasive [at] and [dot]", "邮箱 %s" % e.replace("@", "[at]").replace(".", "[dot]"))
def _eev2():
    e = gen_email(); u, d = e.split("@"); add("pii.email", "evasive", "evasive Chinese at and dot", "%s艾特%s" % (u, d.replace(".com", "点com").replace(".net", "点net").replace(".cn", "点cn")))
def _eev3():
    e = gen_email(); add("pii.email", "evasive", "evasive # instead of @", "邮箱（#换成@）：%s" % e.replace("@", "#"))
def _eev4():
    e = gen_email(); add("pii.email", "evasive", "evasive full stop 。com", "发我%s就行" % e.replace(".com", "。com").replace(".net", "。net"))
def _eev5():
    e = gen_email(); u, d = e.split("@"); add("pii.email", "evasive", "evasive spaced out with at word", "%s at %s" % (u, d.replace(".", " dot ")))
def _eev6():
    e = gen_email(); u, d = e.split("@"); add("pii.email", "evasive", "evasive split over lines", "邮箱前缀%s\n后缀@%s" % (u, d))
def _eev7():
    e = gen_email(); add("pii.email", "evasive", "evasive (at) with spaces", "简历投 %s" % e.replace("@", " (at) "))
def _eev8():
    q = rng.randint(10000000, 2999999999); add("pii.email", "evasive", "evasive qq number plus mailbox hint", "邮箱就是我扣扣号%s后面加qq点com" % q)
em_ev = [_eev1, _eev2, _eev3, _eev4, _eev5, _eev6, _eev7, _eev8]

# ================================================================ DOCUMENT NUMBER
# label: secret.document_number
def dn_title():
    return rng.choice(["关于进一步加强基层治理工作的通知", "关于做好2025年度预算编制工作的通知", "关于印发《重点项目督查办法》的通知",
                       "关于调整专项资金使用范围的批复", "关于开展安全生产大检查的通知", "关于加强干部档案管理的意见",
                       "关于印发会议纪要的通知", "关于规范公务接待的若干规定"])
dn_plain = [
    lambda: add("secret.document_number", "plain", "plain document head number", "%s\n%s" % (docno(), dn_title())),
    lambda: add("secret.document_number", "plain", "plain citing a document in chat", "按照%s文件要求，这周要把台账报上去" % docno()),
    lambda: add("secret.document_number", "plain", "plain forwarding a notice", "转发：%s《%s》，请各单位认真贯彻落实。" % (docno(), dn_title())),
    lambda: add("secret.document_number", "plain", "plain group chat question", "有没有人有%s的原文？领导要" % docno()),
    lambda: add("secret.document_number", "plain", "plain square bracket number", "依据%s，本项目资金予以拨付。" % docno("[]")),
    lambda: add("secret.document_number", "plain", "plain post complaining about policy", "说是根据%s精神，我们小区的停车位要重新划，有人知道这是啥文件吗" % docno()),
    lambda: add("secret.document_number", "plain", "plain reply letter reference", "你单位报来的%s收悉，经研究，现批复如下：" % docno()),
]
def _dnf1():
    p, y, n = gen_docno_parts(); add("secret.document_number", "formatted", "formatted full-width brackets and digits", "文号：%s" % fw("%s[%d]%d" % ("", y, n)).join([p, ""]) + "号")
def _dnf2():
    p, y, n = gen_docno_parts(); add("secret.document_number", "formatted", "formatted round brackets", "%s（%d）%d号" % (p, y, n))
def _dnf3():
    p, y, n = gen_docno_parts(); add("secret.document_number", "formatted", "formatted with 第 and spaces", "发文字号： %s 〔%d〕 第%d号" % (p, y, n))
def _dnf4():
    p, y, n = gen_docno_parts(); add("secret.document_number", "formatted", "formatted document head layout", "%s人民政府办公室文件\n\n%s〔%d〕%d号\n\n%s" % (rng.choice(CITY) + "市", p, y, n, dn_title()))
def _dnf5():
    p, y, n = gen_docno_parts(); add("secret.document_number", "formatted", "formatted 【】 brackets", "%s【%d】%d号" % (p, y, n))
def _dnf6():
    p, y, n = gen_docno_parts(); add("secret.document_number", "formatted", "formatted spreadsheet register row", "收文日期\t来文单位\t文号\t标题\n%d-%02d-%02d\t%s\t%s〔%d〕%d号\t%s" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.choice(["市政府办", "市财政局", "区委办"]), p, y, n, dn_title()))
def _dnf7():
    p, y, n = gen_docno_parts(); add("secret.document_number", "formatted", "formatted hex-bracket style with spaces", "%s ［%d］ %d 号" % (p, y, n))
def _dnf8():
    p, y, n = gen_docno_parts(); add("secret.document_number", "formatted", "formatted number with leading zeros", "%s〔%d〕%03d号" % (p, y, n))
dn_fmt_t = [_dnf1, _dnf2, _dnf3, _dnf4, _dnf5, _dnf6, _dnf7, _dnf8]
def _dne1():
    p, y, n = gen_docno_parts(); add("secret.document_number", "evasive", "evasive Chinese numerals year and number", "%s〔%s〕%s号" % (p, cn(str(y), CN_D), cn_num(n)))
def _dne2():
    p, y, n = gen_docno_parts(); add("secret.document_number", "evasive", "evasive spaced characters", "%s %d %d号" % (spaced(p), y, n))
def _dne3():
    p, y, n = gen_docno_parts(); add("secret.document_number", "evasive", "evasive no brackets dash", "那个%s%d-%d号文你们看了没" % (p, y, n))
def _dne4():
    p, y, n = gen_docno_parts(); add("secret.document_number", "evasive", "evasive year and number written in words", "就是%s%d年第%d号那个文件" % (p, y, n))
def _dne5():
    p, y, n = gen_docno_parts(); add("secret.document_number", "evasive", "evasive split across lines", "文号%s\n〔%d〕%d号" % (p, y, n))
def _dne6():
    p, y, n = gen_docno_parts(); add("secret.document_number", "evasive", "evasive zero-width in prefix", "%s〔%d〕%d号" % (zw(p, 1), y, n))
def _dne7():
    y, n = rng.randint(2018, 2026), rng.randint(1, 200)
    add("secret.document_number", "evasive", "evasive pinyin initial for 国", "据说G办发[%d]%d号要求清理，群里有原件吗" % (y, n))
def _dne8():
    p, y, n = gen_docno_parts(); add("secret.document_number", "evasive", "evasive sloppy parentheses no 号", "%s(%d)%d" % (p, y, n))
dn_ev = [_dne1, _dne2, _dne3, _dne4, _dne5, _dne6, _dne7, _dne8]

def cn_num(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    if n < 100:
        return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    s = d[h] + "百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + d[r]
    return s + d[r // 10] + "十" + (d[r % 10] if r % 10 else "")

# ================================================================ CLASSIFICATION MARK
# label: secret.classification_mark
def cm():
    lv, t = cls_mark(); return lv + t
cl_plain = [
    lambda: add("secret.classification_mark", "plain", "plain mark at document head", "%s\n%s" % (cm(), dn_title())),
    lambda: add("secret.classification_mark", "plain", "plain chat quoting mark on a file", "这份材料右上角印着%s，能发群里吗？" % cm()),
    lambda: add("secret.classification_mark", "plain", "plain mark without term", "封面上写着%s，我先拍给你看看内容" % rng.choice(["机密", "秘密", "绝密"])),
    lambda: add("secret.classification_mark", "plain", "plain post about found document", "楼道里捡到一沓纸，第一页写着“%s”，交给谁？" % cm()),
    lambda: add("secret.classification_mark", "plain", "plain mark with date term", "%s★%d年%d月%d日\n会议纪要" % (rng.choice(["秘密", "机密"]), rng.randint(2026, 2030), rng.randint(1, 12), rng.randint(1, 28))),
    lambda: add("secret.classification_mark", "plain", "plain forwarded note with mark", "【转】%s 关于%s有关情况的报告" % (cm(), rng.choice(["边境管控", "重点人员", "专项行动", "网络舆情"]))),
    lambda: add("secret.classification_mark", "plain", "plain mark mentioned in reminder", "注意：附件为%s级材料，阅后交回。" % rng.choice(["机密", "秘密"])),
]
def _clf1():
    lv, t = cls_mark(); add("secret.classification_mark", "formatted", "formatted spaced characters with star", "%s %s %s" % (spaced(lv), "★", spaced(t[1:])))
def _clf2():
    lv, t = cls_mark(); add("secret.classification_mark", "formatted", "formatted label 密级 and 保密期限", "密级：%s\n保密期限：%s" % (lv, t[1:]))
def _clf3():
    lv, t = cls_mark(); add("secret.classification_mark", "formatted", "formatted in square brackets", "【%s】%s" % (lv + t, dn_title()))
def _clf4():
    lv, t = cls_mark(); add("secret.classification_mark", "formatted", "formatted hollow star", "%s☆%s" % (lv, t[1:]))
def _clf5():
    lv, t = cls_mark(); add("secret.classification_mark", "formatted", "formatted header table cell", "| 密级 | %s |\n| 编号 | 第%03d份 |" % (lv + t, rng.randint(1, 60)))
def _clf6():
    lv, t = cls_mark(); add("secret.classification_mark", "formatted", "formatted OCR head block with copy number", "%06d\n%s\n\n%s" % (rng.randint(1, 999999), lv + t, dn_title()))
def _clf7():
    lv, t = cls_mark(); add("secret.classification_mark", "formatted", "formatted full-width brackets", "（%s）" % (lv + t))
def _clf8():
    lv, t = cls_mark(); add("secret.classification_mark", "formatted", "formatted star with spaces around", "%s ★ %s" % (lv, t[1:]))
cl_fmt_t = [_clf1, _clf2, _clf3, _clf4, _clf5, _clf6, _clf7, _clf8]
HOMO = {"机密": ["鸡密", "机蜜", "机m", "jimi", "JM"], "秘密": ["秘蜜", "mi密", "mimi", "蜜密"], "绝密": ["决密", "绝mi", "juemi", "JUE密"]}
def _cle1():
    lv, t = cls_mark(); add("secret.classification_mark", "evasive", "evasive homophone or pinyin for level", "这个文件是%s%s的，你懂的" % (rng.choice(HOMO[lv]), t))
def _cle2():
    lv, t = cls_mark(); add("secret.classification_mark", "evasive", "evasive asterisk instead of star", "%s*%s" % (lv, t[1:]))
def _cle3():
    lv, t = cls_mark(); add("secret.classification_mark", "evasive", "evasive emoji star", "%s⭐%s 别乱传" % (lv, t[1:]))
def _cle4():
    lv, t = cls_mark(); add("secret.classification_mark", "evasive", "evasive split across lines", "%s\n%s\n%s" % (lv[0], lv[1], t))
def _cle5():
    lv, t = cls_mark(); add("secret.classification_mark", "evasive", "evasive zero-width between characters", "%s%s" % (zw(lv, 1), t))
def _cle6():
    lv, t = cls_mark(); add("secret.classification_mark", "evasive", "evasive OCR star misread", "[扫描] %s大%s\n%s" % (lv, t[1:], dn_title()))
def _cle7():
    lv, t = cls_mark(); add("secret.classification_mark", "evasive", "evasive emoji inside level", "%s🤐%s★%s" % (lv[0], lv[1], t[1:]))
def _cle8():
    lv, t = cls_mark()
    while not t[1].isdigit():
        lv, t = cls_mark()
    m = __import__("re").match(r"(\d+)年(?:(\d+)月(\d+)日)?|(\d+)个月", t[1:])
    if m.group(4):
        term = cn_num(int(m.group(4))) + "个月"
    elif m.group(2):
        term = cn(m.group(1), CN_D) + "年" + cn_num(int(m.group(2))) + "月" + cn_num(int(m.group(3))) + "日"
    else:
        term = cn_num(int(m.group(1))) + "年"
    add("secret.classification_mark", "evasive", "evasive level homophone and term in Chinese numerals", "%s★%s" % (rng.choice(HOMO[lv]), term))
cl_ev = [_cle1, _cle2, _cle3, _cle4, _cle5, _cle6, _cle7, _cle8]

# ================================================================ INTERNAL MARK
# label: secret.internal_mark
IM = ["内部资料 注意保密", "内部文件 注意保密", "内部资料，不得外传", "此件不予公开", "仅供内部参考", "内部资料 请勿外传",
      "内部传阅 不得翻印", "内部文件，严禁外传", "不宜公开", "内部参阅件", "仅限内部使用，不得对外转发"]
im_plain = [
    lambda: add("secret.internal_mark", "plain", "plain mark on document head", "%s\n%s" % (rng.choice(IM), dn_title())),
    lambda: add("secret.internal_mark", "plain", "plain footer mark", "%s\n（%s）" % (dn_title(), rng.choice(["此件不予公开", "此件不公开", "内部资料 注意保密"]))),
    lambda: add("secret.internal_mark", "plain", "plain chat mentions mark", "这个PPT首页写着%s，你确定要发到业主群？" % rng.choice(["内部资料", "仅供内部参考", "不得外传"])),
    lambda: add("secret.internal_mark", "plain", "plain forwarded with mark", "转发一下，%s：%s" % (rng.choice(["内部资料请勿外传", "内部文件注意保密"]), dn_title())),
    lambda: add("secret.internal_mark", "plain", "plain quoted in post", "网上流传一份标注“%s”的%s，真假不明" % (rng.choice(IM), rng.choice(["会议记录", "整改方案", "排查名单"]))),
    lambda: add("secret.internal_mark", "plain", "plain admin reminder", "群里刚发的表格属于内部资料，不得外传，请大家注意。"),
    lambda: add("secret.internal_mark", "plain", "plain briefing header", "%s（%s）\n第%d期" % (rng.choice(["工作简报", "情况反映", "信息专报"]), rng.choice(["内部资料", "内部刊物", "仅供参阅"]), rng.randint(1, 60))),
]
def _imf1():
    add("secret.internal_mark", "formatted", "formatted spaced mark", spaced(rng.choice(["内部资料", "内部文件"])) + "　" + spaced("注意保密"))
def _imf2():
    add("secret.internal_mark", "formatted", "formatted bracketed mark", "【%s】%s" % (rng.choice(["内部资料·注意保密", "内部文件·不得外传", "内部参考"]), dn_title()))
def _imf3():
    add("secret.internal_mark", "formatted", "formatted mark with stars border", "★★★ %s ★★★" % rng.choice(["内部资料 严禁外传", "内部文件 请勿转发"]))
def _imf4():
    add("secret.internal_mark", "formatted", "formatted table cell", "| 公开属性 | %s |\n| 印发日期 | 2025年%d月%d日 |" % (rng.choice(["不予公开", "不公开"]), rng.randint(1, 12), rng.randint(1, 28)))
def _imf5():
    add("secret.internal_mark", "formatted", "formatted full-width parentheses footer", "（此件不予公开）\n抄送：%s" % rng.choice(["市委办公室", "区纪委", "各街道办事处"]))
def _imf6():
    add("secret.internal_mark", "formatted", "formatted watermark line OCR", "内部资料 注意保密 内部资料 注意保密 内部资料\n%s" % dn_title())
def _imf7():
    add("secret.internal_mark", "formatted", "formatted label key-value", "公开方式：不予公开\n%s" % dn_title())
def _imf8():
    add("secret.internal_mark", "formatted", "formatted line break inside mark", "内部资料\n注意保密\n\n%s" % dn_title())
im_fmt_t = [_imf1, _imf2, _imf3, _imf4, _imf5, _imf6, _imf7, _imf8]
def _ime1():
    add("secret.internal_mark", "evasive", "evasive pinyin for 内部", "nei部资料，别外chuan哈")
def _ime2():
    add("secret.internal_mark", "evasive", "evasive letter abbreviation", "这是nb资料 仅供内bu参考 🤫")
def _ime3():
    add("secret.internal_mark", "evasive", "evasive zero-width in mark", zw("内部资料注意保密", 2))
def _ime4():
    add("secret.internal_mark", "evasive", "evasive homophone 内不", "内不资料，别外chuan，看完就删")
def _ime5():
    add("secret.internal_mark", "evasive", "evasive split across lines", "内部\n资料\n请勿外\n传")
def _ime6():
    add("secret.internal_mark", "evasive", "evasive emoji replaces character", "内部资料🤐不得外📤传")
def _ime7():
    add("secret.internal_mark", "evasive", "evasive casual mention of mark", "文件上面印着不给公开那几个字，我就截了一部分，应该没事吧")
def _ime8():
    add("secret.internal_mark", "evasive", "evasive full pinyin", "neibu ziliao zhuyi baomi, qing wu zhuanfa")
def _ime9():
    add("secret.internal_mark", "evasive", "evasive spaced with symbols", "内*部*文*件 注*意*保*密")
im_ev = [_ime1, _ime2, _ime3, _ime4, _ime5, _ime6, _ime7, _ime8, _ime9]

# ================================================================ DICTIONARY
# label: org.dictionary
dc_plain = [
    lambda: add("org.dictionary", "plain", "plain chat about project", "下午%s的联调会改到三点" % rng.choice(DICT)),
    lambda: add("org.dictionary", "plain", "plain moments brag", "加班第三天，%s终于上线了，累瘫😵" % rng.choice(DICT)),
    lambda: add("org.dictionary", "plain", "plain resume line", "2022.03-2024.06 参与%s，负责后端接口开发" % rng.choice(DICT)),
    lambda: add("org.dictionary", "plain", "plain work report sentence", "本月重点推进%s建设，完成设备部署%d台。" % (rng.choice(DICT), rng.randint(20, 400))),
    lambda: add("org.dictionary", "plain", "plain question in tech group", "有人知道%s用的是什么数据库吗？" % rng.choice(DICT)),
    lambda: add("org.dictionary", "plain", "plain XK-9 code name", "XK-9那边的测试数据明天给你"),
    lambda: add("org.dictionary", "plain", "plain 金盾三期 procurement", "金盾三期的采购清单我发你邮箱了"),
]
def _dcf1():
    add("org.dictionary", "formatted", "formatted quoted in brackets", "《%s》实施方案（征求意见稿）" % rng.choice(DICT))
def _dcf2():
    add("org.dictionary", "formatted", "formatted full-width code name", "项目代号：%s" % fw("XK-9"))
def _dcf3():
    add("org.dictionary", "formatted", "formatted spaced name", "【%s】进度汇报" % spaced(rng.choice(["天网工程", "蓝盾计划", "金盾三期"])))
def _dcf4():
    add("org.dictionary", "formatted", "formatted spreadsheet row", "项目名称\t负责人\t状态\n%s\t%s\t进行中" % (rng.choice(DICT), name()))
def _dcf5():
    add("org.dictionary", "formatted", "formatted hashtag", "又是通宵的一天 #%s# #打工人#" % rng.choice(DICT))
def _dcf6():
    add("org.dictionary", "formatted", "formatted XK 9 with space", "XK 9 二期需求评审")
def _dcf7():
    add("org.dictionary", "formatted", "formatted line break inside name", "星火政务\n平台 账号权限申请")
def _dcf8():
    add("org.dictionary", "formatted", "formatted 金盾 3期 arabic digit", "金盾3期 验收材料清单.docx 已更新")
dc_fmt_t = [_dcf1, _dcf2, _dcf3, _dcf4, _dcf5, _dcf6, _dcf7, _dcf8]
def _dce1():
    add("org.dictionary", "evasive", "evasive homophone 兰盾", "兰盾计划那个事先别往外说")
def _dce2():
    add("org.dictionary", "evasive", "evasive pinyin", "tianwang gongcheng 的服务器又挂了")
def _dce3():
    add("org.dictionary", "evasive", "evasive lowercase no dash", "xk9 的代码仓库权限给我开一下")
def _dce4():
    add("org.dictionary", "evasive", "evasive emoji inserted", "天🕸网工程 下周验收")
def _dce5():
    add("org.dictionary", "evasive", "evasive capital numeral 叁", "金盾叁期 经费到了没")
def _dce6():
    add("org.dictionary", "evasive", "evasive mixed pinyin", "星火zheng务平台 的接口文档谁有")
def _dce7():
    add("org.dictionary", "evasive", "evasive zero-width", "%s项目周报" % zw("蓝盾计划", 1))
def _dce8():
    add("org.dictionary", "evasive", "evasive half initials", "天网GC 二标段的人员名单")
def _dce9():
    add("org.dictionary", "evasive", "evasive spaced letters with dots", "X.K.9 下周演示")
def _dce10():
    add("org.dictionary", "evasive", "evasive split across lines", "天网\n工程 的招标结果出来了")
def _dce11():
    add("org.dictionary", "evasive", "evasive letter for character", "星火政W平台 账号被锁了")
dc_ev = [_dce1, _dce2, _dce3, _dce4, _dce5, _dce6, _dce7, _dce8, _dce9, _dce10, _dce11]

# ================================================================ MULTI-LABEL
def _mp1():
    lv, t = cls_mark(); add("secret.classification_mark secret.document_number", "plain", "plain document head mark and number",
        "%s\n%s\n%s" % (lv + t, docno(), dn_title()))
def _mp2():
    n = name(); add("pii.cn_mobile pii.cn_resident_id", "plain", "plain registration message name id mobile",
        "报名信息：%s，身份证%s，电话%s" % (n, gen_id(), gen_mobile()))
def _mp3():
    n = name(); add("pii.cn_mobile pii.email", "plain", "plain contact line mobile and email",
        "有意向的联系%s，手机%s，邮箱%s" % (n, gen_mobile(), gen_email(n)))
def _mp4():
    add("pii.cn_uscc pii.bank_card", "plain", "plain payee info company and card",
        "收款单位%s，信用代码%s；经办人个人卡%s（%s）" % (co(), gen_uscc(), gen_card(), name()))
def _mp5():
    add("secret.internal_mark org.dictionary", "plain", "plain internal project note",
        "%s阶段总结（内部资料，不得外传）" % rng.choice(DICT))
def _mp6():
    add("pii.cn_passport pii.cn_resident_id", "plain", "plain travel booking passport and id",
        "%s 身份证%s 护照%s，麻烦一起办" % (name(), gen_id(), gen_passport()))
def _mp7():
    add("secret.document_number secret.internal_mark", "plain", "plain chat doc number and internal",
        "%s是内部文件，不要往家长群里转" % docno())
def _mp8():
    add("pii.cn_mobile pii.bank_card", "plain", "plain scam-like refund message with card and phone",
        "退款卡号%s，有问题打%s" % (gen_card(), gen_mobile()))
def _mp9():
    add("org.dictionary secret.classification_mark", "plain", "plain project with classification",
        "%s技术方案（%s）" % (rng.choice(DICT), cm()))
def _mp10():
    n = name(); add("pii.cn_mobile pii.cn_resident_id pii.bank_card", "plain", "plain subsidy application full details",
        "申请人%s 身份证号%s 手机%s 社保卡银行账号%s" % (n, gen_id(), gen_mobile(), gen_card()))
def _mp11():
    add("pii.email pii.cn_uscc", "plain", "plain e-invoice request",
        "开电子票，%s 税号%s，发到%s" % (co(), gen_uscc(), gen_email()))
def _mp12():
    add("secret.classification_mark secret.document_number secret.internal_mark", "plain", "plain head with three marks",
        "%s\n%s\n%s\n（此件不予公开）" % (cm(), docno(), dn_title()))
def _mp13():
    n = name(); add("pii.cn_passport pii.cn_mobile pii.email", "plain", "plain tour member contact row",
        "%s，护照%s，手机%s，邮箱%s" % (n, gen_passport(), gen_mobile(), gen_email(n)))
def _mp14():
    add("secret.document_number org.dictionary", "plain", "plain project approval by document",
        "%s已经%s批复立项" % (rng.choice(DICT), docno()))
def _mp15():
    add("pii.cn_resident_id pii.bank_card", "plain", "plain salary info id and card",
        "%s 身份证%s 工资卡%s" % (name(), gen_id(), gen_card()))
multi_plain = [_mp1, _mp2, _mp3, _mp4, _mp5, _mp6, _mp7, _mp8, _mp9, _mp10, _mp11, _mp12, _mp13, _mp14, _mp15]

def _mf1():
    lv, t = cls_mark(); p, y, n = gen_docno_parts()
    add("secret.classification_mark secret.document_number", "formatted", "formatted OCR document head with spacing",
        "%s　%s\n\n%s人民政府文件\n\n%s〔%d〕%d号\n\n%s" % (spaced(lv), t, rng.choice(CITY) + "市", p, y, n, dn_title()))
def _mf2():
    rows = ["序号\t姓名\t身份证号\t联系电话"]
    for k in range(rng.randint(2, 4)):
        rows.append("%d\t%s\t%s\t%s" % (k + 1, name(), gen_id(), gen_mobile()))
    add("pii.cn_mobile pii.cn_resident_id", "formatted", "formatted pasted spreadsheet several rows", "\n".join(rows))
def _mf3():
    n = name(); add("pii.cn_mobile pii.email", "formatted", "formatted email signature block",
        "%s | %s\nM: %s\nE: %s" % (n, rng.choice(["综合办公室", "项目部", "市场部"]), mob_fmt(gen_mobile()), gen_email(n)))
def _mf4():
    add("pii.cn_uscc pii.bank_card", "formatted", "formatted invoice and account block",
        "名称：%s\n税号：%s\n开户行及账号：%s银行 %s" % (co(), groups(gen_uscc(), [6, 6, 6]), rng.choice(["工商", "招商", "建设"]), card_fmt(gen_card())))
def _mf5():
    add("secret.internal_mark org.dictionary", "formatted", "formatted bracket header",
        "【内部资料·注意保密】\n《%s》周报 第%d期" % (rng.choice(DICT), rng.randint(1, 40)))
def _mf6():
    n = name(); add("pii.cn_passport pii.cn_resident_id pii.cn_mobile", "formatted", "formatted markdown table delegation",
        "| 姓名 | 身份证 | 护照 | 手机 |\n|---|---|---|---|\n| %s | %s | %s | %s |" % (n, gen_id(), gen_passport(), gen_mobile()))
def _mf7():
    add("secret.document_number secret.internal_mark", "formatted", "formatted notice head and footer",
        "%s\n\n%s\n\n……\n\n（此件不予公开）" % (docno("［］"), dn_title()))
def _mf8():
    add("pii.cn_resident_id pii.bank_card", "formatted", "formatted key-value form full-width",
        "身份证号：%s\n银行卡号：%s" % (fw(gen_id()), card_fmt(gen_card())))
def _mf9():
    add("secret.classification_mark org.dictionary", "formatted", "formatted label block",
        "密级：%s\n项目：%s\n版本：V%d.%d" % (rng.choice(["机密", "秘密"]), rng.choice(DICT), rng.randint(1, 3), rng.randint(0, 9)))
def _mf10():
    n = name(); add("pii.cn_mobile pii.cn_resident_id", "formatted", "formatted grouped digits both",
        "%s\n证件：%s\n电话：%s" % (n, id_fmt(gen_id()), mob_fmt(gen_mobile())))
def _mf11():
    n, n2 = rng.sample(NAMES, 2); add("pii.email pii.cn_mobile", "formatted", "formatted csv contact rows",
        "name,phone,email\n%s,%s,%s\n%s,%s,%s" % (n, gen_mobile(), gen_email(n), n2, gen_mobile(), gen_email(n2)))
def _mf12():
    lv, t = cls_mark(); add("secret.classification_mark secret.internal_mark", "formatted", "formatted two marks in brackets",
        "［%s］［内部资料 不得翻印］" % (lv + t))
def _mf13():
    add("pii.cn_uscc pii.cn_mobile", "formatted", "formatted supplier table",
        "供应商\t信用代码\t联系电话\n%s\t%s\t%s" % (co(), gen_uscc(), groups(gen_mobile(), [3, 4, 4], "-")))
def _mf14():
    add("secret.document_number org.dictionary", "formatted", "formatted register row with project",
        "文号\t事项\n%s（%d）%d号\t%s资金拨付" % (rng.choice(DOC_PFX), rng.randint(2019, 2026), rng.randint(1, 200), rng.choice(DICT)))
def _mf15():
    n = name(); add("pii.cn_passport pii.email", "formatted", "formatted visa form fields",
        "Surname/Given name: %s\nPassport No.: %s\nE-mail: %s" % (PINYIN[n].upper(), gen_passport(), gen_email(n)))
multi_fmt = [_mf1, _mf2, _mf3, _mf4, _mf5, _mf6, _mf7, _mf8, _mf9, _mf10, _mf11, _mf12, _mf13, _mf14, _mf15]

def _me1():
    m = gen_mobile(); i = gen_id()
    add("pii.cn_mobile pii.cn_resident_id", "evasive", "evasive chat numbers in Chinese and split",
        "电话%s\n身份证%s\n%s" % (cn(m, yao=True), i[:10], i[10:]))
def _me2():
    lv, t = cls_mark(); add("secret.classification_mark secret.document_number", "evasive", "evasive sloppy mark and number",
        "%s*%s 的那个%s%d-%d号 谁手里有" % (lv, t[1:], rng.choice(DOC_PFX), rng.randint(2018, 2026), rng.randint(1, 200)))
def _me3():
    e = gen_email(); m = gen_mobile()
    add("pii.cn_mobile pii.email", "evasive", "evasive at word and emoji digits",
        "邮箱%s 电话%s" % (e.replace("@", "[at]"), emoji_sep(m)))
def _me4():
    add("secret.internal_mark org.dictionary", "evasive", "evasive pinyin and homophone",
        "兰盾计划的材料 nei部资料 别外传")
def _me5():
    c = gen_card(); i = gen_id()
    add("pii.cn_resident_id pii.bank_card", "evasive", "evasive OCR of form with confusions",
        "[拍照识别]\n身份证号 %s\n银行卡号 %s" % (ocr(i, 2), ocr(groups(c, [4] * 5), 2)))
def _me6():
    p = gen_passport(); m = gen_mobile()
    add("pii.cn_passport pii.cn_mobile", "evasive", "evasive lowercase passport and spaced phone",
        "hz %s dh %s" % (p.lower(), spaced(m)))
def _me7():
    add("secret.classification_mark org.dictionary", "evasive", "evasive homophone mark with pinyin project",
        "xk9 的方案是鸡密级的 别发群里")
def _me8():
    u = gen_uscc(); e = gen_email()
    add("pii.cn_uscc pii.email", "evasive", "evasive lowercase code and 。com",
        "税号%s 票发%s" % (u.lower(), e.replace(".com", "。com").replace(".net", "。net")))
def _me9():
    p, y, n = gen_docno_parts()
    add("secret.document_number secret.internal_mark", "evasive", "evasive number in words and internal pinyin",
        "%s%s年%s号文 neibu的 看看就行" % (p, cn(str(y), CN_D), cn_num(n)))
def _me10():
    m = gen_mobile(); c = gen_card()
    add("pii.cn_mobile pii.bank_card", "evasive", "evasive capital numerals card and phone",
        "卡%s\n电话%s" % (cn(c, CAP_D), cn(m, CAP_D)))
def _me11():
    i = gen_id(); p = gen_passport()
    add("pii.cn_resident_id pii.cn_passport", "evasive", "evasive zero-width in id and passport",
        "sfz %s hz %s" % (zw(i, 6), zw(p, 4)))
def _me12():
    add("secret.classification_mark secret.internal_mark", "evasive", "evasive split mark and spoken internal",
        "这个是秘\n密★%d年的 而且写了不给外传" % rng.randint(1, 10))
def _me13():
    m = gen_mobile(); u = gen_uscc()
    add("pii.cn_mobile pii.cn_uscc", "evasive", "evasive spaced code and mixed numeral phone",
        "代码 %s 老板电话 %s" % (spaced(u), mix_cn(m, 0.5)))
def _me14():
    add("org.dictionary secret.document_number", "evasive", "evasive 金盾3期 with dash doc number",
        "金盾3期 依据%s%d-%d号" % (rng.choice(DOC_PFX), rng.randint(2019, 2026), rng.randint(1, 200)))
def _me15():
    n = name(); e = gen_email(n); m = gen_mobile()
    add("pii.email pii.cn_mobile", "evasive", "evasive split lines email and phone",
        "%s\n%s\n艾特%s\n%s\n%s" % (n, e.split("@")[0], e.split("@")[1], m[:6], m[6:]))
multi_ev = [_me1, _me2, _me3, _me4, _me5, _me6, _me7, _me8, _me9, _me10, _me11, _me12, _me13, _me14, _me15]

# ================================================================ NEGATIVES
N = "none"
def neg(desc, text):
    add(N, "negative", desc, text)
def rdig(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))
def isbn13():
    body = "9787" + rdig(8, "0123456789")
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)
def nonmobile11():
    return rng.choice(["2", "4", "5", "6", "8", "9"]) + rdig(10, "0123456789")

negs = [
    # numbers that resemble phone numbers
    lambda: neg("negative landline with area code", "办公室电话：0%d-%d，工作日9:00-17:00" % (rng.choice([10, 21, 20, 571, 28, 27, 25]), rng.randint(60000000, 89999999))),
    lambda: neg("negative 400 hotline", "客服热线400-%03d-%04d，全国统一" % (rng.randint(100, 999), rng.randint(0, 9999))),
    lambda: neg("negative public service numbers", "遇到欠薪可以拨打12345市民热线，或者12333人社服务热线"),
    lambda: neg("negative bank hotline", "银行客服%s说系统升级，明天再试" % rng.choice(["95588", "95533", "95599", "95555", "95566"])),
    lambda: neg("negative order number 11 digits non-mobile", "快递单号%s，显示已到驿站" % nonmobile11()),
    lambda: neg("negative exam score and rank", "这次考试总分%d，全市排名第%d名" % (rng.randint(450, 700), rng.randint(100, 20000))),
    lambda: neg("negative timestamp millis", "日志里报错的时间戳是%d，对应昨天下午" % rng.randint(1700000000000, 1790000000000)),
    lambda: neg("negative unix timestamp seconds", "created_at: %d" % rng.randint(1700000000, 1790000000)),
    lambda: neg("negative compact datetime", "文件名：IMG_%d%02d%02d_%02d%02d%02d.jpg" % (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))),
    lambda: neg("negative taobao order number", "订单编号：%s，申请退款中" % bad_luhn(19)),
    lambda: neg("negative meituan order 16 digit non-luhn", "美团订单号%s，骑手说超时了" % bad_luhn(16)),
    lambda: neg("negative SF tracking number", "顺丰单号SF%s，今天能到" % rdig(13)),
    lambda: neg("negative JD tracking", "京东物流JDV%s 已签收" % rdig(12)),
    lambda: neg("negative ISBN", "推荐一本书，ISBN %s，图书馆能借到" % isbn13()),
    lambda: neg("negative ISBN hyphenated", "ISBN 978-7-%d-%05d-%d" % (rng.randint(100, 599), rng.randint(0, 99999), rng.randint(0, 9))),
    lambda: neg("negative price list", "今日菜价：猪肉%.1f元/斤，鸡蛋%.2f元/斤，白菜%.1f元" % (rng.uniform(12, 18), rng.uniform(3.5, 5.5), rng.uniform(0.8, 2.0))),
    lambda: neg("negative large amount in yuan", "本年度项目总投资%d万元，其中财政资金%d万元" % (rng.randint(1000, 90000), rng.randint(100, 900))),
    lambda: neg("negative invoice number 20 digits", "发票号码：%s%s" % (rng.choice(["24", "25"]), rdig(18, "0123456789"))),
    lambda: neg("negative stock code", "今天%s涨停了，代码%s" % rng.choice([("贵州茅台", "600519"), ("宁德时代", "300750"), ("中国平安", "601318")])),
    lambda: neg("negative IP address and port", "服务器地址 192.168.%d.%d:8080，内网访问" % (rng.randint(0, 255), rng.randint(1, 254))),
    lambda: neg("negative MAC address", "设备MAC %s" % ":".join("%02X" % rng.randint(0, 255) for _ in range(6))),
    lambda: neg("negative GPS coordinates", "集合点坐标：%.6f, %.6f" % (rng.uniform(22, 40), rng.uniform(104, 121))),
    lambda: neg("negative postcode and room number", "寄到%s路%d号%d室，邮编%d" % (rng.choice(["中山", "建设", "人民"]), rng.randint(1, 500), rng.randint(101, 2505), rng.choice([100010, 200030, 510620, 610041]))),
    lambda: neg("negative version and build number", "升级到v%d.%d.%d (build %d) 后闪退" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 30), rng.randint(10000, 99999))),
    lambda: neg("negative train and flight numbers", "坐%s次到北京南，转%s航班" % (rng.choice(["G1", "G103", "D2281", "G7342", "K1156"]), rng.choice(["CA1858", "MU5101", "CZ3907", "HU7601"]))),
    lambda: neg("negative student number", "学号%d，选课系统登不上" % rng.randint(2021000000, 2025999999)),
    lambda: neg("negative 18 digit order id not an ID", "平台交易流水号%s" % bad_id_like()),
    lambda: neg("negative verification code", "【某某银行】验证码%06d，5分钟内有效，请勿泄露" % rng.randint(0, 999999)),
    lambda: neg("negative date range", "活动时间：2025年%d月%d日—2025年%d月%d日" % (rng.randint(1, 6), rng.randint(1, 28), rng.randint(7, 12), rng.randint(1, 28))),
    lambda: neg("negative masked phone number", "尾号%04d的用户已中奖，%s****%s" % (rng.randint(0, 9999), rng.choice(MOBILE_PFX), "%04d" % rng.randint(0, 9999))),
    lambda: neg("negative masked id number", "身份证号：%s********%s（已脱敏）" % (rng.choice(AREAS), "%03d%s" % (rng.randint(0, 999), rng.choice("0123456789X")))),
    lambda: neg("negative masked bank card", "尾号%04d的储蓄卡支出%.2f元" % (rng.randint(0, 9999), rng.uniform(10, 3000))),
    lambda: neg("negative car park fee and plate-less", "停车%d小时收费%d元，发票找物业开" % (rng.randint(1, 9), rng.randint(5, 60))),
    lambda: neg("negative WiFi password chat", "会议室wifi密码是%d，别连错成访客网络" % rng.randint(10000000, 99999999)),
    lambda: neg("negative batch number on medicine", "批号%d%02d%02d，有效期至2027/%02d" % (rng.randint(23, 25), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 12))),
    lambda: neg("negative drug approval number", "国药准字H%d，说明书写的饭后服用" % rng.randint(19990001, 20249999)),
    # email look-alikes
    lambda: neg("negative retina image filename", "把icon@%dx.png和logo@%dx.png替换一下" % (rng.randint(2, 3), rng.randint(2, 3))),
    lambda: neg("negative weibo mention", "@%s 这条消息看到了吗？" % rng.choice(["人民日报", "央视新闻", "共青团中央", "新华网"])),
    lambda: neg("negative group mention names", "@%s @%s 明天八点集合" % (name(), name())),
    lambda: neg("negative java annotation", "@Override\npublic String toString() { return name; }"),
    lambda: neg("negative npm scoped package", "npm install @vue/cli@%d.%d --save-dev" % (rng.randint(4, 5), rng.randint(0, 9))),
    lambda: neg("negative css media query", "@media (max-width: 768px) { .nav { display: none; } }"),
    lambda: neg("negative git ssh url", "git clone git@github.com:vuejs/core.git"),
    lambda: neg("negative docker image tag digest", "image: nginx@sha256:%s" % "".join(rng.choice("0123456789abcdef") for _ in range(16))),
    lambda: neg("negative noreply placeholder", "示例：用户名填 user@example.com 这种格式就行"),
    lambda: neg("negative at as location", "今晚七点@%s三楼会议室，不见不散" % rng.choice(["图书馆", "党群服务中心", "活动室"])),
    lambda: neg("negative website domain", "政策原文在%s上能查到" % rng.choice(["www.gov.cn", "www.mof.gov.cn", "www.moe.gov.cn", "www.12371.cn"])),
    # classification look-alikes
    lambda: neg("negative book title Secret Garden", "给孩子买了一本《秘密花园》涂色书，挺解压的"),
    lambda: neg("negative everyday secret", "这是我们俩之间的小秘密，别告诉妈妈哦🤫"),
    lambda: neg("negative TV show with 绝密", "最近在追%s，剧情挺紧张的" % rng.choice(["《绝密使命》", "《绝密543》", "《秘密森林》"])),
    lambda: neg("negative infosec term 机密性", "信息安全三要素：机密性、完整性、可用性"),
    lambda: neg("negative confidential computing", "这家云厂商推出了机密计算服务，支持可信执行环境"),
    lambda: neg("negative star rating", "酒店评分★★★★☆，早餐一般"),
    lambda: neg("negative 揭秘 headline", "揭秘：为什么%s的房价这么高？" % rng.choice(CITY)),
    lambda: neg("negative star in product name", "新款★限时特惠★满300减50"),
    lambda: neg("negative password manager app name", "手机里那个“机密文件夹”App是干啥的？能卸载吗"),
    lambda: neg("negative secrecy education slogan", "保密宣传月：保守国家秘密，人人有责"),
    lambda: neg("negative time limit 年 without mark", "本合同有效期5年，自2025年1月1日起"),
    lambda: neg("negative game item 绝密", "三角洲行动绝密航天又翻车了，开局就没了"),
    # internal-mark look-alikes
    lambda: neg("negative renovation 内部", "房子内部装修基本完工，下周通燃气"),
    lambda: neg("negative internal control term", "根据《企业内部控制基本规范》，财务和出纳要分离"),
    lambda: neg("negative public release mark", "（此件公开发布）"),
    lambda: neg("negative 内部收益率 finance", "这个项目的内部收益率测算下来大概%.1f%%" % rng.uniform(5, 15)),
    lambda: neg("negative internal link in website", "请勿使用内部链接跳转，改成绝对路径"),
    lambda: neg("negative 不得 in rules", "小区规定：电动车不得进楼道充电"),
    lambda: neg("negative 仅供参考 disclaimer", "以上内容仅供参考，不构成投资建议"),
    lambda: neg("negative internal transfer of job", "公司内部招聘，符合条件的同事可以报名"),
    lambda: neg("negative 保密 in product", "这款碎纸机保密等级P-4，适合家用"),
    lambda: neg("negative open government info notice", "本文件属于主动公开范围，欢迎转发"),
    lambda: neg("negative 内部 club party", "内部团购，价格比外面便宜%d块" % rng.randint(5, 50)),
    # doc number look-alikes
    lambda: neg("negative national standard number", "按照GB/T %d-%d执行" % (rng.randint(1000, 40000), rng.randint(2008, 2024))),
    lambda: neg("negative ISO standard", "我们通过了ISO 9001:2015质量管理体系认证"),
    lambda: neg("negative ICP filing footer", "%sICP备%d号-%d" % (rng.choice(["京", "沪", "粤", "浙"]), rng.randint(10000000, 20999999), rng.randint(1, 5))),
    lambda: neg("negative public security filing", "%s公网安备 %d号" % (rng.choice(["京", "沪", "川"]), rng.randint(11000000000000, 51999999999999))),
    lambda: neg("negative typhoon number", "今年第%d号台风“%s”明天登陆" % (rng.randint(1, 25), rng.choice(["摩羯", "贝碧嘉", "康妮", "山神"]))),
    lambda: neg("negative law article", "依据《民法典》第%d条，物业不能随意停水" % rng.randint(200, 1200)),
    lambda: neg("negative room and building number", "%d号楼%d单元%d号" % (rng.randint(1, 30), rng.randint(1, 6), rng.randint(101, 2802))),
    lambda: neg("negative bus route", "坐%d路公交到终点站再换乘地铁%d号线" % (rng.randint(1, 999), rng.randint(1, 18))),
    lambda: neg("negative public law title with year", "《中华人民共和国保守国家秘密法》（2024年修订）自5月1日起施行"),
    lambda: neg("negative patent number", "专利号：ZL %d 1 %07d.%d" % (rng.randint(2015, 2024), rng.randint(0, 9999999), rng.randint(0, 9))),
    lambda: neg("negative contract number company", "合同编号：HT-%d-%04d" % (rng.randint(2022, 2026), rng.randint(1, 9999))),
    lambda: neg("negative queue ticket", "您的排队号是A%03d，前面还有%d人" % (rng.randint(1, 300), rng.randint(1, 60))),
    # passport / uscc look-alikes
    lambda: neg("negative CPU model", "这台服务器是E5-%d v%d的CPU" % (rng.randint(2600, 2699), rng.randint(2, 4))),
    lambda: neg("negative product model G", "华为路由器型号AX%d，小米手机%s" % (rng.randint(2, 6), rng.choice(["14 Pro", "Civi 4", "Redmi K70"]))),
    lambda: neg("negative paper size and vitamin", "用A4纸打印，别用E%d信封" % rng.randint(1, 9)),
    lambda: neg("negative highway number", "走G%d高速到%s，再下%s出口" % (rng.choice([4, 15, 42, 60, 75, 1501]), rng.choice(CITY), rng.choice(["东", "南", "北"]))),
    lambda: neg("negative tire size", "轮胎规格225/55 R%d，保养时一起换" % rng.randint(16, 19)),
    lambda: neg("negative software license key", "激活码：%s" % "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(5))),
    lambda: neg("negative random hash", "commit %s 修复了登录问题" % "".join(rng.choice("0123456789abcdef") for _ in range(40))),
    lambda: neg("negative UUID", "request_id=%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))),
    lambda: neg("negative shoe code and size", "货号%s 尺码%d 颜色黑白" % ("".join(rng.choice("ABCDEFGHJK") for _ in range(2)) + rdig(4) + "-" + rdig(3), rng.randint(36, 45))),
    lambda: neg("negative YTO tracking number", "物流追踪码 %s" % ("YT" + rdig(13, "0123456789"))),
    # dictionary look-alikes
    lambda: neg("negative idiom 天网恢恢", "天网恢恢，疏而不漏，骗子终于落网了"),
    lambda: neg("negative idiom 星火燎原", "星星之火，可以燎原"),
    lambda: neg("negative public Spark Program", "我们县当年是星火计划示范县，农业技术推广做得好"),
    lambda: neg("negative iFlytek Spark", "用讯飞星火写了个总结，改改就能交"),
    lambda: neg("negative public Golden Shield project", "金盾工程是公安信息化的一项国家工程，百科上有介绍"),
    lambda: neg("negative 蓝盾 company stock", "蓝盾股份今天又跌了"),
    lambda: neg("negative sky net in movie", "《终结者》里的天网Skynet太吓人了"),
    lambda: neg("negative XK car model", "捷豹XK这车现在二手多少钱"),
    lambda: neg("negative zoning 三期", "小区三期的房子明年交付"),
    lambda: neg("negative government service platform public", "在%s政务服务网上就能办社保转移" % rng.choice(["浙江", "广东", "湖北"])),
    lambda: neg("negative model number XK-90", "XK-90型电钻促销价%d元" % rng.randint(99, 399)),
    lambda: neg("negative 蓝天保卫战 programme", "蓝天保卫战三年行动计划成效明显"),
    # misc everyday
    lambda: neg("negative party study chat", "今晚八点线上学习，大家准时进腾讯会议，会议号%s" % groups(rdig(9), [3, 3, 3])),
    lambda: neg("negative weather", "明天%s最高气温%d℃，注意防暑" % (rng.choice(CITY), rng.randint(30, 40))),
    lambda: neg("negative step count", "今天走了%d步，排行榜第%d" % (rng.randint(5000, 30000), rng.randint(1, 50))),
    lambda: neg("negative lottery numbers", "双色球开奖：%s + %02d" % (" ".join("%02d" % x for x in sorted(rng.sample(range(1, 34), 6))), rng.randint(1, 16))),
    lambda: neg("negative population statistic", "全区常住人口%d人，比上年增长%.1f%%" % (rng.randint(100000, 2000000), rng.uniform(0.1, 3))),
    lambda: neg("negative meeting id and passcode", "会议号：%s 密码：%04d" % (groups(rdig(9), [3, 3, 3], "-"), rng.randint(0, 9999))),
    lambda: neg("negative doc file name with date", "附件：%s工作总结_%d%02d%02d_v%d.docx" % (rng.choice(["第一季度", "上半年", "年度"]), rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 5))),
    lambda: neg("negative public announcement of meeting", "本周四下午召开全体党员大会，请大家提前十分钟到场。"),
    lambda: neg("negative recipe with numbers", "面粉500克，鸡蛋3个，白糖60克，烤箱180度烤25分钟"),
    lambda: neg("negative scientific number", "光速约为299792458米每秒"),
    lambda: neg("negative phone number of public agency", "市场监管投诉举报电话12315"),
    lambda: neg("negative hospital registration number", "挂号序号%d，诊室%d号" % (rng.randint(1, 120), rng.randint(1, 30))),
    lambda: neg("negative exam ticket without pii", "准考证打印入口已开放，考试时间为%d月%d日上午9点" % (rng.randint(3, 11), rng.randint(1, 28))),
    lambda: neg("negative long number in accounting", "累计完成营业收入%d元" % rng.randint(1000000000, 9999999999)),
    lambda: neg("negative pi digits", "圆周率前二十位3.1415926535897932384"),
    lambda: neg("negative barcode EAN13", "商品条码 69%s" % rdig(11, "0123456789")),
]


# ================================================================ ASSEMBLY
def pick_unique(fns, n):
    fns = list(fns)
    rng.shuffle(fns)
    seen = set(c[3] for c in cases)
    got, tries, i = 0, 0, 0
    while got < n and tries < n * 20:
        before = len(cases)
        fns[i % len(fns)]()
        i += 1
        tries += 1
        if len(cases) > before:
            if cases[-1][3] in seen:
                cases.pop()
                continue
            seen.add(cases[-1][3])
            got += 1
    assert got == n, (fns[0], got, n)

PER = 9
TABLE = [
    (mob_plain, mob_fmt_t, mob_ev), (id_plain, id_fmt_t, id_ev), (pp_plain, pp_fmt_t, pp_ev),
    (bc_plain, bc_fmt_t, bc_ev), (us_plain, us_fmt_t, us_ev), (em_plain, em_fmt_t, em_ev),
    (dn_plain, dn_fmt_t, dn_ev), (cl_plain, cl_fmt_t, cl_ev), (im_plain, im_fmt_t, im_ev),
    (dc_plain, dc_fmt_t, dc_ev),
]
for pl, fm, ev in TABLE:
    pick_unique(pl, PER)
    pick_unique(fm, PER)
    pick_unique(ev, PER)
pick_unique(multi_plain, 15)
pick_unique(multi_fmt, 15)
pick_unique(multi_ev, 15)
pick_unique(negs, 165)

rng.shuffle(cases)

from collections import Counter
lab_c, fc_c = Counter(), Counter()
for labs, fc, d, t in cases:
    fc_c[fc] += 1
    for l in labs.split():
        lab_c[l] += 1

with open(OUT, "w", encoding="utf-8") as f:
    f.write("# blind5: held-out evaluation set for the check-before-you-post tool\n")
    f.write("# generated by gen_heldout5.py, seed %d, %d cases\n" % (SEED, len(cases)))
    f.write("# all identifiers are fake; ID (MOD 11-2), bank card (Luhn) and USCC (GB 32100) check characters computed by the generator\n")
    f.write("# form classes: " + ", ".join("%s=%d" % kv for kv in sorted(fc_c.items())) + "\n")
    f.write("# label occurrences: " + ", ".join("%s=%d" % kv for kv in sorted(lab_c.items())) + "\n")
    for labs, fc, d, t in cases:
        f.write("=== %s -- %s\n%s\n" % (labs, d, t))
print(len(cases), dict(fc_c))
print(dict(lab_c))
