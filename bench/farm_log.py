#!/usr/bin/env python3
"""linkfarm.py serve, unchanged, with a request log for the link benchmarks.

  farm_log.py SHARED_BENCH_DIR serve [linkfarm serve options]

GET /__log answers {"now", "farm_peak", "live_peak", "log"}: each request's method
(m), host (h), path (p), POST body, status (st), start (t0) and end (t1), when its
client went away (lost), and whether it carried an Authorization header (auth).
live_peak is the most requests of each host whose client was still waiting at once
(a handler the client gave up on still sleeps, and the farm's own per-host count,
Farm.peak, still counts it).
"""
import contextvars, json, sys, time
from collections import Counter

sys.path.insert(0, sys.argv.pop(1))
import linkfarm  # noqa: E402

Farm = linkfarm.Farm
T0 = time.monotonic()
LOG = []
LIVE, LIVE_PEAK = Counter(), Counter()  # requests whose client is still waiting, per host
CONN = contextvars.ContextVar("conn", default=None)
REC = contextvars.ContextVar("rec", default=None)
orig_handle, orig_respond, orig_send = Farm.handle, Farm.respond, Farm.send


def now():
    return round(time.monotonic() - T0, 4)


def settle(rec):
    if rec["live"]:
        rec["live"] = False
        LIVE[rec["h"]] -= 1


async def handle(self, reader, writer):
    conn = {"rec": None}
    CONN.set(conn)

    def hook(orig):
        def wrapped(*args):
            rec = conn["rec"]
            if rec is not None and rec["lost"] is None:
                rec["lost"] = now()
                settle(rec)
            return orig(*args)
        return wrapped
    # The client closing (EOF) or resetting the connection while its request is open.
    reader.feed_eof = hook(reader.feed_eof)
    reader.set_exception = hook(reader.set_exception)
    await orig_handle(self, reader, writer)


async def respond(self, writer, method, target, headers):
    if target.startswith("/__log"):
        body = {"now": now(), "farm_peak": self.peak, "live_peak": LIVE_PEAK, "log": LOG}
        return await orig_send(self, writer, 200, json.dumps(body).encode(), ctype="application/json")
    if target.startswith("/__stats"):
        return await orig_respond(self, writer, method, target, headers)
    vhost = headers.get("host", "").split(":")[0].lower()
    if vhost.endswith(".farm"):
        host, path = vhost[:-5], target.split("#")[0] or "/"
    else:
        parts = target.split("#")[0].lstrip("/").split("/", 1)
        host, path = parts[0].lower(), "/" + (parts[1] if len(parts) > 1 else "")
    rec = {"m": method, "h": host, "p": path, "t0": now(), "t1": None, "st": None,
           "lost": None, "live": True, "auth": "authorization" in headers}
    if method == "POST":
        rec["body"] = headers.get("__body", "")
    LOG.append(rec)
    LIVE[host] += 1
    LIVE_PEAK[host] = max(LIVE_PEAK[host], LIVE[host])
    conn = CONN.get()
    if conn is not None:
        conn["rec"] = rec
    REC.set(rec)
    try:
        return await orig_respond(self, writer, method, target, headers)
    finally:
        rec["t1"] = now()
        settle(rec)
        if conn is not None:
            conn["rec"] = None
        REC.set(None)


async def send(self, writer, status, body, *args, **kwargs):
    rec = REC.get()
    if rec is not None and rec["st"] is None:
        rec["st"] = status
    return await orig_send(self, writer, status, body, *args, **kwargs)


Farm.handle, Farm.respond, Farm.send = handle, respond, send
sys.argv[0] = "linkfarm.py"
linkfarm.main()
