# -*- coding: utf-8 -*-
"""gen_heldout9.py: generator for blind9.txt beside it (round-9 held-out set for the pre-publication check tool).
Fixed seed; computes GB 11643 (ID), Luhn (bank card) and GB 32100 + GB 11714 (USCC) check characters itself;
near misses are built to fail those checks.  Run: python3 gen_heldout9.py"""
import os
import random, re

SEED = 20261207
R = random.Random(SEED)

# ---------------------------------------------------------------- validators
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = '10X98765432'
def id_check(s17):
    return ID_C[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]
def id_valid(s):
    return bool(re.fullmatch(r'\d{17}[\dXx]', s)) and id_check(s[:17]) == s[17].upper()

def luhn_digit(partial):
    tot = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def luhn_valid(s):
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]

USCC_CS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55
def org_check(s8):
    v = 11 - sum(_orgval(c) * w for c, w in zip(s8, ORG_W)) % 11
    return 'X' if v == 10 else ('0' if v == 11 else str(v))
def uscc_check(s17):
    v = 31 - sum(USCC_CS.index(c) * w for c, w in zip(s17, USCC_W)) % 31
    return USCC_CS[0 if v == 31 else v]
def uscc_valid(s):
    s = s.upper()
    if len(s) != 18 or any(c not in USCC_CS for c in s): return False
    return uscc_check(s[:17]) == s[17] and org_check(s[8:16]) == s[16]

# ---------------------------------------------------------------- names etc.
SUR = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢熊')
GIV = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞',
       '平', '刚', '桂英', '建华', '文', '华', '红梅', '志强', '玉兰', '海燕', '小红', '春生', '国庆', '宇航', '梓涵', '一诺',
       '浩然', '子轩', '雨桐', '思远', '晓东', '建国', '德明', '金凤', '翠花', '振华', '佳怡', '俊杰', '欣怡', '永红']
PY_S = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'hu', 'zhu', 'gao', 'lin',
        'he', 'guo', 'ma', 'luo', 'xie', 'tang', 'han', 'feng', 'deng', 'peng', 'xiong', 'yuan']
PY_G = ['wei', 'fang', 'min', 'jing', 'li', 'qiang', 'lei', 'jun', 'yang', 'yong', 'yan', 'jie', 'juan', 'tao', 'ming',
        'chao', 'xiuying', 'hua', 'hui', 'ping', 'gang', 'xia', 'bin', 'peng', 'dan', 'xin', 'yu', 'hao', 'kai', 'jianguo',
        'zihan', 'yinuo', 'haoran', 'siyuan', 'xiaodong']

def name(): return R.choice(SUR) + R.choice(GIV)
def sur(): return R.choice(SUR)

AREAS = ['420102', '420106', '420111', '421126', '421127', '422801', '430104', '430521', '431121', '510107', '511321',
         '330102', '330382', '320106', '321281', '370203', '371327', '410105', '411524', '441303', '445221', '350203',
         '610113', '500103', '500235', '130102', '220104', '360102', '362427', '340104', '341222', '450103', '520102',
         '530102', '420683', '429004', '421087', '420921']

def gen_id(minyear=1955, maxyear=2004):
    while True:
        y = R.randint(minyear, maxyear); m = R.randint(1, 12); d = R.randint(1, 28)
        s17 = R.choice(AREAS) + '%04d%02d%02d' % (y, m, d) + '%03d' % R.randint(1, 999)
        s = s17 + id_check(s17)
        if s.isdigit() and luhn_valid(s):
            continue   # avoid an ID that would also look like a Luhn-valid card
        return s

def gen_id_x():
    while True:
        s = gen_id()
        if s.endswith('X'): return s

def bad_id():
    while True:
        s = gen_id()
        wrong = R.choice([c for c in '0123456789X' if c != s[17]])
        b = s[:17] + wrong
        if not id_valid(b) and not (b.isdigit() and luhn_valid(b)):
            return b

BINS = [('622202', 19), ('621226', 19), ('622848', 19), ('621700', 19), ('436742', 16), ('622588', 16), ('621483', 16),
        ('622262', 19), ('621661', 19), ('622150', 19), ('623058', 19), ('621799', 19), ('622908', 16), ('625966', 16),
        ('623668', 19), ('621098', 19)]
def gen_card(length=None):
    b, L = R.choice(BINS)
    if length: L = length
    p = b + ''.join(R.choice('0123456789') for _ in range(L - len(b) - 1))
    return p + luhn_digit(p)
def bad_card(L=None):
    c = gen_card(L)
    w = str((int(c[-1]) + R.randint(1, 9)) % 10)
    return c[:-1] + w

MOB_P = ['138', '139', '135', '136', '137', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188', '130',
         '131', '132', '155', '156', '185', '186', '133', '153', '180', '181', '189', '177', '199', '166', '191', '195',
         '198', '176', '173', '147', '178', '175', '193']
def gen_mob():
    return R.choice(MOB_P) + ''.join(R.choice('0123456789') for _ in range(8))

PP_L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
def gen_pp():
    k = R.random()
    if k < 0.55: return 'E' + ''.join(R.choice('0123456789') for _ in range(8))
    if k < 0.85: return 'E' + R.choice('ABCDEFGHJK') + ''.join(R.choice('0123456789') for _ in range(7))
    return 'G' + ''.join(R.choice('0123456789') for _ in range(8))

UAREAS = ['420102', '420106', '421127', '421126', '430104', '510107', '330102', '320106', '441303', '610113', '500103',
          '420683', '429004', '421087', '420921', '422801']
def gen_uscc(kind=None):
    kind = kind or R.choice(['91'] * 8 + ['92'])
    while True:
        if kind in ('91', '92', '52') and R.random() < 0.8:
            body = 'MA' + ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))
        else:
            body = ''.join(R.choice('0123456789') for _ in range(8))
        oc = org_check(body)
        s17 = kind + R.choice(UAREAS) + body + oc
        s = s17 + uscc_check(s17)
        if s.isdigit() and (id_valid(s) or luhn_valid(s)):
            continue
        if not all(_safe_run(run) for run in re.findall(r'\d+', s)):
            continue
        return s
def bad_uscc():
    s = gen_uscc()
    w = R.choice([c for c in USCC_CS if c != s[17]])
    b = s[:17] + w
    assert not uscc_valid(b)
    if b.isdigit() and (id_valid(b) or luhn_valid(b)): return bad_uscc()
    if not all(_safe_run(run) for run in re.findall(r'\d+', b)): return bad_uscc()
    return b

DOMS = ['163.com', '163.com', '126.com', 'qq.com', 'qq.com', 'sina.com', 'foxmail.com', 'outlook.com', '139.com',
        'yeah.net', 'sohu.com', 'aliyun.com']
def gen_mail(dom=None):
    d = dom or R.choice(DOMS)
    if d == 'qq.com' and R.random() < 0.6:
        u = str(R.randint(10000000, 3999999999))
    else:
        k = R.random()
        s, g = R.choice(PY_S), R.choice(PY_G)
        if k < 0.3: u = s + g + str(R.randint(1970, 2005))
        elif k < 0.5: u = s + '.' + g
        elif k < 0.7: u = g + s[0] + str(R.randint(10, 999))
        elif k < 0.85: u = s[0] + g + '_' + str(R.randint(1, 99))
        else: u = s + g
    return u + '@' + d

CLS = ['秘密★1年', '秘密★5年', '秘密★10年', '机密★10年', '机密★5年', '机密★20年', '绝密★长期', '绝密★30年',
       '秘密★2027年6月30日', '机密★2026年12月31日', '秘密★2028年3月1日', '机密★长期', '秘密★3年', '机密★15年']
DICT = ['天网工程', '蓝盾计划', '星火政务平台', 'XK-9', '金盾三期']
INTM = ['内部资料', '内部文件', '内部资料 注意保存', '内部文件 不得外传', '仅供内部参考', '内部传阅', '不予公开',
        '内部资料，不得外传', '内部资料·注意保存', '内部文件，注意保存', '内部传阅 不得外传']

DOCI = {
    'gen': ['国办发', '国发', '中办发', '鄂政办函', '鄂政发', '湘政办发', '黄政办发', '浠政办〔X〕', '川府办发', '浙政办发'],
    'court': ['法发', '法', '法办', '鄂高法', '湘高法', '黄中法', '浠法', '蕲法办', '法〔X〕民', '鄂高法办'],
    'police': ['公通字', '公传发', '鄂公传发', '黄公通', '浠公发', '川公办', '鄂公治', '公治安'],
    'edu': ['教高', '教高厅函', '教学厅', '教研函', '江大校发', '江大研字', '鄂教高', '江大人字', '江大学工'],
    'bank': ['银发', '银办发', '武银发', '银保监办发', '金规', '鄂银保监发', '黄银发', '农银鄂发'],
    'tax': ['税总征科发', '税总办发', '税总函', '鄂税发', '黄税发', '浠税函', '税总货劳函', '财税'],
    'build': ['建质', '建办质', '鄂建文', '黄住建发', '建市', '建办市', '浠住建', '鄂建办'],
    'agri': ['农经发', '鄂农发', '黄农', '农办经', '浠农发', '中农发', '鄂农计发', '供销合字'],
    'logi': ['国邮发', '交运发', '鄂邮管', '国邮办发', '交办运', '鄂交运', '黄交发'],
    'res': ['民发', '鄂民政发', '江汉政办', '民意街办发', '唐家墩街发', '黄民发', '社区发', '浠民函'],
    'com': ['商电发', '市监网监发', '国市监网监发', '商办电函', '鄂市监发', '黄市监发', '网信办发'],
}
def gen_doc(kind='gen'):
    iss = R.choice(DOCI.get(kind, DOCI['gen']))
    iss = iss.replace('〔X〕', '')
    y = R.choice([2022, 2023, 2023, 2024, 2024, 2024, 2025, 2025, 2026])
    n = R.choice([R.randint(1, 20), R.randint(1, 60), R.randint(1, 150)])
    return iss, str(y), str(n)

CN = '零一二三四五六七八九'
CNY = '〇一二三四五六七八九'
DAXIE = '零壹贰叁肆伍陆柒捌玖'
CIRC = '⓪①②③④⑤⑥⑦⑧⑨'
KEYC = ['0️⃣', '1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣', '7️⃣', '8️⃣', '9️⃣']
FW = str.maketrans('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@.', '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ－＠．')
ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u2063', '\u180e']
INVIS = set(ZW) | {'\u00ad', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2061', '\u2062', '\u2063', '\u180e'}

def fw(s): return s.translate(FW)
def cnd(s, zero='零', yao=False):
    out = []
    for c in s:
        if c.isdigit():
            ch = CN[int(c)]
            if c == '0': ch = zero
            if c == '1' and yao: ch = '幺'
            out.append(ch)
        else: out.append(c)
    return ''.join(out)
def zw_insert(s, k=None):
    z = R.choice(ZW) if k is None else k
    pos = sorted(R.sample(range(1, len(s)), min(len(s) - 1, R.randint(1, 3))))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p]); out.append(z); last = p
    out.append(s[last:])
    return ''.join(out)
def groups(s, sizes, sep=' '):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s): out.append(s[i:])
    return sep.join(x for x in out if x)
OCR_D = {'0': ['O', 'o', 'D'], '1': ['l', 'I', '|'], '5': ['S'], '8': ['B'], '2': ['Z'], '6': ['b'], '9': ['g'], '7': ['T'], '3': ['З'], '4': ['q']}
def ocr_digits(s, n=None):
    idx = [i for i, c in enumerate(s) if c in OCR_D]
    if not idx: return s
    n = n or R.randint(1, min(3, len(idx)))
    ch = set(R.sample(idx, min(n, len(idx))))
    return ''.join(R.choice(OCR_D[c]) if i in ch else c for i, c in enumerate(s))

# ---------------------------------------------------------------- near-miss numbers
def _digits(n, first='123456789'):
    return R.choice(first) + ''.join(R.choice('0123456789') for _ in range(n - 1))
def _safe_run(s):
    """True if a digit run cannot be mistaken for a valid identifier."""
    if s.isdigit():
        if len(s) == 11 and re.fullmatch(r'1[3-9]\d{9}', s): return False
        if 16 <= len(s) <= 19 and luhn_valid(s): return False
        if len(s) == 18 and id_valid(s): return False
        if len(s) == 17 and id_valid(s + 'X'): return False
    return True
def safe_digits(n, first='123456789'):
    while True:
        s = _digits(n, first)
        if _safe_run(s): return s

def nm_order():
    k = R.random()
    if k < 0.35: return safe_digits(19, '2345')
    if k < 0.6: return '24' + R.choice(['1205', '1118', '0930', '1011']) + '-' + safe_digits(15, '0123456789')
    if k < 0.8: return 'DD' + safe_digits(16)
    return safe_digits(18, '3456789')
def nm_ts():
    k = R.random()
    if k < 0.4: return '2024%02d%02d%02d%02d%02d' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    if k < 0.7: return '17' + safe_digits(8, '0123456789')
    return '17' + safe_digits(11, '0123456789')
