# Many clients from wrk (C, one keep-alive connection per client, two
# threads), for the load drivers of bench/registers and bench/overview: at 16
# clients a Python driver's own threads took a large share of the 2 cores
# and their GIL queued the answers, so its p99 measured the driver as much
# as the server. The driver still checks one answer of each endpoint itself
# before; here every answer must be a 2xx (wrk counts the others) and the
# socket errors must be none.
import re, shutil, subprocess, sys

UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def available():
    return shutil.which("wrk") is not None


def _ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if not m:
        raise ValueError(f"wrk latency {text!r}")
    return float(m[1]) * UNIT_MS[m[2]]


def run(name, port, cookie, path, clients, seconds):
    out = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}",
                          f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        sys.exit(f"{name}: wrk saw failures:\n{out}")
    pct = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    requests = int(re.search(r"(\d+) requests in", out)[1])
    per_s = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])
    top = re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", out)[1]
    print(f"{name} clients={clients} requests={requests} median_ms={_ms(pct['50']):.2f} p99_ms={_ms(pct['99']):.2f}"
          f" max_ms={_ms(top):.1f} per_s={per_s:.0f} (wrk)", flush=True)
