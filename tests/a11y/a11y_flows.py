#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Account Manager as a screen reader or voice control uses it: through the accessibility bus.

Starts, each of its own: a D-Bus session, gnome-keyring, Xvfb, the AT-SPI bus, a real
account-server over TLS with the test PKI and an account in it, and the real account-manager on
them. Then it walks one or more flows using only what AT-SPI offers (names, roles, actions,
editable text, focus) and typed keys, the way Orca or voice control would, and fails
  - when a showing, focusable control has no accessible name (the whole tree is walked on every
    page the flow reaches), or
  - when an error appears without being announced (a showing "alert" with the message as its name).

  a11y_flows.py --app BIN --server BIN --pki DIR FLOW...
FLOW: signin-email, signin-phone, signin-id (each ends with sign-out), errors, register-email
(a new account by email, through the captcha, the emailed code and the password, to the account
page), recover (a forgotten password reset by email with the code, then a sign-in with the new one).
Runs with Debian's /usr/bin/python3 (pyatspi is a Debian package, not on PyPI).
"""

import argparse
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

EMAIL = "a11y.user@example.com"
PHONE_E164 = "+79161234567"
PHONE_NATIONAL = "9161234567"
PASSWORD = "A11y2026secure"
NEW_EMAIL = "a11y.newcomer@example.com"
NEW_PASSWORD = "Fresh2026river"

# Generous: the first start in a fresh home builds the fontconfig cache (~20 s).
START_TIMEOUT = 90
STEP_TIMEOUT = 30


class Failure(Exception):
    pass


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------------------------------------
# The environment: a private home, D-Bus session, keyring, X server, accessibility bus.


def private_home():
    home = tempfile.mkdtemp(prefix="am-a11y-")
    for sub in ("config", "data", "cache", "runtime"):
        os.makedirs(os.path.join(home, sub))
    os.chmod(os.path.join(home, "runtime"), 0o700)
    os.environ.update(HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
                      XDG_CACHE_HOME=home + "/cache", XDG_RUNTIME_DIR=home + "/runtime")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "AT_SPI_BUS_ADDRESS"):
        os.environ.pop(name, None)
    return home


class Session:
    """The processes this run started, ended in reverse order."""

    def __init__(self, home):
        self.home = home
        self.processes = []

    def spawn(self, name, argv, **kwargs):
        process = subprocess.Popen(argv, **kwargs)
        self.processes.append((name, process))
        return process

    def close(self):
        for name, process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def start_keyring(self):
        subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
                       input=b"pw", stdout=subprocess.DEVNULL, check=True)

    def start_xvfb(self):
        # A display number of our own, far from :0 and xvfb-run's :99: a display just given up
        # by another run can lose its socket to that run's late clean-up.
        for number in [300 + (os.getpid() + i * 7) % 600 for i in range(20)]:
            if os.path.exists(f"/tmp/.X{number}-lock") or os.path.exists(f"/tmp/.X11-unix/X{number}"):
                continue
            # -noreset: by default the X server resets when its last client leaves, which cuts off
            # the accessibility registry that connected before the app.
            xvfb = self.spawn("Xvfb", ["Xvfb", f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp",
                                       "-noreset"], stderr=open(os.path.join(self.home, "xvfb.log"), "a"))
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and xvfb.poll() is None:
                if os.path.exists(f"/tmp/.X11-unix/X{number}"):
                    os.environ["DISPLAY"] = f":{number}"
                    log(f"Xvfb on :{number}")
                    return
                time.sleep(0.1)
        raise Failure("no Xvfb display could be started: " + open(os.path.join(self.home, "xvfb.log")).read())

    def start_accessibility_bus(self):
        # The session bus starts services with its own environment, which has no DISPLAY: a
        # registry started that way cannot synthesize keys. It is given the display first, and
        # the launcher is spawned with it; asking for the bus's address before the launcher owns
        # its name would have the session bus start a second launcher (which sometimes won: every
        # synthesized key was then lost, a Return so failed a clean-clone run).
        subprocess.run(["dbus-update-activation-environment", "DISPLAY", "XDG_RUNTIME_DIR"], check=True)
        self.spawn("at-spi-bus-launcher", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            owned = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                                    "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                                    "string:org.a11y.Bus"], capture_output=True, text=True)
            if owned.returncode == 0 and "boolean true" in owned.stdout:
                reply = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                                        "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                                       capture_output=True, text=True)
                if reply.returncode == 0 and "unix:" in reply.stdout:
                    return
            time.sleep(0.2)
        raise Failure("the accessibility bus (org.a11y.Bus) did not start within 30 s")


# ---------------------------------------------------------------------------------------------
# The server: a real account-server over TLS with the test PKI, and its outbox.


class Server:
    def __init__(self, session, binary, pki):
        self.binary = binary
        self.pki = pki
        self.data = os.path.join(session.home, "server")
        os.makedirs(self.data)
        self.session = session
        self.account_id = None
        self.url = None

    def add_account(self):
        out = subprocess.run([self.binary, "account", "add", "--data-dir", self.data, "--email", EMAIL,
                              "--phone", PHONE_E164, "--region", "RU", "--password-stdin"],
                             input=PASSWORD + "\n", capture_output=True, text=True)
        if out.returncode != 0:
            raise Failure(f"account-server account add failed: {out.stderr}")
        self.account_id = out.stdout.strip().splitlines()[-1].strip()
        log(f"account {self.account_id}")

    def start(self):
        self.log_path = os.path.join(self.data, "server.log")
        process = self.session.spawn(
            "account-server",
            [self.binary, "serve", "--listen", "127.0.0.1:0", "--data-dir", self.data,
             "--tls-cert", self.pki + "/server.crt", "--tls-key", self.pki + "/server.key",
             "--test-captcha-answers", "--new-device-verification", "on"],
            stdout=subprocess.PIPE, stderr=open(self.log_path, "a"), text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], 1)
            if ready:
                line = process.stdout.readline()
                match = re.search(r"listening on (https://127\.0\.0\.1:\d+)", line)
                if match:
                    self.url = match.group(1)
                    log(f"account-server on {self.url}")
                    return
                if not line and process.poll() is not None:
                    break
        raise Failure("account-server did not report listening: " + open(self.log_path).read())

    def outbox(self):
        path = os.path.join(self.data, "outbox.jsonl")
        if not os.path.exists(path):
            return []
        with open(path) as f:
            return [json.loads(line) for line in f if line.strip()]

    def latest_code(self, after=0):
        """The newest code in the outbox among the entries after the first `after` ones."""
        codes = [entry["code"] for entry in self.outbox()[after:] if entry.get("code")]
        return codes[-1] if codes else None

    def captcha_answer(self):
        answers = [entry["answer"] for entry in self.outbox() if entry.get("channel") == "captcha"]
        return answers[-1] if answers else None


# ---------------------------------------------------------------------------------------------
# The app, seen through AT-SPI only.


class App:
    def __init__(self, session, binary, server):
        import pyatspi  # only inside the private session: it connects to the bus at import
        from gi.repository import GLib

        self.pyatspi = pyatspi
        self.glib = GLib
        self.events = []
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                   LANGUAGE="en", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        self.log_path = os.path.join(session.home, "app.log")
        self.process = session.spawn("account-manager",
                                     [binary, "--server", server.url, "--ca-file", server.pki + "/ca.crt",
                                      "--lang", "en"],
                                     env=env, stdout=open(self.log_path, "a"), stderr=subprocess.STDOUT)
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:showing",
                                               "object:property-change:accessible-name")
        self.root = self.wait(self._find_app, START_TIMEOUT, "the app on the accessibility bus")
        log(f"app on the bus as '{self.root.name}'")

    def _on_event(self, event):
        try:
            role = event.source.getRoleName()
            name = event.source.name
        except Exception:  # the object may be gone already
            return
        self.events.append((event.type, role, name, event.detail1))

    def _find_app(self):
        if self.process.poll() is not None:
            raise Failure(f"account-manager exited with {self.process.returncode}: "
                          + open(self.log_path).read()[-3000:])
        desktop = self.pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == self.process.pid:
                    return app
            except Exception:
                continue
        return None

    def pump(self):
        context = self.glib.MainContext.default()
        while context.pending():
            context.iteration(False)

    def wait(self, probe, timeout, what):
        deadline = time.monotonic() + timeout
        last_error = None
        while True:
            self.pump()
            try:
                result = probe()
                if result:
                    return result
            except Failure:
                raise
            except Exception as error:  # an object went away while we looked: look again
                last_error = error
            if time.monotonic() > deadline:
                detail = f" (last error: {last_error})" if last_error else ""
                raise Failure(f"timed out after {timeout} s waiting for {what}{detail}\n"
                              + self.describe_windows())
            time.sleep(0.2)

    # --- the tree ---------------------------------------------------------------------------

    def states(self, node):
        return node.getState()

    def showing(self, node):
        state = node.getState()
        return state.contains(self.pyatspi.STATE_SHOWING) and state.contains(self.pyatspi.STATE_VISIBLE)

    def walk(self, node=None, only_showing=True, path=""):
        """Every node under node, depth first, with a path of roles for the failure messages."""
        node = node or self.root
        stack = [(node, path or node.getRoleName())]
        while stack:
            current, current_path = stack.pop()
            if current is None:
                continue
            if only_showing and current is not self.root and not self.showing(current):
                continue
            yield current, current_path
            for index in reversed(range(current.childCount)):
                child = current.getChildAtIndex(index)
                if child is not None:
                    stack.append((child, f"{current_path} > {child.getRoleName()}"))

    def windows(self):
        return [self.root.getChildAtIndex(i) for i in range(self.root.childCount)
                if self.root.getChildAtIndex(i) is not None]

    def active_window(self):
        for window in self.windows():
            if window.getState().contains(self.pyatspi.STATE_ACTIVE):
                return window
        shown = [w for w in self.windows() if self.showing(w)]
        return shown[-1] if shown else None

    def flags(self, node):
        """The states that tell why a key or a press did nothing: focus, activity, dimmed controls."""
        state = node.getState()
        shown = [("active", self.pyatspi.STATE_ACTIVE), ("focused", self.pyatspi.STATE_FOCUSED),
                 ("default", self.pyatspi.STATE_IS_DEFAULT)]
        words = [word for word, flag in shown if state.contains(flag)]
        if state.contains(self.pyatspi.STATE_FOCUSABLE) and not state.contains(self.pyatspi.STATE_SENSITIVE):
            words.append("dimmed")
        return f" [{', '.join(words)}]" if words else ""

    def describe_windows(self):
        lines = ["What the accessibility tree showed:"]
        try:
            for window in self.windows():
                if not self.showing(window):
                    continue
                lines.append(f"  window '{window.name}' ({window.getRoleName()}){self.flags(window)}")
                for node, path in self.walk(window):
                    if node is window:
                        continue
                    if node.name or node.getRoleName() in ("push button", "text", "password text", "alert"):
                        lines.append(f"    {node.getRoleName()}: '{node.name}'{self.flags(node)}")
        except Exception as error:
            lines.append(f"  (the tree changed while it was read: {error})")
        return "\n".join(lines)

    def find(self, role, name=None, window=None, pattern=None):
        """The showing node of this role whose name is name (or matches pattern), else None."""
        # The newest window first: a dialog's "Sign In" before the main window's.
        roots = [window] if window else [w for w in reversed(self.windows()) if self.showing(w)]
        for top in roots:
            for node, _ in self.walk(top):
                if node.getRoleName() != role:
                    continue
                if name is not None and node.name != name:
                    continue
                if pattern is not None and not re.search(pattern, node.name or ""):
                    continue
                return node
        return None

    def need(self, role, name=None, pattern=None, timeout=STEP_TIMEOUT):
        label = name if name is not None else pattern
        return self.wait(lambda: self.find(role, name, pattern=pattern), timeout, f"a {role} named '{label}'")

    def unnamed_controls(self):
        """Every showing, focusable control without an accessible name: what a screen reader
        would announce as just "edit" or "button"."""
        unnamed = []
        for window in self.windows():
            if not self.showing(window):
                continue
            for node, path in self.walk(window):
                state = node.getState()
                if state.contains(self.pyatspi.STATE_FOCUSABLE) and not (node.name or "").strip():
                    unnamed.append(f"{node.getRoleName()} at {path} in window '{window.name}'")
        return unnamed

    def check_names(self, where):
        unnamed = self.wait_stable(self.unnamed_controls)
        if unnamed:
            raise Failure(f"{where}: {len(unnamed)} focusable control(s) without an accessible name:\n  "
                          + "\n  ".join(unnamed))
        log(f"{where}: every focusable control has a name")

    def wait_stable(self, probe):
        # The tree may change under the walk (a page being laid out): read it again if so.
        for attempt in range(5):
            try:
                self.pump()
                return probe()
            except Exception:
                time.sleep(0.5)
        return probe()

    # --- acting -----------------------------------------------------------------------------

    def do_action(self, node, *names):
        action = node.queryAction()
        available = [action.getName(i) for i in range(action.nActions)]
        for wanted in names:
            for index, actual in enumerate(available):
                if actual.lower() == wanted.lower():
                    action.doAction(index)
                    self.pump()
                    return
        raise Failure(f"{node.getRoleName()} '{node.name}' offers no action {names}, only {available}")

    def press(self, name, role="push button", pattern=None):
        button = self.need(role, name, pattern=pattern)
        log(f"press '{button.name}'")
        self.do_action(button, "Press", "press", "click", "activate")

    def type_into(self, role, name, text):
        # The field of the active window: while one dialog hands over to another (Forgot password?
        # closes the sign-in dialog as the recovery opens), both may have a field of this name,
        # and text put into the one going away is lost (a clean-clone run failed on that).
        field = self.wait(lambda: self.find(role, name, window=self.active_window()), STEP_TIMEOUT,
                          f"{role} '{name}' in the active window")
        log(f"type into {role} '{name}'")
        field.queryComponent().grabFocus()
        editable = field.queryEditableText()
        editable.setTextContents(text)
        # A key synthesized next goes to the X window that has the input focus; a dialog just shown
        # may not have it yet on a loaded machine (a Return lost so failed a clean-clone run). Qt
        # reports the field focused only once its window is active, so that is waited for.
        self.wait(lambda: field.getState().contains(self.pyatspi.STATE_FOCUSED), STEP_TIMEOUT,
                  f"{role} '{name}' to take the keyboard focus")
        return field

    def key(self, keysym_name):
        keyval = {"Return": 0xFF0D, "Tab": 0xFF09, "Escape": 0xFF1B, "space": 0x20}[keysym_name]
        self.pyatspi.Registry.generateKeyboardEvent(keyval, None, self.pyatspi.KEY_SYM)
        self.pump()

    def alert_named(self, pattern):
        return self.find("alert", pattern=pattern) or self.find("notification", pattern=pattern)

    def announced(self, pattern):
        """True when an event told a screen reader of an alert with this text: it became showing,
        or its name changed to the message while it was shown."""
        for kind, role, name, detail in self.events:
            if role in ("alert", "notification") and re.search(pattern, name or ""):
                if kind.startswith("object:state-changed:showing") and detail == 1:
                    return True
                if kind.startswith("object:property-change:accessible-name"):
                    return True
        return False


# ---------------------------------------------------------------------------------------------
# The flows.


def account_page(app):
    return app.find("push button", pattern=r"^Sign Out…$")


def signed_in(app, server, expect_code):
    """Finishes the sign-in: the captcha and the new-device code when asked, then the account page."""
    asked_code = False
    for _ in range(3):
        page = app.wait(lambda: account_page(app) or app.find("text", "Verification code")
                        or app.find("text", pattern=r"(?i)captcha|characters from the picture"),
                        2 * STEP_TIMEOUT, "the account page, the new-device code or the captcha after signing in")
        if page.getRoleName() == "push button":
            break
        app.check_names(f"page with the field '{page.name}'")
        if page.name == "Verification code":
            asked_code = True
            answer = app.wait(server.latest_code, STEP_TIMEOUT, "the new-device code in the server's outbox")
        else:
            answer = app.wait(server.captcha_answer, STEP_TIMEOUT, "the captcha answer in the server's outbox")
        app.type_into("text", page.name, answer)
        app.key("Return")
        app.wait(lambda: not app.showing(page), STEP_TIMEOUT, f"the page of '{page.name}' to go")
    else:
        raise Failure("no account page after three pages of sign-in\n" + app.describe_windows())
    if expect_code and not asked_code:
        raise Failure("the first sign-in from this computer did not ask for the new-device code")
    app.need("label", pattern=re.escape(server.account_id))
    app.check_names("account page")
    log("signed in: the account page shows the account ID")


def open_sign_in(app):
    app.need("push button", "Sign In")
    app.check_names("welcome page")
    app.press("Sign In")
    app.need("radio button", "Email")
    app.check_names("sign-in page")


def sign_out(app, password=PASSWORD):
    app.press(None, pattern=r"^Sign Out…$")
    app.need("password text", pattern=r"Password")
    app.check_names("sign-out dialog")
    field = app.find("password text", pattern=r"Password")
    app.type_into("password text", field.name, password)
    app.press("Sign Out")
    app.wait(lambda: app.find("label", pattern=r"You have signed out") or app.find("push button", "Sign In"),
             STEP_TIMEOUT, "the welcome page after signing out")
    log("signed out")


def choose_login_kind(app, kind, field_pattern, page):
    """Toggle the sign-in page's radio button for `kind` and wait for its field; check the names."""
    button = app.need("radio button", kind)
    log(f"toggle '{kind}'")
    app.do_action(button, "Toggle", "Press", "click")
    app.wait(lambda: app.find("text", pattern=field_pattern), STEP_TIMEOUT, f"the {kind.lower()} field")
    app.check_names(page)


