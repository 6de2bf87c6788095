#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_heldout6.py -- writes blind6.txt, a held-out evaluation set for the
"check before you post" tool.  Every identifier is fake but valid:
  resident ID: real-looking area code, real birth date, MOD 11-2 check digit
  bank card:   16/19 digits, Luhn
  USCC:        GB 32100 check character (org-code part with GB 11714 check)
  mobile:      real 3-digit segment 13x-19x
Templates below are hand written; {KIND:fmt} placeholders are filled with
fresh values (fixed seed), so the output is reproducible.
Usage: python3 gen_heldout6.py [out_path]
"""
import random, re, sys, datetime

SEED = 20240606
rng = random.Random(SEED)

# ---------------------------------------------------------------- checks
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def id_check(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]

def id_valid(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        d = datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not (1900 <= d.year <= 2024):
        return False
    return id_check(s[:17]) == s[17]

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

def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d

USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]
def uscc_check(s17):
    t = sum(USCC_ALPHA.index(c) * w for c, w in zip(s17, USCC_W))
    return USCC_ALPHA[(31 - t % 31) % 31]

def uscc_valid(s):
    if len(s) != 18 or any(c not in USCC_ALPHA for c in s):
        return False
    return uscc_check(s[:17]) == s[17]

ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
def org_check(s8):
    t = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(s8, ORG_W))
    c = 11 - t % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))

MOBILE_SEG = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
              "145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
              "159", "166", "172", "173", "175", "176", "177", "178", "180", "181",
              "182", "183", "184", "185", "186", "187", "188", "189", "191", "193",
              "195", "198", "199"]

AREA = ["110101", "110105", "110108", "110114", "120103", "130102", "130602", "140105",
        "150102", "210102", "210203", "220102", "230103", "310101", "310104", "310115",
        "320102", "320106", "320583", "330102", "330106", "330382", "340104", "350203",
        "360102", "370102", "370202", "410105", "411302", "420106", "421083", "430104",
        "440106", "440305", "441302", "450103", "460106", "500103", "500112", "510104",
        "510107", "511702", "520102", "530102", "610113", "620102", "630102", "640104",
        "650102", "371325", "321282", "362430"]

# ---------------------------------------------------------------- generators
used = set()
def uniq(fn):
    def w():
        while True:
            v = fn()
            if v not in used:
                used.add(v)
                return v
    return w

@uniq
def gen_id():
    while True:
        area = rng.choice(AREA)
        d = datetime.date(1956, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 49))
        body = area + d.strftime("%Y%m%d") + "%03d" % rng.randrange(1, 999)
        s = body + id_check(body)
        if s[-1] != "X" and luhn_ok(s):   # avoid IDs that also look like a Luhn card
            continue
        if uscc_valid(s):
            continue
        return s

@uniq
def gen_id_x():  # an ID whose check character is X
    while True:
        area = rng.choice(AREA)
        d = datetime.date(1956, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 49))
        body = area + d.strftime("%Y%m%d") + "%03d" % rng.randrange(1, 999)
        if id_check(body) == "X" and not uscc_valid(body + "X"):
            return body + "X"

@uniq
def gen_mob():
    return rng.choice(MOBILE_SEG) + "".join(rng.choice("0123456789") for _ in range(8))

CARD_PFX = [("622202", 19), ("621700", 19), ("622848", 19), ("621226", 19), ("623668", 19),
            ("621483", 16), ("622588", 16), ("622580", 16), ("625907", 16), ("436742", 16),
            ("622700", 19), ("621799", 19), ("622609", 16), ("603367", 19), ("628288", 16)]
@uniq
def gen_card():
    while True:
        p, n = rng.choice(CARD_PFX)
        body = p + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(p)))
        s = body + luhn_digit(body)
        return s

USCC_KIND = ["91"] * 14 + ["92", "92", "12", "52", "93"]
def _gen_uscc():
    kind = rng.choice(USCC_KIND)
    area = rng.choice(AREA[:30]) if rng.random() < .7 else rng.choice(AREA)
    if kind == "91" and rng.random() < .6:
        org8 = "MA" + "".join(rng.choice(USCC_ALPHA[:31]) for _ in range(6))
    else:
        org8 = "".join(rng.choice("0123456789") for _ in range(8))
    org = org8 + org_check(org8)
    body = kind + area + org
    s = body + uscc_check(body)
    if id_valid(s) or (s.isdigit() and luhn_ok(s)):
        return gen_uscc.__wrapped_inner__()
    return s

gen_uscc = uniq(_gen_uscc)
gen_uscc.__wrapped_inner__ = _gen_uscc
def gen_uscc_ma():
    while True:
        u = gen_uscc()
        if not u.isdigit():
            return u
PP_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
@uniq
def gen_pp():
    r = rng.random()
    if r < .45:
        return "E" + str(rng.randrange(1, 10)) + "%07d" % rng.randrange(10 ** 7)
    if r < .75:
        return "E" + rng.choice(PP_LET) + "%07d" % rng.randrange(10 ** 7)
    return "G" + str(rng.randrange(1, 10)) + "%07d" % rng.randrange(10 ** 7)

LOCAL = ["zhangwei", "li.na", "wangfang88", "liu_yang", "chenjing1990", "yangli", "zhao.lei",
         "huangmin", "zhouqiang", "wuxia77", "xu_jun", "sunli.hz", "ma.chao", "zhuhong",
         "hu.bin", "guo_jing", "heping2008", "gaoyan", "lin.feng", "luoxin", "zheng_hao",
         "liang.yu", "songjia", "tangmei", "han.xue", "fengtao", "dengkai", "caoyue",
         "pengfei.x", "zeng_li", "xiaoyun", "tianye", "dong.ming", "yuanli", "panwen",
         "jiang_bo", "cuilin", "duwei", "shenjie", "lvqing", "xiehui", "yaoyao1992",
         "jinmin", "weixiao", "qiuyi", "fang.rui", "lu.chen", "kongxf", "bai.hong", "dingning"]
DOM_PERS = ["163.com", "126.com", "qq.com", "sina.com", "sohu.com", "foxmail.com",
            "aliyun.com", "yeah.net", "hotmail.com", "outlook.com", "gmail.com", "sina.cn"]
DOM_WORK = ["mail.xz.gov.cn", "hzjj.gov.cn", "hfut.edu.cn", "szlh.gov.cn", "cqu.edu.cn",
            "huaxin-tech.com.cn", "cnpc.com.cn", "jxdx.gov.cn", "bjmu.edu.cn", "whcjj.gov.cn",
            "zhongyuan-jt.com", "mofcom-sc.org.cn"]
@uniq
def gen_email():
    loc = rng.choice(LOCAL)
    if rng.random() < .35:
        loc = loc + str(rng.randrange(2, 99))
    if rng.random() < .15:
        loc = str(rng.randrange(20000000, 3000000000))
        return loc + "@qq.com"
    dom = rng.choice(DOM_WORK) if rng.random() < .4 else rng.choice(DOM_PERS)
    return loc + "@" + dom

# near-miss generators (guaranteed to FAIL the checks)
def rdig(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))

def gen_badid():      # well-formed 18 chars, wrong check digit
    s = gen_id()
    wrong = [c for c in "0123456789X" if c != s[-1]]
    while True:
        t = s[:17] + rng.choice(wrong)
        if not (t[-1] != "X" and luhn_ok(t)):
            return t

def gen_baddate():    # correct MOD 11-2 but impossible birth date
    while True:
        area = rng.choice(AREA)
        y = rng.randrange(1960, 2004)
        m, d = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31), (13, 5), (0, 12), (2, 29)])
        if (m, d) == (2, 29) and y % 4 == 0:
            continue
        body = area + "%04d%02d%02d" % (y, m, d) + "%03d" % rng.randrange(1, 999)
        s = body + id_check(body)
        if s[-1] != "X" and luhn_ok(s):
            continue
        return s

def gen_badcard():    # card-like, Luhn fails
    c = gen_card()
    while True:
        t = c[:-1] + rng.choice("0123456789")
        if not luhn_ok(t):
            return t

def gen_baduscc():
    u = gen_uscc()
    while True:
        t = u[:-1] + rng.choice(USCC_ALPHA)
        if not uscc_valid(t):
            return t

def gen_order(n=None):  # long digit string that is neither ID, card, nor USCC
    while True:
        n2 = n or rng.choice([12, 14, 15, 16, 18, 19, 20])
        s = rdig(n2)
        if 16 <= len(s) <= 19 and luhn_ok(s):
            continue
        if len(s) == 18 and (id_valid(s) or uscc_valid(s)):
            continue
        return s

# ---------------------------------------------------------------- formatting
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.-+"}
CN = dict(zip("0123456789", "〇一二三四五六七八九"))
CAP = dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖"))
ZW = "\\u200b"

def fw(s):
    return "".join(FW.get(c, c) for c in s)

def mixw(s):
    return "".join(FW[c] if c in FW and rng.random() < .5 else c for c in s)

def cn(s, yao=False, ling=False):
    out = []
    for c in s:
        if c == "1" and yao and rng.random() < .7:
            out.append("幺")
        elif c == "0" and ling and rng.random() < .6:
            out.append("零")
        else:
            out.append(CN.get(c, c))
    return "".join(out)

def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

def zw(s, k=2):
    pos = sorted(rng.sample(range(2, len(s) - 1), k))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p]); last = p
    out.append(s[last:])
    return ZW.join(out)

def split_line(s):
    p = rng.randrange(len(s) // 3, 2 * len(s) // 3)
    return s[:p] + "\n" + s[p:]

def f_id(v, f):
    return {
        "plain": lambda: v,
        "sp": lambda: grp(v, [6, 8, 4]),
        "dash": lambda: grp(v, [6, 8, 4], "-"),
        "sp4": lambda: grp(v, [4, 4, 4, 4, 2]),
        "fw": lambda: fw(v),
        "mix": lambda: mixw(v),
        "cn": lambda: cn(v),
        "cap": lambda: "".join(CAP.get(c, c) for c in v),
        "line": lambda: split_line(v),
        "zw": lambda: zw(v, 3),
        "lowx": lambda: v[:-1] + v[-1].lower(),
        "each": lambda: " ".join(v),
        "dot": lambda: grp(v, [6, 4, 4, 4], "."),
    }[f]()

def f_mob(v, f):
    return {
        "plain": lambda: v,
        "sp": lambda: grp(v, [3, 4, 4]),
        "dash": lambda: grp(v, [3, 4, 4], "-"),
        "sp434": lambda: grp(v, [4, 3, 4]),
        "p86": lambda: "+86" + v,
        "p86sp": lambda: "+86 " + grp(v, [3, 4, 4]),
        "p86dash": lambda: "+86-" + grp(v, [3, 4, 4], "-"),
        "0086": lambda: "0086 " + v,
        "paren": lambda: "(+86)" + v,
        "fw": lambda: fw(v),
        "mix": lambda: mixw(v),
        "cn": lambda: cn(v),
        "yao": lambda: cn(v, yao=True, ling=True),
        "line": lambda: split_line(v),
        "zw": lambda: zw(v, 2),
        "dot": lambda: grp(v, [3, 4, 4], "."),
        "each": lambda: " ".join(v),
        "parts": lambda: "前七位" + v[:7] + "，后四位" + v[7:],
    }[f]()

def f_card(v, f):
    return {
        "plain": lambda: v,
        "sp": lambda: grp(v, [4] * 5),
        "dash": lambda: grp(v, [4] * 5, "-"),
        "fw": lambda: fw(v),
        "cn": lambda: cn(v),
        "line": lambda: split_line(grp(v, [4] * 5)),
        "zw": lambda: zw(v, 3),
        "sp6": lambda: grp(v, [6, 13]),
        "mix": lambda: mixw(grp(v, [4] * 5)),
    }[f]()

def f_uscc(v, f):
    return {
        "plain": lambda: v,
        "sp": lambda: grp(v, [2, 6, 9, 1]),
        "sp4": lambda: grp(v, [4, 4, 4, 4, 2]),
        "dash": lambda: grp(v, [2, 6, 9, 1], "-"),
        "fw": lambda: fw(v),
        "lower": lambda: v.lower(),
        "line": lambda: split_line(v),
        "zw": lambda: zw(v, 2),
    }[f]()

def f_pp(v, f):
    return {
        "plain": lambda: v,
        "sp": lambda: v[:1] + " " + grp(v[1:], [4, 4]) if v[1].isdigit() else v[:2] + " " + grp(v[2:], [3, 4]),
        "lower": lambda: v.lower(),
        "fw": lambda: fw(v),
        "dash": lambda: v[:1] + "-" + v[1:] if v[1].isdigit() else v[:2] + "-" + v[2:],
        "cn": lambda: v[:2] + cn(v[2:]) if not v[1].isdigit() else v[0] + cn(v[1:]),
        "zw": lambda: zw(v, 1),
    }[f]()

def f_email(v, f):
    loc, dom = v.split("@")
    parts = dom.split(".")
    return {
        "plain": lambda: v,
        "br": lambda: loc + "[at]" + dom,
        "paren": lambda: loc + "(at)" + ".".join(parts[:-1]) + "点" + parts[-1],
        "AT": lambda: loc + " AT " + " DOT ".join(parts),
        "at": lambda: loc + " at " + " dot ".join(parts),
        "fw": lambda: loc + "＠" + "．".join(parts),
        "hash": lambda: loc + "#" + dom,
        "cnat": lambda: loc + "艾特" + "点".join(parts),
        "quan": lambda: loc + "圈a" + dom,
        "sp": lambda: loc + " @ " + " . ".join(parts),
        "dian": lambda: loc + "@" + "点".join(parts),
        "brdot": lambda: loc + "[at]" + "[dot]".join(parts),
        "zw": lambda: loc + ZW + "@" + ZW + dom,
    }[f]()

def _badid(f):
    return f_id(gen_badid(), f)

KINDS = {
    "ID": lambda f: f_id(gen_id(), f),
    "IDX": lambda f: f_id(gen_id_x(), f),
    "MOB": lambda f: f_mob(gen_mob(), f),
    "CARD": lambda f: f_card(gen_card(), f),
    "USCC": lambda f: f_uscc(gen_uscc(), f),
    "USCCMA": lambda f: f_uscc(gen_uscc_ma(), f),
    "PP": lambda f: f_pp(gen_pp(), f),
    "EMAIL": lambda f: f_email(gen_email(), f),
    "BADID": lambda f: f_id(gen_badid(), f),
    "BADDATE": lambda f: f_id(gen_baddate(), f),
    "BADCARD": lambda f: f_card(gen_badcard(), f),
    "BADUSCC": lambda f: gen_baduscc(),
    "ORDER": lambda f: gen_order(int(f) if f.isdigit() else None),
    "D": lambda f: rdig(int(f)),
}
PH = re.compile(r"\{(" + "|".join(KINDS) + r")(?::(\w+))?\}")

def fill(t):
    return PH.sub(lambda m: KINDS[m.group(1)](m.group(2) or "plain"), t)

TEMPLATES = r"""
@ mob | plain | wechat reply with own number
好的没问题，到了小区门口给我打电话{MOB}，我下楼接你
@ mob | plain | weibo lost-and-found post
今天下午在3路公交上捡到一个黑色钱包，失主请联系{MOB}，转发扩散一下
@ mob | plain | qq group ask to add
群里有做装修的吗？加我微信，微信号就是手机号{MOB}
@ mob | plain | second-hand sale
出闲置婴儿车一台，九成新，自提，有意者电话{MOB}（晚上八点后别打）
@ mob | plain | work chat handover
明天我请假，客户那边有事直接找小刘，他手机{MOB}
@ mob | plain | number then other numbers
快递到了放在3栋2单元门卫，取件码8-3-1207，有问题打我{MOB}
@ mob | plain | number in parentheses
请各位家长于周五前把回执交给班主任王老师（{MOB}），谢谢配合
@ mob | plain | rental ad
整租两室一厅，月租2800，押一付三，看房请致电{MOB}李女士
@ mob | formatted | spaced 3-4-4 in notice
报名联系人：陈老师 {MOB:sp}
@ mob | formatted | dashed with label
【联系方式】手机：{MOB:dash}（工作日9:00-17:30）
@ mob | formatted | +86 prefix
For visa questions please reach me at {MOB:p86}, I'm usually online after 8pm Beijing time.
@ mob | formatted | +86 spaced
紧急联系人 张建国 {MOB:p86sp}
@ mob | formatted | 0086 form
来电请拨 {MOB:0086}，海外打回来记得加国家码
@ mob | formatted | (+86) form in signature
—— 周宁 | 市场部 | {MOB:paren}
@ mob | formatted | 4-3-4 grouping
师傅电话 {MOB:sp434} 提前半小时打
@ mob | formatted | dotted grouping
Tel. {MOB:dot}
@ mob | formatted | +86 dashed in english mail
Mobile: {MOB:p86dash}
@ mob | evasive | chinese numerals with yao
加我，{MOB:yao}，备注来意
@ mob | evasive | chinese numerals plain
我的号码是{MOB:cn}，别在群里发了私聊
@ mob | evasive | full-width digits
二手书转让，有意联系：{MOB:fw}
@ mob | evasive | split across lines
车主电话
{MOB:line}
挪车请联系
@ mob | evasive | zero-width chars inserted
微信同号 {MOB:zw} 随时联系
@ mob | evasive | each digit spaced
V：{MOB:each}
@ mob | evasive | mixed width digits
找我买票的私我，电话{MOB:mix}
@ mob | evasive | numerals with 零
号码：{MOB:yao}（怕被平台屏蔽所以写成汉字）
@ mob | plain | two numbers, one landline one mobile
办公室座机0571-8702 3316，没人接就打我手机{MOB}
@ mob | plain | next to order number
订单号{ORDER:16}的货是我的，收件人电话{MOB}，麻烦改一下地址
@ mob | formatted | numbers in table row
序号 | 姓名 | 电话
3 | 刘芳 | {MOB:sp}
@ mob | evasive | phonetic explain digits
电话一三九开头后面是……算了直接发：{MOB:cn}
@ mob | plain | complaint on weibo
@某某物业 你们保安态度太差了，我是12栋业主，电话{MOB}，请给个说法
@ mob pp | plain | travel agency asks for info
王阿姨您好，出境游报名需要护照号和手机号：{PP}，{MOB}，已收到
@ mob email | formatted | business card text
李思远 / 销售经理
M: {MOB:sp}
E: {EMAIL}
@ mob id | plain | registration message
报名信息：赵小雨 {ID} {MOB}
@ mob id | evasive | id and phone in numerals
身份证{ID:cn}，电话{MOB:yao}，帮我抢一下票
@ mob | evasive | number given in two halves
怕被风控，号码分开发：{MOB:parts}，拼起来就行
@ id | plain | id with label in chat
身份证号{ID}，名字写张秀兰，帮我订周六的票
@ id | plain | id without label
老人信息发你了 {ID} 王德福 记得核对一下
@ id | plain | id ending in X
我的证件号是{IDX}，最后一位是大写的X
@ id | plain | hotel booking relay
前台要入住人证件，我老公的{ID}，我的等会发
@ id | plain | school enrollment group
麻烦各位家长把孩子身份证号私发给我，不要发群里！（已经有人发了：{ID}）
@ id | plain | insurance claim
理赔材料里被保险人证件号码填的是{ID}，跟户口本一致
@ id | plain | lowercase x ending
身份证:{IDX:lowx}
@ id | formatted | spaced 6-8-4
公民身份号码 {ID:sp}
@ id | formatted | dashed 6-8-4
证件号：{ID:dash}（请勿外泄）
@ id | formatted | grouped by four
ID：{ID:sp4}
@ id | formatted | form field
姓名：郭志强
性别：男
身份证号码：{ID:sp}
@ id | formatted | dotted groups
号码 {ID:dot}
@ id | formatted | in table with tabs
姓名	身份证号	备注
孙丽	{ID}	已审核
@ id | evasive | full-width digits
证件号{ID:fw}，就这个
@ id | evasive | chinese numerals
身份证号码{ID:cn}，用汉字写的免得被识别
@ id | evasive | capital numerals
号码：{ID:cap}
@ id | evasive | split across two lines
帮忙查一下这个人的信息
{ID:line}
是不是本地户口
@ id | evasive | zero-width spaces
sfz {ID:zw}
@ id | evasive | each char spaced
{ID:each}  ← 我的身份证，帮我填一下表
@ id | evasive | mixed width
身份证：{ID:mix}
@ id | evasive | pinyin abbreviation label
sfz号 {IDX:cn} 别外传
@ id | plain | two ids in one message
我和我妈的：{ID}、{ID}
@ id | formatted | id in parentheses after name
参会人员：刘建华（{ID:sp}）
@ id card | plain | salary account request
新员工入职资料：身份证{ID}，工资卡{CARD}（建行）
@ id card | formatted | loan form pasted
借款人：陈明
身份证号：{ID:dash}
收款账号：{CARD:sp}
@ card | plain | transfer request
钱转到这张卡上就行{CARD}，户名周晓燕
@ card | plain | refund instruction
退款请打到我的银行卡{CARD}，中国农业银行，谢谢
@ card | plain | bare card number
{CARD} 工行 李军
@ card | plain | card number and amount
先付定金2000元，卡号{CARD}，收到回个话
@ card | formatted | four groups
账号：{CARD:sp}
开户行：招商银行深圳分行
@ card | formatted | dashed groups
卡号 {CARD:dash}
@ card | formatted | 6+13 grouping
银行卡：{CARD:sp6}
@ card | formatted | table row
户名,开户行,卡号
王磊,中国银行,{CARD}
@ card | evasive | chinese numerals
卡号{CARD:cn}，直接转
@ card | evasive | split over lines
打这张
{CARD:line}
@ card | evasive | full-width
收款卡号：{CARD:fw}
@ card | evasive | zero-width spaces
{CARD:zw} 转账备注写房租
@ card | evasive | mixed width grouped
卡:{CARD:mix}
@ card | plain | credit card in complaint
我的信用卡{CARD}昨天被盗刷了三笔，银行到现在不处理
@ card | formatted | card in email body
Dear Ms Li,
Please remit the deposit to: {CARD:sp} (Bank of China, Shanghai Branch).
@ card mob | plain | seller payment info
卡号{CARD}，转好了发截图到{MOB}
@ uscc | plain | invoice info
开票信息：单位名称 华信科技有限公司，税号{USCC}
@ uscc | plain | credit code in sentence
我们公司统一社会信用代码是{USCC}，麻烦开专票
@ uscc | plain | code without label
发票抬头：瑞达物流（成都）有限公司 {USCC}
@ uscc | plain | social org code
本协会登记证统一社会信用代码{USCC}，年检已通过
@ uscc | plain | tender notice
投标人须提供营业执照复印件（统一社会信用代码：{USCC}）
@ uscc | formatted | spaced groups
纳税人识别号：{USCC:sp}
@ uscc | formatted | grouped by four
信用代码 {USCC:sp4}
@ uscc | formatted | dashed
统一代码：{USCC:dash}
@ uscc | formatted | invoice block
名　　称：杭州青禾文化传媒有限公司
纳税人识别号：{USCC}
地址电话：杭州市西湖区文三路90号 0571-88231456
@ uscc | formatted | table csv
单位,信用代码,联系人
市第三人民医院,{USCC},王主任
@ uscc | evasive | lowercase letters
税号{USCCMA:lower}（小写也行吧？）
@ uscc | evasive | full-width
统一社会信用代码：{USCC:fw}
@ uscc | evasive | split across lines
这家公司代码是
{USCC:line}
查下有没有失信记录
@ uscc | evasive | zero-width
代码{USCC:zw}
@ uscc | plain | two codes compared
甲方{USCC}，乙方{USCC}，合同主体都核对过了
@ uscc email | formatted | procurement contact block
供应商：北京启明星辰信息服务有限公司
信用代码：{USCC:sp}
邮箱：{EMAIL}
@ pp | plain | passport in chat
护照号{PP}，姓名拼音ZHANG XIAOMING，帮我订机票
@ pp | plain | passport unlabeled
{PP} 李华 2031年到期
@ pp | plain | visa application
签证申请表里护照号码填{PP}，签发地北京
@ pp | plain | group tour list relay
领队提醒：王建军的护照{PP}快过期了，需要换发
@ pp | plain | passport after name
Passenger: LIU YANG, passport {PP}, seat 32A
@ pp | formatted | spaced passport
护照号码：{PP:sp}
@ pp | formatted | dashed passport
Passport No.: {PP:dash}
@ pp | formatted | passport in form
姓名：陈静
出生日期：1988-04-12
护照号：{PP}
有效期至：2032-09-30
@ pp | formatted | passport table
序号	姓名	护照号
1	赵敏	{PP}
2	钱坤	{PP}
@ pp | evasive | lowercase passport
护照 {PP:lower}
@ pp | evasive | full-width
护照号码{PP:fw}，你看下对不对
@ pp | evasive | digits in chinese numerals
护照号是{PP:cn}
@ pp | evasive | zero-width
passport {PP:zw}
@ pp id | plain | visa agent collects both
签证材料：护照{PP}，身份证{ID}，照片已发邮箱
@ pp | plain | lost passport post
急！！在浦东机场T2丢了护照，号码{PP}，捡到的好心人请联系
@ email | plain | contact in post
有合作意向请发邮件到{EMAIL}，标题注明合作
@ email | plain | resume submission
简历请投递至{EMAIL}，邮件主题：应聘岗位+姓名
@ email | plain | work email in chat
你把初稿发我邮箱吧，{EMAIL}
@ email | plain | teacher email
作业电子版发到{EMAIL}，截止周日晚十点
@ email | formatted | email in signature
--
王晓东
技术支持部
Email: {EMAIL}
@ email | formatted | mailto style
联系：<{EMAIL}>
@ email | evasive | [at] form
邮箱 {EMAIL:br}
@ email | evasive | (at) and 点com
有意者发简历 {EMAIL:paren}
@ email | evasive | AT DOT form
reach me: {EMAIL:AT}
@ email | evasive | lowercase at dot
my mail is {EMAIL:at}
@ email | evasive | full-width at
邮箱：{EMAIL:fw}
@ email | evasive | hash replaces at
资料发 {EMAIL:hash}（#换成@）
@ email | evasive | 艾特 and 点
邮箱{EMAIL:cnat}
@ email | evasive | 圈a
发我邮箱{EMAIL:quan}
@ email | evasive | spaced
e-mail: {EMAIL:sp}
@ email | evasive | [at][dot]
{EMAIL:brdot}
@ email | evasive | zero-width around at
联系邮箱{EMAIL:zw}
@ email | plain | chinese-domain email
来稿请寄：tougao@人民文学.中国
@ email | plain | email with 139 mailbox
我用的是移动邮箱 liuqing_hz@139.com，QQ邮箱不常看
@ cls | plain | header mark
机密★5年
关于2024年度重点项目推进情况的报告
@ cls | plain | mark at end of forwarded title
转发：关于加强汛期值班值守的通知（秘密★1年）
@ cls | plain | long-term mark
秘密★长期
@ cls | plain | top secret with date
绝密★2027年6月30日
@ cls | plain | mark inside a sentence
这个材料右上角印着机密★10年，你确定要拍照发群里？
@ cls | plain | mark mentioned in chat
领导说那份秘密★6个月的方案先别扩散
@ cls | formatted | spaced mark
机 密 ★ 5 年
@ cls | formatted | header with copy number
0012
绝密★长期
市委办公室　2023年4月
@ cls | formatted | mark with full-width spaces
秘密　★　3年
@ cls | formatted | mark in bracket after title
《关于某专项工作的实施方案》【机密★20年】
@ cls | formatted | markdown header
## 秘密★2年
### 一、总体情况
@ cls | evasive | open star look-alike
机密☆5年
@ cls | evasive | emoji star
绝密⭐长期
@ cls | evasive | asterisk star
秘密*1年
@ cls | evasive | reference-mark star
机密※10年
@ cls | evasive | split over lines
文件左上角：机密
★
5年
@ cls | evasive | OCR confused characters
扫描件识别出来是：杋密★5年 关于…的请示
@ cls | evasive | OCR star as letter
0CR结果：秘密 女 1年（女应该是★）
@ cls | evasive | spaced with dots
绝.密.★.长.期
@ cls | evasive | star written in words
那个文件标的是机密星十年，别往外发
@ cls | evasive | zero-width inside
秘\u200b密★\u200b3年
@ cls | plain | words say classified
这份是机密级文件，只能在涉密电脑上看
@ cls | plain | secret level in sentence
会上发的材料定为秘密级，会后统一收回
@ cls | plain | top secret level mention
他说那本小册子属于绝密级，复印都要审批
@ cls | plain | graded as secret in minutes
经定密责任人审核，本方案确定为机密级，保密期限十年
@ cls | formatted | grading in table
文件名称	密级	保密期限
年度工作要点	秘密	1年
@ cls | formatted | grading field in form
密级：机密
保密期限：5年
知悉范围：班子成员
@ cls | evasive | half-width brackets and star look-alike
[绝密☆2026年12月31日]
@ cls | evasive | pinyin-free description of mark
红头上面印了“秘密”两个字加个五角星，后面是一年
@ cls | plain | mark on photo caption
拍到了，封面上是“机密★长期”，你自己看
@ cls | formatted | mark with underscore layout
________机密★5年________
@ cls | evasive | full width star and digits
秘密★１年
@ cls | evasive | mark with spaces and look-alike star
机 密 ☆ 十 年
@ cls int | formatted | cover page marks
秘密★1年
内部资料　注意保存
@ cls doc | formatted | header with doc number
机密★5年
国办函〔2023〕87号
@ int | plain | internal data header
内部资料，注意保存
@ int | plain | not for publication
此件不予公开
@ int | plain | do not forward
本通知仅限本单位传达，不得外传
@ int | plain | internal reference only
以下内容仅供内部参考，请勿转发到其他群
@ int | plain | internal telegram
内部明电
@ int | plain | internal document mention
这是内部文件，你发朋友圈不合适吧
@ int | plain | mention of cover marking
封面写了内部资料，我就没往公众号上放
@ int | plain | after emoji
📌内部资料 请勿外传
@ int | plain | keep safely
（此件注意保存，用后收回）
@ int | plain | in a sentence
群里那个PDF是内部资料注意保存的，谁转出去的？
@ int | plain | internal-use only in english-mixed chat
这份ppt仅供内部参考，别给客户看
@ int | formatted | spaced mark
内 部 资 料
@ int | formatted | bracketed mark at end
2024年第三季度经济运行分析【内部资料·注意保存】
@ int | formatted | mark at doc header
〔此件不予公开〕
关于调整部分干部职务的通知
@ int | formatted | bold markdown
**内部文件 不得外传**
@ int | formatted | mark in brackets with spaces
（ 内部明电 ）
@ int | formatted | full-width spaced
内部资料　　注意保存
@ int | evasive | separated by dots
内·部·资·料
@ int | evasive | split across lines
内部
资料
@ int | evasive | emoji between
🚫不🚫得🚫外🚫传🚫
@ int | evasive | zero-width
此件\u200b不予\u200b公开
@ int | evasive | characters spaced with slashes
仅/供/内/部/参/考
@ int | evasive | homophone-free but split sentence
内部资
料，注意保
存，看完请删
@ int | plain | after emoji and mention
@全体成员 ⚠️内部文件，看完删除
@ int | plain | internal circulation mark
本刊为内部资料，免费交流
@ int | plain | only for internal circulation
简报仅限内部传阅，不得外传
@ int | formatted | footer mark
第3页 共8页　　内部资料 注意保存
@ int | evasive | spaced with hyphens
不-得-外-传
@ int | plain | mention in complaint
那个“内部资料”字样都印在封底了，他还敢拿去闲鱼卖
@ int doc | plain | internal + doc number
此件不予公开。根据市委办〔2022〕15号文件要求执行
@ doc | plain | state council doc number
根据国办发〔2023〕12号文件精神，各地要抓紧落实
@ doc | plain | provincial doc with square brackets
京政发[2021]8号已经废止了吧？
@ doc | plain | committee doc with 第
X委办字（2019）第3号
@ doc | plain | reference in chat
新的补贴标准按粤府函〔2022〕156号执行，别用老的
@ doc | plain | central document
中发〔2018〕4号
@ doc | plain | shanghai normative
沪府规〔2020〕7号文件里有明确规定
@ doc | plain | county-level doc
县政办发〔2024〕21号《关于做好秋冬季森林防火工作的通知》
@ doc | plain | bureau doc
我们局的文件是市人社发〔2023〕9号，你看下第四条
@ doc | plain | party committee office doc
川委厅〔2021〕12号
@ doc | formatted | doc number at header line
浙政办发【2023】45号
@ doc | formatted | spaced doc number
国 发 〔2024〕 1 号
@ doc | formatted | half-width round brackets
湘政办函(2022)33号
@ doc | formatted | full-width round brackets
鲁财预（2023）18号
@ doc | formatted | doc in heading block
苏府发〔2022〕66号
────────────
省政府关于印发…的通知
@ doc | formatted | doc number with 第 and brackets
豫教基〔2021〕第105号
@ doc | formatted | doc in list
参考文件：
1. 国发〔2016〕39号
2. 财社〔2019〕114号
@ doc | evasive | doc number split across lines
按照国办发〔2023〕
12号执行
@ doc | evasive | brackets as angle brackets
冀政字<2020>7号
@ doc | evasive | spaced with dots
国·办·发〔2021〕·33·号
@ doc | evasive | zero-width
陕政发〔2023〕\u200b5号
@ doc | evasive | chinese numeral year
按照晋政办发〔二〇二二〕十号文件，补贴已经取消
@ doc | evasive | curly-ish brackets
桂政发「2020」22号
@ doc | plain | number with 文
国办发〔2019〕5号文说得很清楚
@ doc | plain | reference with 号文件
根据市财发〔2021〕47号文件，公用经费压减10%
@ doc | plain | municipal office
深府办函〔2023〕101号
@ doc | formatted | doc in email subject
主题：转发：渝府办发〔2024〕3号 请各处室传阅
@ doc | evasive | square brackets with spaces
黔府发 [ 2022 ] 19 号
@ doc | evasive | fully full-width
云政发〔２０２３〕１２号
@ doc | plain | party discipline doc
中纪办发〔2020〕2号
@ dict | plain | project name in chat
天网工程三期的摄像头点位表发我一下
@ dict | plain | plan name in meeting chat
蓝盾计划下周开始试点，先别对外说
@ dict | plain | platform name
星火政务平台的账号权限都收回了吗
@ dict | plain | code XK-9
XK-9那边的服务器已经迁移完成
@ dict | plain | golden shield phase three
金盾三期的验收报告还差两个附件
@ dict | plain | platform in complaint
星火政务平台又崩了，表交不上去
@ dict | plain | plan in sentence
听说蓝盾计划要扩到全市，是真的吗
@ dict | plain | project name with phase
金盾三期工程的招标结果出来没
@ dict | plain | XK-9 in sentence
这周例会主要讨论XK-9的进度
@ dict | plain | tianwang in task list
今天任务：天网工程点位巡检，共18处
@ dict | formatted | spaced characters
天 网 工 程
@ dict | formatted | bracketed name
【蓝盾计划】第二阶段任务分解
@ dict | formatted | quoted platform name
关于“星火政务平台”上线运行的通知
@ dict | formatted | spaced code
X K - 9
@ dict | formatted | full-width code
ＸＫ－９
@ dict | formatted | book-title marks
《金盾三期建设方案》
@ dict | evasive | dots between characters
蓝·盾·计·划
@ dict | evasive | slashes between characters
天/网/工/程
@ dict | evasive | split across lines
星火政务
平台
@ dict | evasive | hyphens between characters
金-盾-三-期
@ dict | evasive | zero-width
天网\u200b工程
@ dict | evasive | emoji between
蓝🔵盾🔵计🔵划
@ dict | evasive | spaced characters in sentence
咱们那个 星 火 政 务 平 台 的密码改了没
@ dict | evasive | code with extra spaces
项目代号 XK - 9 别写全称
@ dict | evasive | commas between characters
金，盾，三，期
@ dict | evasive | underscores
X_K_9 的数据别导出
@ dict | plain | two code names
天网工程和金盾三期的数据要打通
@ dict | plain | code in weibo-like post
今天加班到十点，蓝盾计划的材料终于报上去了
@ dict int | plain | platform + internal
星火政务平台操作手册（内部资料）
@ dict cls | formatted | project with classification
秘密★2年
天网工程年度运维报告
@ dict doc | plain | project referenced with doc number
按公信发〔2022〕9号要求，XK-9项目年底前完成
@ id | plain | id after colon in weibo appeal
寻人：我舅舅走失三天，身份证{ID}，有见到的请联系派出所
@ id | formatted | id in bracket label
【身份证】{ID:dash}
@ id | evasive | id half chinese numerals half digits
号是{ID:mix}，前面那几位你应该认得
@ mob | plain | delivery note
外卖备注：到了别敲门，打{MOB}，孩子在睡觉
@ mob | evasive | number split over two lines with remark
手机号我分两行发，自己拼一下
{MOB:line}
@ mob | formatted | bracket format in notice
咨询：{MOB:sp}（微信同号）
@ card | plain | gift money
红包发不了那么多，直接转我卡里吧，{CARD}
@ card | evasive | card in chinese numerals split
卡号：
{CARD:cn}
户名：吴涛
@ uscc | plain | code in supervision report
被检查单位：某某市第一建筑工程公司（{USCC}）
@ uscc | evasive | code spaced per char with zw
社会信用代码 {USCC:zw}，核验一下
@ pp | plain | passport in hotel english
Guest passport number {PP}, checked in at 23:40
@ pp | formatted | passport on line with label
护照：{PP:sp}　签发：2021-05-06
@ email | plain | qq email in complaint
你们的客服不回复，我已经发邮件到{EMAIL}了
@ email | formatted | contact table
部门	联系人	邮箱
办公室	周红	{EMAIL}
@ email | evasive | 点 in email
邮件发{EMAIL:dian}
@ cls | plain | mark mentioned in reply
这份材料标了秘密★1年，不能用微信传
@ cls | evasive | year written in chinese numerals and spaced star
机密 ★ 二十年
@ cls | formatted | mark in bracket in email subject
主题：【机密★5年】关于年度考核结果的报告（请勿转发）
@ int | plain | internal circulation in newsletter
《工作动态》第12期（内部资料 注意保存）
@ int | evasive | internal spelled with spaces in sentence
这份东西 仅 供 内 部 参 考，你怎么发到朋友圈了
@ int | formatted | stamp text in brackets
［内部明电］
@ doc | plain | doc number in complaint
你们拿出粤人社规〔2021〕3号来搪塞我，文件里根本没这个规定
@ doc | evasive | doc number with spaces and half brackets
根据 国 办 函 (2021) 103 号 文件
@ doc | formatted | doc number in table
文号	标题
国发〔2023〕7号	关于…的通知
@ dict | plain | dict in weekly report
本周完成星火政务平台三个接口联调
@ dict | evasive | code name with full-width spaces
金　盾　三　期
@ dict | formatted | code name in hashtag
#XK-9# 周报
@ mob cls | plain | phone and classified level
那份绝密级的东西在我这，要的话打我电话{MOB}
@ email int | plain | email and internal mark
内部资料不要发外部邮箱，尤其是{EMAIL}这种私人邮箱
@ doc dict | formatted | doc and project in title
关于印发《蓝盾计划实施细则》的通知（公办发〔2023〕14号）
@ id uscc | formatted | legal rep info
法定代表人：韩冰　身份证号：{ID:sp}
统一社会信用代码：{USCC}
@ pp card | plain | overseas payment form
护照{PP}，收款卡{CARD}，用于退税
@ uscc | plain | code in wechat to accountant
会计你好，对公转账备注写我们单位代码{USCC}就行吗
@ uscc | formatted | code in brackets in heading
【主体信息】名称：南通启航船舶配件有限公司｜代码：{USCC:sp4}
@ uscc | evasive | full-width code split
单位代码：{USCC:fw}
（上面是全角，复制的时候注意）
@ uscc | plain | code in news-like post
据公示，该公司（统一社会信用代码{USCC}）已被列入经营异常名录
@ uscc | evasive | lowercase and split lines
tax id
{USCCMA:lower}
@ pp | plain | passport in study-abroad post
我护照号{PP}，上周刚换的新本，签证要重新录
@ pp | formatted | passport in brackets
出行人：邓莉（护照：{PP:dash}）
@ pp | evasive | passport spaced chinese mixed
护照号码 {PP:cn}（数字写成汉字了）
@ pp | plain | old G passport
我爸还是老护照{PP}，2015年签发的
@ pp | formatted | passport in english itinerary
PAX: CHEN/HAO MR | DOC: P/CHN/{PP}/CHN/12MAY85/M/08OCT31
@ pp | evasive | lowercase with zero width
护照：{PP:lower}，你帮我核一下 {PP:zw}
@ cls doc int | formatted | pasted red-header notice
机密★5年
内部资料　注意保存

