#!/usr/bin/env python3
# The registers' load driver (bench/registers/run): over HTTP against a
# running `netconduct serve`, with C clients (threads, one keep-alive
# connection each), each making N requests of one kind after another, and
# prints the median and 99th percentile of the time per request:
#   page    GET /api/v1/records/KIND?org=PAGE_ORG&state=STATE&limit=50
#           (a committee administrator's filtered register page, 50 rows)
#   counts  GET /api/v1/records/counts?org=COUNTS_ORG
#           (a committee's counts by kind and state over its whole subtree)
#   todo    GET /api/v1/todo  (a branch secretary's 待办)
# Every answer is checked (status 200; 50 rows on a page; counts that add up
# to RECORDS at the root; a non-empty 待办).
# Usage: load.py PORT ADMIN_PASSWORD SECRETARY_PASSWORD CLIENTS REQUESTS PAGE_ORG COUNTS_ORG RECORDS
import http.client, json, os, statistics, sys, threading, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import wrk_load  # noqa: E402

port = int(sys.argv[1])
admin_pw, secretary_pw = sys.argv[2], sys.argv[3]
clients, requests = int(sys.argv[4]), int(sys.argv[5])
page_org, counts_org, records = int(sys.argv[6]), int(sys.argv[7]), int(sys.argv[8])


def login(user, password):
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("POST", "/api/v1/login", json.dumps({"username": user, "password": password}),
              {"Content-Type": "application/json"})
    r = c.getresponse()
    r.read()
    assert r.status == 200, (user, r.status)
    return c, r.getheader("Set-Cookie").split(";")[0]


def get(c, cookie, path):
    t = time.perf_counter()
    c.request("GET", path, headers={"Cookie": cookie})
    r = c.getresponse()
    body = r.read()
    took = time.perf_counter() - t
    assert r.status == 200, (path, r.status, body[:300])
    return took, json.loads(body)


# What to ask: the first kind and its first state that waits for someone (the filter of the page).
c0, admin_cookie = login("bench-admin", admin_pw)
_, kinds = get(c0, admin_cookie, "/api/v1/records/kinds")
kind = kinds["kinds"][0]
state = next(s["id"] for s in kind["states"] if s["waiting_for"])
page_path = f"/api/v1/records/{kind['id']}?org={page_org}&state={state}&limit=50"
_, counted = get(c0, admin_cookie, f"/api/v1/records/counts?org={counts_org}")
counted_total = sum(x["count"] for x in counted["counts"])
if counts_org == 1:
    assert counted_total == records, (counted_total, records)
_, first = get(c0, admin_cookie, page_path)
assert len(first["records"]) == 50, ("the page's organisation has fewer than 50 such records", first.get("total"))
c0.close()


def run(name, user, password, path, check):
    times, errors = [], []
    lock = threading.Lock()

    def client():
        try:
            c, cookie = login(user, password)
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


def page_ok(b):
    assert len(b["records"]) == 50 and all(r["state"] == state for r in b["records"])


def counts_ok(b):
    assert sum(x["count"] for x in b["counts"]) == counted_total


def todo_ok(b):
    assert b["items"], "the secretary's 待办 is empty"


print(f"page: {page_path} ({first['total']} such records below org {page_org}); counts: org {counts_org},"
      f" {counted_total} records", flush=True)
run("page", "bench-admin", admin_pw, page_path, page_ok)
run("counts", "bench-admin", admin_pw, f"/api/v1/records/counts?org={counts_org}", counts_ok)
run("todo", "bench-secretary-001", secretary_pw, "/api/v1/todo", todo_ok)