def enter_password_and_sign_in(app, server, submit=lambda app: app.key("Return")):
    """The password, then the sign-in (Return unless `submit` says otherwise), with the new-device code."""
    app.type_into("password text", "Password", PASSWORD)
    submit(app)
    signed_in(app, server, expect_code=True)


def flow_signin_email(app, server):
    open_sign_in(app)
    app.type_into("text", "Email address", EMAIL)
    enter_password_and_sign_in(app, server)
    sign_out(app)


def flow_signin_phone(app, server):
    open_sign_in(app)
    choose_login_kind(app, "Phone number", r"Phone number", "sign-in page, phone number")
    # The country code, picked as a keyboard user does: focus the list and type the country's name.
    # (On Linux, Qt names a combo box by its current value; its label is the description.)
    country = app.need("combo box", pattern=r"\+\d+$")
    if (country.description or "") != "Country code":
        raise Failure(f"the country code box is described as '{country.description}', not 'Country code'")
    number = app.find("text", pattern=r"Phone number")
    if country.name.startswith("Russia "):
        app.type_into("text", number.name, PHONE_NATIONAL)
    else:
        # Typed key by key as a keyboard user does, in international form: the country code box
        # follows the number. (Picking from the list by typing the country's name depends on Qt's
        # 400 ms type-ahead window, which a loaded machine does not keep.)
        # A key synthesized while the focus is still arriving can be lost on a loaded machine: the
        # field is emptied and the number typed again, three times at most.
        for attempt in range(3):
            log(f"type the number in international form (try {attempt + 1})")
            # The "+" is put in as text (a synthesized "+" needs Shift, which a fresh X server's
            # keymap may not give at first); the digits that follow are typed key by key, and with
            # each the field reads the number again.
            number.queryEditableText().setTextContents("+")
            number.queryComponent().grabFocus()
            app.wait(lambda: number.getState().contains(app.pyatspi.STATE_FOCUSED), STEP_TIMEOUT,
                     "the phone number field to take the focus")
            time.sleep(0.3)
            for character in PHONE_E164.lstrip("+"):
                app.pyatspi.Registry.generateKeyboardEvent(ord(character), None, app.pyatspi.KEY_SYM)
                app.pump()
            try:
                app.wait(lambda: country.name == "Russia +7", 10 if attempt < 2 else STEP_TIMEOUT,
                         "the country code box to follow the number typed (+7: 'Russia +7')")
                break
            except Failure:
                if attempt == 2:
                    raise
    enter_password_and_sign_in(app, server)
    sign_out(app)


