#!/usr/bin/env python3
# Generator for blind8 held-out evaluation set. Fixed seed; computes check digits
# (resident ID MOD 11-2, Luhn, GB 32100 USCC incl. GB 11714 org code check).
import random, datetime
R = random.Random(8260751)

# ---------------- identifiers ----------------
AREAS = ['110105','120104','130102','130683','140106','150102','210203','220104','230103','320583',
         '320311','330106','330382','340104','350203','360102','370202','370883','410105','411325',
         '420106','430105','431102','440305','441302','450103','460105','500103','510104','511623',
         '520102','530102','610113','620102','630102','640104','650102','341221','362330','421087']
IDW = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
def id_check(s17):
    return '10X98765432'[sum(int(c)*w for c, w in zip(s17, IDW)) % 11]
def id_raw(lo=1948, hi=2012):
    a = R.choice(AREAS)
    d = datetime.date(lo,1,1) + datetime.timedelta(days=R.randrange((datetime.date(hi,12,31)-datetime.date(lo,1,1)).days))
    s = a + d.strftime('%Y%m%d') + '%03d' % R.randrange(1, 999)
    return s + id_check(s)
def id_raw_x():
    while True:
        s = id_raw()
        if s[-1] == 'X': return s
def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        t += d
    return t % 10 == 0
def luhn_digit(body):
    for c in '0123456789':
        if luhn_ok(body + c): return c
BINS = ['622202','621700','622848','621483','622588','623668','621226','622700','621661','622609',
        '622262','621799','623058','625965','628288','622908']
def card_raw(n=None):
    n = n or R.choice([16,19,19,16,19])
    b = R.choice(BINS)
    body = b + ''.join(R.choice('0123456789') for _ in range(n-1-len(b)))
    return body + luhn_digit(body)
MOBP = ['130','131','132','133','135','136','137','138','139','147','150','151','152','153','155','156',
        '157','158','159','166','173','176','177','178','180','181','182','183','185','186','187','188',
        '189','191','193','195','198','199']
def mob_raw():
    return R.choice(MOBP) + ''.join(R.choice('0123456789') for _ in range(8))
UC = '0123456789ABCDEFGHJKLMNPQRTUWXY'
UW = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def org_code():
    vals = [R.choice('0123456789') for _ in range(8)]
    if R.random() < .4: vals[R.randrange(8)] = R.choice('ABCDEFGHJKLMNPQRTUWXY')
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(v(c)*w for c, w in zip(vals, [3,7,9,10,5,8,4,2]))
    c9 = 11 - s % 11
    c9 = 'X' if c9 == 10 else ('0' if c9 == 11 else str(c9))
    return ''.join(vals) + c9
def uscc_check(s17):
    s = sum(UC.index(c)*w for c, w in zip(s17, UW))
    return UC[(31 - s % 31) % 31]
def uscc_raw(kind=None):
    kind = kind or R.choice(['91','91','91','12','11','52','51','93','92'])
    while True:
        s = kind + R.choice(AREAS) + org_code()
        assert len(s) == 17 and all(c in UC for c in s), s
        s += uscc_check(s)
        if not (s.isdigit() and luhn_ok(s)): return s
def pp_raw():
    k = R.choice(['E8','E8','E8','EA','EB','EC','EE','G8'])
    if k == 'E8': return 'E' + ''.join(R.choice('0123456789') for _ in range(8))
    if k == 'G8': return 'G' + ''.join(R.choice('0123456789') for _ in range(8))
    return k + ''.join(R.choice('0123456789') for _ in range(7))

# ---------------- renderers ----------------
CNDIG = dict(zip('0123456789', '〇一二三四五六七八九'))
CNZ   = dict(zip('0123456789', '零一二三四五六七八九'))
VOICE = dict(zip('0123456789', '洞幺两三四五六拐八九'))
FW = {c: chr(ord(c) + 0xFEE0) for c in '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'}
OCR = {'0': 'O', '1': 'l', '5': 'S', '8': 'B', '2': 'Z'}
def groups(s, g, sep=' '):
    out, i = [], 0
    for n in g:
        out.append(s[i:i+n]); i += n
    if i < len(s): out.append(s[i:])
    return sep.join(x for x in out if x)
def ocr(s, k=2):
    pos = [i for i, c in enumerate(s) if c in OCR]
    R.shuffle(pos)
    l = list(s)
    for i in pos[:max(1, k)]: l[i] = OCR[l[i]]
    return ''.join(l)
def render(s, style, g):
    if style == 'p': return s
    if style == 'sp': return groups(s, g, ' ')
    if style == 'sp2': return groups(s, g, '  ')
    if style == 'dash': return groups(s, g, '-')
    if style == 'dot': return groups(s, g, '.')
    if style == 'slash': return groups(s, g, '/')
    if style == 'fw': return ''.join(FW.get(c, c) for c in s)
    if style == 'fwsp': return groups(''.join(FW.get(c, c) for c in s), g, '\u3000')
    if style == 'cn': return ''.join(CNDIG.get(c, c) for c in s)
    if style == 'cnz': return ''.join(CNZ.get(c, c) for c in s)
    if style == 'cnsp': return groups(''.join(CNDIG.get(c, c) for c in s), g, ' ')
    if style == 'yao': return ''.join({'1': '幺'}.get(c, CNDIG.get(c, c)) for c in s)
    if style == 'voice': return ''.join(VOICE.get(c, c) for c in s)
    if style == 'voicesp': return groups(''.join(VOICE.get(c, c) for c in s), g, '，')
    if style == 'mix':
        h = len(s) // 2
        return s[:h] + ''.join(CNDIG.get(c, c) for c in s[h:])
    if style == 'mixfw':
        return ''.join(FW[c] if i % 2 else c for i, c in enumerate(s))
    if style == 'ocr': return ocr(s, 2)
    if style == 'ocr3': return ocr(s, 3)
    if style == 'ocrsp': return groups(ocr(s, 2), g, ' ')
    if style == 'zw': return groups(s, g, '\\u200b')
    if style == 'zwall': return '\\u200b'.join(s)
    if style == 'each': return ' '.join(s)
    if style == 'nl': return groups(s, [g[0]], '\n')
    if style == 'nl2': h = len(s) // 2; return s[:h] + '\n' + s[h:]
    if style == 'star': return '*'.join(groups(s, g, '|').split('|'))
    if style == 'under': return groups(s, g, '_')
    if style == 'x_lower': return s[:-1] + s[-1].lower()
    if style == 'brk': return ''.join('[' + c + ']' for c in s)
    raise ValueError(style)
def ID(style='p'):
    s = id_raw()
    if style.endswith('X'):
        s = id_raw_x(); style = style[:-1] or 'p'
    return render(s, style, [6, 8, 4])
def IDg(style, g):
    return render(id_raw(), style, g)
def MOB(style='p'):
    s = mob_raw()
    if style == '+86': return '+86 ' + s
    if style == '+86d': return '+86-' + groups(s, [3,4,4], '-')
    if style == '0086': return '0086' + s
    if style == '86': return '(86)' + s
    return render(s, style, [3, 4, 4])
def CARD(style='p', n=None):
    return render(card_raw(n), style, [4, 4, 4, 4])
def USCC(style='p', kind=None):
    s = uscc_raw(kind)
    return render(s, style, [2, 6, 9])
def PP(style='p'):
    p = pp_raw()
    return render(p, style, [1, 4, 4] if p[1].isdigit() else [2, 3, 4])

SUR = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
GIV = ['伟','芳','娜','秀英','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀兰','霞','平','刚','桂英','建华','文','华','红梅','玉兰','志强','海燕','建国','春梅','小龙','子涵','雨轩','浩然','欣怡','梓萱','宇航','思远','晓东','立新','国庆','德明','淑珍','凤英','振华','永红','丽萍','家豪']
def NM(): return R.choice(SUR) + R.choice(GIV)
PY = ['zhangwei','liqiang','wangfang','liuyang','chenjing','yangli','huangtao','zhaomin','wuhao','zhoujie',
      'xuli','sunpeng','majun','zhuyan','hulei','guoxia','heping','gaoyuan','linfeng','luoqin','zhengkai',
      'liangyu','xiejun','songwen','tangmin','xuhui','hanxue','fengchao','dengyu','caojing','pengfei',
      'zengli','xiaodong','tianyu','dongmei','yuanlin','panxin','yuqing','jiangbo','caihong']
DOM = ['163.com','126.com','qq.com','sina.com','139.com','foxmail.com','yeah.net','aliyun.com','sohu.com',
       'outlook.com','hotmail.com','gmail.com']
def EUSER():
    u = R.choice(PY)
    r = R.random()
    if r < .35: u += str(R.randrange(1, 999))
    elif r < .5: u += str(R.randrange(1960, 2012))
    elif r < .6: u = u[:2] + '_' + u[2:]
    return u
def EM(style='p', dom=None, user=None):
    dom = dom or R.choice(DOM)
    u = user or (str(R.randrange(10**7, 10**10)) if dom == 'qq.com' and R.random() < .6 else EUSER())
    a, b = dom.split('.', 1)
    if style == 'p': return u + '@' + dom
    if style == 'at': return u + '[at]' + dom
    if style == 'pat': return u + '(at)' + dom
    if style == 'AT': return u + ' AT ' + a + ' DOT ' + b.replace('.', ' DOT ')
    if style == 'cn': return u + '(at)' + a + '点' + b.replace('.', '点')
    if style == 'fw': return u + '＠' + dom
    if style == 'sp': return u + ' @ ' + a + ' . ' + b
    if style == 'hash': return u + '#' + dom
    if style == 'aite': return u + '艾特' + dom
    if style == 'quan': return u + '圈a' + a + '点' + b
    if style == 'brace': return u + '{at}' + a + '{dot}' + b
    if style == 'dot': return u + '@' + a + '[.]' + b
    raise ValueError(style)

# ---------------- secret markings ----------------
def CLS(lvl=None, per=None, star='★'):
    lvl = lvl or R.choice(['绝密','机密','秘密'])
    per = per or R.choice(['1年','2年','3年','5年','10年','20年','30年','长期','6个月',
                           '%d年%d月%d日' % (R.randrange(2025, 2032), R.randrange(1, 13), R.randrange(1, 29))])
    return lvl + star + per
DOCPFX = ['国办发','国发','京政发','沪府办','浙政办发','苏政发','川府发','湘政办函','鄂政发','粤府函',
          '豫政','鲁政办字','皖政秘','赣府厅字','黔府发','云政办发','陕政发','甘政发','闽政文','桂政办发',
          '县政办发','县委办发','镇政发','乡党发','街办字','区卫健发','县卫健函','县教体发','市教发','区民政发',
          '国资发改革','人社部发','财办预','卫办医政发','教基厅函','国卫医发','应急管理部','市医保发','县农业农村发','党工委发']
def DOC(br=None, pfx=None, yr=None, num=None, di=False):
    br = br or R.choice(['〔〕','〔〕','〔〕','[]','（）','()','【】','［］'])
    pfx = pfx or R.choice(DOCPFX)
    yr = yr or R.randrange(2014, 2027)
    num = num or R.randrange(1, 160)
    return '%s%s%d%s%s%d号' % (pfx, br[0], yr, br[1], '第' if di else '', num)

# ---------------- negative helpers (guaranteed invalid) ----------------
def bad_luhn(n=16, pfx=None):
    b = (pfx or R.choice(BINS))
    body = b + ''.join(R.choice('0123456789') for _ in range(n-1-len(b)))
    d = luhn_digit(body)
    return body + str((int(d) + R.randrange(1, 10)) % 10)
def bad_id():
    s = id_raw()
    c = '10X98765432'
    w = [x for x in c if x != s[-1] and (x == 'X' or not luhn_ok(s[:17] + x)) and uscc_check(s[:17]) != x]
    return s[:17] + R.choice(w)
def bad_date_id():
    a = R.choice(AREAS)
    while True:
        s = a + R.choice(['19900230','20011331','19850431','19770229','20100631','19960000'])+ '%03d' % R.randrange(1, 999)
        s += id_check(s)
        if not luhn_ok(s) and uscc_check(s[:17]) != s[17]: return s
