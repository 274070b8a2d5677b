#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs account-server the way account-server.service would, without systemd as PID 1: the
unit's User=/Group=, Environment= defaults overridden by its EnvironmentFile=, LoadCredential=
(the files copied, as root, into a directory only the service user can read, named by
$CREDENTIALS_DIRECTORY and %d), ExecStart= with systemd's expansion (${X} is one argument, $X
splits on white space, %d the credentials), MemoryDenyWriteExecute= (the kernel's PR_SET_MDWE,
which systemd 253+ uses too), StateDirectory= etc. as they are already on disk. Then asks
/v1/health over TLS trusting the package's CA, and stops it with SIGTERM as systemctl stop does.

  run-like-unit.py UNIT CA-FILE VERSION [--dropin FILE]... [--set NAME=VALUE]...

--dropin adds a drop-in's lines after the unit's, as systemd reads /etc/systemd/system/UNIT.d/.
--set overrides a variable after the EnvironmentFile (the test uses LISTEN=127.0.0.1:0 so that it
never fights another server for port 8443). The namespace hardening (ProtectSystem=, PrivateTmp=…)
is not reproduced here; systemd-analyze verify checks those lines.
"""
import argparse, ctypes, grp, json, os, pwd, re, shlex, shutil, signal, ssl, subprocess, sys, tempfile
import urllib.request

PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN = 65, 1


def unit_settings(paths):
    settings = []
    for path in paths:
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


def specifiers(value, credentials):
    return re.sub(r"%([d%])", lambda m: credentials if m.group(1) == "d" else "%", value)


def deny_write_execute():
    """In the child, before exec: what MemoryDenyWriteExecute=yes asks of the kernel."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) != 0:
        os._exit(121)


def mdwe_works():
    """Whether this kernel has PR_SET_MDWE and, set before exec as for the server, it refuses
    memory both writable and executable to the program started."""
    probe = ("import mmap, sys\n"
             "try: mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)\n"
             "except OSError: sys.exit(0)\n"
             "sys.exit(1)\n")
    return subprocess.run([sys.executable, "-c", probe], preexec_fn=deny_write_execute).returncode == 0


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
    parser = argparse.ArgumentParser()
    parser.add_argument("unit")
    parser.add_argument("ca_file")
    parser.add_argument("version")
    parser.add_argument("--dropin", action="append", default=[])
    parser.add_argument("--set", action="append", default=[])
    args = parser.parse_args()
    unit, ca_file, version = args.unit, args.ca_file, args.version
    overrides = dict(a.split("=", 1) for a in args.set)
    service = [(k, v) for s, k, v in unit_settings([unit] + args.dropin) if s == "Service"]
    settings = dict(service)
    user, group = settings["User"], settings["Group"]
    uid, gid = pwd.getpwnam(user).pw_uid, grp.getgrnam(group).gr_gid

    # LoadCredential=ID:PATH, read by root (systemd), readable by the service user only.
    credentials = tempfile.mkdtemp(prefix="credentials-")
    load = {}
    for key, value in service:
        if key == "LoadCredential":
            if not value:
                load.clear()  # an empty assignment resets the list, as in systemd
                continue
            cid, _, path = value.partition(":")
            load[cid] = path or cid
    for cid, path in load.items():
        if not os.path.isfile(path):
            print(f"FAIL LoadCredential={cid}:{path}: no such file (systemd would not start the service)")
            return 1
        shutil.copyfile(path, os.path.join(credentials, cid))
        os.chmod(os.path.join(credentials, cid), 0o400)
        os.chown(os.path.join(credentials, cid), uid, gid)
        print(f"credential {cid} from {path}")
    os.chmod(credentials, 0o500)
    os.chown(credentials, uid, gid)

    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}
    if load:
        env["CREDENTIALS_DIRECTORY"] = credentials
    for key, value in service:
        if key == "Environment":
            for assignment in shlex.split(specifiers(value, credentials)):
                name, _, val = assignment.partition("=")
                env[name] = val
    for key, value in service:
        if key == "EnvironmentFile":
            env.update(environment_file(value.lstrip("-")))
    env.update(overrides)
    argv = expand(specifiers(settings["ExecStart"], credentials), env)
    print("unit user:", user, "group:", group)
    print("unit command:", " ".join(shlex.quote(a) for a in argv))
    for var in ("XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):  # CacheDirectory=, RuntimeDirectory=
        os.makedirs(env[var], mode=0o700, exist_ok=True)
        os.chown(env[var], uid, gid)
    umask = int(settings.get("UMask", "0022"), 8)
    mdwe = settings.get("MemoryDenyWriteExecute") == "yes"
    if mdwe and not mdwe_works():
        print("note: this kernel has no PR_SET_MDWE: MemoryDenyWriteExecute= is not reproduced")
        mdwe = False
    elif mdwe:
        print("MemoryDenyWriteExecute: on (PR_SET_MDWE refuses writable and executable memory)")

    def child():
        os.umask(umask)
        if mdwe:
            deny_write_execute()

    process = subprocess.Popen(
        ["setpriv", f"--reuid={user}", f"--regid={group}", "--init-groups", "--no-new-privs", "--"] + argv,
        env=env, stdout=subprocess.PIPE, text=True, cwd="/", preexec_fn=child)
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
        shutil.rmtree(credentials, ignore_errors=True)  # and the credentials
        if code != 0:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