def nm_inv():
    return R.choice(['24', '25']) + '42' + safe_digits(16, '0123456789')
def nm_track():
    k = R.random()
    if k < 0.3: return 'SF' + safe_digits(13)
    if k < 0.5: return 'YT' + safe_digits(13)
    if k < 0.7: return '7' + safe_digits(13, '0123456789')
    if k < 0.85: return 'JDX0' + safe_digits(11)
    return '4' + safe_digits(14, '0123456789')
def nm_land():
    k = R.random()
    if k < 0.3: return '027-' + safe_digits(8, '5678')
    if k < 0.5: return '0713-' + safe_digits(7, '2345678')
    if k < 0.7: return '(0716)' + safe_digits(7, '2345678')
    if k < 0.85: return '0710-' + safe_digits(7, '2345678')
    return '027 ' + safe_digits(4, '5678') + ' ' + safe_digits(4, '0123456789')
def nm_400():
    a, b = safe_digits(3), safe_digits(4, '0123456789')
    return R.choice(['400-%s-%s', '400 %s %s', '400%s%s', '400-%s%s']) % (a, b)
def nm_mmob():
    m = gen_mob(); return R.choice([m[:3] + '****' + m[7:], m[:3] + '****' + m[7:], m[:3] + 'xxxx' + m[7:], m[:3] + '*****' + m[8:]])
def nm_badmob():
    m = gen_mob()
    k = R.random()
    if k < 0.4: return m[:10]
    if k < 0.7: return m + R.choice('0123456789')
    return R.choice(['10', '11', '12']) + m[2:]
def nm_mid():
    s = gen_id(); return R.choice([s[:6] + '*' * 8 + s[14:], s[:4] + '*' * 10 + s[14:], s[:3] + '*' * 11 + s[14:], s[:1] + '*' * 16 + s[17:]])
def nm_mcard():
    c = gen_card(); return R.choice([c[:4] + ' **** **** ' + c[-4:], c[:6] + '******' + c[-4:], '**** **** **** ' + c[-4:]])
def nm_badpp():
    return R.choice(['E' + safe_digits(7), 'E' + safe_digits(9), 'EA' + safe_digits(6)])
CASE_T = ['民初', '民终', '执', '刑初', '行初', '执保', '民特', '财保']
def nm_case():
    return '（%d）鄂%s%s%d号' % (R.choice([2023, 2024, 2025]), R.choice(['1127', '1126', '11', '0102', '1182']), R.choice(CASE_T), R.randint(12, 4999))
def nm_icp():
    return R.choice(['鄂', '京', '浙', '粤']) + 'ICP备' + str(R.randint(2015, 2025)) + safe_digits(6, '0123456789') + '号' + R.choice(['', '-1', '-2'])
def nm_plate():
    tail = R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') + ''.join(R.choice('0123456789') for _ in range(3)) + R.choice('0123456789ABCDEFGHJK')
    return R.choice(['鄂A', '鄂J', '鄂E', '湘A', '鄂H']) + R.choice(['·', '', ' ']) + tail
NAMED = {
    'x_order': nm_order, 'x_ts': nm_ts, 'x_inv': nm_inv, 'x_track': nm_track, 'x_land': nm_land, 'x_400': nm_400,
    'x_mmob': nm_mmob, 'x_badmob': nm_badmob, 'x_mid': nm_mid, 'x_mcard': nm_mcard, 'x_badpp': nm_badpp,
    'x_case': nm_case, 'x_icp': nm_icp, 'x_plate': nm_plate,
    'x_badid': bad_id, 'x_badcard': bad_card, 'x_baduscc': bad_uscc,
    'x_tail': lambda: gen_mob()[-4:], 'x_ext': lambda: str(R.randint(8001, 8899)),
    'x_qq': lambda: safe_digits(9), 'x_stu': lambda: '20' + R.choice(['21', '22', '23', '24']) + safe_digits(9, '0123456789'),
    'x_emp': lambda: safe_digits(6), 'x_code': lambda: safe_digits(6, '0123456789'),
    'x_zip': lambda: R.choice(['430000', '438000', '435500', '436000', '430015']),
    'x_acct': lambda: safe_digits(10, '123'),
    'x_nsfc': lambda: safe_digits(8, '4567'), 'x_queue': lambda: str(R.randint(101, 399)),
    'x_invcode': lambda: '0' + safe_digits(11, '4'), 'x_inv8': lambda: safe_digits(8, '0'),
    'x_cnt': lambda: str(R.randint(40, 260)), 'x_lic': lambda: 'J' + safe_digits(13, '5'),
    'x_batch': lambda: 'PC' + str(R.randint(2024, 2025)) + safe_digits(6, '0123456789'),
    'x_contract': lambda: 'HT-%d-%04d' % (R.choice([2024, 2025]), R.randint(1, 999)),
    'x_room': lambda: str(R.randint(1, 30)) + '栋' + str(R.randint(1, 4)) + '单元' + str(R.randint(101, 2604)),
}


# every evasion kind is used at least once before kinds repeat at random
FORCE = {}
def pick(label, opts):
    q = FORCE.setdefault(label, [])
    for kk in q:
        if kk in opts:
            q.remove(kk); return kk
    return R.choice(opts)
def init_force():
    full = {
        'mob': ['cn', 'yao', 'zw', 'emoji', 'keycap', 'circ', 'ocr', 'split', 'mix', 'daxie', 'dots', 'linebreak', 'rlo', 'split_v', 'spaced'],
        'sfz': ['cn', 'zw', 'split', 'ocr', 'circ', 'dots', 'birth', 'lines', 'daxie', 'cn_x', 'split_v', 'spaced'],
        'card': ['cn', 'zw', 'split', 'emoji', 'ocr', 'mix', 'daxie', 'lines', 'rev_groups', 'split_v'],
        'pp': ['cyr', 'cn', 'letter', 'zw', 'low', 'ocr', 'letter_v'],
        'uscc': ['zw', 'ocr', 'lines', 'cn', 'spaced', 'split'],
        'mail': ['at', 'bat', 'hash', 'aite', 'pig', 'quana', 'spaced', 'jh', 'zw', 'dian'],
        'cls': ['zw', 'trad', 'homo', 'star', 'spaced', 'dot', 'vert', 'circ', 'strike', 'ocr'],
        'doc': ['odd', 'cnnum', 'zw', 'dots', 'nobrk', 'ocr', 'pinyin', 'lines', 'ocr2', 'voice'],
        'intm': ['zw', 'trad', 'pinyin', 'slash', 'emoji', 'homo', 'spacedfull', 'hashtag', 'ocr'],
        'dic': ['zw', 'pinyin', 'sep', 'trad', 'emoji', 'split', 'digit', 'roman'],
        'xk': ['greek', 'cndash', 'spaced', 'emdash', 'zw', 'under', 'circ'],
    }
    for k, v in full.items():
        v = list(v); R.shuffle(v); FORCE[k] = v

# ---------------------------------------------------------------- renderers
def _p(s): return s
def r_mob(m, mode, fl):
    if mode == 'plain': return m, None
    if mode == 'formatted':
        k = R.choice(['sp', 'dash', 'p86', 'p86b', 'fw', 'p86c'])
        return {'sp': groups(m, [3, 4, 4]), 'dash': groups(m, [3, 4, 4], '-'), 'p86': '+86 ' + groups(m, [3, 4, 4]),
                'p86b': '+86' + m, 'fw': fw(m), 'p86c': '(+86)' + groups(m, [3, 4, 4], '-'), 'sp2': groups(m, [3, 3, 5])}[k], 'formatted'
    opts = ['cn', 'yao', 'zw', 'emoji', 'keycap', 'circ', 'ocr', 'split', 'mix', 'daxie', 'dots', 'linebreak', 'rlo']
    if 'voice' in fl: opts = ['cn', 'yao', 'yao', 'mix', 'split_v']
    if 'ocr' in fl: opts = ['ocr', 'ocr', 'linebreak', 'spaced']
    k = pick('mob', opts)
    g = [m[:3], m[3:7], m[7:]]
    if k == 'cn': return cnd(m, R.choice(['零', '〇'])), 'Chinese numerals'
    if k == 'yao': return '，'.join(cnd(x, yao=True) for x in g) if R.random() < .5 else cnd(m, yao=True), 'spoken digits with 幺'
    if k == 'zw': return zw_insert(m), 'zero-width chars inside'
    if k == 'emoji':
        e = R.choice(['🌸', '💰', '🐷', '🍀', '⭐', '🔥']); return e.join(g), 'emoji separators'
    if k == 'keycap': return ''.join(KEYC[int(c)] for c in m), 'keycap emoji digits'
    if k == 'circ': return ''.join(CIRC[int(c)] for c in m), 'circled digits'
    if k == 'ocr': return ocr_digits(m), 'letter look-alikes for digits'
    if k == 'split': return '前三位%s，中间%s，尾号%s' % tuple(g), 'number split in labelled parts'
    if k == 'split_v': return '%s 然后%s 最后是%s' % (g[0], cnd(g[1]), cnd(g[2])), 'spoken in parts'
    if k == 'mix': return g[0] + cnd(g[1], yao=R.random() < .5) + g[2], 'mixed Arabic and Chinese digits'
    if k == 'daxie': return ''.join(DAXIE[int(c)] for c in m), 'financial numerals'
    if k == 'dots': return R.choice(['.', '·', '/', '_']).join(m), 'separator after every digit'
    if k == 'spaced': return ' '.join(m), 'OCR spaced digits'
    if k == 'linebreak': return g[0] + g[1] + '\n' + g[2], 'line break inside number'
    if k == 'rlo': return '\u202e' + m[::-1] + '\u202c', 'right-to-left override, digits stored reversed'
def r_sfz(s, mode, fl):
    if mode == 'plain': return s, None
    if mode == 'formatted':
        k = R.choice(['sp', 'dash', 'fw', 'low', 'sp4'])
        if k == 'low' and not s.endswith('X'): k = 'sp'
        return {'sp': groups(s, [6, 8, 4]), 'dash': groups(s, [6, 8, 4], '-'), 'fw': fw(s), 'low': s[:17] + 'x',
                'sp4': groups(s, [4, 4, 4, 4, 2])}[k], 'formatted'
    opts = ['cn', 'zw', 'split', 'ocr', 'circ', 'dots', 'birth', 'lines', 'daxie']
    if 'voice' in fl: opts = ['cn', 'cn_x', 'split_v']
    if 'ocr' in fl: opts = ['ocr', 'ocr', 'spaced', 'lines']
    k = pick('sfz', opts)
    if k == 'cn': return cnd(s, R.choice(['零', '〇'])), 'Chinese numerals'
    if k == 'cn_x': return cnd(s[:17]) + ('叉' if s[17] == 'X' else cnd(s[17])), 'spoken digits'
    if k == 'zw': return zw_insert(s), 'zero-width chars inside'
    if k == 'split': return '前六位%s，中间%s，后四位%s' % (s[:6], s[6:14], s[14:]), 'number split in labelled parts'
    if k == 'split_v': return '%s 生日%s 后面%s' % (cnd(s[:6]), s[6:14], cnd(s[14:])), 'spoken in parts'
    if k == 'ocr': return ocr_digits(s), 'letter look-alikes for digits'
    if k == 'circ': return ''.join(CIRC[int(c)] if c.isdigit() else c for c in s), 'circled digits'
    if k == 'dots': return R.choice(['.', '-', '/']).join(s), 'separator after every char'
    if k == 'birth': return s[:6] + '+' + s[6:14] + '+' + s[14:], 'plus-joined segments'
    if k == 'lines': return s[:9] + '\n' + s[9:], 'line break inside number'
    if k == 'spaced': return ' '.join(s), 'OCR spaced digits'
    if k == 'daxie': return ''.join(DAXIE[int(c)] if c.isdigit() else c for c in s), 'financial numerals'
def r_card(c, mode, fl):
    if mode == 'plain': return c, None
    if mode == 'formatted':
        k = R.choice(['sp', 'sp', 'dash', 'fw'])
        return {'sp': groups(c, [4] * 5), 'dash': groups(c, [4] * 5, '-'), 'fw': fw(groups(c, [4] * 5))}[k], 'formatted'
    opts = ['cn', 'zw', 'split', 'emoji', 'ocr', 'mix', 'daxie', 'lines', 'rev_groups']
    if 'voice' in fl: opts = ['cn', 'cn', 'split_v']
    if 'ocr' in fl: opts = ['ocr', 'ocr', 'lines']
    k = pick('card', opts)
    if k == 'cn': return cnd(c, R.choice(['零', '〇'])), 'Chinese numerals'
    if k == 'zw': return zw_insert(c), 'zero-width chars inside'
    if k == 'split': return '前面%s，后面%s' % (groups(c[:8], [4, 4]), groups(c[8:], [4, 4, 4])), 'number split in two parts'
    if k == 'split_v': return '%s 然后是 %s' % (cnd(c[:8]), cnd(c[8:])), 'spoken in parts'
    if k == 'emoji': return R.choice(['💳', '✨', '👉', '🔸']).join(groups(c, [4] * 5).split(' ')), 'emoji separators'
    if k == 'ocr': return ocr_digits(groups(c, [4] * 5)), 'letter look-alikes for digits'
    if k == 'mix': return c[:6] + cnd(c[6:12]) + c[12:], 'mixed Arabic and Chinese digits'
    if k == 'daxie': return ''.join(DAXIE[int(x)] for x in c), 'financial numerals'
    if k == 'lines': return groups(c, [4] * 5, R.choice(['\n', ' \n'])), 'one group per line'
    if k == 'rev_groups':
        g = groups(c, [4] * 5).split(' ')
        return '、'.join('第%d组%s' % (i + 1, x) for i, x in enumerate(g)), 'numbered groups'
