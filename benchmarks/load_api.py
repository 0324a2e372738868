"""Load test of GET /api/events: N concurrent clients, typical filters, loopback only.

    python benchmarks/make_store.py --events 1000000 --out /tmp/tidings-1m.db
    python benchmarks/load_api.py --db /tmp/tidings-1m.db      # 50 clients x 40 requests

Starts `tidings serve` on 127.0.0.1 (a free port) with its default worker
processes (one per core), waits until every one listens, then runs
`--clients` clients at once, each sending `--requests` requests back to back
(so the run is bounded: clients x requests in all). Each request draws a
typical dashboard query: a country, a category, a month, a bounding box,
deaths, an actor, words, or the next page of an earlier answer. Prints
p50/p90/p99/max latency, throughput and errors, overall and per kind, the
server's CPU time per request (and per worker process), the machine's load
average, the slowest requests, and how many answers came from the server's
response cache (`--no-cache` turns it off, so both figures can be had from
the same mix).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import resource
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

import httpx

from tidings.serve.settings import default_workers

COUNTRIES = ["NG", "UA", "IN", "US", "KZ", "BR", "SY", "MX", "FR", "PK", "CO", "ZA"]
CATEGORIES = ["PROTEST", "ASSAULT", "CONSULT", "COERCE", "ACCUSE"]
BOXES = {"west-africa": "-18,4,16,20", "europe": "-10,35,30,60", "south-asia": "60,5,95,35",
         "andes": "-82,-35,-62,5"}
ACTORS = ["police", "rebels", "students"]
WORDS = ["fuel prices", "election", "curfew wages"]


MIX = {"latest": 10, "country": 20, "category": 12, "month": 12, "bbox": 12, "deadly": 8, "actor": 6,
       "text": 6, "combined": 14}  # kind -> weight in the request mix


def typical_query(rng: random.Random, limit: int, mix: dict[str, int] = MIX) -> tuple[str, dict[str, str]]:
    kind = rng.choices(list(mix), weights=list(mix.values()))[0]
    params: dict[str, str] = {"limit": str(limit)}
    year = rng.randint(2016, 2024)
    month = rng.randint(1, 12)
    if kind == "country":
        params["country"] = rng.choice(COUNTRIES)
    elif kind == "category":
        params["event"] = rng.choice(CATEGORIES)
    elif kind == "month":
        params.update(since=f"{year}-{month:02d}-01", until=f"{year}-{month:02d}-28")
    elif kind == "bbox":
        params["bbox"] = rng.choice(list(BOXES.values()))
    elif kind == "deadly":
        params.update(min_dead=str(rng.choice([1, 10, 50])), sort="-dead")
    elif kind == "actor":
        params["actor"] = rng.choice(ACTORS)
    elif kind == "text":
        params["text"] = rng.choice(WORDS)
    elif kind == "combined":
        params.update(country=rng.choice(COUNTRIES), event=rng.choice(CATEGORIES), since=f"{year}-01-01")
    return kind, params


class LoopbackHttp:
    """A bare HTTP/1.1 keep-alive client over one connection.

    httpx spends several milliseconds of CPU per request; with 50 clients in
    one process on a shared machine that time queues behind itself and shows
    up as server latency. This client only writes a GET and reads the status,
    two headers and the body, so the figures are the server's.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, params: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        target = path + "?" + urlencode(params)
        request = f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode()
        for attempt in (1, 2):  # the server may have closed an idle connection
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            try:
                self.writer.write(request)
                return await self._response()
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    async def _response(self) -> tuple[int, dict[str, str], bytes]:
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        return status, headers, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


SLOWEST_SHOWN = 5
NEXT_CURSOR = re.compile(rb'"next_cursor":\s*"([^"]+)"')