中共某某县委办公室文件
县委办发〔2023〕27号

关于进一步做好重点时段维稳工作的通知

各乡镇党委，县直各单位：
　　现将有关要求通知如下，请认真贯彻执行。
@ mob id card | formatted | spreadsheet pasted as text
姓名	身份证号	手机号	银行卡号	开户行
刘国栋	{ID}	{MOB}	{CARD}	农业银行
何丽萍	{ID}	{MOB}	{CARD}	建设银行
孙志远	{IDX}	{MOB}	{CARD}	工商银行
@ email mob uscc | formatted | email with signature
发件人：{EMAIL}
主题：关于第二批样品报价

王经理您好：
　　附件是第二批样品的报价单，请查收。如有疑问随时联系。

祝好
陈立
上海恒越精密机械有限公司（统一社会信用代码 {USCC}）
手机：{MOB:sp}
@ dict int mob | formatted | meeting summary
【会议纪要】11月8日 周例会
参会：李科、王工、小赵、外包团队2人
一、天网工程二期点位调整，本周内出图；
二、蓝盾计划试点方案修改后报分管领导；
三、本纪要仅供内部参考，不得外传。
联系人：赵磊 {MOB}
@ id mob | evasive | forwarded chat log
[转发的聊天记录]
张姐 10:21
小王，帮我订下周二去昆明的票
张姐 10:22
身份证{ID:cn}
张姐 10:22
电话 {MOB:yao}
小王 10:25
好的收到
@ cls dict doc | formatted | report header pasted
秘密★1年
关于XK-9项目阶段性进展的报告
（依据省公信办〔2022〕11号文件）
一、项目总体进度
　　截至10月底，已完成硬件部署78%。
@ pp id mob email | formatted | visa applicant list
出境团队名单（请核对）
1. 周建新　护照{PP}　身份证{ID}　{MOB}
2. 林小芸　护照{PP}　身份证{ID}　{MOB}
材料统一发到 {EMAIL}
@ int doc dict | plain | forwarded notice in group
各位同事：转发一下市里的通知，按京政办发[2023]19号要求，星火政务平台下月起全面替代旧系统，通知本身是内部文件，大家看完不要转到别的群。
@ card id mob | evasive | fraud victim chat
骗子让我把信息发过去，我发了：
卡号 {CARD:line}
身份证 {ID:zw}
手机 {MOB:dash}
现在怎么办啊
@ email mob uscc card | formatted | invoice and payment block
开票资料：
单位名称：济南鸿泰建材有限公司
税号：{USCC}
开户行及账号：中国工商银行济南历下支行 {CARD:sp}
联系电话：{MOB}
发票寄送邮箱：{EMAIL}
@ cls int | evasive | ocr text of a cover
—— 扫描件识别结果 ——
杋密 ☆ 10年
内 部 资 料
注意保存　用后收回
@ doc cls int | formatted | document reference list in email
Hi 各位，
下午会议要用到的材料：
1）国办发〔2022〕31号
2）省委办发〔2023〕4号（秘密★1年，纸质版在机要室）
3）部门自拟方案，仅供内部参考
@ mob id | formatted | volunteer sign-up form
志愿者报名表
姓名：马小军
性别：男
身份证号码：{ID:sp}
联系电话：{MOB:sp}
服务意向：社区防疫
@ dict cls int | formatted | markdown work plan
# 2024年工作计划（秘密★2年）
## 重点任务
- 金盾三期：完成二阶段验收
- 天网工程：补点300个
> 内部文件，不得外传
@ mob email pp | formatted | overseas conference registration
Registration — 2024 Asia-Pacific Forum
Name: WANG Lin
Passport No.: {PP:sp}
Mobile: {MOB:p86sp}
Email: {EMAIL}
@ id card mob | plain | family rent message
房东你好，合同信息如下：我叫丁浩，身份证{ID}，电话{MOB}，押金转你{CARD}这张卡对吧？
@ uscc email mob | formatted | supplier registration csv
供应商名称,统一社会信用代码,联系人,手机,邮箱
远航包装材料有限公司,{USCC},韦强,{MOB},{EMAIL}
博润电子科技有限公司,{USCC},吕敏,{MOB},{EMAIL}
@ doc int cls | formatted | file transmittal slip
文件传阅单
来文单位：省委办公厅
文　　号：皖办发〔2023〕9号
密　　级：机密
备　　注：此件不予公开
@ dict mob email | plain | project contact chain
蓝盾计划对接人换了，新对接人是技术部的邓工，电话{MOB}，邮箱{EMAIL}，以后直接找他。
@ id mob card | evasive | hospital crowdfund post with numerals
求助！我爸住院急需手术费，我是他女儿，身份证号{ID:cn}，手机{MOB:cn}，
捐款可转农行卡{CARD:cn}，谢谢好心人
@ cls doc | evasive | photo caption describing file
刚在打印机上看到的，左上角机 密 ★ 5 年，下面文号鄂办发〔2024〕2号，谁落下的赶紧拿走
@ email mob | evasive | classifieds post avoiding filters
招兼职打字员，日结
联系方式：电 话 {MOB:each}
简 历 投 {EMAIL:AT}
@ int dict doc | formatted | training material header
【仅供内部参考】
星火政务平台操作培训（第二期）
依据：市政数发〔2023〕6号
主讲：信息中心
@ id pp | formatted | airline booking confirmation relay
旅客信息确认
旅客1：ZHAO/MIN  证件：护照 {PP}
旅客2：ZHAO/LEI  证件：身份证 {ID}
@ uscc card | formatted | contract payment clause
第五条　付款方式
乙方名称：江苏盛禾环境工程有限公司
统一社会信用代码：{USCC:sp}
收款账号：{CARD:sp}
开户行：中国银行无锡分行
@ mob id email | formatted | employee onboarding form
入职信息登记
姓名 | 张悦
身份证 | {IDX:dash}
手机 | {MOB:dash}
个人邮箱 | {EMAIL}
@ cls int doc | evasive | split markings across lines
秘
密
★
1
年
此件不得外传
黑政办函〔2022〕
56号
@ dict cls | plain | chat warning about leak
谁把金盾三期的那个方案发到外面群里了？那份是机密级文件！
@ mob email card | evasive | second-hand trade chat
买家：卡号发我
卖家：{CARD:zw}
卖家：有问题打我 {MOB:zw} 或者发邮件 {EMAIL:br}
@ id mob | formatted | class contact sheet pasted
高一（3）班学生信息
学号　姓名　　身份证号　　　　　　家长电话
01　　李想　　{ID}　{MOB}
02　　王悦　　{ID}　{MOB}
03　　陈子航　{ID}　{MOB}
@ doc int dict | plain | meeting summary narrative
会议指出，要严格落实国发〔2021〕35号文件要求，加快XK-9系统建设，会议纪要属内部资料，各单位注意保存。
@ pp mob email | evasive | study abroad agent chat
顾问：护照号发我一下
学生：{PP:lower}
顾问：手机和邮箱也要
学生：{MOB:fw}，{EMAIL:paren}
@ cls dict int | evasive | spaced out to avoid filter
兄弟们别乱发啊，那个 天 网 工 程 的东西标的是 绝密☆长期，内 部 文 件
@ uscc mob id | plain | small business license chat
营业执照信息：个体户，代码{USCC}，经营者身份证{ID}，电话{MOB}
@ email mob id card | formatted | hr email with details
To: hr@zhongyuan-jt.com
Subject: 工资卡信息变更