CYR = {'E': 'Е', 'A': 'А', 'B': 'В', 'C': 'С', 'K': 'К', 'H': 'Н', 'M': 'М', 'T': 'Т', 'X': 'Х', 'P': 'Р'}
def r_pp(p, mode, fl):
    if mode == 'plain': return p, None
    if mode == 'formatted':
        k = R.choice(['sp', 'fw', 'sp2', 'colon'])
        if k == 'sp': return (p[:2] + ' ' + p[2:] if p[1].isalpha() else p[0] + ' ' + groups(p[1:], [4, 4])), 'formatted'
        if k == 'fw': return fw(p), 'formatted'
        if k == 'sp2': return groups(p, [1 if p[1].isdigit() else 2, 3, 5 if p[1].isdigit() else 4]), 'formatted'
        return 'No.' + p, 'formatted'
    opts = ['cyr', 'cn', 'letter', 'zw', 'low', 'ocr']
    if 'voice' in fl: opts = ['cn', 'letter_v']
    if 'ocr' in fl: opts = ['ocr', 'ocr', 'cyr']
    k = pick('pp', opts)
    if k == 'cyr': return CYR[p[0]] + p[1:], 'Cyrillic look-alike letter'
    if k == 'cn': return p[:2] + cnd(p[2:]) if p[1].isalpha() else p[0] + cnd(p[1:]), 'Chinese numerals'
    if k == 'letter': return '字母%s加%s' % ((p[:2], p[2:]) if p[1].isalpha() else (p[0], p[1:])), 'letter spelled out'
    if k == 'letter_v': return '大写的%s %s' % ((p[:2], cnd(p[2:])) if p[1].isalpha() else (p[0], cnd(p[1:]))), 'spoken letter and digits'
    if k == 'zw': return zw_insert(p), 'zero-width chars inside'
    if k == 'low': return p.lower(), 'lowercase letters'
    if k == 'ocr': return p[:2] + ocr_digits(p[2:]), 'letter look-alikes for digits'
def r_uscc(u, mode, fl):
    if mode == 'plain': return u, None
    if mode == 'formatted':
        k = R.choice(['sp', 'fw', 'low', 'dash'])
        return {'sp': groups(u, [4, 4, 4, 4, 2]), 'fw': fw(u), 'low': u.lower(), 'dash': groups(u, [2, 6, 9, 1], '-')}[k], 'formatted'
    opts = ['zw', 'ocr', 'lines', 'cn', 'spaced', 'split']
    if 'ocr' in fl: opts = ['ocr', 'ocr', 'lines', 'spaced']
    if 'voice' in fl: opts = ['cn', 'split']
    k = pick('uscc', opts)
    if k == 'zw': return zw_insert(u), 'zero-width chars inside'
    if k == 'ocr': return ocr_digits(u, 2), 'OCR misread characters'
    if k == 'lines': return u[:9] + '\n' + u[9:], 'line break inside code'
    if k == 'cn': return cnd(u), 'digits as Chinese numerals'
    if k == 'spaced': return ' '.join(u), 'spaced characters'
    if k == 'split': return '前8位%s，后10位%s' % (u[:8], u[8:]), 'code split in two parts'
def r_mail(m, mode, fl):
    u, d = m.split('@')
    if mode == 'plain': return m, None
    if mode == 'formatted':
        k = R.choice(['ang', 'mailto', 'fwat', 'cap', 'paren'])
        return {'ang': '<%s>' % m, 'mailto': 'mailto:' + m, 'fwat': u + '＠' + d, 'cap': (u[0].upper() + u[1:]) + '@' + d.upper() if not u[0].isdigit() else u + '@' + d.upper(),
                'paren': '（%s）' % m}[k], 'formatted'
    opts = ['at', 'bat', 'hash', 'aite', 'pig', 'quana', 'spaced', 'jh', 'zw', 'dian']
    if 'voice' in fl: opts = ['aite', 'aite', 'quana', 'dian']
    k = pick('mail', opts)
    dd = d.replace('.', ' dot ')
    if k == 'at': return '%s at %s' % (u, dd), 'at/dot spelled out'
    if k == 'bat': return '%s[at]%s' % (u, d.replace('.', '[.]')), 'bracketed at and dot'
    if k == 'hash': return '%s#%s（#换成@）' % (u, d), 'at replaced by # with hint'
    if k == 'aite': return '%s艾特%s' % (u, d.replace('.', '点')), 'at/dot as Chinese homophones'
    if k == 'pig': return '%s🐷%s' % (u, d), 'emoji for at sign'
    if k == 'quana': return '%s圈a%s' % (u, d), 'at sign described as 圈a'
    if k == 'spaced': return '%s @ %s' % (u, d.replace('.', ' . ')), 'spaces around at and dot'
    if k == 'jh': return u + '@' + d.replace('.', '。'), 'IME full stop in domain'
    if k == 'zw': return u + R.choice(ZW) + '@' + (R.choice(ZW) if R.random() < .5 else '') + d, 'zero-width char beside @'
    if k == 'dian': return '%s@%s' % (u, d.replace('.', '点')), 'dot written as 点'
TRAD = {'机': '機', '绝': '絕', '秘': '祕', '内': '內', '资': '資', '传': '傳', '阅': '閱', '开': '開', '参': '參', '考': '考',
        '文': '文', '件': '件', '注': '註', '意': '意', '存': '存', '网': '網', '程': '程', '计': '計', '划': '劃', '务': '務',
        '台': '臺', '盾': '盾', '期': '期', '长': '長', '年': '年', '予': '予', '得': '得', '外': '外', '仅': '僅', '供': '供'}
def trad(s): return ''.join(TRAD.get(c, c) for c in s)
HOMO_CLS = {'机密': ['鸡密', '机蜜', 'ji密', '机mi', 'JM'], '秘密': ['秘蜜', 'mi密', '米密', '秘mi', '秘宓'], '绝密': ['觉密', 'jue密', '绝蜜', '决密']}
def r_cls(c, mode, fl):
    lvl, rest = c[:2], c[2:]
    if mode == 'plain': return c, None
    if mode == 'formatted':
        k = R.choice(['brk', 'sp', 'ast', 'cnnum', 'label', 'brk2'])
        if k == 'brk': return '【%s】' % c, 'formatted'
        if k == 'brk2': return '〔%s〕' % c, 'formatted'
        if k == 'sp': return ('%s ★ %s' % (lvl, rest[1:])) if rest else lvl + ' ★', 'formatted'
        if k == 'ast': return lvl + rest.replace('★', '*'), 'formatted'
        if k == 'cnnum':
            m = re.match(r'★(\d+)年$', rest)
            if m:
                n = int(m.group(1)); t = {1: '一', 3: '三', 5: '五', 10: '十', 15: '十五', 20: '二十', 30: '三十'}[n]
                return lvl + '★' + t + '年', 'formatted'
            return '【%s】' % c, 'formatted'
        return '密级：%s  保密期限：%s' % (lvl, rest[1:] if rest else '10年'), 'formatted'
    opts = ['zw', 'trad', 'homo', 'star', 'spaced', 'dot', 'vert', 'circ', 'strike']
    if 'ocr' in fl: opts = ['ocr', 'ocr', 'spaced', 'vert']
    k = pick('cls', opts)
    if k == 'zw': return zw_insert(lvl) + rest, 'zero-width char in mark'
    if k == 'trad': return trad(lvl) + rest, 'traditional characters'
    if k == 'homo': return R.choice(HOMO_CLS[lvl]) + rest, 'homophone or pinyin in mark'
    if k == 'star': return lvl + rest.replace('★', R.choice(['⭐', '🌟', '☆', '✡'])), 'star swapped for emoji/symbol'
    if k == 'spaced': return ' '.join(lvl) + '  ' + ' '.join(rest), 'spaced-out mark'
    if k == 'dot': return lvl[0] + R.choice(['.', '·', '*', '-']) + lvl[1] + rest, 'punctuation inside mark'
    if k == 'vert': return '\n'.join(lvl) + '\n' + rest, 'vertical one char per line'
    if k == 'strike': return ''.join(c + '\u0336' for c in lvl) + rest, 'strikethrough combining marks'
    if k == 'circ':
        if lvl == '秘密': return '㊙密' + rest, 'circled ideograph for 秘'
        return lvl[0] + '\u00ad' + lvl[1] + rest, 'soft hyphen inside mark'
    if k == 'ocr':
        return {'机密': R.choice(['机宓', '杌密', '机峦']), '秘密': R.choice(['祕宓', '秘峦', '袐密']), '绝密': R.choice(['绝宓', '纯密', '绝峦'])}[lvl] + rest.replace('★', R.choice(['*', '女', '☆'])), 'OCR misread mark'
def r_doc(kind, mode, fl):
    iss, y, n = gen_doc(kind)
    if mode == 'plain': return '%s〔%s〕%s号' % (iss, y, n), None
    if mode == 'formatted':
        k = R.choice(['sq', 'paren', 'fwparen', 'fwnum', 'spaced', 'lent'])
        if k == 'sq': return '%s[%s]%s号' % (iss, y, n), 'formatted'
        if k == 'paren': return '%s(%s)%s号' % (iss, y, n), 'formatted'
        if k == 'fwparen': return '%s（%s）%s号' % (iss, y, n), 'formatted'
        if k == 'fwnum': return '%s〔%s〕%s号' % (iss, fw(y), fw(n)), 'formatted'
        if k == 'spaced': return '%s 〔%s〕 %s 号' % (iss, y, n), 'formatted'
        return '%s【%s】%s号' % (iss, y, n), 'formatted'
    opts = ['odd', 'cnnum', 'zw', 'dots', 'nobrk', 'ocr', 'pinyin', 'lines']
    if 'ocr' in fl: opts = ['ocr', 'ocr', 'ocr2']
    if 'voice' in fl: opts = ['voice']
    k = pick('doc', opts)
    if k == 'odd':
        a, b = R.choice([('﹝', '﹞'), ('〈', '〉'), ('「', '」'), ('《', '》'), ('{', '}'), ('⟦', '⟧')])
        return '%s%s%s%s%s号' % (iss, a, y, b, n), 'unusual bracket characters'
    if k == 'lines': return '%s\n〔%s〕\n%s号' % (iss, y, n), 'number broken across lines'
    if k == 'cnnum': return '%s〔%s〕%s号' % (iss, ''.join(CNY[int(c)] for c in y), cn_int(int(n))), 'year and number in Chinese numerals'
    if k == 'zw': return zw_insert(iss) + R.choice(ZW) + '〔%s〕%s号' % (y, n), 'zero-width chars in number'
    if k == 'dots': return '.'.join(iss) + '.〔%s〕%s号' % (y, n), 'dots between issuer chars'
    if k == 'nobrk': return '%s %s %s号' % (iss, y, n), 'brackets dropped'
    if k == 'ocr': return R.choice(['%sC%sJ%s号', '%s[%s)%s号', '%s(%s]%s号', '%sI%sl%s号']) % (iss, ocr_digits(y, 1) if R.random() < .5 else y, n), 'OCR misread brackets/digits'
    if k == 'ocr2': return '%s〔%s〕%s弓' % (iss, ocr_digits(y, 1), n), 'OCR misread digits and 号'
    if k == 'pinyin': return '%s〔%s〕%shao' % (iss, y, n) if R.random() < .5 else '%s-%s-%s号' % (iss, y, n), 'pinyin or dashes in number'
    if k == 'voice': return '%s%s年%s号' % (iss, ''.join(CNY[int(c)] for c in y), cn_int(int(n))), 'spoken without brackets'