def flow_signin_id(app, server):
    open_sign_in(app)
    choose_login_kind(app, "Account ID", r"^Account ID$", "sign-in page, account ID")
    app.type_into("text", "Account ID", server.account_id)
    enter_password_and_sign_in(app, server, submit=lambda app: app.press("Sign In"))
    activity(app)
    sign_out(app)


def activity(app):
    """The Activity tab: each event is an item of a list and reads as one sentence (what, where, when,
    from which address)."""
    app.press("Activity", role="page tab")
    row = app.need("list item",
                   pattern=r"^Signed in to your account\. .*\(this computer\).*IP address 127\.0\.0\.x$")
    log(f"the sign-in reads as '{row.name}'")
    app.need("list item", pattern=r"^A new device was confirmed with a verification code\. ")
    if row.parent.getRoleName() != "list":
        raise Failure(f"an event's row is in a '{row.parent.getRoleName()}', not a list")
    app.check_names("activity tab")
    app.press("Account", role="page tab")


def flow_errors(app, server):
    """Errors are announced: an empty password, then a wrong one (from the server)."""
    open_sign_in(app)
    app.type_into("text", "Email address", EMAIL)
    app.key("Return")
    app.wait(lambda: app.alert_named(r"Enter your password"), STEP_TIMEOUT,
             "an alert 'Enter your password.' after Sign In with no password")
    app.wait(lambda: app.announced(r"Enter your password"), STEP_TIMEOUT,
             "the event that announces 'Enter your password.'")
    log("the missing password was announced")
    app.type_into("password text", "Password", "Wrong" + PASSWORD)
    app.key("Return")
    # The new-device code comes first on a new computer: a wrong password is told before it.
    app.wait(lambda: app.alert_named(r"(?i)password"), STEP_TIMEOUT, "an alert about the wrong password")
    app.wait(lambda: app.announced(r"(?i)password is not correct|incorrect|wrong"), STEP_TIMEOUT,
             "the event that announces the wrong password")
    log("the wrong password was announced")
    app.check_names("sign-in page with errors")


