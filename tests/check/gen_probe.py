#!/usr/bin/env python3
"""Writes tests/check/cases/probe.txt: cases written AFTER reading the
detectors (unlike heldout/blind.txt), aimed at the edges of the context rules
added from the held-out review (密级为…, table cells, clauses, issuer codes
without 发/字, 0086, terms split by a line break) and at their false alarms.
Uses the check-character helpers of gen_heldout.py. Deterministic.

    python3 tests/check/gen_probe.py > tests/check/cases/probe.txt
"""
import importlib.util
import os
import random
import sys

_spec = importlib.util.spec_from_file_location(
    "gen_heldout", os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen_heldout.py"))
g = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(g)
g.CASES.clear()
g.R.seed(20240918)
case, S, I, D, ID, M, B, U, P, E, O, N = (g.case, g.S, g.I, g.D, g.ID, g.M, g.B, g.U, g.P, g.E, g.O, g.N)

# classification: labels with a copula, other label words, tables, frames
case(S, "密级为秘密")
case(S, "本文件属于机密级，阅后收回。")
case(S, "保密等级为机密")
case(S, "此件为秘密，请妥善保管")
case(N, "这件事是秘密，不要说出去。", "prose subject, not the document")
case(N, "下列事项属于国家秘密：", "law-like")
case(S, "涉密等级：绝密★启用前")
case(S, "密級：機密", "traditional")
case(S, "密级：秘密★1年")
case(S, "序号,文件名称,密级\n1,年度工作报告,秘密\n2,会议纪要,机密", "csv")
case(S, "名称\t密级\t保管人\n某某方案\t绝密\t办公室", "tsv")
case(S, "│ 机密 │", "box frame")
case(S, "■机密■")
case(S, "〖秘密〗\n关于某某工作的通报")
case(N, "歌名\t歌手\n秘密\t张震岳", "a song title in a cell")
case(N, "姓名,爱好\n张三,秘密", "cell under an unrelated header")
case(N, "片名\t年份\n绝密档案\t2019")
case(N, "他说：秘密。")
case(N, "嘘，秘密！别告诉别人")
case(N, "密级分为绝密、机密、秘密三个等级。", "law-like enumeration")
case(N, "密级是什么意思？")
case(N, "请问保密等级怎么确定？")
case(N, "────────\n秘密花园开放时间\n────────")
case(N, "│ 姓名 │ 秘密武器 │")

# internal markings: clauses, cells, bare 内部
case(I, "内部资料，请勿外传")
case(I, "各位同事：以下为内部文件，不得外传。")
case(I, "【内部】")
case(I, "内部★")
case(I, "名称\t标注\n周报\t内部资料")
case(I, "仅限内部，请勿转发")
case(I, "内部资料　免费交流", "the printed mark of internal publications")
case(I, "内部明传电报\n某某市人民政府办公室")
case(I, "内部资料 不得翻印")
case(I, "内部文件 严禁复制 不得扩散")
case(N, "禁止吸烟，请勿喧哗")
case(N, "请勿复制粘贴他人作品。")
case(N, "本站内容不得转载。", "no internal mark at all")
case(N, "联系人：王芳，电话010-62345678，请勿外传。", "a prohibition closing a sentence about something else")
case(I, "以上内容，请勿外传。")
case(I, "会议材料，不得外传")
case(N, "注意保存，以备查验。", "everyday advice")
case(N, "这份是内部资料吗？", "question")
case(N, "公司内部，禁止吸烟。")
case(N, "内部、外部环境都很复杂。")
case(N, "冰箱内部，注意保存温度。")
case(N, "名称\t备注\n周报\t内部资料较多", "prose in a cell")

# document numbers without 发/字 endings, and sentence words before brackets
for num in ["财税〔2023〕12号", "建城〔2020〕1号", "银发〔2022〕3号", "公通字〔2021〕8号",
            "交规划发〔2023〕9号", "税总函〔2023〕45号", "会议纪要〔2024〕3号", "国税〔2019〕7号"]:
    case(D, num)
case(D, "按照财预〔2023〕18号文件精神执行。")
case(N, "根据（2024）3号")
case(N, "见〔2024〕3号")
case(N, "（2024）京01民终123号", "court case number")
case(N, "第（2023）1号")
case(N, "2023年（第5号）公告")

# mobiles with 00 86
m = g.mobile()
case(M, f"0086 {m}")
case(M, f"电话：0086{g.mobile()}")
case(M, f"86-{g.mobile()}")
case(N, f"100086{g.mobile()}", "inside a longer number")
case(N, f"流水号20086{g.mobile()}")

# dictionary terms across a line break
case(O, "关于天网\n工程的报告")
case(O, "星火政务\n平台上线")
case(N, "天网\n\n工程", "a blank line between is not one term")
case(N, "蓝盾\n计算机")

if __name__ == "__main__":
    sys.stdout.write("# Probe cases written after reading the detectors (see gen_probe.py).\n")
    for labels, note, text in g.CASES:
        head = "=== " + (labels if labels else "none") + (" -- " + note if note else "")
        sys.stdout.write(head + "\n" + g.escape(text) + "\n")