您好，我的信息如下：
姓名：唐建
身份证：{ID:sp}
新工资卡：{CARD:dash}
手机：{MOB}
— 唐建 {EMAIL}
@ doc cls int dict | formatted | agenda pasted into group
【议程】
1. 传达中办发〔2023〕18号（机密★10年）
2. 蓝盾计划阶段汇报
3. 其他
※ 议程为内部资料，请勿外传
@ mob card | evasive | repayment message mixing forms
还款账户：{CARD:line}
有疑问拨打 {MOB:p86} 或者 {MOB:yao}
@ id mob pp | formatted | hotel check-in list
入住登记
房号 | 姓名 | 证件类型 | 证件号 | 电话
8012 | 黄磊 | 身份证 | {ID} | {MOB}
8013 | Kim Jisoo的陪同 | 护照 | {PP} | {MOB}
@ email uscc doc | plain | procurement notice excerpt
根据财库〔2022〕19号文件要求，本项目采购人联系邮箱为{EMAIL}，中标供应商统一社会信用代码{USCC}。
@ cls int mob | formatted | chat: secretary sends file
【文件】关于人事调整的请示.docx
[秘密★6个月]
——此件注意保存，阅后交回。有问题找我 {MOB:sp}
@ dict doc cls int | evasive | evasive minutes
纪要要点：
金-盾-三-期 进度滞后；
星火政务
平台 账号清理；
按 国 办 发 〔2023〕 12 号 执行；
密级：秘 密★1年；不·得·外·传
@ id card mob email | evasive | scam-like data dump
【资料】
sfz：{ID:each}
卡：{CARD:fw}
tel：{MOB:cn}
mail：{EMAIL:hash}
@ mob uscc | formatted | shop license pasted with contact
名称：老街坊餐饮店
统一社会信用代码：{USCC:sp4}
负责人：孔德明　{MOB:sp}
@ pp id mob card | plain | travel deposit message
报名去日本的，交齐：护照{PP}、身份证{ID}、手机{MOB}，定金打到{CARD}
@ cls int doc dict | formatted | ocr'd scanned cover page
0007
绝密★2026年12月31日
中共某某市委文件
市委发〔2024〕3号
关于天网工程建设情况的通报
（此件不予公开）
@ pp id mob | formatted | exit permit group list pasted
因公出国（境）人员名单
序号　姓名　　职务　　　护照号　　　　身份证号
1　　 胡杰　　处长　　　{PP}　　{ID}
2　　 罗静　　科员　　　{PP}　　{ID}
联络员：{MOB:sp}
@ uscc email mob card | formatted | tender bid cover letter
投标函
投标人：安徽蓝海信息工程有限公司
统一社会信用代码：{USCC}
联系人：魏海峰　手机：{MOB}
电子邮箱：{EMAIL}
投标保证金退还账户：{CARD:sp}
@ uscc pp email | formatted | foreign-trade company email signature
Best regards,
ZHANG Min (passport {PP} for the visa letter)
Ningbo Haitong Import & Export Co., Ltd.
USCC: {USCC}
Email: {EMAIL:plain}
@ uscc doc int | formatted | government subsidy publicity list
关于2023年度中小企业专项资金拟支持项目的公示（依据市工信发〔2023〕28号）
序号,企业名称,统一社会信用代码,金额（万元）
1,苏州瑞科智能装备有限公司,{USCC},50
2,昆山宏达塑胶制品有限公司,{USCC},30
注：本表为内部资料，公示期结束后不予公开
@ pp mob email id | evasive | visa agent chat avoiding filters
客户：材料都在这了
客户：护照 {PP:fw}
客户：身份证 {ID:fw}
客户：电话 {MOB:each}
客户：邮箱 {EMAIL:cnat}
@ uscc id mob | evasive | business license chat with split code
营业执照号码（统一社会信用代码）：
{USCC:line}
法人身份证：{ID:line}
电话：{MOB:line}
@ cls doc dict pp | formatted | delegation trip plan
机密★3年
关于赴德考察金盾三期同类项目的请示
（按外办发〔2023〕16号办理）
团员护照：{PP}、{PP}
@ email mob uscc | evasive | supplier group chat
【群公告】新供应商对接方式：
公司代码 {USCC:zw}
对接人电话 {MOB:yao}
报价发 {EMAIL:brdot}
@ int dict cls mob | formatted | on-duty roster
值班安排（内部资料，注意保存）
日期　值班领导　值班员　电话
11/11　刘主任　小周　{MOB}
11/12　陈副主任　小吴　{MOB}
值班期间重点关注星火政务平台运行情况；相关报告一律按机密级管理。
@ pp id card mob | formatted | study-abroad deposit receipt
收据
今收到 学生 徐子涵（护照号{PP}，身份证{ID:sp}）
留学服务定金人民币伍仟元整。
付款卡号：{CARD:sp}
经办人：李老师 {MOB:dash}
@ doc int cls dict uscc | formatted | tender for dictionary project
关于蓝盾计划配套设备采购的说明
1. 采购依据：省财采〔2023〕41号
2. 中标单位：{USCC}
3. 本说明仅供内部参考，技术参数涉密部分按秘密★1年管理
@ email pp mob | formatted | conference invitation reply
Dear Organizers,
I confirm my attendance. My details:
Full name: LI Qiang
Passport: {PP:sp}
Phone (WeChat): {MOB:p86sp}
Alternative e-mail: {EMAIL}
Regards
@ uscc card email | evasive | accounts payable chat
财务：对方公司信息发一下
采购：代码{USCCMA:lower}
采购：账号{CARD:line}
采购：对账单发 {EMAIL:AT}
@ id uscc doc cls | formatted | inspection report excerpt
监督检查情况通报（秘密★6个月）
被检查单位：{USCC}
负责人：徐卫东，身份证{ID}
整改依据：市监发〔2024〕8号
@ none | negative | order number in complaint
订单号 {ORDER:16} 还没发货，客服也不回
@ none | negative | express tracking SF
顺丰单号SF{D:13}，显示已到达转运中心
@ none | negative | JD tracking number
京东快递JDVA{D:11}，今天能到吗
@ none | negative | zto tracking digits
中通 {ORDER:14} 三天没更新物流了
@ none | negative | public hotline 12345
有问题可以直接打12345市民热线反映
@ none | negative | emergency numbers
遇到火情拨打119，急救120，报警110
@ none | negative | consumer hotline
已经向12315投诉了，商家说三个工作日答复
@ none | negative | bank hotline
工行客服95588一直占线
@ none | negative | 400 number
售后电话 400-820-3366 周一至周日
@ none | negative | beijing landline
办公室电话：010-6512 3456
@ none | negative | shenzhen landline with extension
总机0755-8663 2100转8021
@ none | negative | 8-digit local number
订餐电话 8765 4321，中午11点前
@ none | negative | student number
学号2021213045的同学请到教务处领取成绩单
@ none | negative | employee number
工号 A0031527，打卡异常请找人事
@ none | negative | qq number 10 digits
加我QQ 1394857261，备注同学
@ none | negative | unix timestamp
日志里时间戳是1700123456，换算下来是11月16号
@ none | negative | millisecond timestamp
ts=1712345678901 请求超时
@ none | negative | version string
客户端已经升级到v13.9.12.0，还是闪退
@ none | negative | build number
Build 17.10.2024.1138 (release)
@ none | negative | file name with digits
附件：2023年度决算报表_v3_20240115.xlsx
@ none | negative | photo file name
IMG_20231122_183045.jpg 是现场照片
@ none | negative | bad check digit id-like
这个号码{BADID}校验位不对，系统提示无效
@ none | negative | impossible birth date id-like
表格里有个证件号{BADDATE}，出生日期根本不存在，应该是录错了
@ none | negative | masked id
身份证号：110101********123X（已脱敏）
@ none | negative | id last four only
验证一下，身份证后四位是0417
@ none | negative | masked mobile
中奖用户138****6612请尽快领取
@ none | negative | card tail number
您尾号6621的储蓄卡于11月3日支出200.00元
@ none | negative | masked bank card
卡号 6222 **** **** 3381，户名李*
@ none | negative | card-like number failing luhn
卡号{BADCARD}转不过去，银行说卡号无效
@ none | negative | card-like spaced failing luhn
{BADCARD:sp} 这个号提示错误
@ none | negative | imei number
手机IMEI：86{D:13}，维修单上要填
@ none | negative | iccid
SIM卡ICCID 89860{D:15}
@ none | negative | vin code
车架号LSVAM4187C2184847，保险单上有
@ none | negative | invoice code and number
发票代码 044031900111，发票号码 08731245
@ none | negative | icp filing
Copyright © 2024 某某网络 京ICP备2021012345号-1
@ none | negative | public security filing
浙公网安备 33010602011771号
@ none | negative | drug approval number
国药准字H20003263，说明书上写的
@ none | negative | national standard number
按照GB/T 22239-2019 等保2.0要求整改
@ none | negative | typhoon number
今年第3号台风“杜苏芮”预计明天登陆
@ none | negative | room number
会议改到302号会议室，下午三点
@ none | negative | metro line
坐地铁3号线到体育西路换乘
@ none | negative | building and unit
5号楼2单元1203，到了按门铃
@ none | negative | court case number
案号（2023）京0105民初12345号，下周开庭
@ none | negative | property certificate
苏（2020）南京市不动产权第0012345号
@ none | negative | high-speed train number
G1234次列车晚点20分钟
@ none | negative | flight number
航班CA1857，下午2点10分起飞
@ none | negative | cpu model
电脑配置E5-2680 v4，内存64G
@ none | negative | license plate
车牌粤B·6C66K 的车主请挪车
@ none | negative | postal code
邮编100081，地址写海淀区中关村南大街
@ none | negative | money amount
本月报销合计 13,912,345.67 元，已提交财务
@ none | negative | stock code
今天600519又跌了，茅台扛不住了
@ none | negative | long bank transaction serial
交易流水号{ORDER:20}
@ none | negative | game uid
原神UID 187654321，来加好友
@ none | negative | coordinates
坐标 N39°54′27″ E116°23′17″
@ none | negative | ip address
服务器IP 192.168.13.91，端口8080
@ none | negative | date and time
2023年11月22日 14:35:09 系统自动备份完成
@ none | negative | wechat mention with at sign
@张伟 @李娜 下午的会别迟到
@ none | negative | weibo mention
#今日热点# @人民日报 发布了最新消息
@ none | negative | email word without address
邮箱满了，发不进来，换个方式吧
@ none | negative | placeholder address
注册时邮箱格式填成 用户名@域名 就行
@ none | negative | url not email
官网 www.163.com 上有公告
@ none | negative | at in code
@Override public String toString() { return name; }
@ none | negative | novel title with 绝密
最近在看《绝密使命》，演得挺好的
@ none | negative | game mode 绝密
三角洲行动今晚打绝密航天，有人一起吗
@ none | negative | product name 绝密
新品“绝密配方”炸鸡限时八折
@ none | negative | secret garden book
给孩子买了本《秘密花园》涂色书
@ none | negative | everyday secret
这是我们俩之间的小秘密，别告诉妈妈
@ none | negative | confidential computing
阿里云的机密计算实例支持SGX
@ none | negative | trade secret
员工离职后仍需遵守商业秘密保护约定
@ none | negative | five star rating
酒店评分★★★★☆，早餐一般
@ none | negative | star in review
味道★5，服务★4，环境★3
@ none | negative | tv show 机密档案
小时候最爱看《机密档案》那个节目
@ none | negative | 秘密 in song title
循环播放《秘密》，周杰伦yyds
@ none | negative | 机密 in everyday exaggeration
这可是我减肥的最高机密，不外传哈哈
@ none | negative | company renovation
公司内部装修，下周一起在二楼临时办公
@ none | negative | internal recruitment
内部招聘公告已发布在官网，欢迎符合条件的员工报名
@ none | negative | internal contradiction
人民内部矛盾要用民主的方法解决
@ none | negative | internal control
企业内部控制基本规范培训下周二开始
@ none | negative | engine internal
发动机内部积碳严重，建议清洗
@ none | negative | employee discount
员工内部价只要699，要的私我
@ none | negative | internal group chat
拉个内部群，方便大家对账
@ none | negative | copyright notice
本文为原创，未经授权不得转载
@ none | negative | reference only
以上数据仅供参考，以官方公布为准
@ none | negative | keep warm
天气转凉，注意保暖，注意保存好票据
@ none | negative | open information
本单位政府信息公开指南已更新
@ none | negative | skynet proverb
天网恢恢，疏而不漏，逃了三年还是被抓了
@ none | negative | terminator skynet
终结者里的天网太吓人了
@ none | negative | listed company 蓝盾
蓝盾股份今天涨停了
@ none | negative | publisher 金盾
金盾出版社那本《科学养兔》挺实用
@ none | negative | spark idiom
星星之火，可以燎原
@ none | negative | iflytek spark model
讯飞星火大模型新版本挺好用
@ none | negative | generic e-government platform
政务服务平台上可以直接办理社保转移
@ none | negative | other product code
XK-7 型号已经停产，可选XR-9替代
@ none | negative | phase three generic
地铁三期工程预计2026年通车
@ none | negative | plan generic
蓝天保卫战计划今年完成PM2.5下降目标
@ none | negative | kpi numbers
Q3 营收同比增长13.9%，毛利率35.2%
@ none | negative | password reset code
验证码 583920，5分钟内有效，请勿泄露
@ none | negative | meeting id
腾讯会议号 829 163 557，密码 2024
@ none | negative | zoom-like long id
会议ID：937 4521 8860
@ none | negative | wifi password
WiFi密码：1357924680ab
@ none | negative | isbn
ISBN 978-7-5327-5938-2，上海译文出版社
@ none | negative | tax id old 15 digits? no - general tax bureau number
窗口号 A15，请持号{D:3}等待叫号
@ none | negative | bad uscc
税号{BADUSCC}开不出票，系统说校验失败
@ none | negative | organization code 9 chars
旧的组织机构代码是 7172 8390-6，已经三证合一了
@ none | negative | train ticket serial
车票右下角那串 {ORDER:21} 是什么
@ none | negative | weight and height
身高178cm，体重65kg，鞋码42
@ none | negative | tracking with letters
YT{D:13} 圆通
@ none | negative | date range
活动时间：2024.03.01-2024.03.31
@ none | negative | price list
单价139元/件，满199减50
@ none | negative | passport word no number
护照还在办，下个月才能拿到
@ none | negative | id card word no number
身份证丢了去派出所补办要带户口本
@ none | negative | phone word no number
手机号换了，还是原来那个微信
@ none | negative | bank card word no number
工资卡换成了中行的，记得更新
@ none | negative | g20 summit
G20峰会期间部分路段交通管制
@ none | negative | e-sports team E1
EA Sports出的新游戏你玩了吗
@ none | negative | classified ad not secret
分类信息：本地二手房、招聘、家政
@ none | negative | 密级 word in training
保密培训讲了密级划分的基本知识
@ none | negative | document number word only
文号填错了，重新打印一份
@ none | negative | 第号 in lottery
第2024132期双色球开奖号码 03 11 16 22 28 31 + 09
@ none | negative | jersey number
他穿的是23号球衣
@ none | negative | patient queue number
您的就诊号为0217，请到3号诊室候诊
@ none | negative | parcel locker code
丰巢取件码 36857214
@ none | negative | wechat id text
我的微信号是 xiaoyu_1995
@ none | negative | long product sku
SKU：{ORDER:15}
@ none | negative | birthdays in list
生日：1990年3月7日，属马
@ none | negative | 11 digits starting with 12
会员卡号12057781234，积分3200
@ none | negative | 11 digits starting with 10
回执编号10938475612
@ none | negative | 12-digit number starting 13
流水号 139475820316
@ none | negative | 10-digit number starting 13
报名序号 1387654321
@ none | negative | hotline 12306 and 10086
火车票问题打12306，话费问题打10086
@ none | negative | long notice public hotline and icp
【停水通知】
因管网维修，11月25日8:00-18:00 翠园小区1-8号楼停水。
咨询电话：0731-8456 2210，或拨打12345。
物业服务中心
2023年11月23日
@ none | negative | long meeting summary no sensitive info
周例会纪要（11月20日）
1. 年终总结模板已发群文件，周五前交；
2. 公司内部装修从下周开始，二楼工位临时调整；
3. 团建预算人均300元，地点待定。
记录人：小王
@ none | negative | long order list pasted
订单号	商品	数量	金额
{ORDER:18}	打印纸A4	20	398.00
{ORDER:18}	硒鼓	2	560.00
{ORDER:18}	文件夹	50	125.00
@ none | negative | long email with landline signature
主题：周五培训安排