def press_next(app, name_pattern=r"^Next\b"):
    """The wizard's button that moves on (Next, or the page's own commit text), by its action."""
    app.press(None, pattern=name_pattern)


def solve_captcha(app, server, where):
    """Types the answer of the captcha the page shows, read from the server's outbox (test mode).
    The audio alternative is there too, named, beside the picture."""
    app.need("push button", pattern=r"^Listen")
    field = app.need("text", pattern=r"(?i)characters from the picture")
    # The answer is written to the outbox before the picture reaches the app; the page asks for
    # one captcha when it is shown, so the newest answer is its.
    app.wait(lambda: app.find("push button", pattern=r"^Listen").getState().contains(app.pyatspi.STATE_SENSITIVE),
             2 * STEP_TIMEOUT, f"{where}: the captcha to load (Listen enabled)")
    answer = app.wait(server.captcha_answer, STEP_TIMEOUT, "the captcha answer in the server's outbox")
    app.type_into("text", field.name, answer)


def listen_to_captcha(app, where):
    """Listen, pressed through its action: the audio is fetched (the button is dimmed meanwhile)
    and played. Under Xvfb there is no sound output, which must be said, and announced."""
    listen = app.need("push button", pattern=r"^Listen")
    app.do_action(listen, "Press", "press", "click")
    app.wait(lambda: listen.getState().contains(app.pyatspi.STATE_SENSITIVE), 2 * STEP_TIMEOUT,
             f"{where}: Listen to be enabled again once the audio came")
    no_sound = r"(?i)no sound output"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not app.alert_named(no_sound):
        app.pump()
        time.sleep(0.2)
    if app.alert_named(no_sound):
        app.wait(lambda: app.announced(no_sound), STEP_TIMEOUT, "the event that announces the missing sound output")
        log(f"{where}: Listen fetched the audio; the missing sound output was announced")
    else:
        log(f"{where}: Listen fetched and played the audio")


