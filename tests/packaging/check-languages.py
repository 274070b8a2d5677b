#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""One list of languages: the translations/account-manager_<language>.ts files (English the source
language). Everything that names the languages must name exactly these: the metainfo's
<languages>, the Info.plist's CFBundleLocalizations, the Qt translations the Windows and macOS
deployment scripts copy, the desktop file's and the metainfo's translated texts, the app's --help
and --lang error, and its man page.

  check-languages.py TRANSLATIONS-DIR PACKAGING-BUILD-DIR APP-ID ACCOUNT-MANAGER-BINARY
"""
import os
import plistlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
failures = []


def check(ok, what, detail=""):
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else ": " + detail))
    if not ok:
        failures.append(what)


def main():
    ts_dir, bin_dir, app_id, app = sys.argv[1:5]
    languages = sorted(
        m.group(1) for f in os.listdir(ts_dir) if (m := re.fullmatch(r"account-manager_(.+)\.ts", f)))
    check("en" in languages, "translations/ has English's .ts (the plural forms)", str(languages))
    languages.remove("en")
    languages.insert(0, "en")
    translated = languages[1:]
    print("languages of translations/*.ts:", ", ".join(languages))

    # The lists generated from AM_LANGUAGES.
    metainfo = ET.parse(os.path.join(bin_dir, app_id + ".metainfo.xml")).getroot()
    found = [lang.text for lang in metainfo.findall("languages/lang")]
    check(found == languages, "metainfo <languages>", str(found))
    with open(os.path.join(bin_dir, "Info.plist.preview"), "rb") as f:
        found = plistlib.load(f)["CFBundleLocalizations"]
    check(found == languages, "Info.plist CFBundleLocalizations", str(found))
    with open(os.path.join(bin_dir, "qt-deploy-translations.cmake"), encoding="utf-8") as f:
        found = f.read().strip()
    check(found == "qt_deploy_translations(LOCALES %s)" % " ".join(languages),
          "Qt translations deployed on Windows and macOS", found)

    # The translated texts, which a translator writes by hand: every language has all of them, and
    # no language outside the list has any.
    with open(os.path.join(bin_dir, app_id + ".desktop"), encoding="utf-8") as f:
        desktop = f.read()
    keys = {}
    for key, language in re.findall(r"^([A-Za-z]+)\[([^]]+)\]=", desktop, re.MULTILINE):
        keys.setdefault(language, set()).add(key)
    for language in translated:
        found = keys.pop(language, set())
        missing = {"Name", "GenericName", "Comment", "Keywords"} - found
        check(not missing, f"desktop file in {language}", "no " + ", ".join(sorted(missing)))
    check(not keys, "desktop file has no other language", str(sorted(keys)))

    def langs(path, root=metainfo):
        return [e.get(XML_LANG) for e in root.findall(path)]

    for path in ("name", "summary", "description/p", "releases/release/description/p"):
        found = langs(path)
        untranslated = found.count(None)
        for language in translated:
            check(found.count(language) == untranslated, f"metainfo <{path}> in {language}",
                  f"{found.count(language)} of {untranslated}")
        others = sorted({lang for lang in found if lang is not None and lang not in translated})
        check(not others, f"metainfo <{path}> has no other language", str(others))

    # The app itself: --help and the --lang error name what it embeds (Translations::available()).
    listed = ", ".join(languages)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home,
                   XDG_DATA_HOME=home, XDG_CACHE_HOME=home, LC_ALL="C.UTF-8", LANGUAGE="")
        run = lambda *args: subprocess.run([app, *args], env=env, capture_output=True, text=True, timeout=60)
        out = run("--lang", "en", "--help")
        text = " ".join(out.stdout.split())
        check(out.returncode == 0 and f"The language of the app: {listed} or pseudo" in text,
              "account-manager --help names " + listed, out.stdout + out.stderr)
        out = run("--lang", "xx")
        check(out.returncode == 2 and f"--lang must be {listed} or pseudo, not \"xx\"." in out.stderr,
              "account-manager --lang xx names " + listed, out.stderr)

    # The man page (generated from --help).
    man = subprocess.run(["man", "-E", "UTF-8", "-l", os.path.join(bin_dir, "man", "account-manager.1")],
                         env=dict(os.environ, MANWIDTH="200", MANPAGER="cat", PAGER="cat", LC_ALL="C.UTF-8"),
                         capture_output=True, text=True).stdout
    man = " ".join(man.replace("\u2010", "-").split())
    check(f"{listed} or pseudo" in man, "account-manager(1) names " + listed, man[:400])

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