def bad_uscc():
    s = uscc_raw()
    w = [x for x in UC if x != s[-1]]
    return s[:17] + R.choice(w)
def digits(n, first='123456789'):
    return R.choice(first) + ''.join(R.choice('0123456789') for _ in range(n-1))

CASES = []
def C(labels, form, desc, text):
    CASES.append((labels, form, desc, text))

# ======================= POSITIVES: resident ID =======================
L='pii.cn_resident_id'
C(L,'plain','village subsidy list line', f"{NM()}，身份证号{ID()}，2024年耕地地力保护补贴已核实。")
C(L,'plain','grid worker asks in group', f"@网格员小刘 这个租户的身份证是{ID()}，麻烦帮忙录一下流动人口系统")
C(L,'plain','hospital admission note', f"入院登记：患者{NM()}，女，证件号码 {ID()}，由急诊转入心内科。")
C(L,'plain','parent group transfer student', f"各位家长好，转学生学籍号就是身份证号{ID()}，请班主任核对后上报教育局。")
C(L,'plain','soe visitor registration', f"明天来厂区参观的供应商代表身份证{ID('X')}，门卫处请放行。")
C(L,'plain','weibo reply complaining', f"回复@民生热线:我的身份证号{ID()}在社保系统里被别人冒用了，谁来管管？")
C(L,'formatted','lowercase x check digit', f"低保复核名单补一个：{NM()} {render(id_raw_x(),'x_lower',[18])}")
C(L,'formatted','spaced 6-8-4 in notice', f"公示对象：{NM()}  身份证：{ID('sp')}  救助金额：800元")
C(L,'formatted','dashed id in email', f"Hi 王经理，附上投标授权人身份证号：{ID('dash')}，原件开标当天带来。")
C(L,'formatted','table row pipe separated', f"| 序号 | 姓名 | 身份证号 | 村组 |\n| 3 | {NM()} | {ID()} | 五组 |")
C(L,'formatted','tab separated export', f"姓名\t性别\t公民身份号码\t户籍地\n{NM()}\t男\t{ID()}\t本镇柳树村")
C(L,'formatted','fullwidth digits', f"身份证号码：{ID('fw')}（已核对原件）")
C(L,'formatted','fullwidth spaced', f"申请人证件：{ID('fwsp')}")
C(L,'formatted','split across two lines', f"住院押金退款申请\n身份证号：{ID('nl')}\n开户行见附件")
C(L,'formatted','groups of four dotted', f"学生家长身份证：{IDg('dot',[4,4,4,4])}")
C(L,'formatted','english mixed', f"Patient ID card no.: {ID()}, please upload to HIS before 5pm.")
C(L,'evasive','chinese numerals', f"我身份证是{ID('cn')}，你帮我查下医保交没交")
C(L,'evasive','chinese numerals with X', f"身份证：{ID('cnX')}")
C(L,'evasive','voice transcription', f"语音转文字：身份证号码是{ID('voice')}你记一下")
C(L,'evasive','voice with commas', f"[语音转文字] 那个号码是 {ID('voicesp')} 嗯对就是这个")
C(L,'evasive','ocr confusions', f"（扫描件识别）公民身份号码 {ID('ocr')}")
C(L,'evasive','ocr spaced', f"身 份 证 号 {ID('ocrsp')}")
C(L,'evasive','zero width separators', f"身份证{ID('zw')}别转发啊")
C(L,'evasive','zero width every char', f"证件号 {ID('zwall')}")
C(L,'evasive','half digits half numerals', f"号码前一半数字后一半汉字，防止被屏蔽：{ID('mix')}")
C(L,'evasive','every character spaced', f"sfz：{ID('each')}")
C(L,'evasive','bracketed characters', f"身份证 {ID('brk')} 看得懂吧")
C(L,'evasive','alternating fullwidth', f"shen fen zheng: {ID('mixfw')}")
C(L,'evasive','yao for one', f"sfz号{ID('yao')}")
C(L,'evasive','star separators', f"证号{IDg('star',[3,3,4,4,4])}（用星号隔开的，自己去掉）")
C(L,'evasive','underscores', f"ID：{IDg('under',[6,4,4,4])}")

# ======================= POSITIVES: mobile =======================
L='pii.cn_mobile'
C(L,'plain','grid worker contact', f"3号楼的网格员换成{NM()}了，手机{MOB()}，有事直接打。")
C(L,'plain','doctor on call', f"今晚值班医生{NM()}，电话{MOB()}，护士站有事先呼他")
C(L,'plain','douyin caption', f"土鸡蛋自家散养，要的私信或者直接打{MOB()}，镇上可以送货")
C(L,'plain','parent asks teacher', f"张老师，孩子今天发烧请假一天，有事打我电话{MOB()}，谢谢！")
C(L,'plain','soe procurement contact', f"询价联系人：{NM()}  {MOB()}（微信同号）")
C(L,'plain','zhihu answer', f"我当时就是打的社区书记私人手机{MOB()}，第二天就有人来修了，亲测有效。")
C(L,'formatted','+86 form', f"Contact: Mr. Liu, +86 {MOB()}, Ext. none")
C(L,'formatted','+86 dashed', f"紧急联系人电话：{MOB('+86d')}")
C(L,'formatted','0086 prefix', f"海外家属回电请拨{MOB('0086')}")
C(L,'formatted','3-4-4 spaced', f"报名咨询：{MOB('sp')} 王老师")
C(L,'formatted','dashed', f"配送师傅：{MOB('dash')}")
C(L,'formatted','fullwidth', f"联系方式：{MOB('fw')}")
C(L,'formatted','next to landline', f"办公室0731-84562310，负责人手机{MOB()}")
C(L,'formatted','in parentheses after name', f"{NM()}({MOB()})、{NM()}({MOB()})负责第二网格入户排查")
C(L,'formatted','split lines', f"手机号：\n{MOB('nl')}")
C(L,'formatted','(86) form', f"Tel {MOB('86')} / Fax 0571-8812 3456")
C(L,'evasive','chinese numerals', f"电话{MOB('cn')}，加微信备注买菜")
C(L,'evasive','yao and ling', f"号码：{MOB('yao').replace('〇','零')}")
C(L,'evasive','voice 拐洞两', f"语音转写：打我电话{MOB('voice')}")
C(L,'evasive','voice with commas', f"就是{MOB('voicesp')}，你记下了吗")
C(L,'evasive','dots between groups', f"v同号 {MOB('dot')}")
C(L,'evasive','zero width', f"私我或者直接打{MOB('zw')}")
C(L,'evasive','every digit spaced', f"快手不让发号码，我这样写：{MOB('each')}")
C(L,'evasive','ocr', f"（图片文字识别）联系电话：{MOB('ocr')}")
C(L,'evasive','mixed digits numerals', f"打{MOB('mix')}找老刘")
C(L,'evasive','brackets each digit', f"薇/电：{MOB('brk')}")
C(L,'evasive','emoji keycaps', "电话 " + ''.join(c + '\ufe0f\u20e3' for c in mob_raw()) + " 欢迎来电")
C(L,'evasive','circled digits', "☎ " + ''.join('⓪①②③④⑤⑥⑦⑧⑨'[int(c)] for c in mob_raw()) + " 24小时在线")
C(L,'evasive','written as sum hint', f"号码我拆开写：前三位{(lambda m: m[:3]+'，中间'+m[3:7]+'，后四位'+m[7:])(mob_raw())}")

# ======================= POSITIVES: bank card =======================
L='pii.bank_card'
C(L,'plain','salary card in chat', f"财务那边说我的工资卡号{CARD()}，麻烦核对一下是不是这个")
C(L,'plain','refund request', f"退费请打到这张卡：{CARD()}，户名{NM()}，农业银行")
C(L,'plain','donation post', f"村里{NM()}家孩子白血病，善款可以直接转卡号{CARD()}，开户行工行县支行")
C(L,'plain','supplier payment email', f"Dear all, 请将货款转至收款账号 {CARD(n=19)}，开户名：{NM()}")
C(L,'plain','weibo reply', f"回复@某银行客服：卡号{CARD()}被无故冻结，一周了没人处理！")
C(L,'formatted','4-4-4-4 groups', f"卡号：{CARD('sp',16)}")
C(L,'formatted','19 digits grouped', f"银行卡：{CARD('sp',19)}（建设银行）")
C(L,'formatted','dashed', f"补贴发放账户 {CARD('dash')}")
C(L,'formatted','fullwidth', f"帐号：{CARD('fw')}")
C(L,'formatted','double spaced', f"收款卡号  {CARD('sp2')}")
C(L,'formatted','table row', f"姓名|开户行|卡号|金额\n{NM()}|信用社|{CARD()}|1200.00")
C(L,'formatted','split across lines', f"打款账号\n{CARD('nl')}")
C(L,'evasive','chinese numerals', f"卡号{CARD('cn')}，别直接发数字，群里有机器人")
C(L,'evasive','voice transcription', f"语音：卡号是{CARD('voice')}户名写我老婆的")
C(L,'evasive','ocr', f"扫描识别：帐号 {CARD('ocrsp')}")
C(L,'evasive','zero width', f"转这个{CARD('zw')}")
C(L,'evasive','every digit spaced', f"k号 {CARD('each')}")
C(L,'evasive','mixed', f"尾号不是重点，全号是{CARD('mix')}")
C(L,'evasive','slashes', f"收款：{CARD('slash')}")
C(L,'evasive','fullwidth spaced', f"卡　{CARD('fwsp')}")

# ======================= POSITIVES: USCC =======================
L='pii.cn_uscc'
C(L,'plain','supplier qualification', f"供应商：县城建筑劳务有限公司，统一社会信用代码{USCC(kind='91')}，资质已审核。")
C(L,'plain','hospital as 事业单位', f"本院统一社会信用代码为{USCC(kind='12')}，开票请按此填写。")
C(L,'plain','village cooperative', f"{NM()}牵头成立的种植专业合作社，信用代码{USCC(kind='93')}，今年入股农户42户。")
C(L,'plain','invoice request in chat', f"开发票抬头：XX县第二中学，税号{USCC(kind='12')}")
C(L,'plain','social org', f"我们协会的统一代码是{USCC(kind='51')}，年检材料明天交民政局。")
C(L,'plain','township government', f"单位名称：某某镇人民政府  统一社会信用代码：{USCC(kind='11')}")
C(L,'formatted','table export', f"企业名称\t统一社会信用代码\t法定代表人\n宏达机械制造有限公司\t{USCC(kind='91')}\t{NM()}")
C(L,'formatted','spaced groups', f"纳税人识别号：{USCC('sp')}")
C(L,'formatted','fullwidth', f"统一社会信用代码：{USCC('fw')}")
C(L,'formatted','in english email', f"Our company (USCC: {USCC(kind='91')}) hereby confirms the quotation.")
C(L,'formatted','split lines', f"信用代码\n{USCC('nl')}")
C(L,'formatted','pipe table', f"|单位|代码|\n|县人民医院|{USCC(kind='12')}|\n")
C(L,'evasive','ocr misread', f"营业执照OCR：统一社会信用代码 {USCC('ocr')}")
C(L,'evasive','every char spaced', f"代码 {USCC('each')}")
C(L,'evasive','zero width', f"税号{USCC('zw')}")
C(L,'evasive','dashed', f"xy代码：{USCC('dash')}")
C(L,'evasive','bracketed', f"税号（别被识别）：{USCC('brk')}")
C(L,'evasive','dotted', f"tyshxydm {USCC('dot')}")