def enter_code(app, server, outbox_before, where):
    field = app.need("text", "Verification code", timeout=2 * STEP_TIMEOUT)
    app.check_names(where)
    code = app.wait(lambda: server.latest_code(outbox_before), STEP_TIMEOUT, "the emailed code in the server's outbox")
    app.type_into("text", "Verification code", code)
    return field


def new_password(app, where, password):
    app.need("password text", "New password", timeout=2 * STEP_TIMEOUT)
    app.check_names(where)
    app.type_into("password text", "New password", password)
    app.type_into("password text", "Repeat the password", password)


def flow_register_email(app, server):
    """A new account by email: method, details (with the news consent and the captcha), the
    emailed code, the password, the account ID, and the account page, signed in."""
    app.need("push button", "Create Account")
    app.check_names("welcome page")
    app.press("Create Account")
    email = app.need("radio button", "Email")
    app.check_names("registration: method page")
    if not email.getState().contains(app.pyatspi.STATE_CHECKED):
        log("toggle 'Email'")
        app.do_action(email, "Toggle", "Press", "click")
        app.wait(lambda: email.getState().contains(app.pyatspi.STATE_CHECKED), STEP_TIMEOUT, "'Email' checked")
    press_next(app)

    app.need("text", "Email address", timeout=2 * STEP_TIMEOUT)
    app.check_names("registration: details page")
    app.type_into("text", "Email address", NEW_EMAIL)
    news = app.need("check box", pattern=r"(?i)news and offers")
    log("toggle the news and offers consent")
    app.do_action(news, "Toggle", "Press", "click")
    app.wait(lambda: news.getState().contains(app.pyatspi.STATE_CHECKED), STEP_TIMEOUT, "the news consent checked")
    outbox_before = len(server.outbox())
    solve_captcha(app, server, "registration: details page")
    listen_to_captcha(app, "registration: details page")
    press_next(app)

    enter_code(app, server, outbox_before, "registration: code page")
    press_next(app)

    new_password(app, "registration: password page", NEW_PASSWORD)
    app.press("Create Account")

    shown = app.need("label", pattern=r"^Your account ID: \d+$", timeout=2 * STEP_TIMEOUT)
    account_id = re.search(r"\d+$", shown.name).group(0)
    log(f"registered: account {account_id}")
    app.check_names("registration: done page")
    app.press("Done")
    app.wait(lambda: account_page(app), 2 * STEP_TIMEOUT, "the account page after the registration")
    app.need("label", pattern=re.escape(account_id))
    app.check_names("account page of the new account")
    log("the account page shows the new account's ID")