async def client(http: LoopbackHttp, n: int, rng: random.Random, limit: int,
                 timings: dict[str, list[float]], errors: list[str], mix: dict[str, int],
                 cache_states: dict[str, int], slowest: list[tuple]) -> None:
    pending_next: tuple[str, dict[str, str]] | None = None
    for sequence in range(n):
        if pending_next and rng.random() < 0.5:
            kind, params = pending_next
        else:
            kind, params = typical_query(rng, limit, mix)
        pending_next = None
        started = time.perf_counter()
        try:
            status, headers, body = await http.get("/api/events", params)
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            errors.append(f"{type(exc).__name__} {kind} {params}")
            continue
        elapsed = time.perf_counter() - started
        if status != 200:
            errors.append(f"{status} {kind} {params}: {body[:120]!r}")
            continue
        state = headers.get("x-cache", "none")
        cache_states[state] = cache_states.get(state, 0) + 1
        found = NEXT_CURSOR.search(body)
        if found:
            pending_next = ("next-page", {**params, "cursor": found.group(1).decode()})
        timings[kind].append(elapsed)
        shown = {k: v for k, v in params.items() if k != "cursor"}
        slowest.append((elapsed, kind, state, sequence, shown))
        slowest.sort(key=lambda item: -item[0])
        del slowest[SLOWEST_SHOWN:]


async def run_load(host: str, port: int, clients: int, requests: int, limit: int, seed: int,
                   mix: dict[str, int] = MIX):
    timings: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    cache_states: dict[str, int] = {}
    slowest: list[tuple] = []
    connections = [LoopbackHttp(host, port) for _ in range(clients)]
    started = time.perf_counter()
    await asyncio.gather(*(client(connections[i], requests, random.Random(seed + i), limit, timings, errors, mix,
                                  cache_states, slowest) for i in range(clients)))
    wall = time.perf_counter() - started
    for http in connections:
        await http.close()
    return timings, errors, wall, cache_states, slowest


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(timings: dict[str, list[float]], errors: list[str], wall: float, clients: int,
           slowest: list[tuple]) -> None:
    every = [t for ts in timings.values() for t in ts]
    if not every:
        print("no successful requests")
    else:
        ms = lambda v: f"{v * 1000:7.1f}"  # noqa: E731
        print(f"{len(every)} ok, {len(errors)} errors, {clients} clients, {wall:.1f} s, {len(every) / wall:.0f} req/s")
        print(f"latency ms: p50 {ms(percentile(every, 50))}  p90 {ms(percentile(every, 90))}  "
              f"p99 {ms(percentile(every, 99))}  max {ms(max(every))}  mean {ms(statistics.mean(every))}")
        print(f"{'kind':<10} {'n':>5} {'p50':>7} {'p99':>7}")
        for kind in sorted(timings):
            ts = timings[kind]
            print(f"{kind:<10} {len(ts):>5} {ms(percentile(ts, 50))} {ms(percentile(ts, 99))}")
    for elapsed, kind, state, sequence, params in slowest:
        print(f"slow: {elapsed * 1000:7.1f} ms  {kind} ({state}, request {sequence + 1} of its client) {params}")
    for line in errors[:10]:
        print("error:", line)


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process and every process under it (uvicorn's
    worker processes), read from Linux /proc; None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = sum(int(v) for v in fields[11:13])  # utime, stime (waited-for children: below)
    seconds = ticks / os.sysconf("SC_CLK_TCK")
    for child in child_pids(pid):
        seconds += cpu_seconds(child) or 0.0
    return seconds


def child_pids(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return children


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int | None, cache: bool) -> subprocess.Popen:
    command = [sys.executable, "-c", "from tidings.cli import main; main()", "serve", "--db", str(db), "--host", "127.0.0.1",
               "--port", str(port), *(["--workers", str(workers)] if workers else []), *([] if cache else ["--no-cache"])]
    env = {**os.environ, "TIDINGS_TOKEN": "", "TIDINGS_READ_TOKEN": ""}
    return subprocess.Popen(command, env=env)


