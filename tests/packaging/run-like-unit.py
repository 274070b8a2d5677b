#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs account-server the way account-server.service would, without systemd as PID 1: the
unit's User=/Group=, Environment= defaults overridden by its EnvironmentFile=, ExecStart= with
systemd's expansion (${X} is one argument, $X splits on white space), StateDirectory= etc. as
they are already on disk. Then asks /v1/health over TLS trusting the package's CA, and stops it
with SIGTERM as systemctl stop does.

  run-like-unit.py UNIT CA-FILE VERSION [--set NAME=VALUE]...

--set overrides a variable after the EnvironmentFile (the test uses LISTEN=127.0.0.1:0 so that it
never fights another server for port 8443). The namespace hardening (ProtectSystem=, PrivateTmp=…)
is not reproduced here; systemd-analyze verify checks those lines.
"""
import grp, json, os, pwd, re, shlex, shutil, signal, ssl, subprocess, sys, urllib.request


def unit_settings(path):
    settings = []
    section = None
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        settings.append((section, key.strip(), value.strip()))
    return settings


def environment_file(path):
    env = {}
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        key, _, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        env[key.strip()] = value
    return env


def expand(command, env):
    words = []
    for word in shlex.split(command):
        whole = re.fullmatch(r"\$(\w+)", word)
        if whole:  # $X: split on white space, nothing if empty
            words += env.get(whole.group(1), "").split()
            continue
        words.append(re.sub(r"\$\{(\w+)\}", lambda m: env.get(m.group(1), ""), word))
    return words


def main():
    unit, ca_file, version = sys.argv[1:4]
    overrides = dict(a.split("=", 1) for a in sys.argv[5::2]) if len(sys.argv) > 4 else {}
    service = [(k, v) for s, k, v in unit_settings(unit) if s == "Service"]
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}
    for key, value in service:
        if key == "Environment":
            for assignment in shlex.split(value):
                name, _, val = assignment.partition("=")
                env[name] = val
    for key, value in service:
        if key == "EnvironmentFile":
            env.update(environment_file(value.lstrip("-")))
    env.update(overrides)
    settings = dict(service)
    user, group = settings["User"], settings["Group"]
    argv = expand(settings["ExecStart"], env)
    print("unit user:", user, "group:", group)
    print("unit command:", " ".join(shlex.quote(a) for a in argv))
    for var in ("XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):  # CacheDirectory=, RuntimeDirectory=
        os.makedirs(env[var], mode=0o700, exist_ok=True)
        os.chown(env[var], pwd.getpwnam(user).pw_uid, grp.getgrnam(group).gr_gid)
    umask = int(settings.get("UMask", "0022"), 8)
    process = subprocess.Popen(
        ["setpriv", f"--reuid={user}", f"--regid={group}", "--init-groups", "--no-new-privs", "--"] + argv,
        env=env, stdout=subprocess.PIPE, text=True, cwd="/", preexec_fn=lambda: os.umask(umask))
    status = 1
    try:
        line = process.stdout.readline().strip()
        print("server says:", line)
        match = re.search(r"listening on (https://\S+)", line)
        if not match:
            print("FAIL the server did not start")
            return 1
        context = ssl.create_default_context(cafile=ca_file)
        url = match.group(1) + "/v1/health"
        with urllib.request.urlopen(url, context=context, timeout=10) as reply:
            health = json.load(reply)
        print("GET", url, "->", health)
        if health.get("status") == "ok" and health.get("version") == version:
            print("ok   health over TLS with the package's CA, version", version)
            status = 0
        else:
            print("FAIL health answer")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            code = "killed"
        print("stopped with SIGTERM, exit code", code)
        shutil.rmtree(env["XDG_RUNTIME_DIR"], ignore_errors=True)  # systemd removes RuntimeDirectory= on stop
        if code != 0:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
