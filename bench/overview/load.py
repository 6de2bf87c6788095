#!/usr/bin/env python3
# The overview's load driver (bench/overview/run): over HTTP against a running
# `netconduct serve` on bench-data, C clients (threads, one keep-alive
# connection each), each making N requests of one endpoint after another;
# prints the median and 99th percentile of the time per request:
#   root      GET /api/v1/overview?org=1&year=YEAR  (the root committee's whole subtree,
#             as its committee administrator)
#   children  GET /api/v1/overview/children?org=1&year=YEAR&limit=50  (drill-down: the root's
#             children, each over its subtree)
#   branch    GET /api/v1/overview?org=BRANCH&year=YEAR  (a branch's own page, as its secretary)
# Every answer is checked: each by-month indicator's total is the sum of its months, the root
# counts something, the children page is not empty, the branch page answers its own organisation.
# Usage: load.py PORT ADMIN_PASSWORD SECRETARY_PASSWORD CLIENTS REQUESTS YEAR
import http.client, json, os, statistics, sys, threading, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import wrk_load  # noqa: E402

port = int(sys.argv[1])
admin_pw, secretary_pw = sys.argv[2], sys.argv[3]
clients, requests, year = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])


def login(user, password):
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("POST", "/api/v1/login", json.dumps({"username": user, "password": password}),
              {"Content-Type": "application/json"})
    r = c.getresponse()
    body = json.loads(r.read())
    assert r.status == 200, (user, r.status)
    return c, r.getheader("Set-Cookie").split(";")[0], body


def get(c, cookie, path):
    t = time.perf_counter()
    c.request("GET", path, headers={"Cookie": cookie})
    r = c.getresponse()
    body = r.read()
    took = time.perf_counter() - t
    assert r.status == 200, (path, r.status, body[:300])
    return took, json.loads(body)


c0, cookie0, session = login("bench-secretary-001", secretary_pw)
branch = next(g["org"]["id"] for g in session["user"]["roles"] if g["role"] == "branch_secretary")
c0.close()


def by_month_ok(b):
    for i in b["indicators"]:
        if i["available"] and i["measure"] == "by_month":
            assert sum(i["months"]) == i["total"], i["id"]


def root_ok(b):
    by_month_ok(b)
    assert b["org"]["id"] == 1
    assert any(i.get("total", 0) > 0 for i in b["indicators"]), "the root counts nothing"


def children_ok(b):
    assert b["organisations"], "the root has no children"
    for o in b["organisations"]:
        by_month_ok(o)


def branch_ok(b):
    by_month_ok(b)
    assert b["org"]["id"] == branch


def run(name, user, password, path, check):
    times, errors = [], []
    lock = threading.Lock()

    def client():
        try:
            c, cookie, _ = login(user, password)
            mine = []
            for _ in range(requests):
                took, body = get(c, cookie, path)
                check(body)
                mine.append(took)
            c.close()
            with lock:
                times.extend(mine)
        except Exception as e:  # reported, and the run fails
            with lock:
                errors.append(repr(e))

    if clients > 1 and wrk_load.available() and os.environ.get("LOADER", "wrk") == "wrk":
        # One answer checked here, then wrk's clients (bench/common/wrk_load.py).
        c, cookie = login(user, password)[:2]
        check(get(c, cookie, path)[1])
        c.close()
        wrk_load.run(name, port, cookie, path, clients, int(os.environ.get("WRK_SECONDS", "10")))
        return
    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    if errors:
        sys.exit(f"{name}: {errors[0]}")
    q = statistics.quantiles(times, n=100)
    print(f"{name} clients={clients} requests={len(times)} median_ms={statistics.median(times)*1000:.2f}"
          f" p99_ms={q[98]*1000:.2f} max_ms={max(times)*1000:.1f} per_s={len(times)/wall:.0f}", flush=True)


run("root", "bench-admin", admin_pw, f"/api/v1/overview?org=1&year={year}", root_ok)
run("children", "bench-admin", admin_pw, f"/api/v1/overview/children?org=1&year={year}&limit=50", children_ok)
run("branch", "bench-secretary-001", secretary_pw, f"/api/v1/overview?org={branch}&year={year}", branch_ok)