# ======================= POSITIVES: passport =======================
L='pii.cn_passport'
C(L,'plain','study abroad teacher', f"出国培训名单：{NM()}，护照号{PP()}，请外事办审批。")
C(L,'plain','hospital foreign exchange', f"赴德进修医生{NM()}护照号码：{PP()}，签证材料下周一前交。")
C(L,'plain','soe overseas project', f"海外项目部新增人员护照：{PP()}（{NM()}），机票已订。")
C(L,'plain','zhihu travel', f"当时我的护照{PP()}在机场被拦了一下，说是因私出境要备案")
C(L,'plain','ea passport', f"因公护照EA开头那本编号{ 'EA' + ''.join(R.choice('0123456789') for _ in range(7)) }已交回外事办保管")
C(L,'formatted','english form', f"Passport No.: {PP()}  Nationality: CHN  Name: {NM()}")
C(L,'formatted','table row', f"姓名\t护照号\t有效期\n{NM()}\t{PP()}\t2033-05-17")
C(L,'formatted','spaced', f"护照号码：{PP('sp')}")
C(L,'formatted','fullwidth', f"护照：{PP('fw')}")
C(L,'formatted','pipe table', f"|{NM()}|{PP()}|因公|\n|{NM()}|{PP()}|因私|")
C(L,'evasive','letter in chinese', f"护照号：字母E，后面{''.join(R.choice('0123456789') for _ in range(8))}")
C(L,'evasive','lowercase', f"huzhao: {PP().lower()}")
C(L,'evasive','each char spaced', f"护 照 {PP('each')}")
C(L,'evasive','zero width', f"PP号{PP('zwall')}")
C(L,'evasive','digits in chinese', f"护照{ (lambda p: p[:1 if p[1].isdigit() else 2] + render(p[1 if p[1].isdigit() else 2:], 'cn', [9]))(pp_raw()) }")
C(L,'evasive','ocr', f"护照资料页识别：Passport No. {PP('ocr')}")

# ======================= POSITIVES: email =======================
L='pii.email'
C(L,'plain','parent sends homework', f"作业照片发不了的家长，请发到我邮箱{EM()}，注明孩子姓名。")
C(L,'plain','procurement email', f"报价单请于本周五前发送至{EM(dom='hnjtjt.com.cn')}，逾期不候。")
C(L,'plain','gov mailbox', f"乡镇党政办邮箱：{EM(dom='xxzf.gov.cn', user='dzb')}，信访材料扫描后发这里")
C(L,'plain','hospital department mail', f"会诊申请电子版请发{EM(dom='xrmyy.cn')}，纸质版送医务科。")
C(L,'plain','qq mail', f"简历投递：{EM(dom='qq.com')}")
C(L,'plain','forum signature', f"有问题可以邮件联系我：{EM()}，晚上回复。")
C(L,'formatted','angle brackets email header', f"发件人: {NM()} <{EM(dom='sgcc.com.cn')}>\n收件人: 采购部")
C(L,'formatted','mailto', f"联系: mailto:{EM()}")
C(L,'formatted','chinese domain', f"投诉邮箱：tousu@县医院.中国")
C(L,'formatted','fullwidth at', f"邮箱：{EM('fw')}")
C(L,'formatted','email in table', f"班级\t家委会联系人\t邮箱\n三年二班\t{NM()}\t{EM()}")
C(L,'evasive','[at]', f"简历发 {EM('at')}")
C(L,'evasive','(at) qq 点 com', f"有意者发邮件：{EM('cn', dom='qq.com')}")
C(L,'evasive','AT DOT', f"email me: {EM('AT')}")
C(L,'evasive','hash replaces at', f"邮箱{EM('hash')}（#换成@）")
C(L,'evasive','艾特', f"发我邮箱 {EM('aite')}")
C(L,'evasive','圈a', f"油箱：{EM('quan')}")
C(L,'evasive','braces', f"mail: {EM('brace')}")
C(L,'evasive','spaced around @', f"邮件地址 {EM('sp')}")
C(L,'evasive','defanged dot', f"联系 {EM('dot')}")

# ======================= POSITIVES: classification mark =======================
L='secret.classification_mark'
C(L,'plain','header of pasted document', f"{CLS('机密','5年')}\n关于2025年度县域维稳工作的情况通报\n各乡镇党委：")
C(L,'plain','mark in sentence', f"这份材料右上角标着{CLS('秘密','1年')}，你确定要发到大群里？")
C(L,'plain','long term', f"文件标注{CLS('绝密','长期')}，阅后由机要员收回。")
C(L,'plain','date period', f"封面：{CLS('秘密', '2026年12月31日')}  第3份 共15份")
C(L,'plain','words say classified', "刚才那个附件是机密级文件，别往工作群里转了，赶紧撤回。")
C(L,'plain','secret-level doc mentioned', "会上发的那本册子属于秘密级，会后统一收回，大家不要拍照。")
C(L,'plain','top secret in meeting', f"本次会议材料定为{CLS('绝密','20年')}，与会人员签字领取。")
C(L,'formatted','header with copy number', f"{CLS('机密','10年')}                     编号：000127\n中共XX县委办公室")
C(L,'formatted','spaced mark', f"秘 密 ★ 1 年")
C(L,'formatted','fullwidth spaces', f"机密　★　５年\n（此件发至乡镇党委书记）")
C(L,'formatted','mark with brackets', f"【{CLS('秘密','3年')}】县卫健局关于突发公共卫生事件处置预案（修订稿）")
C(L,'formatted','english mixed', f"Attachment is marked {CLS('机密','5年')}, do NOT forward to external vendors.")
C(L,'formatted','split across lines', "绝密\n★\n长期\n\n关于XX项目的专题汇报")
C(L,'formatted','period on next line', "机密★\n5年\n县国家保密局监制")
C(L,'evasive','white star', f"{CLS('秘密','1年',star='☆')} 各村书记传阅后交回")
C(L,'evasive','emoji star', f"右上角{CLS('机密','5年',star='⭐')}的那份我放你抽屉了")
C(L,'evasive','asterisk', f"标题下面写着{CLS('秘密','6个月',star='*')}")
C(L,'evasive','reference mark', f"{CLS('机密','长期',star='※')}\n内容略")
C(L,'evasive','ocr misread 蜜', "OCR结果：机蜜★5年  XX市公安局")
C(L,'evasive','ocr 秘 as 祕', "扫描件：祕密★1年 关于……的通知")
C(L,'evasive','pinyin-mixed level', "那个文件是 mi mi 级的（秘密★一年），你懂的，别外发")
C(L,'evasive','chinese numeral period', "机密★五年  请阅后退回综治办")
C(L,'evasive','separated by dots', "秘·密·★·1·年")
C(L,'evasive','zero width inside', "机\\u200b密\\u200b★\\u200b10年")
C(L,'evasive','described in words', "我不说级别了，就是三个等级里中间那档，机密那档，十年期的，你自己掂量")
C(L,'evasive','black star spelled out', "文件上是“秘密”加一颗黑五角星再加“一年”，你懂我意思")
C(L,'evasive','star replaced by 星', "机密星5年的那份材料在我这")

# ======================= POSITIVES: internal mark =======================
L='secret.internal_mark'
C(L,'plain','header 内部资料', "内部资料 注意保存\n2025年第二季度安全生产形势分析")
C(L,'plain','此件不予公开', "（此件不予公开）\n关于调整镇领导班子成员分工的通知")
C(L,'plain','不得外传 in sentence', "这是县里刚下发的考核细则，不得外传，各村书记自己看就行。")
C(L,'plain','仅供内部参考', "附件仅供内部参考，请勿用于对外宣传。")
C(L,'plain','内部明电', "县委办内部明电：请各乡镇今晚20时前报送汛情。")
C(L,'plain','mention of cover', "封面写了内部资料的那本蓝皮书，你别拿去复印店。")
C(L,'plain','内部文件', "这个是内部文件，别发朋友圈啊，上次就有人被通报了")
C(L,'plain','注意保存 at end', "以上材料请各科室注意保存，用后交回院办。")
C(L,'formatted','bracketed header', "【内部资料】县人民医院2025年医疗纠纷情况汇总")
C(L,'formatted','emoji prefix', "📌内部文件｜关于近期舆情应对口径的说明")
C(L,'formatted','warning emoji', "⚠️仅供内部参考⚠️ 明年教师编制分配初步方案")
C(L,'formatted','spaced', "内 部 资 料\n请 妥 善 保 管")
C(L,'formatted','english mixed', "FYI 这份是内部资料, internal only, 请勿 forward 给供应商")
C(L,'formatted','footer', "……\n（本材料不得外传）\n社区党委  2025年6月3日")
C(L,'formatted','in table cell', "文件名\t密级/标识\t份数\n维稳排查表\t内部资料\t12")
C(L,'evasive','dots between chars', "内.部.资.料 自己看看就好")
C(L,'evasive','heart between chars', "内❤部❤文❤件 别乱转")
C(L,'evasive','zero width', "内\\u200b部\\u200b资\\u200b料，各网格长查收")
C(L,'evasive','slash separated', "不/得/外/传！！！")
C(L,'evasive','pinyin hint plus chars', "这个是nei部的，不得 外 传哈")
C(L,'evasive','reversed phrase hint', "此件不予·公开（懂的都懂）")
C(L,'evasive','traditional chars', "內部資料 請勿外傳")
C(L,'evasive','homophone-ish spaced', "仅 供 内 部 参 考，别截图")
C(L,'evasive','ocr error', "OCR：内部资枓 注意保存")
C(L,'evasive','underscore', "内_部_明_电：请各村立即组织转移")

# ======================= POSITIVES: document number =======================
L='secret.document_number'
C(L,'plain','reference in notice', f"根据《XX县人民政府办公室关于做好2025年春耕生产工作的通知》（{DOC('〔〕','县政办发',2025,11)}）要求，现将有关事项通知如下。")
C(L,'plain','national doc', f"按照{DOC('〔〕','国办发',2023,12)}文件精神，各街道要抓好落实。")
C(L,'plain','square brackets', f"京政发[2021]8号文件里写得很清楚，老旧小区改造资金由区级统筹。")
C(L,'plain','with 第', f"县委办字（2019）第3号文件已作废，以新文件为准。")
C(L,'plain','hospital health commission', f"依据{DOC('〔〕','国卫医发',2024,5)}，住院医师规培补助标准调整。")
C(L,'plain','school edu bureau', f"家长们，教体局的{DOC('〔〕','县教体发',2025,27)}文件规定暑假不得组织集体补课。")
C(L,'plain','soe reference', f"按{DOC('〔〕','国资发改革',2022,63)}要求，公司本月完成三项制度改革自查。")
C(L,'plain','township doc', f"镇政发〔2024〕35号：关于成立人居环境整治领导小组的通知")
C(L,'formatted','header line of doc', f"XX街道办事处文件\n\n{DOC('〔〕','街办字',2025,9)}\n\n关于开展老旧燃气管道排查的通知")
C(L,'formatted','fullwidth brackets', f"文号：{DOC('（）')}")
C(L,'formatted','english text', f"Per the provincial notice {DOC('[]','浙政办发',2024,17)}, the subsidy applies to rural households.")
C(L,'formatted','spaced', f"文件号：乡 党 发 〔 2025 〕 4 号")
C(L,'formatted','table with doc numbers', f"序号|文号|标题\n1|{DOC()}|关于……的通知\n2|{DOC()}|关于……的意见")
C(L,'formatted','【】 brackets', f"依照{DOC('【】','区民政发',2023,41)}，低保标准上调")
C(L,'formatted','split over lines', "湘政办函\n〔2024〕\n22号")
C(L,'evasive','ocr brackets misread', "扫描：县卫健函（2O24）l8号")
C(L,'evasive','year in chinese', "县政办发〔二〇二五〕十二号文件你看了没")
C(L,'evasive','described', "就是县里今年那个“县委办发”打头、括号里2025、编号33的文，大家按那个办")
C(L,'evasive','dotted prefix', "国·办·发〔2023〕12号")
C(L,'evasive','zero width', "川府发\\u200b〔2022〕\\u200b7号")
C(L,'evasive','ascii parens spaced', "鄂政发 ( 2021 ) 19 号")
C(L,'evasive','abbreviation in chat', f"按{DOC('[]','市医保发',2025,3)}办，别再问了")
C(L,'plain','quoted in zhihu', f"知乎上有人说这个政策没依据，其实{DOC('〔〕','人社部发',2022,13)}第六条就是。")