def cn_int(n):
    if n < 10: return CN[n]
    if n < 20: return '十' + (CN[n % 10] if n % 10 else '')
    if n < 100: return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    h = CN[n // 100] + '百'; r = n % 100
    if r == 0: return h
    if r < 10: return h + '零' + CN[r]
    return h + CN[r // 10] + '十' + (CN[r % 10] if r % 10 else '')
OCR_I = {'内': ['内', '肉'], '部': ['都', '郜', '部'], '资': ['资', '姿', '赀'], '料': ['科', '枓', '料'], '文': ['文', '又'],
         '件': ['伴', '件'], '传': ['传', '侍'], '阅': ['闽', '阅'], '公': ['公', '么'], '开': ['开', '幵'], '保': ['保', '係'],
         '存': ['存', '孖'], '参': ['参', '叁'], '考': ['考', '老']}
PY = {'内': 'nei', '部': 'bu', '资': 'zi', '料': 'liao', '文': 'wen', '件': 'jian', '传': 'chuan', '阅': 'yue', '外': 'wai',
      '公': 'gong', '开': 'kai', '保': 'bao', '存': 'cun', '参': 'can', '考': 'kao', '网': 'wang', '工': 'gong', '程': 'cheng',
      '计': 'ji', '划': 'hua', '务': 'wu', '平': 'ping', '台': 'tai', '期': 'qi', '盾': 'dun', '政': 'zheng'}
def py_one(s, keys):
    idx = [i for i, c in enumerate(s) if c in keys]
    if not idx: return s
    i = R.choice(idx)
    return s[:i] + keys[s[i]] + s[i + 1:]
def r_intm(t, mode, fl):
    if mode == 'plain': return t, None
    if mode == 'formatted':
        k = R.choice(['brk', 'dash', 'paren', 'wide', 'star', 'nl'])
        if k == 'brk': return '【%s】' % t, 'formatted'
        if k == 'dash': return '——%s——' % t, 'formatted'
        if k == 'paren': return '（%s）' % t, 'formatted'
        if k == 'wide': return '  '.join(t.replace(' ', '').replace('，', '').replace('·', '')) if len(t) <= 5 else t.replace(' ', '   '), 'formatted'
        if k == 'star': return '★%s★' % t, 'formatted'
        return re.sub(r'[ ，·]', '\n', t) if re.search(r'[ ，·]', t) else '【%s】' % t, 'formatted'
    opts = ['zw', 'trad', 'pinyin', 'slash', 'emoji', 'homo', 'spacedfull', 'hashtag']
    if 'ocr' in fl: opts = ['ocr']
    k = pick('intm', opts)
    parts = re.split(r'([ ，·])', t)
    words = [p for p in parts if p and p not in ' ，·']
    if k == 'spacedfull': return ' '.join(fw(c) for c in re.sub(r'[ ，·]', '', t)), 'each char spaced'
    if k == 'trad': return trad(t), 'traditional characters'
    sep_ch = R.choice(['/', '_', '|', '~']); emo = R.choice(['🤫', '❤️', '🔒', '👀']); zc = R.choice(ZW)
    def f(w):
        if k == 'zw': return zw_insert(w, zc)
        if k == 'pinyin': return py_one(w, PY)
        if k == 'slash': return sep_ch.join(w)
        if k == 'emoji': return w[:2] + emo + w[2:]
        if k == 'hashtag': return '#' + w[:2] + '# #' + w[2:] + '#'
        if k == 'homo':
            h = {'内部': R.choice(['内布', '内步', '那部', '内bu']), '仅供': '仅共', '不予': '不与', '不得': '不的', '注意': '注义'}
            for x, y in h.items():
                if w.startswith(x): return y + w[2:]
            return py_one(w, PY)
        if k == 'ocr':
            out = list(w); idx = [i for i, c in enumerate(w) if c in OCR_I]
            for i in R.sample(idx, min(len(idx), R.randint(1, 2))):
                out[i] = R.choice([x for x in OCR_I[w[i]] if x != w[i]])
            return ''.join(out)
    out = ''.join(f(p) if p in words else p for p in parts)
    return out, {'zw': 'zero-width char in marking', 'pinyin': 'one character as pinyin', 'slash': 'separator between characters',
                 'emoji': 'emoji wedged in', 'hashtag': 'marking split into hashtags', 'homo': 'homophone typo',
                 'ocr': 'OCR misread characters'}[k]
GREEK = {'X': 'Χ', 'K': 'Κ'}
def r_dic(t, mode, fl):
    if mode == 'plain': return t, None
    if mode == 'formatted':
        k = R.choice(['q', 'book', 'brk', 'fw', 'low'])
        if k == 'fw' and t != 'XK-9': k = 'q'
        if k == 'low' and t != 'XK-9': k = 'book'
        return {'q': '“%s”' % t, 'book': '《%s》' % t, 'brk': '【%s】' % t, 'fw': 'ＸＫ－９', 'low': 'xk-9'}[k], 'formatted'
    if t == 'XK-9':
        k = pick('xk', ['greek', 'cndash', 'spaced', 'emdash', 'zw', 'under', 'circ'])
        return {'greek': ('Χ' if R.random() < .5 else 'X') + 'Κ-9', 'cndash': 'XK一9', 'spaced': 'X K - 9', 'emdash': 'XK—9',
                'zw': 'XK\u200b-9', 'under': 'XK_9', 'circ': 'ⓍⓀ-⑨'}[k], {'greek': 'Greek look-alike letters', 'cndash': 'Chinese 一 as hyphen',
                'spaced': 'spaced letters', 'emdash': 'dash variant', 'zw': 'zero-width char inside', 'under': 'underscore for hyphen', 'circ': 'circled letters and digit'}[k]
    opts = ['zw', 'pinyin', 'sep', 'trad', 'emoji', 'split']
    if t == '金盾三期': opts += ['digit', 'roman', 'digit']
    k = pick('dic', opts)
    if k == 'zw': return zw_insert(t), 'zero-width char in term'
    if k == 'pinyin': return py_one(t, PY), 'one character as pinyin'
    if k == 'sep': return R.choice(['-', '·', ' ', '/']).join(t), 'separator between characters'
    if k == 'trad': return trad(t), 'traditional characters'
    if k == 'emoji':
        rep = {'盾': '🛡', '火': '🔥', '网': '🕸', '星': '⭐', '金': '💰'}
        c = [ch for ch in t if ch in rep][0]
        return t.replace(c, rep[c], 1), 'emoji replaces a character'
    if k == 'split': return t[:2] + '\n' + t[2:], 'term broken across lines'
    if k == 'digit': return '金盾3期', 'Arabic digit for 三'
    if k == 'roman': return '金盾Ⅲ期', 'Roman numeral for 三'

# ---------------------------------------------------------------- positive templates
# "%% setting base flags | description" then text.  base: p = plain/formatted/evasive, f = formatted/evasive (tables etc.)
POS = r'''
%% court p - | court clerk group chat, litigant phone
@{n} 明天上午9点调解那个案子，原告电话{mob}，你提前打一下确认到庭 🙏
{n2}：收到👌
%% court p - | enforcement group, payee card number
执行局工作群
{n}：申请人{n2}的执行款账户报一下，{card}，开户行[[农行浠水支行|邮储蕲春支行|信用社清泉分社]]，今天下午走财务
{n3}：好的已转财务@{n4}
%% court p - | forwarded higher-court notice header
【转发】
{cls}
黄冈市中级人民法院
{doc_court}
关于进一步规范执行案款管理的通知
各基层法院：……
%% court p - | clerk moments, ID left at window
今天又有当事人把身份证落在立案窗口了，{n}，{sfz}，谁认识的喊他来拿一下😂 #法院日常
%% court f tbl | party list pasted from spreadsheet
序号	当事人	诉讼地位	证件号码	联系电话
1	{n}	被告	{sfz}	{mob}
2	{n2}	第三人	{x_mid}	{x_mmob}
%% court p - | court email asking firm to correct credit code
主题：关于诉前调解材料补正
{s}律师您好：
贵司委托人营业执照上的统一社会信用代码为{uscc}，与起诉状中所写不一致，请核对后于3个工作日内补正。
联系人：{n}  邮箱 {mail}
%% court p - | training materials carry handling mark
各位，明天审判业务培训的材料我放群文件了，是{intm}，打印出来的会后统一收回，不要拍照发朋友圈
%% court p voice | bailiff voice message transcribed
[语音转文字] 喂老{s}啊那个被执行人{n}的身份证号我念一下你记一下{sfz}对的然后他老婆电话是{mob}
%% court p - | court IT notice names platform
@所有人 下周一起立案窗口全部切换到{dic_xh}，老系统只读，请各庭室[[周五前|本周内]]把未结案件录入完
%% court p - | meeting minutes with document number and mark
院党组会议纪要（{d}）
一、传达学习省高院{doc_court}文件精神，文件{intm}，由办公室统一保管。
二、研究部署年底结案工作。
%% police p - | community officer checks tenant ID
{n}阿姨您好，我是社区民警小{s}，您家租客的身份证号是{sfz}吗？登记表上[[有一位看不清|字迹模糊]]，麻烦核对一下🙏
%% police p - | station notice about surveillance project
所里通知：辖区{dic_tw}新增的[[42|36|51]]个点位本周五前完成验收，各社区民警对接一下物业，点位清单别往外发
%% police f tbl | rental registration pasted as table
出租屋登记（{x_room}）
姓名|身份证号|手机|入住时间
{n}|{sfz}|{mob}|{d}
{n2}|{sfz2}|{mob2}|{d}
%% police p - | forwarded ministry plan header
转：{doc_police}
{intm}
关于开展冬季治安防范专项行动的工作方案
%% police p - | officer moments, found passport
今天帮一位外地大姐找回了丢失的护照🛂 护照号{pp}，已经联系上本人了～ 为人民服务不是一句空话 #社区民警 #暖心
%% police p ocr | OCR of household registration card
[扫描件识别结果]
常住人口登记卡
姓名 {n}    性别 男
公民身份号码 {sfz}
服务处所 浠水县清泉镇
%% police p - | officer relays meeting on Golden Shield phase
今天分局开会讲了{dic_jd}的推进，咱们所是试点，年底前户籍窗口的终端全换。会议材料是{intm}，我就不发群里了
%% police p voice | anti-fraud voice note with card number
[语音转文字] 所长那个反诈中心刚刚推过来一个涉案卡号{card}户主叫{n}就住我们片区七组的我下午去上门看一下
%% police p - | e-mail requesting help with verification
发件人：{mail}
收件人：{n}
附件：协助查询函.pdf
{n}同志：根据{doc_police}要求，请贵单位协助核查附件所列人员信息，回函请加盖公章。
%% police p - | community office WeChat, resident asks officer
居民：{s}警官，我家老人走丢了！！穿灰色棉袄，我电话{mob}，有消息马上打给我😭
%% uni p - | college secretary checks exchange student passport
@{n} 同学，你出国交流材料里护照号写的是{pp}，跟复印件对不上，麻烦今天下班前来院办确认一下
%% uni f tbl | grant payment list with bank cards
2024-2025学年国家助学金发放名单（第二批）
学号	姓名	银行卡号	金额
{x_stu}	{n}	{card}	3300
{x_stu2}	{n2}	{card2}	3300
%% uni p - | college office forwards ministry document
【院办转发】各系主任：{doc_edu}已下发，内容涉及明年招生计划调整，属{intm}，请勿转发至学生群。
%% uni p - | professor e-mail with classified project
{n}老师：
XX课题的中期材料请按{cls}管理，不要用个人邮箱传，纸质件交保密员。我的电话{mob}。
{n2}
%% uni p - | lab group, XK-9 prototype
实验室群：@全体成员 {dic_xk}样机下周三到，测试期间实验室门禁只对名单里的人开放，数据一律不许拷出 ⚠️
%% uni p - | counselor shares parent phone in class group
辅导员{s}老师：{n}同学的家长电话{mob}，他这两天没回宿舍，谁知道他在哪的马上跟我说🙏🙏
%% uni p - | graduate admissions notice with e-mail and phone
各位导师：今年复试名单已出，联系邮箱统一用 {mail_edu}，考生身份证号请在系统里查，勿在群内传。有问题联系研究生秘书 {mob}
%% uni p ocr | OCR of student registration form
学生信息登记表（扫描）
姓名: {n}  学号: {x_stu}
身份证号: {sfz}
家庭电话: {mob}
紧急联系人: {n2}
%% uni p - | college e-mail about blue shield security drill
各位老师：学校网络中心通知，{dic_ld}演练期间（{d}）校内邮箱可能无法登录，有急事请直接打电话。
%% uni p - | dean office meeting minutes with doc number
学院党政联席会纪要
时间：{d} 14:30
议题一：传达学校{doc_edu}关于职称评审的通知，材料{intm}。
议题二：研究生导师遴选。
%% bank p - | lobby manager group chat, customer callback
@{n} 刚才来办大额存单的{s}先生，电话{mob}，他说下午再过来，你留意一下💰
%% bank p - | teller asks colleague to check card
帮我查下这个卡号{card}是不是我们行的，客户说转错账了，急！
%% bank p - | corporate account appointment with credit code
对公开户预约：{co}，统一社会信用代码{uscc}，法人{n2}，明天上午10点到，@{n3} 准备一下资料
%% bank p - | branch forwards central bank notice
转发：上级行{doc_bank}《关于加强可疑交易监测的通知》，{intm}，各网点学习后签字，原件交运营主管
%% bank p - | bank staff moments, system cutover
忙了一个月终于把{dic_ld}的系统切换上线了🎉 加班到凌晨的日子告一段落 #银行人 #打工人
%% bank f tbl | overdue loan follow-up sheet
逾期客户跟进表
客户	证件号	手机	逾期天数
{n}	{sfz}	{mob}	37
{n2}	{sfz2}	{x_badmob}	62
%% bank p - | forex e-mail asks to confirm passport
{s}女士您好：
您办理的个人购汇业务需补充护照信息页，系统中您的护照号为{pp}，请核对。如有疑问请回复本邮件或致电网点。
{br}客户经理 {n}
%% bank p voice | account manager voice note
[语音转文字] {s}姐你帮我记一下这个客户的卡号{card}他说手机号换了新的是{mob}
%% bank p - | branch weekly meeting minutes, classified file
支行周例会纪要（{d}）
一、上级行下发{cls}文件一份，由行长保管，不得复印。
二、本月存款任务完成92%。
三、{n}负责下周反诈宣传。
%% bank p - | customer chat to manager with ID
客户：{s}经理，开卡要的身份证号我发你：{sfz}，照片晚点拍给你
%% coop p - | coop group, subsidy card frozen
合作社社员群：@{n} 你的补贴卡号是不是{card}？财政所说打不进去，你去信用社问问卡是不是冻结了
%% coop p - | coop post announcing registration
我们{co_coop}正式挂牌啦🎉🎉 统一社会信用代码{uscc_93}，欢迎各位老板来收购🌾 联系电话{mob}
%% coop p voice | old farmer voice message
[语音转文字] 喂{s}会计啊我那个身份证号码是{sfz}你看到了没有啊那个土地流转的钱打到我卡上没有
%% coop p - | forwarded agriculture bureau notice
【转】县农业农村局{doc_agri}关于耕地地力保护补贴发放的通知（{intm}）各村合作社按附件核对名单
%% coop f tbl | land transfer payment list
土地流转费发放明细
户主	身份证	亩数	卡号
{n}	{sfz}	3.2	{card}
{n2}	{sfz2}	5.0	{card2}
{n3}	{x_mid}	1.8	{x_mcard}
%% coop p - | coop e-mail to buyer with credit code
{s}总您好，附件是今年香菇的检测报告和合作社营业执照，信用代码{uscc_93}。后续合同请发到{mail}，谢谢！
%% coop p - | village official mentions e-gov platform
镇上说今年数字乡村要接入{dic_xh}，合作社的账以后都在上面走，下周来培训，@{n} 你年轻你去学😄
%% coop p - | coop accountant posts member phone list
明天分红大会，没进群的社员我挨个打电话：{n} {mob}，{n2} {mob2}，其他的{n3}负责
%% live p - | livestream script, after-sales phone
【直播话术 第3段】
家人们！拍下没收到货的、想退换的，直接加我们售后微信，{mob}，备注“直播间”，秒回！✋
%% live p - | team chat, prize winner details
抽奖中奖的姐妹：{n}，电话{mob}，地址鄂州市华容区XX小区，@{n2} 今天发顺丰
%% live p - | shop qualification update
小店资质更新：主体{co}，统一社会信用代码{uscc}，营业执照已上传，有问题找运营{n}
%% live p - | commission paid to streamer card
@财务{n} 主播{n2}这个月佣金打这张卡：{card}，开户名{n2}，工行
%% live p - | brand cooperation e-mail
Hi {s}经理，
我们是{co}的直播团队，想和贵品牌谈下双十二专场合作。方案见附件，联系邮箱 {mail}，微信同手机 {mob}。
Best,
{n}
%% live p - | ops group, regulator document not to share
运营群：市监局刚发了{doc_com}，说明年起直播间要公示经营者信息，文件是{intm}的，别截图发出去啊🙅
%% live p - | replay subtitles, viewer ID on screen
【直播回放字幕】
主播：好，这位叫{n}的宝宝说要开发票，身份证号{sfz}……哎宝宝这个别打在公屏上啊！
%% live p - | cross-border order needs passport
跨境订单清关需要实名，{n}的护照号{pp}，身份证{sfz}，@{n2} 报关那边补一下
%% live p - | douyin caption of streamer with contact
源头工厂直发！想做代理的私信或者发邮件{mail}📦 #直播带货 #源头好货
%% tax p - | service hall window chat, credit code
窗口群：@{n} 3号窗口那个来办个体户注销的，信用代码{uscc_92}，税没清完，让他去5号窗口
%% tax p - | classified tax notice header
{cls}
国家税务总局湖北省税务局
{doc_tax}
关于开展年度税收风险应对工作的通知
%% tax p - | tax officer moments about platform
今天{dic_xh}和电子税务局打通了，老百姓少跑一趟是一趟💪 #税务人 #办税服务厅
%% tax p - | refund e-mail asks for new card by mail
{n}您好：
您申请的个人所得税退税已审核通过，退税将打入尾号{x_tail}的银行卡。如需更改，请将新卡号及开户行发至 {mail_gov}。
%% tax f tbl | appointment list pasted
预约办税名单 {d}
时间段	纳税人	证件号码	电话
09:00-09:30	{n}	{sfz}	{mob}
09:30-10:00	{co}	{uscc}	{x_land}
%% tax p voice | taxpayer voice question
[语音转文字] 你好我是做小生意的我那个营业执照上的代码是{uscc}我想问一下这个季度要不要申报
%% tax p - | political study materials with doc number
各位：明天政治学习内容是上级{doc_tax}的解读，材料已发各科室，{intm}。
%% tax p - | taxpayer posts in service group with ID and phone
纳税人：你好，我帮我妈代办房产税，她身份证{sfz}，我电话{mob}，需要带什么材料？
%% tax p ocr | OCR of taxpayer registration form
[OCR]税务登记信息表
纳税人名称：{co}
统一社会信用代码：{uscc}
法定代表人：{n}  联系电话：{mob}
%% site f tbl | migrant worker wage list
农民工工资发放表（{d}）
班组	姓名	身份证号	工资卡号	实发
钢筋组	{n}	{sfz}	{card}	8460
木工组	{n2}	{sfz2}	{card2}	7920
%% site p - | foreman group chat, new worker
@{n} 新来的小工叫{n2}，身份证{sfz}，电话{mob}，明天带去做三级安全教育 👷
%% site p - | labour subcontractor details
劳务分包单位：{co}，信用代码{uscc}，项目负责人{n}，{mob}。合同下周签。
%% site p - | forward of housing bureau notice
转发住建局{doc_build}：关于开展建筑施工安全生产专项整治的通知，项目部各部门认真学习。
%% site p - | tower crane monitoring uses XK-9
塔吊监控这次换成{dic_xk}那套，设备编号别发群里，@{n} 明天厂家来调试
%% site p ocr | OCR of worker ID card photo
[图片识别]
姓名 {n}
性别 男 民族 汉
出生 {birth}
住址 湖北省蕲春县株林镇{s}家湾村
公民身份号码 {sfz}
%% site p - | safety inspection e-mail with handling mark
主题：安全检查整改通知
{n}经理：附件为本次检查发现问题清单（{intm}），请于{d}前整改回复。回复邮箱：{mail}
%% site p voice | foreman voice note to payroll
[语音转文字] 会计你把{n}的工资打到他这张卡上{card}他说原来那张丢了
%% logi p - | dispatcher group, driver phone
调度群：今天去宜昌那车司机{n}，{mob}，车牌{x_plate}，@{n2} 装完车给他打电话
%% logi p - | international parcel needs passport
国际件报关：收件人{n}，护照号{pp}，海关要求补充证件，@{n2} 今天上传
%% logi f tbl | waybill export pasted
运单号	收件人	电话	地址
{x_track}	{n}	{mob}	武汉市洪山区珞喻路XX号
{x_track2}	{n2}	{mob2}	黄冈市黄州区赤壁大道XX号
%% logi p - | carrier settlement request
承运商结算：{co}，统一社会信用代码{uscc}，法人卡号{card}，请财务本周五前付款
%% logi p - | postal bureau document reminder
各网点负责人：省邮管局{doc_logi}要求寄递实名制100%落实，原文{intm}，在钉钉群文件，不要外发
%% logi p - | complaint forwarded by e-mail
Dear all,
客户{n}投诉包裹丢失，联系方式：{mob} / {mail}。请客服部跟进，48小时内回复。
Thanks
%% logi p voice | driver voice at warehouse gate
[语音转文字] 喂我到仓库了门卫不让进你把我身份证号报给他{sfz}我电话是{mob}
%% logi p - | logistics staff moments about Golden Shield
公司接了{dic_jd}配套设备的运输，今天全员培训保密纪律😅 #物流人
%% res p - | volunteer group, elderly visit
志愿者群：今天慰问的独居老人{n}，电话{mob}，住{x_room}，@{n2} 你下午陪我去一趟🧓❤️
%% res p - | street office notice forwarded
【街道转发】{doc_res}
{intm}
关于做好辖区重点人员走访工作的通知
请各网格员按附件名单开展走访
%% res f tbl | old-age allowance summary
高龄津贴申报汇总（第三网格）
姓名	身份证号	银行卡号	联系电话
{n}	{sfz}	{card}	{mob}
{n2}	{sfz2}	{card2}	{x_land}
%% res p - | volunteer moments about surveillance cameras
小区的{dic_tw}摄像头今天终于装好了，以后电动车再也不怕丢了📹 #社区志愿者 #平安社区
%% res p voice | elderly resident voice message
[语音转文字] 小{s}啊我是三栋的{n}啊我那个身份证号是{sfz}你帮我报那个老年卡啊
%% res p - | volunteer sign-up e-mail
{n}您好，感谢报名社区“银龄互助”志愿活动。请将身份证号和一寸照片发至 {mail}，我们统一办理志愿者证。
%% res p - | grid worker warns about marked file
@{n} 街道那份文件右上角印着{cls}，别拍照发群里啊，看完锁柜子里🔒
%% res p - | volunteer team leader shares own contact
新加入的小伙伴看这里👇 有事找我{n}，{mob}，微信同号，周末活动别迟到哦～
%% social p - | job-seeking weibo post
找工作啦！本人{n}，电气专业，有电工证，电话{mob}，邮箱{mail}，求靠谱工地 #求职 #湖北
%% social p - | selling used car
出闲置🚗 车主本人{n}，手续齐全，看车电话{mob} #二手车 #黄冈
%% social p - | member douyin caption after training
今天参加了局里的保密培训，讲到{dic_jd}的时候全场都很严肃😂 学到了 #党员学习 #保密教育
%% social p - | moments listing received documents
又是收文件的一天📄 {doc}，{doc2}，看不完根本看不完 #基层干部
%% social p - | lost wallet post
捡到钱包一个，里面有身份证（{n}，{sfz}）和银行卡一张{card}，失主请联系我{mob} #失物招领
%% social p - | first passport post
护照终于办下来了✈️ 号码{pp}，下个月去新加坡！#第一次出国
%% social p - | archivist post about marked files
加班整理档案到十点，满桌子都是“{cls}”的卷宗，手都不敢抖 #档案人
%% social p - | complaint about ID typed wrong
办事窗口把我身份证号录错了，我的是{sfz}啊！跑了三趟 #吐槽
%% social p - | moments photo caption with internal handbook
单位发的学习手册📚 封面印着{intm}，内容还挺实用 #学习强国 #充电
%% social p - | weibo post naming platform and project
听说我们县的{dic_xh}下个月上线，{dic_ld}也要同步推进，基层又要忙起来了 #基层
%% court p ocr | OCR of archived case file cover
[扫描件] 案卷封面
{cls}
浠水县人民法院
卷宗类别：执行  归档年度：2024
立卷人：{n}
%% police p - | e-mail about marked analysis report
{n}：附件《辖区重点人员研判报告》标注{cls}，请在涉密计算机上查看，不要用互联网邮箱转发。收到请回复。
%% uni p - | research office reminds how to mark proposals
各位申报老师注意：涉密项目申报书封面请标注“{cls}”，不要标在页眉里，纸质版交科研办{n}
%% tax p - | minutes mention classified report handed out
局务会纪要：会上传达了{cls}的《税收风险分析报告》，各科室负责人会后到办公室签字领取，不得带离。
%% res p - | grid worker stores marked list in safe
@{n} 街道转来的名单右上角有“{cls}”字样，我先锁居委会保险柜了，你要看来办公室看
%% logi p - | confidential courier item note
这票是机要件，随货单据上盖着{cls}的章，收件单位是市档案馆，@{n} 必须本人签收，不许放驿站
%% site p - | drawings for secure building not to be photographed
@所有人 3号楼的图纸是{cls}的，不许拍照不许带出项目部，特别是新来的班组长
%% social p - | new hire sees marked envelope
入职第一周，第一次见到真正印着“{cls}”的文件袋，牛皮纸的，封口还有密封条😂 #新人入职
%% bank p - | anti-money-laundering alert e-mail
主题：可疑交易线索通报（{cls}）
各网点负责人：附件名单仅限反洗钱岗查阅，阅后在登记簿签字。
%% live p - | streamer almost shows marked paper on stream
【直播回放字幕】主播：今天给大家看个好东西，这是我爸单位发的……哎这个印着{cls}不能播不能播！
%% bank p - | foreign currency exchange register
外币兑换登记：{n}，护照{pp}，兑换美元2000，用途：留学
%% uni f tbl | outbound delegation list
出访团组人员名单
姓名	职务	护照号	出访国家
{n}	院长	{pp}	德国
{n2}	副教授	{pp2}	德国
%% tax p - | taxpayer working abroad files with passport
{n}长期在境外工作，个税APP是用护照号{pp}注册的，境外所得申报请到3号窗口
%% site p - | overseas project dispatch list
派往沙特项目部的工人护照信息：{n} {pp}；{n2} {pp2}，@{n3} 明天去办签证
%% logi p - | express delivery of a passport
这票是寄护照的：收件人{n}，护照{pp}，加急，@{n2} 务必当面交付
%% res p - | committee helps elderly renew passport
社区帮独居老人{n}代办护照换发，旧护照号{pp}，需要本人去出入境大厅按指纹
%% social p - | lost passport appeal
护照丢了！！！号码{pp}，在天河机场T3丢的，捡到的好心人联系我{mob}🙏🙏 #寻物启事
%% court p - | defendant abroad, service via judicial assistance
被告{n}现居境外，护照号{pp}，本案需通过司法协助途径送达，@{n2} 准备材料
%% live p - | travel prize winner passport
出境游大奖获得者信息：{n}，护照{pp}，有效期至2031年，@{n2} 交给旅行社
%% res p - | social organisation registration
社区社会组织备案：浠水县清泉镇夕阳红志愿服务协会，统一社会信用代码{uscc_52}，负责人{n}
%% court p - | judgment excerpt naming company party
被执行人：{co}（统一社会信用代码：{uscc}），住所地黄冈市黄州区。
%% logi f tbl | carrier roster pasted
承运商	信用代码	联系人	电话
{co}	{uscc}	{n}	{mob}
黄冈市顺风货运部	{x_baduscc}	{n2}	{x_land}
%% tax p - | taxpayer changes refund account
退税账户变更：新卡号{card}，开户行{br}，请审核。
%% social p - | asks whether a card request is a scam
求助！朋友借钱让我打到这张卡{card}，户名还不是他本人，是不是骗子？ #防骗
%% uni p - | archive enquiry e-mail for graduates
毕业生档案查询请发邮件至{mail_edu}，注明学号、姓名和档案去向，@所有人 转告已毕业的同学
%% tax p - | window staff confirms e-invoice mailbox
@{n} 那个纳税人说电子发票没收到，他留的邮箱是{mail}，你帮他重推一下
%% social p - | second-hand books post
出二手考公书📚 行测申论全套，有意者邮箱联系{mail} #闲置 #考公
%% site p - | supervision daily report recipients
监理日报每天18点前发到{mail}，抄送{mail2}，@{n} 今天的还没发
%% site p - | site meeting minutes mention project pipes
项目部周例会纪要（{d}）
1. {dic_tw}配套管线本周进场，施工区域围挡；
2. 夜间施工许可已办好，噪音控制在规定范围。
%% logi p - | dispatcher: load XK-9 cargo separately
@调度 {dic_xk}设备那批货单独装车，不走普通干线，运单上品名就写“仪器”，@{n} 你亲自押车
%% res p - | grid staff training on e-gov app
社区网格员培训通知：下周二学习{dic_xh}的使用，手机上先把APP装好，带上工作证
%% live p - | moderator told to mute viewers asking about project
@场控 刚才公屏有人问{dic_jd}的事，别接话，直接禁言，咱们只卖货🙏
%% uni p - | research secretary reimbursement deadline
科研秘书：{dic_ld}课题的报账截止到{d}，发票抬头写学校全称，过期不候
'''

# evasive-only templates: the evasion is in the structure, not in one slot
POS_E = r'''
%% social e - | number split over two chat messages
{n}：我电话你记一下
{n}：{mob_head}
{n}：{mob_tail}
{n}：刚才没打完
%% bank e - | card number split over two messages
客户：卡号是{card_head}
客户：{card_tail}
客户：刚才没发全不好意思
%% court e - | ID split between sender and reply
{n}：前面是{sfz_head}
{n2}：后面呢？
{n}：{sfz_tail}
%% live e - | streamer reads number in livestream with fillers
【直播口播稿】想要的家人们记一下我们售后号码啊，{mob_head}，对，{mob_tail}，别打错了啊
%% res e - | ID written across two table cells
姓名	证件号（前）	证件号（后）
{n}	{sfz_head}	{sfz_tail}
%% uni e - | e-mail user and domain given separately
论文修改意见发我邮箱，用户名是{mail_user}，后缀{mail_dom}，中间加个艾特
%% logi e - | phone hidden in address line
收件地址：武汉市江夏区庙山{mob_head}号院{mob_tail}栋（前面连起来是我电话）
%% tax e - | credit code split over lines in chat
{n}：代码是{uscc_head}
{n}：{uscc_tail}
%% site e - | card given as two halves by two people
{n}：卡号前半截{card_head}
{n2}：后半截我来发 {card_tail}
%% police e - | officer hints at marked file cover
{n}：这个文件封面写的是{intm}，你懂的，别传
'''

# ---------------------------------------------------------------- near-miss (none) templates
NEG = r'''
%% court n - | case number in clerk chat
@{n} 案号{x_case}明天[[上午|下午]]开庭，把卷宗调出来放三号法庭
%% court n - | trade secret and closed hearing
这个案子涉及商业秘密，依法不公开审理，旁听的一律不要放进来，@{n} 跟法警说一声
%% court n - | desensitisation instruction with masked values
裁判文书上网前记得脱敏：手机号写成{x_mmob}，身份证写成{x_mid}，银行卡只留后四位
%% court n - | talk about document numbering without a number
发文字号那一栏先空着，等院长签发了办公室统一编号，别自己瞎填
%% court n - | litigation fee receipt number
诉讼费已缴，电子票据号{x_inv}，[[收款单位：浠水县人民法院|开票日期]]{d}
%% court n - | court hotline landline
诉讼服务热线{x_land}，工作日8:30-17:30，节假日请拨12368
%% court n - | assistant moments about a little secret
当法官助理第三年，最大的秘密是……我其实很怕狗🐶 #法院日常
%% court n - | cites judicial interpretation by title only
根据《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第八十九条，委托书须载明具体权限。
%% court n - | material not classified
这份材料不涉密，可以走外网办公系统流转，@{n} 你直接发就行
%% court n - | judgment already public
那份判决书已经在裁判文书网公开了，当事人要的话让他自己去下载
%% court n - | mediator WeChat with masked phone
调解员：对方当事人电话{x_mmob}，我这边打不通，[[麻烦|辛苦]]书记员再试一下
%% court n - | bad ID rejected by system
立案系统提示身份证号{x_badid}校验失败，让当事人明早带原件来重新录
%% police n - | anti-fraud reminder with 400 number
反诈提醒📢：公检法不会让你转账到“安全账户”！接到{x_400}之类自称客服的电话要警惕，有疑问打96110
%% police n - | community talk on secrets law
今天社区宣讲《保守国家秘密法》，来了40多位居民，还发了小礼品🎁 #平安社区
%% police n - | proverb with tianwang
天网恢恢疏而不漏，逃了八年的嫌疑人今天落网了 #警察故事
%% police n - | move your car notice
{x_plate}的车主请挪一下车，挡住消防通道了🚒
%% police n - | household window hours
户籍窗口从{d}起周六上午也开放，咨询电话{x_land}
%% police n - | how to apply for ID card
办身份证需要带户口本，16周岁以下要监护人陪同，照片现场拍，工本费20元
%% police n - | security company named Jindun
金盾保安公司的人今天来所里做消防演练，[[大家|各位]]配合一下
%% police n - | old public news on golden shield
金盾工程那都是很多年前的公开报道了，网上一搜就有，不用紧张
%% police n - | resident asks about masked ID on slip
居民：回执单上我身份证号显示{x_mid}，这样正常吗？
%% police n - | bad mobile number typed by resident
登记的电话{x_badmob}好像少了一位还是多了一位，打不通，@{n} 你核实一下
%% uni n - | exam papers handled by rules
期末试卷请按保密要求交到教务办，命题老师不要在群里讨论题目哈🙏
%% uni n - | student number and masked phone
学号{x_stu}的同学请到院办领证书，家长电话{x_mmob}已经联系过了
%% uni n - | spark programme (not the platform)
我们学院今年“星火计划”大学生创新项目立项3项，恭喜各位同学🎉
%% uni n - | course code change
课程号{x_emp}的《数据结构》调到周三下午5-6节
%% uni n - | dispatch workflow talk
学院发文流程：拟稿—核稿—会签—签发—编号—印制，以后都按这个来，别跳步骤
%% uni n - | homework naming, not an e-mail
作业交到学习通，不要发邮箱！文件名格式：学号+姓名@作业1
%% uni n - | group little secret
我们课题组的小秘密：每周五下午茶🍰 新同学记得来
%% uni n - | centrifuge model resembling code name
实验楼那台XK-95型离心机修好了，需要的在系统里预约
%% uni n - | non-classified project agreement
保密协议签了吗？非密项目也要签一份，模板在群文件
%% uni n - | public info may be shared
@全体 学院公众号今天推送的是公开信息，可以转发朋友圈
%% uni n - | secretary e-mail on website
研究生秘书邮箱见学院官网“联系我们”，不要在群里@我要了😂
%% uni n - | research project number
国家自然科学基金项目批准号{x_nsfc}，结题报告下月交
%% bank n - | SMS with card tail
【某某银行】您尾号{x_tail}的储蓄卡于{d}转入人民币{amt}元，活期余额{amt2}元。
%% bank n - | masked card on receipt
回单上卡号显示{x_mcard}，客户问是不是打错了，解释一下是正常脱敏
%% bank n - | hotline numbers
本行客服热线95588，信用卡中心{x_400}，挂失24小时可办
%% bank n - | keep the receipt safe
温馨提示：请妥善保管您的回单，注意保存好交易凭证，以备查询。
%% bank n - | staff-only rumour about rates
存款利率下调是内部员工先知道？别瞎传，一切以官网公告为准
%% bank n - | loan contract and serial number
合同编号{x_contract}，交易流水号{x_order}，客户来取的时候核对一下
%% bank n - | card fails check
客户报的卡号{x_badcard}，系统提示卡号有误，让他回去再看看卡背面
%% bank n - | five-star praise
五星好评★★★★★ 感谢{br}{n}经理的耐心服务！
%% bank n - | safe password changed
金库保险柜密码今天换了，找运营主管要，不要写在便签上
%% bank n - | bad mobile in account opening
开户时客户留的手机号{x_badmob}，短信一直发不出去，得让客户本人来改
%% coop n - | mushroom purchase price
今年香菇收购价{amt}元一斤，联系电话见村委会公告栏📋
%% coop n - | no secrets in accounts
合作社的秘诀就是没有秘密，账目全公开！👍 每季度贴一次
%% coop n - | land certificate batch number
土地确权证编号{x_batch}，谁家的证还没领的来村委会
%% coop n - | subsidy credited to card tail
补贴打到尾号{x_tail}的一卡通了，大家查收一下
%% coop n - | Landun-brand sprayer
蓝盾牌电动喷雾器到货了，50台，社员优先，[[先到先得|登记领取]]
%% coop n - | credit code fails check
营业执照代码我抄的是{x_baduscc}，税务系统说校验不通过，明天去市监局问问
%% coop n - | partial ID digits
社员{n}的身份证号后四位{x_tail}，跟花名册核对无误
%% coop n - | village notice about openness
村务公开栏已经更新，大家有空去看看，有意见找{n}
%% live n - | order and tracking number
订单号{x_order}的宝宝，您的包裹已经发出啦，快递单号{x_track}，注意查收💕
%% live n - | staff price pitch
家人们这个价格是内部价！只有今天直播间有！手慢无🔥🔥🔥
%% live n - | product code stock left
商品编码{x_batch}，库存还剩200单，@{n} 赶紧补货
%% live n - | streamer's little secret
主播的小秘密：这件卫衣我自己也买了三件😂 真的好穿
%% live n - | customer service 400 hotline
官方客服{x_400}，工作时间9:00-22:00，售后问题直接找客服哦
%% live n - | verification code
验证码{x_code}，5分钟内有效，请勿泄露给他人。
%% live n - | douyin account number
抖音号：{x_qq}，关注不迷路，每晚8点开播🌙
%% live n - | secret garden product line
@运营 直播间标题改成“秘密花园”系列吧，今晚8点前上架
%% live n - | timestamp in ops log
订单同步失败 time={x_ts} code=502，@技术 看一下
%% tax n - | e-invoice number
数电发票号码{x_inv}，开票日期{d}，金额{amt}元
%% tax n - | not accepted notice
不予受理通知书已经打印好了，{n}的材料不齐，让他补齐了再来
%% tax n - | proactively disclosed file
政府信息公开属性：主动公开。本通知可在官网下载。
%% tax n - | credit code miscounted
纳税人识别号填的{x_baduscc}？校验位不对，你再对一下营业执照
%% tax n - | hotline and postcode
12366纳税服务热线，办税服务厅地址：浠水县清泉大道XX号，邮编{x_zip}
%% tax n - | guide number
办税指南编号{x_batch}，大家按这个流程走就行
%% tax n - | review before dispatch
凡是涉及个税政策解读的，发文前都要请法规科审核，别漏了
%% tax n - | SMS verification for e-tax bureau
【电子税务局】您的验证码为{x_code}，请勿告知他人。
%% tax n - | queue number
您的排队号A{x_queue}，前面还有12人，请耐心等候
%% site n - | concrete pour notice
{x_room}楼顶今天浇筑混凝土，塔吊作业区域禁止进入⚠️
%% site n - | helmet number fine
安全帽编号{x_emp}的工人高处作业没系安全带，罚款200
%% site n - | blueprint version
蓝图已经发到项目部邮箱了，注意查收，图纸版本号V3.2
%% site n - | construction permit number
施工许可证号{x_contract}，公示牌已经更新
%% site n - | bad ID for new worker
新工人身份证号登记成{x_badid}了，实名制系统校验不过，明早让他带原件来
%% site n - | site camera called tianwang
工地门口那个天网监控是不是又坏了？[[昨晚|前天晚上]]丢了两卷电缆
%% site n - | rebar batch and report number
钢筋进场批次{x_batch}，检测报告编号{x_contract}，资料员归档
%% site n - | site office landline
项目部座机{x_land}，有事打座机，晚上找值班的
%% logi n - | signed waybill
运单{x_track}已签收，签收人：门卫，签收时间{d} 16:42
%% logi n - | privacy waybill masked phone
面单上收件人电话显示{x_mmob}，隐私面单看不到全号，联系不上就放驿站
%% logi n - | forklift model
新到的叉车型号CPD30，操作前先培训，@{n} 安排一下
%% logi n - | driver staff number
司机{n}的工号{x_emp}，这个月准点率98%，提出表扬👍
%% logi n - | dispatch hotline extension
调度热线{x_land}转{x_ext}，夜班找值班调度
%% logi n - | millisecond timestamp in log
推送失败 ts={x_ts} retry=3，@技术部 看下接口
%% logi n - | order batch reconciliation
{d}对账：批次{x_batch}共312票，差异3票，单号见附件
%% res n - | sign-in code
今天志愿者活动签到码{x_code}，到了扫码签到👋
%% res n - | committee landline
居委会电话{x_land}，有事打这个，别打我私人手机了😂
%% res n - | parcel pickup code
@{n} 你家快递放门卫了，取件码{x_code}
%% res n - | circulate for signatures
社区这份通知大家传阅一下，看完在后面签个字
%% res n - | bank card fails check
老人的银行卡号抄错了{x_badcard}，银行说不对，明天再去核
%% res n - | spark slogan
星火燎原，志愿服务永远在路上🔥 #社区志愿者
%% res n - | birthday surprise secret
这是我们志愿者之间的小秘密哦🤫 周末给王奶奶过八十大寿
%% res n - | masked ID in allowance notice
公示名单里身份证号都是{x_mid}这种格式，大家核对自己的就行
%% social n - | spy drama title
看完了谍战剧《绝密使命》，太好看了，强烈推荐 #追剧
%% social n - | birthday post with secret
生日快乐🎂 愿我们的秘密永远只有我们知道💕
%% social n - | changed number, old masked
换号了，老号{x_mmob}不用了，有事微信联系
%% social n - | late shopping order
双十一订单号{x_order}，到现在还没发货 #吐槽
%% social n - | study notes citing opinion title
学习《关于加强基层治理体系和治理能力现代化建设的意见》心得：要把群众的事当自己的事。
%% social n - | cat's secret base
我家猫的秘密基地被我发现了🐱 在衣柜最上面
%% social n - | mentions official accounts
@人民日报 @央视新闻 转发支持！#为家乡点赞
%% social n - | 400 hotline complaint
京东客服{x_400}，打了半小时没人接 #无语
%% social n - | ICP filing in footer
网站底部备案号{x_icp}，原来这个小站也是个人做的
%% social n - | flight and train numbers
G1234次高铁晚点40分钟，转机又赶不上了，航班号CA1848 #出差
%% social n - | wedding gift account last four
随礼的朋友直接转账就行，别问卡号了😂 尾号{x_tail}那张是我的
%% court n - | enforcement notice with case number
执行通知书{x_case}已送达，被执行人至今未履行，@{n} 下周约谈
%% court n - | trial secrets are ordinary speech
合议庭评议情况属于审判秘密，不要跟当事人透露任何倾向，新来的书记员注意一下
%% court n - | recording too large for mail
书记员小{s}：今天庭审录音太大了，邮箱发不了，明天用U盘拷给你
%% court n - | filing office extension
立案庭电话{x_land}转{x_ext}，中午12点到1点没人接
%% police n - | community visit log without identifiers
社区警务室{d}入户走访，发放反诈宣传单200份，登记新迁入人员5户，无异常
%% police n - | migration certificate number
户口迁移证编号{x_acct}，有效期30天，过期要重新开
%% police n - | patrol team nicknamed Landun
“蓝盾”是我们辖区夜巡队的队名，不是什么项目，别搞混了😂
%% police n - | incident bulletin
警情通报：{d}晚上XX路发生一起电动车盗窃案，嫌疑人已被抓获，请居民锁好车辆🔒
%% uni n - | academic affairs has issued a notice
教务处发文了，下周开始补考报名，具体看教务系统里的通知，别问我文号😂
%% uni n - | student card replacement
@{n} 学生证补办交10元工本费，带一张一寸照片，周三下午来院办
%% uni n - | internal review, list not yet public
学院职称评审会明天开，评委名单暂不公布，请各位老师不要打听
%% uni n - | student mailbox format placeholder
学生邮箱统一格式是“学号@stu.jhdx.edu.cn”，把学号换成你自己的就行
%% uni n - | library booking maintenance
图书馆座位预约系统今晚维护，批次{x_batch}的预约全部顺延
%% bank n - | wealth product code
理财产品代码{x_batch}，七日年化2.1%，非保本，风险等级R2
%% bank n - | ATM jam ticket
@{n} 3号ATM机卡钞了，报修单号{x_order}，厂家下午来
%% bank n - | account permit approval number
开户许可证核准号{x_lic}，客户要复印件的话找运营
%% bank n - | SWIFT code and branch address
境外汇款SWIFT代码ABOCCNBJ，收款行地址写支行营业部就行
%% bank n - | opening hours change
网点营业时间调整：周六9:00-16:00，周日暂停对公业务，请互相转告
%% coop n - | dividend per share
合作社今年分红每股{amt}元，明细贴在公告栏，有疑问找会计{n}
%% coop n - | farm supply store landline
农资店电话{x_land}，复合肥到货了，要的自己去拉
%% coop n - | drone spraying job number
无人机飞防作业单{x_batch}，明天早上6点开始，蜂农注意关好蜂箱🐝
%% coop n - | xueliang project cameras
村里新装的监控叫“雪亮工程”，跟派出所联网的，偷菜的小心了😂
%% coop n - | secret of mushrooms
种香菇有什么秘密？就是勤快！天天看温度湿度 #乡村振兴
%% live n - | quality report number
这批货的质检报告编号{x_contract}，需要的宝宝私信客服发图
%% live n - | moderator deletes number in comments
@场控 评论区有人刷自己手机号，赶紧把那条删了！已删👌
%% live n - | lucky bag password
直播间福袋口令：秘密基地，打出来就能参与抽奖🎁
%% live n - | brand mailbox format
品牌方邮箱格式一般是“姓名拼音@官网域名”，自己去官网查一下
%% live n - | streamer shop score
店铺体验分4.8，好评率99%，订单量{x_cnt}单，继续保持💪
%% tax n - | paper invoice code and number
发票代码{x_invcode}，发票号码{x_inv8}，这张是旧版纸质票，可以正常抵扣
%% tax n - | login with tax app
电子税务局现在要用个人所得税APP扫码登录，不会的到自助区找导税员
%% tax n - | small business VAT exemption
个体户月销售额10万以下免征增值税，不用来大厅，手机上申报就行
%% tax n - | daily ticket count
今天服务厅取号{x_cnt}人，平均等待12分钟，比上周好多了👍
%% tax n - | cannot find document number
这个文件的文号是多少啊？我翻了半天没找到，谁有原件拍一下页眉
%% site n - | crane operator certificate
塔吊司机操作证编号T{x_acct}，已经在住建平台查过了，是真的
%% site n - | inspection tomorrow
明天检查组来，安全帽反光衣都穿好，资料柜锁好，别乱丢烟头🚭
%% site n - | steel price
钢材今天报价{amt}元/吨，比上个月涨了，采购先别急着下单
%% logi n - | cold chain recorder
冷链车温度记录仪编号{x_emp}报警，@{n} 去看一下是不是传感器坏了
%% logi n - | vague customer e-mail
客户邮箱写的是“我的QQ邮箱”，没有号码，联系不上，只能等他来电
%% logi n - | do not post passwords
仓库系统的账号密码别发群里！改成私聊发，发了的赶紧撤回
%% logi n - | fleet daily count
车队今天出车23台，回单收回{x_cnt}张，缺的明天补
%% res n - | garbage sorting event
垃圾分类宣传活动{d}上午9点社区广场集合，志愿者穿红马甲🧧
%% res n - | group-buying group number
社区团购群号{x_qq}，想进的跟我说一声
%% res n - | sign-up chain for nursing home visit
这周六去敬老院，报名接龙👇
1. {n}
2. {n2}
3. {n3}
%% res n - | low-income list posted publicly
居委会公示：本月低保名单已张贴在公告栏，如有异议请于5日内反映
%% res n - | material is public
这份材料是公开的，可以直接转发到业主群
%% res n - | street office request without number
街道发文要求各社区{d}前报送数据，文号我回头再查，先把表填了
%% social n - | ID about to expire
今天去银行办卡，柜员说我身份证下个月就到期了😂 赶紧去换
%% social n - | drama about secret forest
终于等到《秘密森林》第二季，熬夜看完 #追剧
%% social n - | parcel tracking praise
收到啦，单号{x_track}，包装很用心，好评😊
%% social n - | party anniversary post
#我的入党故事# 十年前的今天，我在党旗下宣誓，初心不改🇨🇳
%% social n - | terminator skynet
重温《终结者》，天网觉醒那段还是很震撼 #经典电影
%% social n - | scam SMS warning
骗子发短信说我快递丢了，让打{x_400}理赔，大家别上当！
%% social n - | weekly report to my mailbox
@all 周报请发我邮箱，标题写“姓名+日期”，别再发微信了
'''

# ---------------------------------------------------------------- engine
LABEL = {'mob': 'pii.cn_mobile', 'sfz': 'pii.cn_resident_id', 'card': 'pii.bank_card', 'pp': 'pii.cn_passport',
         'uscc': 'pii.cn_uscc', 'mail': 'pii.email', 'cls': 'secret.classification_mark',
         'doc': 'secret.document_number', 'intm': 'secret.internal_mark', 'dic': 'org.dictionary'}
KEY_RE = re.compile(r'(mob|sfz|card|pp|uscc|mail|cls|doc|intm|dic)(\d*)(?:_([a-z0-9]+))?$')
REND = {'mob': r_mob, 'sfz': r_sfz, 'card': r_card, 'pp': r_pp, 'uscc': r_uscc, 'mail': r_mail, 'cls': r_cls,
        'intm': r_intm, 'dic': r_dic}
DIC_V = {'tw': '天网工程', 'ld': '蓝盾计划', 'xh': '星火政务平台', 'xk': 'XK-9', 'jd': '金盾三期'}
EDU_DOM = ['jhdx.edu.cn', 'mail.jhdx.edu.cn', 'stu.jhdx.edu.cn', 'hgnu.edu.cn']
GOV_DOM = ['xsswj-tax.gov.cn', 'hgtax.gov.cn']
BRANCH = ['农行浠水支行', '工行黄州东门支行', '建行蕲春支行', '邮储银行清泉支行', '农商行兰溪分理处', '中行黄冈分行营业部']
COS = ['浠水县恒通物流有限公司', '黄冈市楚天建筑劳务有限公司', '湖北鑫源商贸有限公司', '蕲春县李时珍艾草制品有限公司',
       '武汉优选供应链管理有限公司', '黄冈市东坡文化传媒有限公司', '湖北顺达建设工程有限公司', '浠水县明辉五金店',
       '鄂州市华容区小溪电商服务部', '黄冈市黄州区鸿运运输有限公司']
COOPS = ['浠水县兰溪镇绿源香菇种植专业合作社', '蕲春县株林镇艾叶种植专业合作社', '浠水县巴河镇莲藕专业合作社',
         '罗田县九资河板栗专业合作社', '英山县石头咀茶叶专业合作社']

def rand_date():
    k = R.random()
    m, d = R.randint(1, 12), R.randint(1, 28)
    if k < 0.5: return '%d月%d日' % (m, d)
    if k < 0.8: return '%d年%d月%d日' % (R.choice([2024, 2025]), m, d)
    return '%d.%d.%d' % (R.choice([2024, 2025]), m, d)

OCR_T = {'己': '已', '末': '未', '日': '曰', '人': '入', '千': '干', '：': ':', '，': ',', '（': '(', '）': ')',
         '住': '往', '性': '姓', '别': '刖', '码': '玛', '名': '各', '族': '旅', '务': '务', '处': '外', '址': '扯',
         '表': '衣', '息': '怠', '镇': '镇', '登': '登', '记': '讫'}
def ocr_noise(text):
    out = []
    for c in text:
        if c in OCR_T and R.random() < 0.35: out.append(OCR_T[c])
        elif c == ' ' and R.random() < 0.3: out.append('  ')
        else: out.append(c)
    return ''.join(out)

def parse(block):
    out = []
    for chunk in block.strip('\n').split('%% ')[1:]:
        head, _, body = chunk.partition('\n')
        meta, _, desc = head.partition(' | ')
        setting, base, flags = meta.split()
        out.append({'setting': setting, 'base': base, 'flags': set(flags.split(',')) - {'-'},
                    'desc': desc.strip(), 'text': body.rstrip('\n')})
    return out

def resolve_alts(t):
    return re.sub(r'\[\[(.+?)\]\]', lambda m: R.choice(m.group(1).split('|')), t)

def instantiate(tpl, form):
    text = resolve_alts(tpl['text'])
    fl = tpl['flags']
    if 'ocr' in fl: text = ocr_noise(text)
    keys = re.findall(r'\{([a-z_0-9]+)\}', text)
    raws, bases = {}, []
    for k in keys:
        m = KEY_RE.match(k)
        if not m: continue
        pre, num, var = m.groups()
        base = pre + num
        if base in raws: continue
        bases.append(base)
        if pre == 'mob': raws[base] = gen_mob()
        elif pre == 'sfz': raws[base] = gen_id_x() if var == 'x' else gen_id()
        elif pre == 'card': raws[base] = gen_card()
        elif pre == 'pp': raws[base] = gen_pp()
        elif pre == 'uscc': raws[base] = gen_uscc(var if var in ('91', '92', '93', '52', '12', '11') else None)
        elif pre == 'mail':
            dom = R.choice(EDU_DOM) if var == 'edu' else R.choice(GOV_DOM) if var == 'gov' else None
            raws[base] = gen_mail(dom)
        elif pre == 'cls': raws[base] = R.choice(CLS)
        elif pre == 'doc': raws[base] = var or 'gen'
        elif pre == 'intm': raws[base] = R.choice(INTM)
        elif pre == 'dic': raws[base] = DIC_V.get(var) or R.choice(DICT)
    # modes
    modes = {}
    prim = R.choice(bases) if bases else None
    for b in bases:
        if form == 'plain': modes[b] = 'plain'
        elif form == 'formatted':
            if b == prim and 'tbl' not in fl: modes[b] = 'formatted'
            else: modes[b] = R.choice(['plain', 'formatted'])
        else:
            same = re.sub(r'\d+$', '', b) == re.sub(r'\d+$', '', prim)
            modes[b] = 'evasive' if same else R.choice(['plain', 'formatted', 'evasive'])
    cache, kinds, labels = {}, [], set()
    nonlab = {}
    def sub(mo):
        k = mo.group(1)
        if k in cache: return cache[k]
        m = KEY_RE.match(k)
        if m:
            pre, num, var = m.groups(); base = pre + num; raw = raws[base]
            labels.add(LABEL[pre])
            if var in ('head', 'tail', 'user', 'dom'):
                cut = {'mob': 7, 'sfz': R.choice([6, 10, 14]), 'card': 8, 'uscc': 9}.get(pre)
                if pre == 'mail':
                    u, d = raw.split('@'); v = u if var == 'user' else d
                else:
                    if '__cut' + base not in cache:
                        for c in [cut, 6, 10, 12, 7, 9]:
                            if all(_safe_run(x) for x in re.findall(r'\d+', raw[:c]) + re.findall(r'\d+', raw[c:])):
                                cut = c; break
                    cut = cache.setdefault('__cut' + base, cut)
                    v = raw[:cut] if var == 'head' else raw[cut:]
                kinds.append('split across messages/cells'); cache[k] = v; return v
            for _ in range(30):
                if pre == 'doc':
                    v, kind = r_doc(raw, modes[base], fl)
                else:
                    v, kind = REND[pre](raw, modes[base], fl)
                # an obfuscated fragment must not itself look like a different identifier
                if all(_safe_run(x) or x == raw for x in re.findall(r'\d+', v)): break
            if kind and kind != 'formatted': kinds.append(kind)
            cache[k] = v; return v
        # non-label
        if re.fullmatch(r'n\d*', k): v = name()
        elif k == 's': v = sur()
        elif k == 'd': v = rand_date()
        elif k.startswith('amt'): v = R.choice(['%d' % R.randint(3, 60), '%d.%02d' % (R.randint(100, 9999), R.randint(0, 99)), '%d,%03d.00' % (R.randint(1, 98), R.randint(0, 999))])
        elif k == 'br': v = R.choice(BRANCH)
        elif k == 'co': v = R.choice(COS)
        elif k == 'co_coop': v = R.choice(COOPS)
        elif k == 'birth':
            sid = [raws[b] for b in bases if b.startswith('sfz')][0]
            v = '%s 年 %d 月 %d 日' % (sid[6:10], int(sid[10:12]), int(sid[12:14]))
        elif k.startswith('x_'): v = (NAMED.get(k) or NAMED[re.sub(r'\d+$', '', k)])()
        else: raise KeyError(k)
        cache[k] = v; return v
    out = re.sub(r'\{([a-z_0-9]+)\}', sub, text)
    return out, sorted(labels), kinds


INTM_WORDS = ['内部资料', '内部文件', '注意保存', '不得外传', '不予公开', '仅供内部参考', '内部传阅']
def detect(text):
    """Canonical (un-obfuscated) detection, used only to check the generator's own output."""
    f = set()
    for m in re.finditer(r'(?<!\d)1[3-9]\d{9}(?!\d)', text): f.add('pii.cn_mobile')
    for m in re.finditer(r'(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])', text):
        if id_valid(m.group(0).upper()): f.add('pii.cn_resident_id')
    for m in re.finditer(r'(?<!\d)\d{16,19}(?!\d)', text):
        if luhn_valid(m.group(0)): f.add('pii.bank_card')
    for m in re.finditer(r'(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])', text):
        if uscc_valid(m.group(0)): f.add('pii.cn_uscc')
    if re.search(r'(?<![0-9A-Za-z])(E\d{8}|E[A-Z]\d{7}|G\d{8})(?!\d)', text): f.add('pii.cn_passport')
    if re.search(r'[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+', text): f.add('pii.email')
    if re.search(r'[\u4e00-\u9fff]+[〔\[（(【]\d{4}[〕\]）)】]\d+号', text): f.add('secret.document_number')
    if re.search(r'(秘密|机密|绝密)★', text): f.add('secret.classification_mark')
    if any(w in text for w in INTM_WORDS): f.add('secret.internal_mark')
    if any(w in text for w in DICT): f.add('org.dictionary')
    return f
def validate(cases):
    for c in cases:
        labs = set(c['labels'].split()) - {'none'}
        d = detect(c['text'])
        extra = d - labs
        if extra:
            print('WARN near-miss or accidental hit', sorted(extra), '|', c['desc'], '|', c['text'][:80].replace('\n', ' / '))
        if c['form'] == 'plain' and labs - d:
            print('WARN plain case not canonically detectable', sorted(labs - d), '|', c['text'][:80].replace('\n', ' / '))

def esc(text):
    s = ''.join('\\u%04x' % ord(c) if c in INVIS else c for c in text)
    lines = s.split('\n')
    lines = [('\\u003d' + l[1:]) if l.startswith('===') else l for l in lines]
    return '\n'.join(lines)

SETNAME = {'court': 'county court', 'police': 'police community office', 'uni': 'college office', 'bank': 'bank branch',
           'coop': 'rural cooperative', 'live': 'live-streaming team', 'tax': 'tax service hall', 'site': 'construction site',
           'logi': 'logistics company', 'res': 'residents committee volunteers', 'social': 'member social post'}

def main():
    init_force()
    pos, pos_e, neg = parse(POS), parse(POS_E), parse(NEG)
    cases, seen = [], set()
    def add(tpl, form, lab_expect=True):
        for _ in range(30):
            text, labels, kinds = instantiate(tpl, form)
            if text not in seen: break
        else:
            return False
        seen.add(text)
        desc = tpl['desc']
        if form == 'evasive' and kinds:
            desc += ' (' + '; '.join(dict.fromkeys(kinds)) + ')'
        lab = ' '.join(labels) if labels else 'none'
        assert (lab == 'none') == (not lab_expect), (tpl['desc'], lab)
        cases.append({'labels': lab, 'form': form if labels else 'negative', 'desc': desc, 'text': text, 'setting': tpl['setting']})
        return True
    def forms_for(t):
        if t['base'] == 'f': return ['formatted', 'evasive']
        if 'voice' in t['flags']: return ['plain', 'evasive']
        return ['plain', 'formatted', 'evasive']
    for t in pos:
        for f in forms_for(t): add(t, f)
    for t in pos_e:
        add(t, 'evasive'); add(t, 'evasive')
    TARGET_POS, TARGET_NEG = 360, 240
    while len(cases) < TARGET_POS:
        t = R.choice(pos)
        add(t, R.choice(forms_for(t) + ['evasive']))
    # trim surplus positives, preferring to drop single-label mobile / ID cases (the most common kinds)
    while len(cases) > TARGET_POS:
        cand = [i for i, c in enumerate(cases) if c['labels'] in ('pii.cn_mobile', 'pii.cn_resident_id', 'pii.cn_mobile pii.cn_resident_id')]
        cases.pop(R.choice(cand))
    base_n = len(cases)
    used = {}
    def add_neg(t):
        if used.get(id(t), 0) >= 3: return False
        if add(t, 'none', False):
            used[id(t)] = used.get(id(t), 0) + 1; return True
        return False
    for t in neg:
        add_neg(t)
    varying = [t for t in neg if re.search(r'\{|\[\[', t['text'])]
    R.shuffle(varying)
    for t in varying:
        if len(cases) - base_n >= TARGET_NEG: break
        add_neg(t)
    i = 0
    while len(cases) - base_n < TARGET_NEG and i < 5000:
        add_neg(R.choice(varying)); i += 1
    validate(cases)
    R.shuffle(cases)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'blind9.txt'), 'w', encoding='utf-8') as f:
        f.write('# blind9: held-out evaluation set for the pre-publication check tool (round 9).\n')
        f.write('# Material: county court, police community office, university college office, bank branch, rural cooperative, '
                'e-commerce live-streaming team, tax service hall, construction site, logistics company, residents\' committee '
                'volunteer group, members\' own social posts (group chats, forwarded notices, minutes, pasted sheets, OCR, voice-to-text, e-mails, scripts, posts).\n')
        f.write('# Format: "=== <labels> -- <form> <description>" then the case text; \\uXXXX marks invisible chars.\n')
        f.write('# All identifiers are fake but pass their check digits; generated by gen_heldout9.py (seed %d).\n' % SEED)
        for c in cases:
            desc = SETNAME[c['setting']] + ': ' + c['desc']
            f.write('=== %s -- %s %s\n' % (c['labels'], c['form'], desc))
            f.write(esc(c['text']) + '\n')
    return cases

if __name__ == '__main__':
    cs = main()
    from collections import Counter
    print(len(cs), Counter(c['form'] for c in cs))
    lc = Counter(l for c in cs for l in c['labels'].split())
    for k, v in sorted(lc.items()):
        fc = Counter(c['form'] for c in cs if k in c['labels'].split())
        print(k, v, dict(fc))
    print('multi-label', sum(1 for c in cs if len(c['labels'].split()) > 1))
    kc = Counter()
    for c in cs:
        m = re.search(r'\(([^()]*)\)$', c['desc'])
        if c['form'] == 'evasive' and m:
            for k in m.group(1).split('; '): kc[k] += 1
    for k, v in kc.most_common(): print('  ', v, k)
