#!/usr/bin/env python3
# Walks the root's whole subtree of members page by page over one keep-alive
# connection, as bench/lists/run's committee administrator: checks that the
# pages hold `total` members, each once, and prints the time per page.
# Usage: walk.py PORT PASSWORD   (prints the session cookie on stderr)
import http.client, json, statistics, sys, time
port, password = int(sys.argv[1]), sys.argv[2]
c = http.client.HTTPConnection("127.0.0.1", port)
c.request("POST", "/api/v1/login", json.dumps({"username": "bench-admin", "password": password}),
          {"Content-Type": "application/json"})
r = c.getresponse(); r.read()
cookie = r.getheader("Set-Cookie").split(";")[0]
times, sizes, ids, total, after = [], [], set(), None, None
while True:
    path = "/api/v1/members?org=1&subtree=1&limit=200" + (f"&after={after}" if after else "")
    t = time.perf_counter()
    c.request("GET", path, headers={"Cookie": cookie})
    r = c.getresponse(); body = r.read()
    times.append(time.perf_counter() - t)
    assert r.status == 200, (r.status, body[:200])
    sizes.append(len(body))
    page = json.loads(body)
    total = page["total"]
    for m in page["members"]:
        assert m["id"] not in ids, m["id"]
        ids.add(m["id"])
    after = page["next"]
    if after is None:
        break
assert len(ids) == total, (len(ids), total)
q = statistics.quantiles(times, n=20)
print(f"{len(times)} pages, {len(ids)} members = total; per page median {statistics.median(times)*1000:.1f} ms,"
      f" p95 {q[18]*1000:.1f} ms, slowest {max(times)*1000:.0f} ms; largest answer {max(sizes)} bytes;"
      f" walk {sum(times):.1f} s")
print(cookie, file=sys.stderr)