# ======================= POSITIVES: org dictionary =======================
L='org.dictionary'
C(L,'plain','天网工程 in work chat', "今天下午天网工程的摄像头点位要复核，村里派两个人配合。")
C(L,'plain','蓝盾计划 meeting', "蓝盾计划第二阶段的推进会改到周四上午九点。")
C(L,'plain','星火政务平台 login', "星火政务平台今天又登不上了，审批全卡着。")
C(L,'plain','XK-9 in email', "XK-9的测试报告下周一提交，请各组长按时反馈。")
C(L,'plain','金盾三期 procurement', "金盾三期的采购清单我放共享盘了，先别对外说。")
C(L,'plain','douyin caption mentions', "今天跟着师傅去装天网工程的杆子，爬了一天，累瘫#打工人")
C(L,'formatted','bracketed', "【蓝盾计划】周报-第12周")
C(L,'formatted','english mixed', "Status update on XK-9: integration with legacy system done.")
C(L,'formatted','hashtag', "#星火政务平台# 新版本上线，办事群众可以扫码了")
C(L,'formatted','table cell', "项目名称\t负责人\t进度\n金盾三期\t"+NM()+"\t70%")
C(L,'formatted','quoted title', "《关于“天网工程”点位维护的工作安排》")
C(L,'evasive','spaced chars', "天 网 工 程 那边又来要人了")
C(L,'evasive','dots between chars', "蓝.盾.计.划 的名单别发群里")
C(L,'evasive','slashes', "星/火/政/务/平/台 账号统一由办公室分配")
C(L,'evasive','spaced code', "X K - 9 的事情私聊")
C(L,'evasive','middle dots', "金·盾·三·期 验收在下个月")
C(L,'evasive','zero width', "天\\u200b网\\u200b工\\u200b程")
C(L,'evasive','fullwidth code', "ＸＫ－９ 明天演示")
C(L,'evasive','hyphen variant en dash', "XK–9 设备到货了")
C(L,'evasive','underscores', "蓝_盾_计_划 相关的都撤回")
C(L,'evasive','star between', "星*火*政*务*平*台 上那个数据不要截图")
C(L,'evasive','newline split', "金盾\n三期")
C(L,'evasive','lowercase code', "xk-9那个事你跟老王说一下")
C(L,'evasive','emoji between', "天🌟网🌟工🌟程 进展咋样")

# ======================= MULTI-LINE, several labels =======================
def ML(labels, form, desc, lines):
    C(labels, form, desc, '\n'.join(lines))

ML('secret.internal_mark pii.cn_resident_id pii.cn_mobile pii.bank_card','formatted','village subsidy 公示 pasted', [
 "柳塘村2025年度困难群众临时救助公示（内部资料，公示后收回）",
 "序号\t姓名\t身份证号\t联系电话\t打卡账号\t金额",
 f"1\t{NM()}\t{ID()}\t{MOB()}\t{CARD()}\t1500",
 f"2\t{NM()}\t{ID()}\t{MOB()}\t{CARD()}\t2000",
 "公示期：7月1日至7月7日，监督电话：0734-6612345"])
ML('secret.classification_mark secret.document_number org.dictionary','formatted','county notice header', [
 CLS('机密','5年') + "                                    特急",
 "XX县人民政府办公室文件",
 DOC('〔〕','县政办发',2025,41),
 "关于加快推进天网工程三期点位建设的通知",
 "各乡镇人民政府、县直有关单位：",
 "为进一步……现就有关事项通知如下。"])
ML('pii.cn_mobile pii.email secret.internal_mark','formatted','soe procurement email with signature', [
 "主题：关于XX变电站设备询价的补充说明",
 "各位供应商：",
 "附件为技术规格书（仅供内部参考，请勿转发第三方），报价截止时间为6月20日17:00。",
 "",
 "--",
 f"{NM()} | 物资采购部",
 "XX能源集团有限公司",
 f"M: {MOB('sp')}",
 f"E: {EM(dom='xxny.com.cn')}",
 "T: 010-6659 8812"])
ML('pii.cn_resident_id pii.cn_mobile','formatted','hospital referral note', [
 "双向转诊单（上转）",
 f"患者姓名：{NM()}    性别：男    年龄：67岁",
 f"身份证号：{ID('sp')}",
 f"家属电话：{MOB()}",
 "初步诊断：急性ST段抬高型心肌梗死",
 "转出医院：XX镇卫生院    转入医院：县人民医院心内科",
 "转诊医生签字：_____"])
ML('pii.cn_mobile secret.internal_mark','formatted','hospital shift roster', [
 "【内部文件 不得外传】急诊科7月排班表",
 "日期|白班|夜班|备班电话",
 f"7/1|{NM()}|{NM()}|{MOB()}",
 f"7/2|{NM()}|{NM()}|{MOB()}",
 f"7/3|{NM()}|{NM()}|{MOB('dash')}",
 "注：换班须提前报护士长"])
ML('pii.cn_mobile pii.cn_resident_id secret.internal_mark','evasive','grid worker group chat forwarded', [
 "[聊天记录]",
 f"网格员{NM()}：3栋2单元新搬来一户，户主说身份证号{ID('cn')}",
 f"网格员{NM()}：电话呢",
 f"网格员{NM()}：{MOB('voice')}，语音里说的我直接转的文字",
 "社区书记：收到，录系统，这个表是内部资料别外发"])
ML('pii.email pii.cn_mobile secret.document_number','plain','school notice to parents', [
 "致全县中小学生家长的一封信",
 f"根据{DOC('〔〕','县教体发',2025,16)}要求，暑期严禁学生私自下河游泳。",
 f"如发现有偿补课，可向县教体局举报，邮箱{EM(dom='xjtj.gov.cn',user='jubao')}，",
 f"或联系安全办{NM()}老师{MOB()}。",
 "XX县教育和体育局  2025年7月8日"])
ML('secret.classification_mark secret.internal_mark pii.cn_mobile','formatted','meeting summary', [
 "镇党委会议纪要（第14期）",
 "时间：2025年5月12日  地点：镇政府三楼会议室",
 "一、传达学习县委办秘密★1年文件精神（原件会后收回）",
 "二、研究信访积案化解，纪要仅供内部参考，不得外传",
 f"三、联系人：党政办{NM()}，{MOB()}"])
ML('pii.cn_uscc pii.bank_card pii.cn_mobile pii.email','formatted','supplier info sheet', [
 "供应商基本信息表",
 "单位名称：XX县鑫源建材有限公司",
 f"统一社会信用代码：{USCC(kind='91')}",
 "开户行：农村商业银行城关支行",
 f"账号：{CARD('sp',19)}",
 f"联系人：{NM()}  手机：{MOB()}",
 f"邮箱：{EM(dom='163.com')}"])
ML('org.dictionary secret.internal_mark pii.cn_mobile','evasive','work chat about project with evasions', [
 "老周：蓝 盾 计 划 那个名单今天要报",
 "小陈：好的，我汇总一下，内.部.文.件 那个格式对吧",
 f"老周：对，报不上来打我 {MOB('each')}",
 "小陈：收到"])
ML('pii.cn_passport pii.cn_resident_id pii.cn_mobile','formatted','overseas training roster', [
 "2025年赴新加坡基层治理培训人员名单",
 "姓名\t单位\t身份证号\t护照号\t手机",
 f"{NM()}\t城关镇\t{ID()}\t{PP()}\t{MOB()}",
 f"{NM()}\t河口乡\t{ID()}\t{PP()}\t{MOB()}",
 f"{NM()}\t县医院\t{ID()}\t{PP()}\t{MOB()}"])
ML('secret.document_number secret.internal_mark org.dictionary','plain','ocr scanned page', [
 "（扫描件文字识别结果）",
 "XX市公安局",
 f"关于金盾三期项目建设进展的通报",
 "市公发〔2O25〕l7号",
 "内部资料  注意保存",
 "各区县分局：……"])
ML('pii.cn_resident_id pii.bank_card','evasive','voice messages transcribed', [
 "[语音 0:32] 喂王会计啊我把我那个身份证号给你说一下啊 " + ID('voice') + " 对 尾数就是这个",
 "[语音 0:21] 然后卡号是 " + CARD('voice',19) + " 信用社的",
 "[语音 0:05] 好了谢谢啊"])
ML('secret.classification_mark org.dictionary pii.email','formatted','english-mixed email', [
 "Subject: FW: XK-9 phase review",
 "Hi team,",
 "Attached is the review deck (marked 机密★5年). Please do not sync to personal cloud drives.",
 f"Questions -> {EM(dom='xxdz-group.com')}",
 "Thanks, Kevin"])
ML('pii.cn_resident_id pii.cn_mobile','formatted','家长群 registration', [
 "【接龙】暑期托管报名",
 f"1. 三(2)班 {NM()} 家长身份证{ID()} 电话{MOB()}",
 f"2. 三(4)班 {NM()} 家长身份证{ID()} 电话{MOB('sp')}",
 "3. ",
 "请各位家长按格式接龙，截止周五"])
ML('pii.cn_mobile pii.cn_resident_id secret.internal_mark','formatted','community epidemic-style visit log', [
 "XX社区独居老人走访台账（内部使用，不得外传）",
 "----------------------------------------",
 f"姓名：{NM()}  年龄：82  身份证：{ID()}",
 f"子女电话：{MOB()} / {MOB()}",
 "走访情况：身体尚可，冰箱食物充足",
 "----------------------------------------"])
ML('secret.document_number pii.email pii.cn_uscc','plain','bidding announcement', [
 "XX县第一中学食堂食材配送项目招标公告",
 f"依据{DOC('〔〕','财办预',2024,88)}有关规定，现进行公开招标。",
 f"采购人：XX县第一中学（统一社会信用代码{USCC(kind='12')}）",
 f"联系邮箱：{EM(dom='xxyz.edu.cn',user='zbb')}"])
ML('pii.bank_card pii.cn_mobile','evasive','kuaishou caption evading', [
 "家人们老家苹果滞销了😭",
 "要的直接转账，卡号我拆开写：" + CARD('cnsp'),
 f"收到货不满意包退，联系 {MOB('brk')}",
 "#助农 #乡村振兴"])
ML('secret.classification_mark secret.document_number','formatted','document reference list', [
 "附件清单：",
 f"1. {DOC('〔〕','国发',2024,7)}（公开）",
 f"2. {DOC('〔〕','省委办发',2025,19)}（{CLS('机密','10年')}，需到机要室查阅）",
 f"3. {DOC('〔〕','县政办发',2025,3)}"])
ML('pii.cn_mobile pii.email pii.cn_passport','formatted','hospital exchange email', [
 "Dear Dr. Müller,",
 f"Our delegation: Dr. {NM()} (passport {PP()}), Dr. {NM()} (passport {PP()}).",
 f"Mobile in China: +86 {MOB()}",
 f"Email: {EM(dom='hsrmyy.com')}",
 "Best regards, Foreign Affairs Office, County People's Hospital"])
ML('pii.cn_resident_id pii.cn_mobile secret.internal_mark','evasive','forum post with evasions', [
 "发个帖子求助，镇上低保被取消了找谁？",
 f"我爸身份证 {ID('zw')}，系统里显示已经死亡？？？",
 "村干部说这是上面给的内\u00b7部\u00b7名\u00b7单不能给看，不得外传",
 f"有知道的加我 {MOB('dot')}"])
ML('org.dictionary secret.internal_mark','formatted','project weekly report', [
 "星火政务平台项目周报（第23周）",
 "密级：内部资料",
 "1. 完成镇级审批模块联调",
 "2. 与天网工程视频接口对接中",
 "3. 下周计划：压力测试"])
ML('pii.bank_card pii.cn_resident_id pii.cn_mobile','formatted','spreadsheet of wages', [
 "劳务工资发放表（2025年6月）",
 "姓名,身份证号,银行卡号,手机号,实发",
 f"{NM()},{ID()},{CARD()},{MOB()},4200",
 f"{NM()},{ID()},{CARD()},{MOB()},3980",
 f"{NM()},{ID()},{CARD()},{MOB()},4510"])
ML('secret.classification_mark secret.internal_mark secret.document_number','evasive','ocr page with look-alikes', [
 "扫描件OCR：",
 "机密※5年",
 "县委办发（2O25）第Z3号",
 "此 件 不 予 公 开",
 "关于……的请示"])
ML('pii.email pii.cn_mobile','evasive','zhihu answer contact', [
 "谢邀。基层公务员遴选的问题比较复杂，一两句说不清。",
 f"需要资料的可以发邮件 {EM('AT')}，",
 f"或者加我v：{MOB('cn')}（数字我用汉字写，防折叠）"])