各位好：
　　周五下午两点在306会议室进行消防培训，请准时参加。

行政部　李敏
电话：021-6432 8801 转 206
@ none | negative | long game chat with 绝密
【战队群】
阿杰：今晚三角洲绝密航天谁来
小雨：我，八点上线
阿杰：带好机密房卡，别又空手出来
小雨：收到，老规矩语音
@ none | negative | long book review
《绝密者》读后感：
这本书讲的是一个情报员的故事，结构很巧妙，“秘密”贯穿全书。
推荐指数：★★★★☆
@ none | negative | long class notice with student numbers
各位同学：
期末考试安排如下，学号20210101-20210135在A201，20210136-20210170在A202。
请携带学生证，不得携带手机。
辅导员　陈老师
@ none | negative | long server log
2024-01-15 09:12:33 INFO  request_id=7f3a9c21 user_id=1003921 status=200 cost=138ms
2024-01-15 09:12:34 WARN  retry=3 upstream=10.21.13.9:8443
2024-01-15 09:12:35 ERROR order={ORDER:16} timeout
@ none | negative | long recipe
“绝密配方”红烧肉
材料：五花肉500g，冰糖30g，生抽2勺
步骤：1.焯水 2.炒糖色 3.小火炖40分钟
小秘密：最后加一勺醋更香！
@ none | negative | long express pickup list
今日到件：
中通 {ORDER:14} 3号柜
韵达 {ORDER:15} 5号柜
邮政 {ORDER:13} 前台
取件请到3号楼1层驿站
@ none | negative | long public procurement announcement without codes
采购公告
项目名称：某某街道办公家具采购
预算金额：36.8万元
公告期限：5个工作日
联系人：采购中心 0551-6290 1123
@ none | negative | long forwarded weather alert
【转发】市气象台发布暴雨橙色预警：
受第5号台风影响，预计未来6小时我市部分地区降雨量将达50毫米以上。
请市民减少外出，如遇险情拨打110或119。
@ none | negative | long internal recruitment announcement
关于开展2024年内部招聘的公告
为拓宽员工职业发展通道，公司决定面向全体在职员工开展内部招聘。
岗位：数据分析师2名、运营专员3名
报名方式：登录OA系统提交申请
@ none | negative | long price list with big numbers
报价单（含税）
服务器 2台 × 68,500 = 137,000
交换机 4台 × 12,800 = 51,200
合计：188,200元（大写：壹拾捌万捌仟贰佰元整）
@ none | negative | long sports results
第19届亚运会奖牌榜（截至10月3日）
中国 金牌132 银牌70 铜牌34
日本 金牌34 银牌45 铜牌49
韩国 金牌30 银牌39 铜牌59
@ none | negative | deadlines in a notice
请于2024年3月15日前提交材料，逾期不予受理
@ none | negative | 文号 without issuer pattern
请在表格“文号”一栏填写来文编号，没有的写无
@ none | negative | policy article number
依据《中华人民共和国民法典》第一千零三十四条，个人信息受法律保护
@ none | negative | chapter and clause
详见合同第3.2条及附件2
@ none | negative | year in brackets alone
〔2023〕年度考核结果已公布
@ none | negative | bracketed year in book title
《中国统计年鉴（2023）》第12章
@ none | negative | hospital registration
挂号单：内科 第15号 王医生
@ none | negative | dorm number
我住在12号楼512宿舍
@ none | negative | 第一号 in a contest
本届歌手大赛1号选手得分9.65
@ none | negative | bus route
乘坐K12路公交到人民广场站
@ none | negative | express receipt number
快递单号：773245981206538，申通
@ none | negative | medicine dosage
一日三次，每次2片，饭后服用
@ none | negative | exam ticket number
准考证号 {D:15}，考场第08考场
@ none | negative | social security number generic
社保个人编号 {D:10}
@ none | negative | housing fund account
公积金账号 {D:12}
@ none | negative | email address of public institution placeholder text
投诉请通过官网“在线留言”栏目提交
@ none | negative | brand with 金盾
小区门口新开了一家金盾保安服务公司
@ none | negative | 蓝盾 as antivirus nickname
老电脑上还装着蓝盾防火墙，早该卸了
@ none | negative | 天网 in pc gaming cafe
以前网吧叫天网网吧，现在倒闭了
@ none | negative | 星火 in school activity
学校“星火杯”科技创新大赛开始报名
@ none | negative | 工程 generic
南水北调工程是世纪工程
@ none | negative | 平台 generic
政务平台 用户体验有待改进（吐槽）
@ none | negative | 三期 housing
我们小区三期明年交房
@ none | negative | XK in car model
捷豹XK已经停产好多年了
@ none | negative | mobile with wrong length
手机号{D:10}好像少了一位，你再确认下
@ none | negative | 12-digit mobile typo
他给的号码是{D:12}，多了一位打不通
@ none | negative | secret meaning of surprise
生日惊喜要保密哦，别让她知道
@ none | negative | 秘密 in variety show
《秘密访客》这部电影挺悬疑的
@ none | negative | confidentiality clause in contract
双方应对本合同内容保密，未经对方同意不得向第三方披露
@ none | negative | 机密 in idiom-like
军事机密之类的我可不懂，我就是个送外卖的
@ none | negative | five-star hotel
住的是五星级酒店，★★★★★
@ none | negative | star rating on app
给个五星好评吧★★★★★
@ none | negative | 绝密 in movie list
国庆档电影：《志愿军》《绝密较量》《坚如磐石》
@ none | negative | internal organs
内部器官的结构要在解剖课上讲
@ none | negative | internal medicine dept
内科门诊在三楼，内部通道走右边
@ none | negative | internal test of app
App 内测版本，欢迎体验反馈
@ none | negative | internal meeting room
内部会议室被占了，我们去楼下咖啡厅
@ none | negative | internal training
下周组织一次内部培训，讲Excel技巧
@ none | negative | internal structure analysis
这个算法的内部结构很复杂
@ none | negative | 外传 in wuxia
这是他们门派不外传的绝学
@ none | negative | 保存 general
文件记得保存，电脑经常死机
@ none | negative | 公开 general
本次比赛结果将在官网公开
@ none | negative | 参考 general
这本教辅仅供参考，考试以课本为准
@ none | negative | bad id spaced
身份证 {BADID:sp} 录入失败，提示号码错误
@ none | negative | bad date id dashed
{BADDATE:dash} 系统显示出生日期非法
@ none | negative | bad card dashed
{BADCARD:dash} 这张卡号是不是抄错了
@ none | negative | bad card chinese
卡号{BADCARD:cn}你确定对吗，校验不过
@ none | negative | bad uscc in form
信用代码 {BADUSCC} （此代码经核验无效）
@ none | negative | 17 digit number
{ORDER:17} 这是第几位数字出了问题
@ none | negative | 20 digit number
{ORDER:20} 是电子回单号
@ none | negative | passport-like too short
护照号E1234567少一位，要重新填
@ none | negative | G plus 4 digits train
G7512 次 上海虹桥-南京南
@ none | negative | E followed by letters
E-mail和E-commerce是两门课
@ none | negative | email-like without domain
大家@所有人看一下公告
@ none | negative | at as address text
我们在@咖啡馆门口集合
@ none | negative | twitter handle
关注我们的官方账号 @CCTV_News
@ none | negative | git url
git clone https://github.com/example/demo.git
@ none | negative | number in thousands separators
全市常住人口13,912,876人
@ none | negative | phone-like with extra digit
这个号码183123456789多打了一位
@ none | negative | area code phone
0898-6653 2019 海口的座机
@ none | negative | international landline
Tel: +86-10-6523 8899
@ none | negative | fax
传真：020-8735 6627
@ none | negative | bank hotline and account manager landline
有问题联系客户经理，座机 0591-8763 3310
@ none | negative | 95 short numbers
95533建行，95599农行，95566中行
@ none | negative | license key
激活码 XK7Q-9MTR-4PB2-WW8D
@ none | negative | serial number
设备序列号 SN: C02ZK1XHMD6T
@ none | negative | mac address
MAC 00:1A:2B:3C:4D:5E
@ none | negative | uuid
uuid 550e8400-e29b-41d4-a716-446655440000
@ none | negative | hash string
sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
@ none | negative | bitcoin-like number
区块高度 812345，手续费 13 sat/vB
@ none | negative | temperature and humidity
室温23.5℃，湿度61%
@ none | negative | calculation
13 × 9 = 117，117 + 45 = 162
@ none | negative | lottery numbers
彩票号码 07 13 19 24 28 33 蓝12
@ none | negative | score list
语文118 数学139 英语127 理综265
@ none | negative | long distance
北京到广州约2120公里
@ none | negative | weight of package
包裹重1.39kg，运费12元
@ none | negative | chinese numerals date
二〇二三年十一月二十二日
@ none | negative | chinese numerals amount
人民币壹万叁仟玖佰元整
@ none | negative | numerals counting
一二三四五六七八九十，小朋友跟我数
@ none | negative | number in poem
一去二三里，烟村四五家
@ none | negative | 机密文件 in tv plot
剧里那个特工偷了机密文件，结果是假的
@ none | negative | 秘密 in everyday
你有什么秘密瞒着我？
@ none | negative | classified ads
58同城分类信息
@ none | negative | game item
《逃离塔科夫》机密箱子刷出来了
@ none | negative | novel chapter
第37章 绝密档案（下）
@ none | negative | music album
专辑《机密》全碟试听
@ none | negative | escape room
密室逃脱主题“绝密研究所”，四人成团
@ none | negative | 5年 period general
合同期5年，到期自动续签
@ none | negative | stars for spacing
★☆★☆ 年终大促 ★☆★☆
@ none | negative | sales secret
销冠的秘密武器就是勤快
@ none | negative | school internal
学校内部道路禁止停车
@ none | negative | internal affairs
这是我们家的内部事务，不用外人管
@ none | negative | internal price hint
内部优惠码：SPRING2024
@ none | negative | internal reference book title
《内部审计实务》第三版
@ none | negative | keep reference
此表仅作参考，请以正式通知为准
@ none | negative | notice not for forwarding in jest
这张丑照不得外传哈哈哈
@ none | negative | public information
该信息已依法主动公开
@ none | negative | ordinary 号 numbers
10月1日是国庆节，10号上班
@ none | negative | house number
人民路88号
@ none | negative | container number
集装箱号 MSKU 1234565
@ none | negative | 号 in order text
请用3号字体，行距1.5倍
@ none | negative | tax bureau announcement wording
税务局发布了新的个税汇算指引
@ none | negative | standard with year brackets
执行标准：Q/HZ 0012S-2023
@ none | negative | court announcement general
法院已立案，等待开庭通知
@ none | negative | gov website url
政府网站 www.gov.cn 可查询政策原文
@ none | negative | news number
新华社北京11月22日电
@ none | negative | journal issue
《求是》2023年第22期
@ none | negative | plate number
车牌京A·88888
@ none | negative | bad id each digit spaced
{BADID:each}（系统提示校验失败）
@ none | negative | bad card fw
{BADCARD:fw} 卡号不对
@ none | negative | 16 digit order id
支付宝交易号 {ORDER:16}
@ none | negative | 19 digit id
微信支付单号 {ORDER:19}
@ none | negative | 18 digit order id
平台订单编号：{ORDER:18}
"""

# ---------------------------------------------------------------- building
LAB = {"id": "pii.cn_resident_id", "mob": "pii.cn_mobile", "card": "pii.bank_card",
       "uscc": "pii.cn_uscc", "pp": "pii.cn_passport", "email": "pii.email",
       "cls": "secret.classification_mark", "int": "secret.internal_mark",
       "doc": "secret.document_number", "dict": "org.dictionary", "none": "none"}
LAB_ORDER = list(LAB.values())
FORMS = ("plain", "formatted", "evasive", "negative")

def parse_templates(src):
    cases, cur = [], None
    for line in src.split("\n"):
        if line.startswith("@ "):
            labs, form, desc = [x.strip() for x in line[2:].split("|", 2)]
            cur = {"labels": [LAB[x] for x in labs.split()], "form": form, "desc": desc, "lines": []}
            cases.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
    for c in cases:
        while c["lines"] and not c["lines"][-1].strip():
            c["lines"].pop()
        c["tpl"] = "\n".join(c["lines"])
    return cases

HEADER = """# blind6: held-out evaluation set for the "check before you post" tool (round 6).
# Format: '=== <labels> -- <form> <description>' then the case text (one or more lines).
# labels: every kind present (space separated) or 'none'; form: plain|formatted|evasive|negative.
# A \\uXXXX sequence in the text stands for that (invisible) character, e.g. \\u200b.
# All identifiers are fake but valid (MOD 11-2, Luhn, GB 32100); generated by gen_heldout6.py (seed %d).
""" % SEED

def build(out_path):
    cases = parse_templates(TEMPLATES)
    for c in cases:
        c["text"] = fill(c["tpl"])
        c["labels"] = sorted(set(c["labels"]), key=LAB_ORDER.index)
    rng.shuffle(cases)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for c in cases:
            f.write("=== %s -- %s %s\n%s\n" % (" ".join(c["labels"]), c["form"], c["desc"], c["text"]))
    return cases

# ---------------------------------------------------------------- checking the written file
def parse_file(path):
    cases, cur, seen_case = [], None, False
    for ln, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if line.startswith("=== "):
            seen_case = True
            m = re.fullmatch(r"=== (.+?) -- (\S+) (.+)", line)
            assert m, "bad header line %d: %r" % (ln, line)
            cur = {"line": ln, "labels": m.group(1).split(), "form": m.group(2), "desc": m.group(3), "text": []}
            cases.append(cur)
        elif not seen_case:
            assert line.startswith("#") or not line.strip(), "junk before first case line %d" % ln
        else:
            cur["text"].append(line)
    for c in cases:
        while c["text"] and not c["text"][-1].strip():
            c["text"].pop()
        c["text"] = "\n".join(c["text"])
    return cases

def decode_u(s):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)

def to_ascii(s):
    s = decode_u(s)
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    return s.replace("\u200b", "").replace("\u3000", " ")

NUM = {"〇": "0", "零": "0", "幺": "1", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
       "六": "6", "七": "7", "八": "8", "九": "9", "壹": "1", "贰": "2", "叁": "3", "肆": "4",
       "伍": "5", "陆": "6", "柒": "7", "捌": "8", "玖": "9"}

def lenient(s):
    s = to_ascii(s)
    s = re.sub(r"\s+|[-·./]", "", s)
    return "".join(NUM.get(c, c) for c in s).upper()

def email_norm(s):
    s = to_ascii(s)
    s = re.sub(r"\s*(\[at\]|\(at\)|\bAT\b|\bat\b|艾特|圈a|#)\s*", "@", s)
    s = re.sub(r"\s*(\[dot\]|\bDOT\b|\bdot\b|点)\s*", ".", s)
    return re.sub(r"\s*@\s*", "@", s).replace(" . ", ".")

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PP_RE = re.compile(r"(?<![A-Z0-9])(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})(?!\d)")

def windows(s, alpha, n):
    for run in re.findall("[%s]+" % alpha, s):
        for i in range(len(run) - n + 1):
            yield run[i:i + n]

def present(label, text):
    """lenient: is there at least one VALID identifier of this kind in the text?"""
    L = lenient(text)
    if label == "pii.cn_resident_id":
        return any(id_valid(w) for w in windows(L, "0-9X", 18))
    if label == "pii.bank_card":
        return any(luhn_ok(w) for n in range(16, 20) for w in windows(L, "0-9", n))
    if label == "pii.cn_uscc":
        return any(uscc_valid(w) for w in windows(L, "0-9A-Z", 18))
    if label == "pii.cn_mobile":
        D = re.sub(r"\D", "", L)
        return any(re.fullmatch(r"1[3-9]\d{9}", w) for w in windows(L, "0-9", 11)) or \
            any(re.fullmatch(r"1[3-9]\d{9}", w) for w in windows(D, "0-9", 11))
    if label == "pii.cn_passport":
        return bool(re.search(r"(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})", L))
    if label == "pii.email":
        return bool(EMAIL_RE.search(email_norm(text)))
    return True

def strict_found(text):
    """strict scan of (near-)plain forms: what a careless reader would call an identifier."""
    s = to_ascii(text)
    s = re.sub(r"(?<=[0-9A-Za-z])[ -](?=[0-9A-Za-z])", "", s)   # join single-space / dash groups
    s2 = re.sub(r"^\+?86|(?<=[^0-9])\+?86(?=1[3-9])", " ", s)
    found = set()
    for m in re.finditer(r"(?<![0-9A-Za-z])[0-9A-Za-z]+(?![0-9A-Za-z])", s2):
        t = m.group(0).upper()
        if len(t) == 18 and id_valid(t):
            found.add("pii.cn_resident_id")
        if re.fullmatch(r"\d{16,19}", t) and luhn_ok(t) and not id_valid(t):
            found.add("pii.bank_card")
        if len(t) == 18 and t[0] in "1234569ANY" and not t.isdigit() and uscc_valid(t):
            found.add("pii.cn_uscc")
        if len(t) == 18 and t.isdigit() and t[:2] in ("11", "12", "13", "31", "51", "52", "53", "91", "92", "93") and uscc_valid(t) and not id_valid(t):
            found.add("pii.cn_uscc")
        if re.fullmatch(r"1[3-9]\d{9}", t):
            found.add("pii.cn_mobile")
        if re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}", t):
            found.add("pii.cn_passport")
    if EMAIL_RE.search(s):
        found.add("pii.email")
    return found

def check(path):
    cases = parse_file(path)
    errs, warns = [], []
    bodies = {}
    for c in cases:
        where = "line %d" % c["line"]
        if not c["labels"] or any(l not in LAB_ORDER for l in c["labels"]):
            errs.append("%s: bad labels %s" % (where, c["labels"]))
        if c["form"] not in FORMS:
            errs.append("%s: bad form %s" % (where, c["form"]))
        if not c["text"].strip():
            errs.append("%s: empty text" % where)
        if ("none" in c["labels"]) != (c["form"] == "negative"):
            errs.append("%s: negative <=> none violated" % where)
        if "none" in c["labels"] and len(c["labels"]) > 1:
            errs.append("%s: none mixed with labels" % where)
        if len(set(c["labels"])) != len(c["labels"]):
            errs.append("%s: duplicate labels" % where)
        for l in c["labels"]:
            if l.startswith("pii.") and not present(l, c["text"]):
                errs.append("%s: label %s but no valid identifier found" % (where, l))
        extra = strict_found(c["text"]) - set(c["labels"])
        if extra:
            warns.append("%s: %s has unlabeled-looking %s: %r" % (where, c["labels"], sorted(extra), c["text"][:80]))
        if c["text"] in bodies:
            errs.append("%s: duplicate text of line %d" % (where, bodies[c["text"]]))
        bodies[c["text"]] = c["line"]
    return cases, errs, warns

def report(cases):
    from collections import Counter
    lab, form = Counter(), Counter()
    for c in cases:
        form[c["form"]] += 1
        for l in c["labels"]:
            lab[l] += 1
    multi = sum(1 for c in cases if c["text"].count("\n") >= 2 and len(c["labels"]) >= 2)
    print("cases:", len(cases))
    for l in LAB_ORDER:
        print("  %-28s %d" % (l, lab[l]))
    for f in FORMS:
        print("  form %-10s %d" % (f, form[f]))
    print("  long multi-line multi-label cases:", multi)
    print("  negative share: %.1f%%" % (100.0 * form["negative"] / len(cases)))

if __name__ == "__main__":
    import os
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind6.txt")
    build(out)
    cases, errs, warns = check(out)
    report(cases)
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    sys.exit(1 if errs else 0)
