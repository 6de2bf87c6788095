#!/usr/bin/env python3
"""Writes SIZE bytes of UTF-8 text for bench/check-e2e/run: the regulation's
own sentences (/work/shared/regulation or REGULATION=FILE), in random order,
one paragraph per line, with about one marking or personal datum per
ITEM_EVERY bytes (default 16 KiB): the ten literal markings of patterns.txt,
mobile numbers, resident ID numbers, e-mail addresses. Deterministic for a
seed.

  gen.py OUT SIZE [SEED]        also writes OUT.patterns (the ten literals)
"""
import os
import random
import re
import sys

MARKINGS = ["秘密★1年", "机密★长期", "绝密★启用前", "内部资料", "注意保存",
            "此件不予公开", "工作秘密", "内部文件", "请勿外传", "限内部传阅"]
ITEM_EVERY = int(os.environ.get("ITEM_EVERY", 16 * 1024))


def sentences(path):
    text = open(path, encoding="utf-8").read()
    out = []
    for s in re.split(r"(?<=[。；！？])|\n", text):
        s = re.sub(r"\s+", "", s)
        if len(s.encode()) >= 12:
            out.append(s)
    return out


def resident_id(rng):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    body = "%02d%04d%04d%02d%02d%03d" % (rng.choice([11, 31, 44, 51]), rng.randrange(100, 9999),
                                        rng.randrange(1950, 2005), rng.randrange(1, 13),
                                        rng.randrange(1, 29), rng.randrange(1000))
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
    return body + check


def item(rng):
    k = rng.randrange(14)
    if k < 10:
        return MARKINGS[k]
    if k == 10:
        return "联系电话1%d%08d" % (rng.choice([3, 5, 8]), rng.randrange(10**8))
    if k == 11:
        return "身份证号：" + resident_id(rng)
    if k == 12:
        return "邮箱 wang%d@example.gov.cn" % rng.randrange(1000)
    return "手机 13%d %04d %04d" % (rng.randrange(10), rng.randrange(10**4), rng.randrange(10**4))


def main():
    out_path, size = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    reg = os.environ.get("REGULATION") or "/work/shared/regulation/dangyuan-wangluo-xingwei-guiding.txt"
    pool = sentences(reg)
    rng = random.Random(seed)
    with open(out_path + ".patterns", "w", encoding="utf-8") as p:
        p.write("\n".join(MARKINGS) + "\n")
    written = 0
    next_item = rng.randrange(ITEM_EVERY)
    with open(out_path, "wb") as f:
        while written < size:
            parts = []
            n = 0
            while n < (1 << 20):
                para = "".join(rng.choices(pool, k=rng.randrange(1, 8)))
                if written + n >= next_item:
                    cut = rng.randrange(len(para) + 1)
                    para = para[:cut] + item(rng) + para[cut:]
                    next_item += rng.randrange(1, 2 * ITEM_EVERY)
                line = (para + "\n").encode()
                parts.append(line)
                n += len(line)
            chunk = b"".join(parts)
            if written + len(chunk) > size:
                chunk = chunk[:size - written]
                while chunk and (chunk[-1] & 0xC0) == 0x80:  # whole code points
                    chunk = chunk[:-1]
                while chunk and chunk[-1] >= 0xC0:
                    chunk = chunk[:-1]
                f.write(chunk)
                break
            f.write(chunk)
            written += len(chunk)


if __name__ == "__main__":
    main()