ML('pii.cn_uscc pii.cn_mobile pii.bank_card','plain','invoice info in chat', [
 "开票信息：",
 "名称：XX县第三人民医院",
 f"税号：{USCC(kind='12')}",
 "地址电话：城南路12号 0736-7723301",
 f"开户行及账号：建行城南支行 {CARD(n=19)}",
 f"经办人：{NM()} {MOB()}"])
ML('secret.classification_mark pii.cn_mobile org.dictionary','evasive','whispered chat', [
 "A：那个文件你看了吗，上面印着秘密☆1年",
 "A：讲的是XK - 9的事",
 f"B：别在这说，打我电话 {MOB('voice')}"])
ML('pii.cn_resident_id pii.cn_mobile pii.email','formatted','job application form', [
 "XX镇2025年公开招聘村级后备干部报名表",
 f"姓名：{NM()}        性别：女",
 f"身份证号：{ID('X')}",
 f"手机：{MOB()}        邮箱：{EM()}",
 "学历：本科        专业：行政管理"])
ML('secret.internal_mark pii.cn_mobile pii.cn_resident_id','formatted','petitioner tracking sheet', [
 "重点信访人员稳控台账（此件不予公开）",
 "姓名|身份证|稳控责任人|责任人电话",
 f"{NM()}|{ID()}|{NM()}|{MOB()}",
 f"{NM()}|{ID()}|{NM()}|{MOB()}"])
ML('secret.document_number pii.cn_mobile','plain','weibo official account post', [
 "【@XX县人民政府】关于2025年城乡居民医保缴费的温馨提示：",
 f"根据{DOC('〔〕','市医保发',2024,29)}，个人缴费标准为每人每年400元。",
 f"咨询请联系各村网格员，或拨打{NM()}同志电话{MOB()}。"])
ML('pii.cn_mobile pii.cn_resident_id pii.bank_card pii.email','evasive','scam-warning repost with real data', [
 "转发提醒：下面这个人冒充社保局！大家看清楚！",
 f"他自称“{NM()}”，身份证发给我的是{ID('ocr')}，",
 f"让转账到{CARD('each')}，",
 f"电话{MOB('dash')}，还给了个邮箱{EM('pat')}"])
ML('secret.classification_mark secret.internal_mark','formatted','hospital internal audit report', [
 "县人民医院2024年度医保基金使用自查报告",
 "（仅供内部参考）",
 "说明：涉及病例明细另见附件二（机密★3年，由纪检室保管）"])
ML('pii.cn_uscc pii.email secret.document_number','formatted','soe contract clause', [
 "甲方：XX市城市建设投资集团有限公司",
 f"统一社会信用代码：{USCC('sp',kind='91')}",
 f"乙方联系人邮箱：{EM(dom='jsgc.cn')}",
 f"本合同依据{DOC('〔〕','市国资发',2023,44)}制定。"])
ML('org.dictionary pii.cn_mobile pii.email','formatted','vendor contact for system', [
 "星火政务平台运维联系方式",
 f"一线：{NM()} {MOB()}",
 f"二线：{NM()} {MOB('sp')}",
 f"故障邮件：{EM(dom='xhzw-tech.com',user='ops')}"])
ML('pii.cn_resident_id pii.cn_mobile secret.internal_mark','evasive','ocr scan of household register', [
 "OCR识别（户口簿常住人口登记卡）",
 f"姓名 {NM()}  与户主关系 长子",
 f"公民身份号码 {ID('ocr3')}",
 f"联系电话 {MOB('ocr')}",
 "备注：内部资料"])
ML('secret.classification_mark pii.cn_mobile secret.document_number','plain','secretary call log', [
 "来电记录：",
 f"10:20 县委办来电，{DOC('〔〕','县委办发',2025,28)}已发机要通道，文件为机密★5年，请派专人取回。",
 f"联系人：{NM()}，{MOB()}"])
ML('pii.email secret.internal_mark pii.cn_mobile','evasive','evasive email share', [
 "这个是内/部/资/料，别在群里传了，我发你邮箱",
 f"你邮箱是 {EM('brace')} 对吧",
 f"收不到就打 {MOB('mix')}"])
ML('pii.cn_passport pii.cn_mobile pii.email','evasive','travel agency chat', [
 f"护照号我用中文写：E{render(''.join(R.choice('0123456789') for _ in range(8)),'cn',[8])}",
 f"手机 {MOB('cnsp')}",
 f"邮箱 {EM('quan')}"])
ML('org.dictionary secret.classification_mark secret.internal_mark','formatted','cover page', [
 "绝密★长期",
 "",
 "蓝盾计划实施方案（第三稿）",
 "",
 "内部文件 严禁复制",
 "2025年3月"])
ML('pii.cn_mobile pii.cn_resident_id','evasive','douyin comment thread', [
 "评论区：",
 f"@小镇阿伟：我表哥的身份证{ID('mix')}被人拿去贷款了",
 f"@小镇阿伟：有律师朋友联系我 {MOB('zw')}",
 "@热心网友：赶紧报警啊"])
ML('pii.bank_card pii.cn_uscc secret.internal_mark','formatted','finance reimbursement pasted', [
 "报销单（内部资料）",
 f"收款单位：XX医疗器械有限公司  信用代码 {USCC(kind='91')}",
 f"收款账号：{CARD('sp')}",
 "金额：￥36,800.00"])
ML('secret.document_number org.dictionary pii.email','evasive','evasive forward', [
 "转发自老同事：",
 "国 办 发 〔2024〕 9 号 里提到的那个，其实就是咱们的金 盾 三 期",
 f"详细的我发你 {EM('hash')}"])
ML('pii.cn_mobile pii.cn_resident_id pii.cn_passport','plain','visa help post', [
 "求助：帮我妈办签证，材料都齐了",
 f"身份证{ID()}，护照{PP()}，",
 f"旅行社说要留国内紧急联系人电话，我留的{MOB()}，这样可以吗？"])
ML('secret.internal_mark secret.classification_mark pii.cn_mobile','evasive','voice memo transcription', [
 "[语音转文字] 哎你跟他们讲一下那个文件是秘密★一年的啊 不是内部资料那种 不能随便打印",
 f"[语音转文字] 有事打我{MOB('voice')}"])
ML('pii.cn_uscc pii.cn_resident_id pii.cn_mobile','formatted','enterprise registration form', [
 "企业名称: XX县绿源农业发展有限公司",
 f"统一社会信用代码: {USCC(kind='91')}",
 f"法定代表人: {NM()}  身份证: {ID()}",
 f"联系电话: {MOB('+86')}"])

# ======================= SHORT, two or more labels =======================
C('pii.cn_mobile pii.email','plain','resume contact line', f"求职意向：乡镇社工  电话{MOB()}  邮箱{EM()}")
C('pii.cn_resident_id pii.cn_mobile','plain','insurance claim chat', f"理赔材料：被保险人{NM()}，身份证{ID()}，手机{MOB()}，明天上午去医院复印病历。")
C('pii.bank_card pii.cn_resident_id','plain','pension account', f"养老金账户变更：身份证号{ID()}，新卡号{CARD()}，原卡已挂失。")
C('pii.cn_mobile secret.internal_mark','plain','internal notice with contact', f"本通知为内部文件，如有疑问请联系组织办{NM()}（{MOB()}）。")
C('secret.document_number secret.internal_mark','plain','doc number with 不得外传', f"{DOC('〔〕','县委办发',2025,7)}的附件名单不得外传，请各支部书记阅后销毁电子版。")
C('secret.classification_mark org.dictionary','plain','classified project mention', "天网工程的点位布设图是机密★10年，不能放在外网电脑上。")
C('org.dictionary pii.cn_mobile','plain','project contact', f"XK-9现场调试负责人是{NM()}，电话{MOB()}。")
C('pii.email pii.cn_uscc','formatted','invoice email', f"电子发票请发至{EM(dom='qq.com')}，税号：{USCC(kind='92')}（个体户）")
C('pii.cn_passport pii.cn_mobile','plain','airport pickup', f"明早接机：{NM()}，护照{PP()}，落地后打{MOB()}。")
C('secret.classification_mark secret.document_number','plain','both in a sentence', f"{DOC('〔〕','省委办发',2024,52)}是秘密★2年的，不要上传到OA公共目录。")
C('pii.cn_mobile pii.bank_card','evasive','second-hand sale in qq group', f"出闲置电动车，300块，转{CARD('cn')}，取车联系{MOB('yao')}")
C('pii.cn_resident_id pii.email','formatted','exam registration email', f"报名确认\nName: {NM()}\nID: {ID('dash')}\nEmail: {EM()}")
C('org.dictionary secret.internal_mark','plain','internal project doc', "金盾三期建设方案（内部资料）已印发至各科所队。")
C('org.dictionary secret.document_number','plain','doc about project', f"关于蓝盾计划的那份{DOC('〔〕','市公发',2024,31)}，你那里有纸质版吗？")
C('pii.cn_mobile pii.cn_resident_id','evasive','ocr of id card copy with phone', f"复印件识别：{NM()} {ID('ocrsp')} 电话 {MOB('ocr')}")
C('pii.email secret.internal_mark','formatted','auto-forward disclaimer', f"From: {EM(dom='xxjt.com.cn')}\n本邮件及附件仅供内部参考，未经许可不得外传。")
C('pii.bank_card pii.cn_mobile','formatted','fee refund table', f"学生|退费卡号|家长电话\n{NM()}|{CARD('sp')}|{MOB('sp')}")
C('pii.cn_uscc pii.cn_mobile','plain','contractor registration', f"施工单位统一社会信用代码{USCC(kind='91')}，项目经理{NM()}，手机{MOB()}。")
C('secret.classification_mark secret.internal_mark','evasive','both evaded', "那个文件 机 密 ★ 5 年，而且还盖了 内 部 文 件 的章，你别扫描")
C('pii.cn_passport pii.cn_resident_id','formatted','visa list english', f"Name: {NM()} | ID: {ID()} | Passport: {PP()}")
C('org.dictionary pii.email','evasive','email about project evaded', f"星 火 政 务 平 台 的账号申请发{EM('cn', dom='163.com')}")
C('pii.cn_mobile secret.classification_mark','plain','call to fetch classified', f"机要室通知：有一份绝密★长期的件到了，请{NM()}本人持证来取，不清楚打{MOB()}。")
C('pii.cn_resident_id pii.cn_mobile pii.bank_card','evasive','all in chinese numerals', f"身份证{ID('cn')}，卡号{CARD('cn')}，电话{MOB('cn')}，都发你了")
C('secret.document_number pii.cn_mobile','evasive','doc number and phone evaded', f"按照县政办发〔二〇二四〕八号的要求，有问题打{MOB('voice')}")
C('pii.email pii.cn_mobile','formatted','business card ocr', f"{NM()}\n采购经理 | 国网XX供电公司\nTel: 0851-8562 3301\nMob: {MOB('+86')}\nMail: {EM(dom='gz.sgcc.com.cn')}")
C('pii.cn_uscc pii.bank_card','formatted','payment info', f"收款方：XX县众诚物业管理有限公司\n税号：{USCC(kind='91')}\n账号：{CARD('sp',19)}")
C('secret.internal_mark pii.cn_resident_id','plain','internal list', f"内部名单，不得外传：{NM()} {ID()}（拟提拔）")
C('org.dictionary secret.classification_mark secret.document_number','formatted','doc header line', f"{CLS('秘密','1年')}\n{DOC('〔〕','市公发',2025,12)}\n关于XK-9设备列装的通知")
C('pii.cn_mobile pii.cn_passport','evasive','passport photo ocr', f"资料页识别：Passport No./护照号 {PP('ocr')}  紧急联系电话 {MOB('fw')}")
C('pii.email pii.cn_resident_id','evasive','email and id evaded', f"身份证我写中文：{ID('cnz')}\n扫描件发你 {EM('at')}")
C('pii.bank_card secret.internal_mark','plain','internal finance notice', f"仅供内部参考：上月误付款项已退回至账户{CARD()}。")
C('pii.cn_mobile org.dictionary','evasive','evaded project and phone', f"天.网.工.程 那边的王工电话 {MOB('dot')}")
C('secret.classification_mark pii.email','plain','classified via email warning', f"千万别把秘密★1年的文件发到{EM(dom='qq.com')}这种私人邮箱！")
C('pii.cn_resident_id secret.document_number','plain','social security case', f"根据{DOC('〔〕','人社部发',2023,28)}，{NM()}（身份证{ID()}）符合提前退休条件。")
C('pii.cn_mobile','plain','two phones only mobile label', f"联系人：{NM()} {MOB()} / {NM()} {MOB()}")
C('pii.cn_uscc secret.document_number','formatted','permit list', f"许可决定书\t{DOC('〔〕','县农业农村发',2025,6)}\n被许可单位\t{USCC(kind='93')}")
C('pii.email pii.cn_passport','formatted','conference registration', f"Registration confirmed.\nPassport: {PP()}\nE-mail: {EM(dom='outlook.com')}")
C('pii.bank_card pii.email','evasive','evaded bank card and mail', f"打款 {CARD('dot')}，回执发 {EM('dot')}")
C('secret.internal_mark secret.document_number','formatted','doc header with 内部明电', f"内部明电\n{DOC('〔〕','县委办发',2025,55)}\n特急")
C('pii.cn_resident_id pii.cn_uscc','plain','legal representative', f"法定代表人{NM()}，身份证号{ID()}，公司统一社会信用代码{USCC(kind='91')}。")