def wait_ready(base: str, port: int, workers: int, server: subprocess.Popen, seconds: float = 300) -> None:
    """Until the server answers and every worker process listens: a connection
    made while only some listen goes to those, and keeps going there."""
    # long enough for the server to bring an older million-event store's schema up to date
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"server exited with status {server.returncode}")
        try:
            answered = httpx.get(base + "/openapi.json", timeout=2).status_code == 200
        except httpx.HTTPError:
            answered = False
        listeners = listening_sockets(port)
        if answered and (listeners is None or listeners >= workers):
            return
        time.sleep(0.2)
    sys.exit(f"server at {base} did not answer within {seconds:.0f} s")


def listening_sockets(port: int) -> int | None:
    """How many sockets listen on this TCP port (Linux /proc/net), else None."""
    count, found = 0, False
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        found = True
        for line in lines:
            fields = line.split()
            local, state = fields[1], fields[3]
            if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                count += 1
    return count if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="Store to serve (see make_store.py).")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=40, help="Requests per client.")
    parser.add_argument("--limit", type=int, default=50, help="Page size of each request.")
    parser.add_argument("--workers", type=int, help="Server processes (default: `tidings serve`'s, one per core).")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-cache", action="store_true",
                        help="Run the server without its response cache (every answer from the store).")
    parser.add_argument("--skip", action="append", default=[], choices=sorted(MIX),
                        help="Leave a kind of query out of the mix (repeatable).")
    args = parser.parse_args()
    mix = {k: w for k, w in MIX.items() if k not in args.skip}
    if not args.db.is_file():
        sys.exit(f"{args.db}: no such store (make one with benchmarks/make_store.py)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, args.workers, cache=not args.no_cache)
    try:
        wait_ready(base, port, args.workers or default_workers(), server)
        # a short warm-up so each worker thread has opened its connection
        asyncio.run(run_load("127.0.0.1", port, min(args.clients, 8), 3, args.limit, args.seed + 10_000))
        per_process_before = {pid: cpu_seconds(pid) or 0.0 for pid in child_pids(server.pid)}
        cpu_before = cpu_seconds(server.pid)
        load_before = os.getloadavg()
        own_before = resource.getrusage(resource.RUSAGE_SELF)
        timings, errors, wall, cache_states, slowest = asyncio.run(
            run_load("127.0.0.1", port, args.clients, args.requests, args.limit, args.seed, mix))
        cpu_after = cpu_seconds(server.pid)
        per_process = {pid: (cpu_seconds(pid) or 0.0) - before for pid, before in per_process_before.items()}
        own_after = resource.getrusage(resource.RUSAGE_SELF)
        load_after = os.getloadavg()
    finally:
        server.terminate()
        server.wait(10)
    print(f"store: {args.db} ({args.db.stat().st_size / 1e6:.0f} MB), page size {args.limit}, "
          f"server workers {args.workers or f'default ({default_workers()})'}, response cache {'OFF' if args.no_cache else 'ON'}"
          + (f", without {', '.join(args.skip)}" if args.skip else ""))
    print(f"machine: {os.cpu_count()} cores; load average (1 min) {load_before[0]:.2f} before, "
          f"{load_after[0]:.2f} after (other processes share these cores)")
    print("answers by cache state: " + ", ".join(f"{k} {v}" for k, v in sorted(cache_states.items())))
    report(timings, errors, wall, args.clients, slowest)
    served = sum(len(t) for t in timings.values()) + len(errors)
    if cpu_before is not None and cpu_after is not None and served:
        # independent of how busy the machine is: what one request costs the server
        print(f"server CPU per request: {(cpu_after - cpu_before) / served * 1000:.1f} ms "
              f"(so one core serves at most {served / max(cpu_after - cpu_before, 1e-9):.0f} req/s)")
    if len(per_process) > 1:
        # worker processes keep the connections they accepted: an uneven split shows here
        print("server CPU by worker process (s): " + ", ".join(f"{v:.2f}" for v in per_process.values()))
    if served:
        own = (own_after.ru_utime + own_after.ru_stime) - (own_before.ru_utime + own_before.ru_stime)
        print(f"load client CPU per request: {own / served * 1000:.1f} ms (same machine, same cores)")


if __name__ == "__main__":
    main()
