#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs every Account Manager benchmark and prints one table. Started by bench/run, which installs
the packages, builds the Release tree and opens a D-Bus session with an unlocked gnome-keyring.
docs/performance.md says what each benchmark measures.

    runner.py --build DIR [--quick] [--only startup,flows,server,growth] [--growth 1000,100000,1000000]
"""
import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
PASSWORD = "Bench-Server-Passw0rd"


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else float("nan")


class Table:
    def __init__(self):
        self.rows = []

    def add(self, measure, value, peer="—", ratio=None, target="—", passed=None):
        self.rows.append((measure, value, peer, "—" if ratio is None else f"{ratio:.2f}", target,
                          "—" if passed is None else ("pass" if passed else "FAIL")))

    def markdown(self):
        head = ("measure", "value", "peer / limit", "ratio", "target", "result")
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in self.rows]
        return "\n".join(lines)


# ---------------------------------------------------------------- start-up

def start_xvfb():
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    return xvfb, ":" + display


def startup_once(probe, command, display):
    home = tempfile.mkdtemp(prefix="bench-home-")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(HOME=home, DISPLAY=display, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share",
               XDG_CACHE_HOME=f"{home}/.cache", QT_QPA_PLATFORM="xcb")
    try:
        out = subprocess.run([probe, "--settle-ms", "2000", "--"] + command, env=env, capture_output=True,
                             text=True, timeout=120)
        if out.returncode != 0:
            raise RuntimeError(f"{command[0]}: {out.stderr.strip()}")
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(home, ignore_errors=True)


def bench_startup(args, table, results):
    probe = os.path.join(args.build, "bench", "bench-startup")
    apps = {"account-manager": [os.path.join(args.build, "app", "account-manager")],
            "KeePassXC": [shutil.which("keepassxc") or "keepassxc"]}
    xvfb, display = start_xvfb()
    samples = {name: [] for name in apps}
    try:
        for name, command in apps.items():  # one warm-up each: the page cache, fontconfig's cache
            startup_once(probe, command, display)
        for i in range(args.runs):
            for name, command in apps.items():
                samples[name].append(startup_once(probe, command, display))
            log(f"start-up run {i + 1}/{args.runs}")
    finally:
        xvfb.terminate()
        xvfb.wait()
    summary = {}
    for name, runs in samples.items():
        summary[name] = {key: median([r[key] for r in runs]) for key in ("mappedMs", "rssKb", "pssKb")}
    results["startup"] = {"runs": args.runs, "median": summary, "samples": samples}
    am, kp = summary["account-manager"], summary["KeePassXC"]
    for key, label, unit, scale in (("mappedMs", "start-up to window mapped", "ms", 1),
                                    ("rssKb", "RSS 2 s after mapping", "MiB", 1024),
                                    ("pssKb", "PSS 2 s after mapping", "MiB", 1024)):
        ratio = am[key] / kp[key]
        table.add(f"{label} (median of {args.runs})", f"{am[key] / scale:.1f} {unit}",
                  f"KeePassXC {kp[key] / scale:.1f} {unit}", ratio, "≤ 0.50×", ratio <= 0.5)


# ---------------------------------------------------------------- flows

def bench_flows(args, table, results):
    home = tempfile.mkdtemp(prefix="bench-flows-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home,
               ACCOUNT_SERVER_BIN=os.path.join(args.build, "server", "account-server"),
               XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share")
    env.pop("DISPLAY", None)
    rounds = 3 if args.quick else 9
    out = subprocess.run([os.path.join(args.build, "bench", "bench-flows"), "--rounds", str(rounds)], env=env,
                         capture_output=True, text=True, timeout=900)
    shutil.rmtree(home, ignore_errors=True)
    if out.returncode != 0:
        raise RuntimeError(f"bench-flows: {out.stderr.strip()[-2000:]}")
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    results["flows"] = lines
    for line in lines:
        if line["kind"] == "roundtrip":
            table.add(f"round trip: {line['step']} (median of {line['n']})", f"{line['medianMs']:.1f} ms",
                      f"max {line['maxMs']:.1f} ms")
    step_stalls = [line for line in lines if line["kind"] == "stepStall"]
    for line in lines:
        if line["kind"] == "stall":
            steps = [s for s in step_stalls if s["step"].startswith(line["flow"] + ":")]
            worst = max(steps, key=lambda s: s["worstMs"])["step"].split(": ", 1)[1] if steps else "?"
            table.add(f"UI longest event-loop stall: {line['flow']} ({line['n']} runs; in “{worst}”)",
                      f"{line['worstMs']:.1f} ms", f"of it on CPU {line['cpuMs']:.1f} ms, waiting for a CPU "
                      f"{line['waitMs']:.1f} ms", line["worstMs"] / 16, "≤ 16 ms", line["worstMs"] <= 16)
            table.add(f"UI longest stall without run-queue wait (the app's own): {line['flow']}",
                      f"{line['ownMs']:.1f} ms", "16 ms frame", line["ownMs"] / 16, "≤ 16 ms", line["ownMs"] <= 16)


# ---------------------------------------------------------------- server

class Server:
    """An account-server on a fresh data directory with the bench PKI, filled with `accounts`."""

    def __init__(self, args, accounts, refresh_tokens, db_url=None):
        self.args = args
        self.dir = tempfile.mkdtemp(prefix=f"bench-server-{accounts}-", dir=args.work)
        self.binary = os.path.join(args.build, "server", "account-server")
        pki = args.pki
        self.base = [f"--data-dir={self.dir}"] + ([f"--db={db_url}"] if db_url else [])
        self.serve_args = self.base + [f"--tls-cert={pki}/server.crt", f"--tls-key={pki}/server.key",
                                       "--listen=127.0.0.1:0", "--new-device-verification=off"] + os.environ.get("AM_SERVER_EXTRA", "").split()
        self.email = "bench1@bench.example"
        subprocess.run([self.binary, "account", "add", *self.base, f"--email={self.email}", "--region=RU",
                        "--password-stdin"], input=PASSWORD, text=True, check=True, capture_output=True)
        started = time.monotonic()
        # filldb.py loads PostgreSQL with Debian's python3-psycopg2, which only Debian's python3 has.
        subprocess.run([DEBIAN_PYTHON if db_url else sys.executable, os.path.join(BENCH, "server", "filldb.py"),
                        db_url or os.path.join(self.dir, "accounts.sqlite"), f"--accounts={accounts}",
                        "--profile-tokens=2000", f"--refresh-tokens={refresh_tokens}", f"--out={self.dir}"],
                       check=True)
        self.fill_seconds = time.monotonic() - started
        self.log = open(os.path.join(self.dir, "server.log"), "w")
        self.process = subprocess.Popen([self.binary, *self.serve_args], stdout=subprocess.PIPE,
                                        stderr=self.log, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on (https://\S+)", line)
        if not match:
            raise RuntimeError(f"account-server did not start: {line}")
        self.url = match.group(1)

    def tokens(self, kind):
        return os.path.join(self.dir, f"{kind}-tokens.txt")

    def restart(self):
        """A fresh process on the same database (after a crash, or for a clean measurement)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        self.process = subprocess.Popen([self.binary, *self.serve_args], stdout=subprocess.PIPE,
                                        stderr=self.log, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on (https://\S+)", line)
        if not match:
            raise RuntimeError(f"account-server did not start again: {line}")
        self.url = match.group(1)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def process_tree(pid):
    pids = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    pids += process_tree(int(child))
    except OSError:
        pass
    return pids


def cpu_seconds(pid):
    """User + system CPU time of a process and its children (nginx workers), in seconds."""
    total = 0
    for p in process_tree(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            pass
    return total / os.sysconf("SC_CLK_TCK")


def wrk(args, url, script, script_args=(), seconds=None, connections=None, pid=None):
    """Runs wrk; with pid, also the CPU time that process tree spent per request (µs), which a busy
    machine changes far less than the requests per second."""
    seconds = seconds or args.duration
    cpu_before = cpu_seconds(pid) if pid else 0
    connections = connections or args.connections
    command = ["wrk", f"-t{args.threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
               "-s", os.path.join(BENCH, "server", script), url]
    if script_args:
        command += ["--", *script_args]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120)
    match = re.search(r"WRK-JSON (\{.*\})", out.stdout)
    if not match:
        raise RuntimeError(f"wrk failed: {out.stdout} {out.stderr}")
    result = json.loads(match.group(1))
    result["rps"] = result["requests"] / (result["durationUs"] / 1e6)
    if pid and result["requests"]:
        result["cpuUsPerRequest"] = (cpu_seconds(pid) - cpu_before) * 1e6 / result["requests"]
    result["errors"] = sum(result[k] for k in ("connectErrors", "readErrors", "writeErrors", "statusErrors",
                                               "timeouts"))
    return result


def start_nginx(args):
    prefix = tempfile.mkdtemp(prefix="bench-nginx-", dir=args.work)
    os.makedirs(f"{prefix}/www/v1")
    profile = {"accountId": 1000001, "email": "user1@bench.example", "phone": None, "region": "RU",
               "createdAt": "2026-01-01T00:00:00Z"}
    with open(f"{prefix}/www/v1/account", "w") as f:
        json.dump(profile, f)
    user = "user root;" if os.geteuid() == 0 else ""
    with open(f"{prefix}/nginx.conf", "w") as f:
        f.write(f"""{user}
worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log {prefix}/access.log;
    keepalive_requests 1000000;
    keepalive_timeout 60s;
    client_body_temp_path {prefix}/tmp;
    default_type application/json;
    server {{
        listen 127.0.0.1:{args.nginx_port} ssl;
        ssl_certificate {args.pki}/server.crt;
        ssl_certificate_key {args.pki}/server.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        root {prefix}/www;
    }}
}}
""")
    process = subprocess.Popen(["nginx", "-p", prefix, "-c", f"{prefix}/nginx.conf", "-g", "daemon off;"],
                               stderr=subprocess.PIPE, text=True)
    time.sleep(0.5)
    if process.poll() is not None:
        raise RuntimeError(f"nginx did not start: {process.stderr.read()}")
    return process, prefix


def hash_cost(args):
    out = subprocess.run([os.path.join(args.build, "bench", "bench-hash"), "9", str(os.cpu_count()), "16"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def bench_server(args, table, results):
    cores = os.cpu_count()
    refresh_tokens = int(args.duration * 8000)
    server = Server(args, 1000, refresh_tokens)
    nginx, nginx_dir = start_nginx(args)
    try:
        hashing = hash_cost(args)
        limit = cores / (hashing["medianMs"] / 1000)
        nginx_result = wrk(args, f"https://127.0.0.1:{args.nginx_port}/v1/account", "static.lua", pid=nginx.pid)
        # The access-token lookup and the profile on the same connection pattern as nginx.
        tokens_threads = str(args.threads)
        profile = wrk(args, server.url, "profile.lua", (server.tokens("profile"), tokens_threads),
                      pid=server.process.pid)
        refresh = wrk(args, server.url, "refresh.lua", (server.tokens("refresh"), tokens_threads),
                      pid=server.process.pid)
        # Last: wrk closes its connections with sign-ins still hashing, which has crashed the server,
        # so each load starts on a fresh process.
        signins = {}
        crashed = None
        for connections in sorted({cores, args.connections}):
            server.restart()
            # Long enough that the first answers (16 hashes at once on 2 cores) do not dominate.
            signins[connections] = wrk(args, server.url, "signin.lua", (server.email, PASSWORD),
                                       connections=connections, seconds=max(8, 2 * args.duration),
                                       pid=server.process.pid)
            time.sleep(1)
            crashed = crashed if crashed is not None else server.process.poll()
        signin = signins[args.connections]
    finally:
        nginx.terminate()
        nginx.wait()
        shutil.rmtree(nginx_dir, ignore_errors=True)
        server.stop()
    if crashed is not None:
        table.add("server alive after wrk closed connections mid-sign-in", f"exit status {crashed}", "running",
                  None, "alive", False)
    results["server"] = {"crashedAfterSignIn": crashed, "hash": hashing, "cores": cores,
                         "hashLimitPerSecond": limit, "signin": signins,
                         "nginx": nginx_result, "profile": profile, "refresh": refresh}
    parallel = hashing["parallelPerSecond"]
    table.add("one Argon2id hash (libsodium, server parameters, 1 thread)", f"{hashing['medianMs']:.1f} ms",
              f"limit {cores} cores ÷ hash = {limit:.1f}/s")
    table.add(f"Argon2id hashes per second, {cores} / 16 threads at once (same run)",
              f"{parallel[str(cores)]:.1f} / {parallel['16']:.1f}/s", f"limit {limit:.1f}/s")
    for connections, result in sorted(signins.items()):
        ratio = result["rps"] / limit
        table.add(f"sign-ins per second (POST /v1/sessions), {connections} connections", f"{result['rps']:.1f}/s",
                  f"hash limit {limit:.1f}/s", ratio, "≥ 0.90×", ratio >= 0.9)
    # Argon2id is memory-bound: two at once on two cores do not run at twice the speed of one, so
    # the same sign-ins against what bare hashing reaches with as many threads as cores.
    best = max(result["rps"] for result in signins.values())
    table.add(f"sign-ins per second against bare hashing on {cores} threads (same run)", f"{best:.1f}/s",
              f"{parallel[str(cores)]:.1f}/s", best / parallel[str(cores)])
    table.add("nginx static JSON over TLS (ceiling)", f"{nginx_result['rps']:.0f}/s",
              f"p50 {nginx_result['p50Us'] / 1000:.2f} ms, p99 {nginx_result['p99Us'] / 1000:.2f} ms")
    for name, result, target in (("token refresh", refresh, 0.25), ("profile GET /v1/account", profile, None)):
        ratio = result["rps"] / nginx_result["rps"]
        table.add(f"{name} per second", f"{result['rps']:.0f}/s", f"nginx {nginx_result['rps']:.0f}/s", ratio,
                  f"≥ {target:.2f}×" if target else "—", ratio >= target if target else None)
        table.add(f"{name} latency p50 / p99", f"{result['p50Us'] / 1000:.2f} / {result['p99Us'] / 1000:.2f} ms",
                  f"nginx {nginx_result['p50Us'] / 1000:.2f} / {nginx_result['p99Us'] / 1000:.2f} ms")
    nginx_cpu = nginx_result.get("cpuUsPerRequest", float("nan"))
    for name, result in (("token refresh", refresh), ("profile GET /v1/account", profile)):
        cpu = result.get("cpuUsPerRequest", float("nan"))
        table.add(f"{name}: server CPU per request", f"{cpu:.0f} µs", f"nginx {nginx_cpu:.0f} µs", nginx_cpu / cpu)
    cpu = signin.get("cpuUsPerRequest", float("nan")) / 1000
    table.add(f"sign-in: server CPU per request, {args.connections} connections", f"{cpu:.1f} ms",
              f"one hash {hashing['cpuMedianMs']:.1f} ms CPU", hashing["cpuMedianMs"] / cpu)
    for name, result in (("sign-in", signin), ("refresh", refresh), ("profile", profile), ("nginx", nginx_result)):
        if result["errors"]:
            table.add(f"{name}: failed requests (wrk)", str(result["errors"]), "0", None, "0", False)


DEBIAN_PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


class PostgresCluster:
    """A private, throw-away PostgreSQL cluster (scripts/test-postgres) for the growth runs on
    PostgreSQL: a database per account count, dropped after its run to free the disk."""

    def __init__(self, args):
        self.dir = os.path.join(args.work, "growth-postgres")
        self.script = os.path.join(ROOT, "scripts", "test-postgres")
        subprocess.run([self.script, "start", self.dir], check=True)
        with open(os.path.join(self.dir, "url")) as f:
            self.admin_url = f.read().strip()
        with open(os.path.join(self.dir, "data", "postmaster.pid")) as f:
            self.postmaster = int(f.readline())

    def sql(self, statement):
        return subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", self.admin_url, "-c",
                               statement], check=True, capture_output=True, text=True).stdout.strip()

    def create(self, name):
        self.sql(f"CREATE DATABASE {name}")
        return self.admin_url.rsplit("/", 1)[0] + "/" + name

    def size(self, name):
        return int(self.sql(f"SELECT pg_database_size('{name}')"))

    def drop(self, name):
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def cpu_seconds(self):
        """The postmaster and all its children: the backends doing the server's queries, the
        WAL writer, the checkpointer."""
        return cpu_seconds(self.postmaster)

    def stop(self):
        subprocess.run([self.script, "stop", self.dir], check=False)


def growth_load(args, server, kind, cluster=None):
    """One wrk load of `kind` with the CPU per request; on PostgreSQL including the cluster's."""
    db_cpu = cluster.cpu_seconds() if cluster else 0
    result = wrk(args, server.url, f"{kind}.lua", (server.tokens(kind), str(args.threads)),
                 seconds=args.growth_duration, pid=server.process.pid)
    if cluster and result["requests"]:
        result["serverCpuUsPerRequest"] = result.get("cpuUsPerRequest", float("nan"))
        result["postgresCpuUsPerRequest"] = (cluster.cpu_seconds() - db_cpu) * 1e6 / result["requests"]
        result["cpuUsPerRequest"] = result["serverCpuUsPerRequest"] + result["postgresCpuUsPerRequest"]
    return result


def drop_used_tokens(path, used):
    """Refresh tokens work once: the next load starts after those the last one sent (and a margin
    for requests still in flight when wrk stopped)."""
    with open(path) as f:
        lines = f.readlines()
    with open(path, "w") as f:
        f.writelines(lines[used:])


def growth_once(args, accounts, cluster=None):
    """Fills a database (SQLite, or a fresh one in cluster) with `accounts` and measures profile and
    refresh loads, each args.growth_repeats times, keeping the run with the median CPU per request:
    on a shared machine one load's CPU time per request moved by a fifth or more between runs, as
    much as the flatness target allows. On PostgreSQL the CPU per request includes the cluster's."""
    name = f"bench_growth_{accounts}"
    db_url = cluster.create(name) if cluster else None
    repeats = args.growth_repeats
    try:
        server = Server(args, accounts, int(args.growth_duration * 8000 * repeats), db_url=db_url)
        try:
            loads = {}
            for kind in ("profile", "refresh"):
                runs = []
                for _ in range(repeats):
                    runs.append(growth_load(args, server, kind, cluster))
                    if kind == "refresh":
                        drop_used_tokens(server.tokens(kind), runs[-1]["requests"] + 4 * args.connections)
                runs.sort(key=lambda r: r.get("cpuUsPerRequest", float("inf")))
                loads[kind] = runs[len(runs) // 2]
                loads[kind]["cpuUsPerRequestRuns"] = [r.get("cpuUsPerRequest") for r in runs]
            size = cluster.size(name) if cluster else os.path.getsize(os.path.join(server.dir, "accounts.sqlite"))
        finally:
            server.stop()
    finally:
        if cluster:
            cluster.drop(name)
    return {"fillSeconds": server.fill_seconds, "dbBytes": size, **loads}


def growth_rows(table, growth, on="", size_via="", cpu_of=""):
    smallest = min(growth)
    # Requests per second move with whatever else the machine runs between two loads; the CPU
    # time per request does not, so flatness is judged on it (and the rates are shown).
    for accounts in sorted(growth):
        g = growth[accounts]
        for kind in ("profile", "refresh"):
            base = growth[smallest][kind]
            cpu = g[kind].get("cpuUsPerRequest", float("nan"))
            flat = accounts != smallest
            ratio = base.get("cpuUsPerRequest", float("nan")) / cpu
            split = (f" (server {g[kind]['serverCpuUsPerRequest']:.0f} + postgres "
                     f"{g[kind]['postgresCpuUsPerRequest']:.0f})" if "postgresCpuUsPerRequest" in g[kind] else "")
            table.add(f"{kind} with {accounts:,} accounts{on} (db {g['dbBytes'] / 2**20:.0f} MiB{size_via}, filled in "
                      f"{g['fillSeconds']:.0f} s): CPU per request{cpu_of} "
                      f"(median of {len(g[kind].get('cpuUsPerRequestRuns', [0]))} loads), requests/s",
                      f"{cpu:.0f} µs{split}, {g[kind]['rps']:.0f}/s",
                      f"{smallest:,} accounts {base.get('cpuUsPerRequest', float('nan')):.0f} µs, "
                      f"{base['rps']:.0f}/s" if flat else "—", ratio if flat else None,
                      "≥ 0.80× (flat)" if flat else "—", ratio >= 0.8 if flat else None)
            if g[kind]["errors"]:
                table.add(f"{kind} with {accounts:,} accounts{on}: failed requests (wrk)", str(g[kind]["errors"]),
                          "0", None, "0", False)


def bench_growth(args, table, results):
    if getattr(args, "growth_sqlite", True):
        growth = {}
        for accounts in args.growth:
            log(f"growth: filling {accounts} accounts")
            growth[accounts] = g = growth_once(args, accounts)
            log(f"growth {accounts}: fill {g['fillSeconds']:.0f} s, profile {g['profile']['rps']:.0f}/s, "
                f"refresh {g['refresh']['rps']:.0f}/s")
        results["growth"] = growth
        growth_rows(table, growth)
    if getattr(args, "growth_postgres", False):
        growth = {}
        cluster = PostgresCluster(args)
        try:
            for accounts in args.growth:
                log(f"growth on PostgreSQL: filling {accounts} accounts")
                growth[accounts] = g = growth_once(args, accounts, cluster)
                log(f"growth on PostgreSQL {accounts}: fill {g['fillSeconds']:.0f} s, profile "
                    f"{g['profile']['rps']:.0f}/s, refresh {g['refresh']['rps']:.0f}/s")
        finally:
            cluster.stop()
        results["growthPostgres"] = growth
        growth_rows(table, growth, " on PostgreSQL", " via pg_database_size",
                    " of account-server + all postgres cluster processes")


# ---------------------------------------------------------------- main

def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    return {"cpu": model, "cores": os.cpu_count(), "memoryGiB": round(mem_kb / 2**20, 1),
            "kernel": platform.release(), "load": os.getloadavg(),
            "keepassxc": subprocess.run(["dpkg-query", "-W", "-f=${Version}", "keepassxc"], capture_output=True,
                                        text=True).stdout,
            "nginx": subprocess.run(["dpkg-query", "-W", "-f=${Version}", "nginx"], capture_output=True,
                                    text=True).stdout,
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--quick", action="store_true", help="short runs, for development")
    parser.add_argument("--only", default="startup,flows,server,growth")
    parser.add_argument("--growth", default="1000,100000,1000000")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--duration", type=int, default=None)
    parser.add_argument("--growth-db", default="sqlite,postgres", help="databases of the growth runs")
    args = parser.parse_args()
    args.growth_sqlite = "sqlite" in args.growth_db.split(",")
    args.growth_postgres = "postgres" in args.growth_db.split(",")
    args.runs = args.runs or (3 if args.quick else 15)
    args.duration = args.duration or (3 if args.quick else 10)
    args.growth_duration = 3 if args.quick else 6
    args.growth_repeats = 1 if args.quick else 3
    args.growth = [int(n) for n in args.growth.split(",") if n]
    args.threads = 1
    args.connections = 16
    with socket.socket() as probe:  # a free port: other developers' servers use fixed ones
        probe.bind(("127.0.0.1", 0))
        args.nginx_port = probe.getsockname()[1]
    args.work = os.path.join(args.build, "bench-work")
    os.makedirs(args.work, exist_ok=True)
    args.pki = os.path.join(args.work, "pki")
    subprocess.run([os.path.join(ROOT, "scripts", "dev-pki"), args.pki, "Account Manager bench CA"], check=True)
    # bench-flows' TestServer reads the test PKI of its build tree, as the tests do.
    subprocess.run([os.path.join(ROOT, "scripts", "dev-pki"), os.path.join(args.build, "tests", "pki"),
                    "Account Manager test CA"], check=True)

    table = Table()
    results = {"machine": machine(), "settings": {"runs": args.runs, "duration": args.duration,
                                                  "wrkThreads": args.threads, "wrkConnections": args.connections}}
    steps = {"startup": bench_startup, "flows": bench_flows, "server": bench_server, "growth": bench_growth}
    for name in args.only.split(","):
        log(f"{name}…")
        started = time.monotonic()
        try:
            steps[name](args, table, results)
        except Exception as error:  # one broken benchmark still leaves the others' rows
            table.add(f"{name}: did not run", str(error)[:200], passed=False)
        log(f"{name} took {time.monotonic() - started:.0f} s")
    results["machine"]["loadAfter"] = os.getloadavg()
    m = results["machine"]
    header = (f"{m['date']}: {m['cpu']}, {m['cores']} cores, {m['memoryGiB']} GiB, Linux {m['kernel']}; "
              f"load average before {m['load'][0]:.2f}/{m['load'][1]:.2f}/{m['load'][2]:.2f}, "
              f"after {m['loadAfter'][0]:.2f}/{m['loadAfter'][1]:.2f}/{m['loadAfter'][2]:.2f}; "
              f"KeePassXC {m['keepassxc']}, nginx {m['nginx']}; wrk -t{args.threads} -c{args.connections} "
              f"-d{args.duration}s")
    out_dir = os.path.join(args.build, "bench-results")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "latest.json"), "w") as f:
        json.dump(results, f, indent=1)
    with open(os.path.join(out_dir, "latest.md"), "w") as f:
        f.write(header + "\n\n" + table.markdown() + "\n")
    print(header + "\n")
    print(table.markdown())
    return 0 if all(row[5] != "FAIL" for row in table.rows) else 1


if __name__ == "__main__":
    sys.exit(main())