# ======================= NEGATIVES =======================
def ND(n, first='123456789'):
    """random digit string guaranteed not to pass Luhn (16-19) / ID check (18) / mobile pattern (11)"""
    while True:
        s = digits(n, first)
        if 16 <= n <= 19 and luhn_ok(s): continue
        if n == 18 and id_check(s[:17]) == s[17]: continue
        if n == 11 and s[0] == '1' and s[1] in '3456789': continue
        return s
N='none'
# --- order / parcel / tracking numbers
C(N,'negative','taobao order complaint', f"订单号 {ND(19,'2')} 买的化肥到现在还没发货，客服也不回")
C(N,'negative','sf express number', f"顺丰单号SF{ND(13,'1')}，家长们查一下教辅资料到哪了")
C(N,'negative','yto tracking', f"圆通 YT{ND(13,'7')} 显示已签收但我没收到")
C(N,'negative','pdd order 16 digits failing luhn', f"拼多多订单编号：{ND(16,'2')}，申请退款中")
C(N,'negative','jd order', f"京东订单{ND(12,'3')}，发票抬头开县第二中学")
C(N,'negative','hospital invoice number', f"门诊收费票据号：{ND(10,'0')}  金额 86.50元")
C(N,'negative','water bill account', f"水费户号{ND(10,'3')}，6月用水12吨，应缴39.6元")
C(N,'negative','electricity account', f"电费户号 {ND(10,'7')}，欠费提醒请及时缴纳")
C(N,'negative','18-digit order failing id check', f"退款流水号 {bad_id()} 已原路退回")
C(N,'negative','18-digit with impossible date', f"资产编号：{bad_date_id()}（不是身份证，是设备码）")
C(N,'negative','19-digit failing luhn', f"交易参考号 {bad_luhn(19)}")
C(N,'negative','16-digit card-like failing luhn grouped', f"卡号 {groups(bad_luhn(16),[4,4,4,4])} 显示无效卡，银行说号码不对")
C(N,'negative','uscc with wrong check char', f"这家公司的信用代码 {bad_uscc()} 查不到，可能是假的")
C(N,'negative','masked id card', "身份证号 4301**********1234 已脱敏")
C(N,'negative','masked phone', "中奖用户：138****5621、159****0032，请联系客服领取")
C(N,'negative','masked bank card', "您尾号6621的储蓄卡于06月12日14:32支出人民币1,200.00元")
C(N,'negative','bank sms with balance', "【XX农商银行】您账户*8842于7月1日收入(工资)4,560.00元，余额12,018.35元。")
# --- public service numbers, landlines
C(N,'negative','12345 hotline', "有问题打12345市民热线，比找村里管用")
C(N,'negative','emergency numbers', "遇到溺水先打120，再打110，别自己下水救人")
C(N,'negative','bank service line', "工行客服95588，转人工按0")
C(N,'negative','landline with area code', "镇政府党政办电话：0745-5223018（工作日8:00-17:30）")
C(N,'negative','400 number', "售后热线 400-820-8820，全国统一")
C(N,'negative','hospital landlines list', "预约挂号：0731-88618888\n急诊：0731-88618120\n投诉：0731-88618000")
C(N,'negative','extension numbers', "内线：医务科8023，护理部8031，总值班8000")
C(N,'negative','12315 consumer', "买到过期食品可以拨打12315投诉")
C(N,'negative','10086', "发短信CXLL到10086查流量")
C(N,'negative','11 digits starting 12', f"工单编号 12{ND(9,'0')}，维修师傅下午上门")
C(N,'negative','11 digits starting 10', f"设备序列号 10{ND(9,'0')}")
C(N,'negative','12 digit number with 13 prefix', f"准考证号 13{ND(10,'0')}，考场在县一中")
C(N,'negative','landline without dash', f"传真 0731{ND(8,'8')}")
# --- student numbers, exam, versions, files
C(N,'negative','student number', f"学号2023{ND(6,'0')}的同学请到教务处领取补发的学生证")
C(N,'negative','exam ticket number', f"中考准考证号：{ND(9,'2')}，考点：县第一中学第12考场")
C(N,'negative','version string', "星火政务App已更新到v3.12.7，修复了扫码闪退")
C(N,'negative','file name with timestamp', "IMG_20250612_143522.jpg 这张是村口路灯坏了的照片")
C(N,'negative','timestamp', "系统日志：2025-06-12 14:35:22.118 [INFO] 用户登录成功")
C(N,'negative','compact timestamp 14 digits', "批次号 20250612143522，共导入记录 356 条")
C(N,'negative','docx filename', "附件：2025年上半年工作总结(定稿)_v3_最终版_真的最终版.docx")
C(N,'negative','git commit hash', "fix: 修复报表导出乱码 (commit 7f3a9c2e)")
C(N,'negative','ip and port', "内网OA地址 http://10.12.3.45:8080/oa ，外网访问不了")
C(N,'negative','ISBN', "教辅书 ISBN 978-7-107-31234-5，家长自行购买")
C(N,'negative','GB standard number', "按GB/T 2260-2007行政区划代码填报")
C(N,'negative','ICP filing', "网站底部：湘ICP备12345678号-1")
C(N,'negative','public security filing', "京公网安备 11010502030143号")
C(N,'negative','drug approval number', "国药准字H20031234，药店有售")
C(N,'negative','license plate', "湘E·8A123 的车主请挪车，堵住卫生院大门了")
C(N,'negative','train number', "G1234次 7车12F，下午三点到长沙南")
C(N,'negative','flight number', "航班CA1502，护照记得带上，别忘了")
# --- document-number near misses
C(N,'negative','typhoon number', "今年第3号台风“蝴蝶”预计周四登陆，各村做好防汛准备")
C(N,'negative','room number', "302号房的病人今天出院，床单被套请及时更换")
C(N,'negative','building number', "8号楼2单元1501号业主反映漏水")
C(N,'negative','metro line', "坐3号线到五一广场站下车")
C(N,'negative','journal issue', "刊发于《乡镇论坛》2024年第12期")
C(N,'negative','bulletin issue', "《镇工作简报》（2025年第6期）已发各村")
C(N,'negative','order with brackets year', "（2025）第二季度订单已全部发货")
C(N,'negative','parcel locker code', "丰巢取件码 386512，柜号 12号")
C(N,'negative','queue number', "您的排队号为A023，前面还有15人")
C(N,'negative','clause numbering', "第三章第十二条第（二）款规定，村民代表会议须有三分之二以上代表参加")
C(N,'negative','football shirt', "他穿10号球衣，踢中场")
C(N,'negative','bus route', "乘坐K12路到县医院站")
C(N,'negative','year in brackets only', "（2023）年度先进个人名单见光荣榜")
C(N,'negative','model number', "美的KFR-35GW空调，3匹")
# --- classification near misses
C(N,'negative','everyday secret', "这是我和同桌之间的秘密，你不许告诉老师！")
C(N,'negative','game mode 绝密', "三角洲行动绝密航天今天又被打了，装备全丢")
C(N,'negative','movie title', "周末看了《绝密飞行》，特效一般")
C(N,'negative','five-star review', "服务态度很好★★★★★，推荐这家卫生院的牙科")
C(N,'negative','trade secret phrase', "劳动合同里有一条保守商业秘密的约定，离职两年内有效")
C(N,'negative','confidentiality training', "下周二下午开展保密教育专题讲座，全体机关干部参加")
C(N,'negative','novel chapter', "第十七章 机密档案室的钥匙\n林默推开门，一股霉味扑面而来……")
C(N,'negative','product name 机密', "这款“机密”系列保险柜有指纹锁，家用够了")
C(N,'negative','secret recipe', "奶奶做腌菜的秘密配方就是多放一勺白酒")
C(N,'negative','star rating with 秘密 film', "《秘密》 豆瓣 ★★★★☆ 8.1分，周杰伦的电影真不错")
C(N,'negative','secret garden book', "给孩子买了《秘密花园》涂色书，挺解压")
C(N,'negative','mystery box', "盲盒里的隐藏款太难抽了，简直是绝密配方")
C(N,'negative','confidentiality agreement', "入职要签保密协议和竞业限制协议，正常流程")
C(N,'negative','password reminder', "WiFi密码是卫生院电话后八位，别外借")
C(N,'negative','star in list', "★ 本周重点工作：\n★ 秸秆禁烧巡查\n★ 医保缴费动员")
C(N,'negative','detective game', "剧本杀《机密任务》今晚8点开车，还差两个人")
C(N,'negative','guess secret', "你猜今年年终奖多少？先保个密，哈哈")
# --- internal near misses
C(N,'negative','internal renovation', "公司内部装修期间，员工请从侧门进出")
C(N,'negative','internal recruitment', "集团内部招聘公告已挂到OA和官网上，欢迎符合条件的职工报名")
C(N,'negative','internal price', "员工内部价买米，比超市便宜两块")
C(N,'negative','internal road', "小区内部道路限速5公里，请大家慢行")
C(N,'negative','internal contradiction', "要正确处理人民内部矛盾，把问题化解在基层")
C(N,'negative','internal control', "医院内部控制制度建设推进会明天召开")
C(N,'negative','internal audit dept', "县审计局对医院开展内部审计工作指导")
C(N,'negative','inside body', "CT显示肝脏内部有一处低密度影，建议复查")
C(N,'negative','internal training', "本周六组织内部培训，内容是新版电子病历系统操作")
C(N,'negative','internal transfer', "学校内部调岗，老王从后勤调到教务")
C(N,'negative','internal matter', "这是我们村内部的事情，自己商量着解决")
C(N,'negative','preserve food', "腊肉要注意保存在阴凉通风处")
C(N,'negative','do not spread rumor', "网上的谣言不要相信，不要外传未经证实的消息")
C(N,'negative','public disclosure', "本村2025年上半年财务收支情况予以公开，接受村民监督")
C(N,'negative','internal wiring', "电箱内部线路老化，电工下午来换")
C(N,'negative','internal meeting room', "三楼内部会议室下午被党建办预约了")
# --- org dictionary near misses
C(N,'negative','天网恢恢 idiom', "天网恢恢疏而不漏，逃了十年还是被抓了")
C(N,'negative','skynet movie', "终结者里的天网要是真的出现就麻烦了")
C(N,'negative','星火计划 historical', "1986年国家实施星火计划，依靠科技振兴农村经济")
C(N,'negative','iflytek spark', "用讯飞星火写了个工作总结，感觉还行")
C(N,'negative','星火燎原', "星星之火，可以燎原")
C(N,'negative','蓝盾 company', "蓝盾股份今天又跌停了")
C(N,'negative','金盾 safe brand', "单位新买的金盾保险柜，密码锁挺好用")
C(N,'negative','XK-90 model', "买了台XK-90型号的割草机，好用")
C(N,'negative','政务平台 generic', "省政务服务平台可以在线办理社保转移")
C(N,'negative','三期工程', "污水处理厂三期工程预计年底完工")
C(N,'negative','天网 surveillance colloquial', "小区门口装了摄像头，大家都叫它天眼")
C(N,'negative','盾 in 蓝色 shield logo', "校徽是一面蓝色的盾牌，中间是一本书")
# --- email near misses
C(N,'negative','weibo mention', "@XX县发布 村口的路灯坏了一个月了，能不能管管")
C(N,'negative','wechat handle', "加我微信：xiaoyu_2025，备注买菜")
C(N,'negative','gov website', "详情请登录县政府门户网站 www.xxx.gov.cn 查看")
C(N,'negative','at as preposition', "Meeting at 3pm in Room 402, bring your laptop.")
C(N,'negative','twitter-like handle', "关注@乡村小王 每天分享种地日常")
C(N,'negative','douyin id', "抖音号：nongjia66888，每晚直播卖土特产")
C(N,'negative','url with @ in path? no - plain url', "报名链接 https://wj.qq.com/s2/1234567/ab12")
C(N,'negative','group mention chain', "@所有人 明天早上8点村委会开会，@王书记 @李主任 请准时")
# --- passport near misses
C(N,'negative','E plus few digits', "停车位E12被占了")
C(N,'negative','G train short', "G6017次列车晚点20分钟")
C(N,'negative','postal code', "邮编 410005，寄到县一中高三年级组")
# --- dates, money, statistics
C(N,'negative','budget table', "项目\t预算(万元)\t已支出\n道路硬化\t120.5\t98.3\n路灯安装\t18.0\t18.0")
C(N,'negative','vaccination stats', "截至6月30日，全镇65岁以上老人体检完成率87.6%，高血压规范管理率72.1%")
C(N,'negative','date range', "公示时间：2025年7月1日—2025年7月7日")
C(N,'negative','money amounts', "今年村集体经济收入38.6万元，比去年增长12.4%")
C(N,'negative','blood test values', "血常规：WBC 6.2×10^9/L，HGB 132 g/L，PLT 218×10^9/L")
C(N,'negative','coordinates', "事发地点经纬度 112.9388, 28.2282")
C(N,'negative','lottery numbers', "双色球 03 08 15 21 27 33 + 09，又没中")
C(N,'negative','weight numbers', "今年稻谷亩产612公斤，比去年多了40斤")