def flow_recover(app, server):
    """A forgotten password: from the sign-in page, the email and the captcha, the emailed code, a
    new password; then a sign-in with the new password (and the new-device code) and sign-out."""
    open_sign_in(app)
    app.press(None, pattern=r"^Forgot password\?$")
    # The sign-in dialog closes as the recovery opens: the recovery's window, alone and active.
    app.wait(lambda: (app.active_window() is not None and app.active_window().name == "Reset Password"
                      and not any(w.name == "Sign In" and app.showing(w) for w in app.windows())),
             2 * STEP_TIMEOUT, "the recovery window ('Reset Password') to take over from the sign-in")
    app.need("text", "Email address", timeout=2 * STEP_TIMEOUT)
    app.check_names("recovery: account page")
    app.type_into("text", "Email address", EMAIL)
    outbox_before = len(server.outbox())
    solve_captcha(app, server, "recovery: account page")
    press_next(app)

    enter_code(app, server, outbox_before, "recovery: code page")
    app.press("Confirm")

    new_password(app, "recovery: password page", NEW_PASSWORD)
    app.press("Change Password")

    app.need("label", pattern=r"^Your password was changed", timeout=2 * STEP_TIMEOUT)
    app.check_names("recovery: done page")
    app.press("Sign In")
    # The sign-in page, with the login filled in or not: the new password signs in.
    app.need("password text", "Password", timeout=2 * STEP_TIMEOUT)
    app.check_names("sign-in page after the recovery")
    field = app.find("text", "Email address")
    if field is not None and field.queryText().getText(0, -1) != EMAIL:
        app.type_into("text", "Email address", EMAIL)
    app.type_into("password text", "Password", NEW_PASSWORD)
    app.key("Return")
    signed_in(app, server, expect_code=True)
    sign_out(app, NEW_PASSWORD)


