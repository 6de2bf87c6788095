#!/usr/bin/env python3
"""One file of bench/check-e2e/run: BM_Engine, netconduct check and grep on
its bytes, RUNS times each; prints medians, ratios and netconduct's peak
RssAnon."""
import argparse
import json
import os
import statistics
import subprocess
import time

OUT = os.devnull  # where the programs' output goes (a file beside the text)


def run(argv, sample_rss):
    """Wall seconds, CPU seconds (user + sys), exit code, peak RssAnon and
    VmHWM (KiB, sampled every 5 ms)."""
    # Output to a file, not /dev/null: GNU grep stops at the first match when
    # its output is /dev/null.
    t0 = time.monotonic()
    with open(OUT, "wb") as out:
        p = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE)
    peak_anon = peak_hwm = 0
    status = None
    while True:
        pid, st, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            status, usage = st, ru
            break
        if sample_rss:
            try:
                with open("/proc/%d/status" % p.pid) as f:
                    for line in f:
                        if line.startswith("RssAnon:"):
                            peak_anon = max(peak_anon, int(line.split()[1]))
                        elif line.startswith("VmHWM:"):
                            peak_hwm = max(peak_hwm, int(line.split()[1]))
            except OSError:
                pass
        time.sleep(0.005)
    wall = time.monotonic() - t0
    err = p.stderr.read().decode(errors="replace").strip()
    if os.waitstatus_to_exitcode(status) not in (0, 1) and OUT != os.devnull:
        with open(OUT, "rb") as f:  # the report may carry the error
            err += " " + f.read(300).decode(errors="replace")
    p.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), peak_anon, peak_hwm, err


def main():
    ap = argparse.ArgumentParser()
    for a in ("--file", "--patterns", "--bin", "--bench", "--rulebooks"):
        ap.add_argument(a, required=True)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    global OUT
    OUT = a.file + ".out"
    size = os.path.getsize(a.file)
    mb = size / 1e6
    print("\n== %s: %d bytes (%.1f MiB)" % (os.path.basename(a.file), size, size / 2**20))

    # The engine in process, on the same bytes (no dictionary: the detectors
    # `netconduct check FILE` runs).
    out = subprocess.run([a.bench, "--corpus=" + a.file, "--dictionary-terms=0", "--benchmark_filter=^BM_Engine/",
                          "--benchmark_repetitions=%d" % a.runs, "--benchmark_format=json"],
                         check=True, capture_output=True, text=True).stdout
    reps = [b for b in json.loads(out)["benchmarks"] if b.get("run_type") == "iteration"]
    eng_wall = statistics.median(b["real_time"] for b in reps) / 1e3  # ms → s
    eng_cpu = statistics.median(b["cpu_time"] for b in reps) / 1e3
    findings = int(reps[0].get("findings", 0))

    nc = [run([a.bin, "check", "--format", "json", "--rulebooks", a.rulebooks, a.file], True) for _ in range(a.runs)]
    gr = [run(["grep", "-c", "-F", "-f", a.patterns, a.file], False) for _ in range(a.runs)]
    os.remove(OUT)
    codes = sorted({r[2] for r in nc})
    failed = [r for r in nc if r[2] not in (0, 1)]

    def med(rs, i):
        return statistics.median(r[i] for r in rs)

    rows = [("BM_Engine", eng_wall, eng_cpu), ("netconduct check", med(nc, 0), med(nc, 1)),
            ("grep -c -F -f (10)", med(gr, 0), med(gr, 1))]
    print("%-20s %10s %10s %12s %12s" % ("", "wall s", "cpu s", "MB/s wall", "MB/s cpu"))
    for name, w, c in rows:
        print("%-20s %10.3f %10.3f %12.0f %12.0f" % (name, w, c, mb / w, mb / c))
    print("BM_Engine findings: %d; netconduct exit codes: %s%s" %
          (findings, codes, "; error: " + failed[0][5][:200] if failed else ""))
    if failed:
        print("netconduct FAILED on this file (the ratios below are of a failure)")
    print("netconduct / BM_Engine: %.2fx wall, %.2fx cpu   (target <= 1.3x)" %
          (med(nc, 0) / eng_wall, med(nc, 1) / eng_cpu))
    print("netconduct / grep:      %.2fx wall, %.2fx cpu   (target <= 2x)" %
          (med(nc, 0) / med(gr, 0), med(nc, 1) / med(gr, 1)))
    print("netconduct peak RssAnon: %.1f MiB, peak VmHWM (all resident memory): %.1f MiB   (target RssAnon <= 128 MiB)" %
          (max(r[3] for r in nc) / 1024, max(r[4] for r in nc) / 1024))


if __name__ == "__main__":
    main()