# --- multi-line negatives (pasted notices, rosters, chats without sensitive data)
C(N,'negative','village finance disclosure', "青石村村务公开栏（2025年第二季度）\n一、收入：上级转移支付 12.6万元；集体土地租金 3.2万元\n二、支出：道路维修 4.8万元；保洁员工资 2.4万元\n三、结余：8.6万元\n监督电话：12345\n村务监督委员会  2025年7月5日")
C(N,'negative','shift roster without phones', "内科病区7月排班\n日期|白班|小夜|大夜\n7/1|李护士|王护士|赵护士\n7/2|陈护士|李护士|王护士\n7/3|赵护士|陈护士|李护士\n注：请假找护士长")
C(N,'negative','parent group homework', "【家庭作业】6月18日 三年级二班\n1. 语文：抄写第12课生字，每个3遍\n2. 数学：练习册第45-46页\n3. 英语：听读Unit 5 二十分钟\n明天穿校服，带跳绳。")
C(N,'negative','grid group daily', "网格日报 6月20日\n第一网格：入户走访23户，发现安全隐患2处（已整改）\n第二网格：电动车楼道充电劝离5起\n第三网格：独居老人探访8人次\n明日重点：燃气安全宣传")
C(N,'negative','meeting notice no sensitive', "会议通知\n时间：6月25日（周三）下午2:30\n地点：镇政府四楼会议室\n参会人员：各村支部书记、驻村工作队队长\n议题：秸秆禁烧和防汛工作部署\n请准时参加，不得请假。")
C(N,'negative','soe procurement email no pii', "各位供应商：\n本次询价项目编号为ZB-2025-0612-03，报价截止时间为6月30日17:00，请通过电子采购平台提交，逾期不予受理。\n物资采购部\n2025年6月20日")
C(N,'negative','hospital discharge summary anonymized', "出院小结\n入院日期：2025-06-02  出院日期：2025-06-10\n诊断：社区获得性肺炎\n治疗经过：予头孢曲松抗感染，体温正常3天\n出院医嘱：口服阿莫西林3天，1周后门诊复查")
C(N,'negative','school exam schedule table', "考试科目\t日期\t时间\n语文\t6月26日\t8:30-11:00\n数学\t6月26日\t14:30-16:30\n英语\t6月27日\t8:30-10:30")
C(N,'negative','forum post about pension', "发帖问一下：我爸今年满60周岁，农村养老保险每月能领多少？\n村里说150多，隔壁县好像是180。\n有懂行的朋友吗？谢谢")
C(N,'negative','zhihu answer on civil service', "谢邀。乡镇公务员第一年基本是打杂：写材料、下村、值班、迎检。\n工资到手四千出头，绩效年底发。\n要不要考，看你自己能不能接受离家远。")
C(N,'negative','douyin caption village', "今天带大家看看我们村新修的路🛣️\n以前下雨全是泥，现在电动车随便骑\n#乡村振兴 #我的家乡")
C(N,'negative','system export table no pii', "系统导出｜2025-06-30 17:02\n网格编号|户数|常住人口|流动人口\nWG-01|312|905|44\nWG-02|287|811|67\nWG-03|198|560|12")
C(N,'negative','OCR of public notice', "（图片识别）\n关于暂停供水的通知\n因管道维修，6月22日8:00至18:00城关镇部分区域停水，请居民提前储水。\nXX县自来水公司")
C(N,'negative','voice transcription meeting time', "[语音转文字] 喂老张啊明天开会改到下午三点了啊，地点还是在三楼那个大会议室，你通知一下各村")
C(N,'negative','weibo reply thread', "回复@XX县发布：路灯修好了，点赞！\n回复@路人甲：我们那条路还没修\n回复@XX县发布：已转相关部门处理")
C(N,'negative','email with signature no pii', "王科长：\n附件是本月的设备巡检记录，请审阅。\n\n--\n李明 | 设备管理部\nXX水务集团有限公司\n总机：0731-8466 0000 转 8021")
C(N,'negative','inventory table', "物资名称|规格|数量|存放位置\n沙袋|50kg|2000|镇应急仓库\n救生衣|成人|150|镇应急仓库\n发电机|5kW|3|村委会")
C(N,'negative','hospital internal training notice', "关于开展内部培训的通知\n各科室：\n为提升病历书写质量，定于7月3日组织内部培训，请各科派2人参加。\n医务科")
C(N,'negative','chat about game with 绝密', "群聊：\n阿强：今晚开黑吗\n小飞：打绝密还是机密？\n阿强：绝密吧，机密没意思\n小飞：行，九点")
C(N,'negative','novel excerpt', "第三十章\n“这份文件标着秘密……”她压低声音，把信封塞回抽屉。\n窗外雷声滚滚，像是有人在敲门。")

# --- more varied negatives
C(N,'negative','weather forecast', "气象台预报：明天多云转雷阵雨，24到31度，东南风3级")
C(N,'negative','price list', "新鲜草莓 15元/斤，三斤起送，镇上免费配送")
C(N,'negative','medical insurance amount', "2025年城乡居民医保个人缴费标准400元/人，政府补助不低于670元")
C(N,'negative','invalid mobile-like 10 digits', f"会员编号 {ND(10,'1')}，积分可兑换洗衣液")
C(N,'negative','12 digit phone-ish', f"柜员号 {ND(12,'1')}")
C(N,'negative','card-like 15 digits', f"保单号 {ND(15,'6')}")
C(N,'negative','card-like 20 digits', f"电子发票号码 {ND(20,'2')}")
C(N,'negative','17 digit number', f"取号凭证 {ND(17,'4')}")
C(N,'negative','social security card number 9 chars', "社保卡卡号 M1234567X，不是身份证号")
C(N,'negative','medical record number', "病案号 00235871，住院号 2025061234")
C(N,'negative','bed number', "心内科12床，明早空腹抽血")
C(N,'negative','time list', "早班7:30-15:30，中班15:00-23:00，夜班22:30-8:00")
C(N,'negative','percentage table', "指标\t目标值\t完成值\n门诊量\t12万\t12.8万\n床位使用率\t85%\t91.2%")
C(N,'negative','school grade ranking', "期中考试年级排名：第1名 528分，第2名 521分，第3名 519分")
C(N,'negative','township code', "行政区划代码 430121103，村级代码 430121103201")
C(N,'negative','address', "XX县城关镇解放路128号2栋3单元502室")
C(N,'negative','postal tracking EMS', f"EMS {'E'+ND(8,'1')+'CN'}"[:0] + "EMS挂号信已寄出，单号查询请登录邮政官网")
C(N,'negative','email-like without domain', "发到我的邮箱吧，就是你通讯录里那个")
C(N,'negative','english at sentence', "I'll be at the clinic at 8, see you there.")
C(N,'negative','at symbol in math', "x@y 在这里表示矩阵乘法，不是邮箱")
C(N,'negative','qq group number', f"家长QQ群：{ND(9,'7')}，进群请备注学生姓名")
C(N,'negative','wechat group limit', "群满500人了，新建了二群，扫码加入")
C(N,'negative','lab sample id', f"标本条码 {ND(12,'8')}")
C(N,'negative','asset tag', "固定资产编号 ZC-2025-0318，电脑一台")
C(N,'negative','procurement project code', "项目编号：HNZB-2025-GK-0127")
C(N,'negative','contract number', "合同编号：XXJT-CG-2025-0046")
C(N,'negative','warehouse receipt', "入库单 RK20250612003，数量 120 箱")
C(N,'negative','software license', "激活码 ABCD-EFGH-1234-5678，请勿转借")
C(N,'negative','temperature record', "体温记录：36.5 / 36.8 / 37.2 / 36.6")
C(N,'negative','election count', "村委会换届选举，有效票1324张，张某某得票891")
C(N,'negative','hashtag caption', "#县城生活 #赶集 今天集市人好多，买了两斤韭菜")
C(N,'negative','kuaishou live', "家人们今晚八点直播，土蜂蜜99元两斤，点点关注不迷路")
C(N,'negative','classified ads car', "转让二手五菱宏光，15年的车，跑了12万公里，价格面议")
C(N,'negative','hospital queue sms', "【县人民医院】您已预约6月23日上午内科门诊，就诊序号18，请提前30分钟到院")
C(N,'negative','exam notice ocr', "（OCR）2O25年县直学校公开选调教师考试成绩公示，详见附件")
C(N,'negative','bank branch code', "联行号 103551012345，开户行：农行城关支行")
C(N,'negative','swift code', "SWIFT: ABOCCNBJ，仅用于境外汇款")
C(N,'negative','car vin', "车架号 LSVAU2180N2123456")
C(N,'negative','imei', f"手机串号 IMEI {ND(15,'8')}")
C(N,'negative','electricity meter', f"电表号 {ND(12,'0')}，本月抄表 356 度")
C(N,'negative','id mentioned no number', "办理需要带身份证原件和复印件，户口本也带上")
C(N,'negative','phone mentioned no number', "有事打我电话，号码你有的")
C(N,'negative','bank card mentioned no number', "补贴打到社保卡里了，大家去信用社查一下")
C(N,'negative','passport mentioned no number', "护照过期了要去出入境大厅重新办，带上身份证")
C(N,'negative','credit code mentioned no number', "营业执照上有统一社会信用代码，开票时照着填")
C(N,'negative','secret level words without doc', "保密办提醒：涉密计算机不得连接互联网")
C(N,'negative','security classification as topic', "国家秘密的密级分为绝密、机密、秘密三级，这是保密法的规定")
C(N,'negative','unclassified stamp', "本文件为公开发布，欢迎转载")
C(N,'negative','public notice 主动公开', "（此件主动公开）\n关于2025年夏季防溺水工作的通知")
C(N,'negative','public release', "公开方式：主动公开")
C(N,'negative','cooking secret', "大厨说红烧肉的机密就在于糖色炒得好")
C(N,'negative','secret santa', "年会抽签玩秘密圣诞老人，礼物50元以内")
C(N,'negative','secret ballot', "采用无记名投票方式，投票结果当场公布")
C(N,'negative','top-secret joke', "我的工资是绝密，连我老婆都不知道 哈哈")
C(N,'negative','stars in rating', "环境☆☆☆ 服务☆☆☆☆ 价格☆☆")
C(N,'negative','asterisk footnote', "注*：数据截至2025年6月30日")
C(N,'negative','internal medicine', "内科、外科、妇产科今天都有专家坐诊")
C(N,'negative','inside the village', "村内部分道路积水，出行注意安全")
C(N,'negative','internal organs', "内脏器官彩超检查未见异常")
C(N,'negative','reference only', "以上数据仅供参考，以实际发布为准")
C(N,'negative','for internal use building', "此电梯为员工内部通道，访客请走东侧电梯")
C(N,'negative','do not publicize kid info', "家长们注意：孩子照片发朋友圈时请打码，保护隐私")
C(N,'negative','not public rest', "周末不对外开放，只接待预约团体")
C(N,'negative','not to be spread joke', "这个八卦不许外传啊哈哈，我只跟你说了")
C(N,'negative','tianwang nickname', "我们班主任外号叫“天网”，谁玩手机都逃不过")
C(N,'negative','jindun police website', "公安部网站上有金盾工程的历史介绍，2003年开始建设")
C(N,'negative','lan dun game', "游戏里买了个蓝盾皮肤，防御加20")
C(N,'negative','xinghuo school club', "我们学校有个星火文学社，每周五活动")
C(N,'negative','xk with other number', "XK-12型号的水泵已经停产")
C(N,'negative','xinghuo platform different', "星火教育平台的网课今晚八点开始")
C(N,'negative','document number-like product', "产品批号：2025〔A〕06号批次")
C(N,'negative','court style case referenced loosely', "听说那个案子判了，具体文书还没在网上公开")
C(N,'negative','tax announcement wording', "按照税务局最新公告，小规模纳税人增值税减按1%征收")
C(N,'negative','policy without number', "根据县里最新文件精神，今年起农村危房改造补助提高到3万元")
C(N,'negative','party meeting', "主题党日活动：重温入党誓词，学习党章第一章")
C(N,'negative','lesson plan', "第二课时 教学目标：会认8个生字，会写6个生字")
C(N,'negative','pinyin names', "Zhang Wei, Li Na, Wang Fang — 三位老师负责英语角")
C(N,'negative','english email without address', "Hi all, please send the budget sheet to me by Friday. Thanks, Tom")
C(N,'negative','chinese numerals date', "二〇二五年六月二十日，天气晴")
C(N,'negative','chinese numerals money', "大写金额：壹万贰仟叁佰元整")
C(N,'negative','voice number short', "[语音转文字] 我住在幺栋两单元三零幺，你上来就行")
C(N,'negative','voice time', "[语音转文字] 拐点半集合，洞洞幺车牌那辆车来接")
C(N,'negative','mixed numbers list', "今天入户：3户、5户、7户，合计15户；明天计划12户")
C(N,'negative','fake id too short', "身份证号好像是43012119900307，后面几位记不得了")
C(N,'negative','hotline ocr', "（OCR）服务热线：l2345")
C(N,'negative','repost chain', "//@小镇青年：转发 //@县城日报：今年高考本县一本上线率创新高")
C(N,'negative','qr code text', "扫码关注“XX县卫健委”公众号，获取最新就医指南")
C(N,'negative','group nickname list', "群成员：老王（三组）、小李（会计）、张姐（妇女主任）")
C(N,'negative','timestamp chat log', "[2025-06-20 09:12:33] 张书记：收到\n[2025-06-20 09:13:02] 李主任：收到")
C(N,'negative','spreadsheet of scores', "姓名,语文,数学,英语\n王小明,92,88,95\n李小红,85,97,90")