FLOWS = {"signin-email": flow_signin_email, "signin-phone": flow_signin_phone, "signin-id": flow_signin_id,
         "errors": flow_errors, "register-email": flow_register_email, "recover": flow_recover}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--pki", required=True)
    parser.add_argument("--keep", action="store_true", help="keep the temporary home (logs) afterwards")
    parser.add_argument("flows", nargs="+", choices=sorted(FLOWS))
    args = parser.parse_args()

    if os.environ.get("AM_A11Y_IN_SESSION") != "1":
        # A D-Bus session of our own: the keyring, the accessibility bus and the app live in it.
        private_home()
        os.environ["AM_A11Y_IN_SESSION"] = "1"
        os.execvp("dbus-run-session", ["dbus-run-session", "--", "/usr/bin/python3", os.path.abspath(__file__)]
                  + sys.argv[1:])

    started = time.monotonic()
    session = Session(os.environ["HOME"])
    app = None
    try:
        session.start_keyring()
        session.start_xvfb()
        session.start_accessibility_bus()
        server = Server(session, args.server, args.pki)
        server.add_account()
        server.start()
        app = App(session, args.app, server)
        for name in args.flows:
            log(f"--- flow {name}")
            FLOWS[name](app, server)
        log(f"passed in {time.monotonic() - started:.0f} s")
        return 0
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr, flush=True)
        if app is not None:
            print("--- app log (tail)\n" + open(app.log_path).read()[-3000:], file=sys.stderr)
        return 1
    finally:
        session.close()
        if not args.keep:
            shutil.rmtree(session.home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