# ======================= extra positives (balance) =======================
C('pii.cn_passport','plain','teacher exchange program', f"县一中赴日交流教师{NM()}的护照号是{PP()}，请在系统里补录。")
C('pii.cn_passport','plain','soe labor export', f"劳务派遣人员{NM()}护照{PP()}已办好工作签证，下月赴阿联酋项目部。")
C('pii.cn_passport','plain','lost passport report', f"本人不慎遗失普通护照一本，号码{PP()}，声明作废。")
C('pii.cn_passport','formatted','visa form english', f"Surname: {R.choice(['ZHANG','LIU','CHEN','HUANG'])}\nGiven names: {R.choice(['WEI','FANG','JUN','XIA'])}\nPassport number: {PP()}\nDate of expiry: 2034-11-02")
C('pii.cn_passport','formatted','hotel checkin export', f"入住登记|证件类型:护照|证件号:{PP()}|房号:806")
C('pii.cn_passport','evasive','letters spelled out', f"护照号 {(lambda p: ' '.join(p))(pp_raw())} （一个一个念的）")
C('pii.cn_passport','evasive','voice transcription', f"[语音转文字] 护照号是E{render(''.join(R.choice('0123456789') for _ in range(8)),'voice',[8])}你帮我订机票")
C('pii.cn_passport pii.cn_mobile','plain','medical tourism', f"陪同患者出境就医：护照号码{PP()}，家属手机{MOB()}。")
C('pii.cn_uscc','plain','tender winner notice', f"中标单位：XX县建工集团有限公司（统一社会信用代码：{USCC(kind='91')}），中标金额286.5万元。")
C('pii.cn_uscc','plain','village collective', f"村股份经济合作社登记证号{ 'N2' + uscc_raw()[2:] if False else USCC(kind='N2') if False else USCC(kind='91') }，今年分红每股120元。")
C('pii.cn_uscc','plain','school canteen supplier', f"食堂配送商信用代码{USCC(kind='92')}，合同到期前需重新招标。")
C('pii.cn_uscc','formatted','system export line', f"主体名称|主体类型|统一代码|登记状态\n城关镇卫生院|事业单位|{USCC(kind='12')}|正常")
C('pii.cn_uscc','evasive','fullwidth spaced groups', f"代 码：{USCC('fwsp')}")
C('pii.cn_uscc','evasive','lowercase', f"shuihao {USCC().lower()}")
C('pii.cn_uscc pii.email','plain','e-invoice request', f"麻烦开专票，税号{USCC(kind='91')}，发到{EM(dom='126.com')}就行")
C('pii.cn_mobile','plain','township duty phone roster', f"今晚镇政府值班领导{NM()}，值班手机{MOB()}，防汛期间24小时开机。")
C('pii.cn_resident_id','plain','medical insurance reimbursement', f"异地就医备案：参保人{NM()}，身份证{ID()}，备案地长沙。")
C('secret.internal_mark','plain','principal tells teachers', "校长交代：这份考评方案是内部文件，家长群里一个字都不能发。")
C('secret.document_number','plain','village cadre cites doc', f"村主任在广播里说了，按{DOC('〔〕','县农业农村发',2025,19)}，今年种粮补贴每亩多了十块。")
C('org.dictionary','plain','grid chat mentions', "网格员注意：蓝盾计划要求的重点人员走访表，周五前交社区。")
C('secret.classification_mark','plain','hospital infection report', "疫情分析报告是秘密★6个月的，院感科只打印了三份。")
C('pii.bank_card','plain','school subsidy card', f"贫困生助学金打到学生资助卡{CARD()}，家长注意查收。")
C('pii.email','plain','community newsletter submission', f"社区小报征稿，来稿请发{EM(dom='163.com')}，截止本月25日。")
C('pii.cn_mobile pii.cn_resident_id','plain','rental registration', f"房东{NM()}登记租户：身份证{ID()}，电话{MOB()}，已报派出所。")
C('secret.internal_mark secret.classification_mark','plain','training warning', "培训老师说，凡是标了机密★或者内部资料的，一律不准带出办公室，机密★10年那种更不用说。")

# ======================= extra: OCR 口/日 未/末 confusions, more invented evasions =======================
ML('secret.document_number secret.internal_mark','formatted','ocr notice with 口/日 and 末/未', [
 "（扫描件识别，未校对）",
 "XX镇人民政府文件",
 "镇政发〔2O25〕Z1号",
 "关于调整村级后备干部名单的通知",
 "各村（社区）：",
 "……本名单末经批准不得外传。",
 "2025年6月3口"])
ML('pii.cn_resident_id pii.cn_mobile','evasive','ocr of registration form with 日->口', [
 "OCR：",
 (lambda i: f"出生口期 {i[6:10]}年{int(i[10:12])}月{int(i[12:14])}口   公民身份号码 {ocr(i, 2)}")(id_raw()),
 f"联系电话 {MOB('ocr3')}"])
ML('secret.classification_mark secret.document_number','evasive','ocr of classified header', [
 "（影印件OCR）",
 "秘密★l年",
 "县委办发〔2O24〕S号",
 "口期：2024年11月8口"])
C('pii.cn_mobile','evasive','pinyin digits', f"号码：{''.join(['ling','yao','er','san','si','wu','liu','qi','ba','jiu'][int(c)] + ' ' for c in mob_raw()).strip()}")
C('pii.email','evasive','小老鼠 for @', f"邮箱是{EUSER()} 小老鼠 126.com，你懂的")
C('pii.email','evasive','描述 at as 圈圈', f"发到 {EUSER()} 圈圈a sina 点 com")
C('secret.document_number','evasive','pinyin in agency code', "按国办fa〔2023〕12号那个文办，别提具体名字")
C('secret.classification_mark','evasive','financial numeral period', "右上角印着 机 密 ☆ 伍 年，你自己看着办")
C('pii.cn_resident_id','evasive','split across two chat messages', f"[09:01] 老李：身份证前面是{(lambda s: s[:10] + chr(10) + '[09:01] 老李：后面' + s[10:])(id_raw())}")
C('pii.bank_card','evasive','card split across messages', f"[14:20] 会计：卡号发你，分两条\n[14:20] 会计：{(lambda s: s[:10] + chr(10) + '[14:21] 会计：' + s[10:])(card_raw(19))}")
C('org.dictionary','evasive','code with fullwidth hyphen and space', "X K－9 的资料在我U盘里")
C('secret.internal_mark','evasive','ocr 末 in 不得外传 context', "OCR：内部文件，末经允许不得外传")
C(N,'negative','ocr date confusion', "（OCR）会议时间：2025年7月1口上午9时，地点：县委党校")
C(N,'negative','ocr 末 confusion', "OCR：本表末尾请签字确认，未签字无效")
C(N,'negative','pinyin digits short', "房间号 san ling yao，上来就行")
C(N,'negative','小老鼠 as pet', "家里闹小老鼠，卫生院旁边的五金店有粘鼠板卖")

# ======================= WRITER =======================
LABELS = ['pii.cn_resident_id','pii.cn_mobile','pii.bank_card','pii.cn_uscc','pii.cn_passport','pii.email',
          'secret.classification_mark','secret.internal_mark','secret.document_number','org.dictionary','none']
FORMS = ['plain','formatted','evasive','negative']
INVIS = {'\u200b','\u200c','\u200d','\u200e','\u200f','\u2060','\ufeff','\ufe0f','\u00ad'}
def esc(t):
    t = ''.join('\\u%04x' % ord(c) if c in INVIS else c for c in t)
    return '\n'.join(('\\u003d' + l[1:]) if l.startswith('===') else l for l in t.split('\n'))
def main(path='/work/blind8/blind8.txt'):
    out = ['# blind8: held-out evaluation set for the pre-publication check tool (round 8).',
           '# Material: township government, street/community office, public hospital, county school, SOE.',
           '# Format: "=== <labels> -- <form> <description>" then the case text; \\uXXXX marks invisible chars.',
           '# All identifiers are fake but pass their check digits; generated by gen_heldout8.py (seed 8260751).']
    for labels, form, desc, text in CASES:
        labs = ' '.join(dict.fromkeys(labels.split()))
        assert all(l in LABELS for l in labs.split()), labs
        assert form in FORMS and ((form == 'negative') == (labs == 'none')), (labs, form, desc)
        assert text.strip(), desc
        out.append('=== %s -- %s %s' % (labs, form, desc))
        out.append(esc(text.rstrip('\n')))
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('wrote', len(CASES), 'cases to', path)

if __name__ == '__main__':
    main()
