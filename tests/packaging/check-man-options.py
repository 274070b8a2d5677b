#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A man page lists exactly the options of its program's --help, each with --help's description,
and each command's own options under the command: read from the page as man renders it, so the
check holds whoever wrote the page (packaging/man/make-man-page does, at build time).

  check-man-options.py PAGE PROGRAM

The commands are those `PROGRAM --help` lists under "Commands:" (account-ctl), or, for a program
whose --help lists none (account-server), those its unknown-command message names; the page
lists them in COMMANDS or OPERATOR COMMANDS. A program with neither (the GUI) is never run with a
command: it would start.
"""
import os
import re
import subprocess
import sys
import tempfile

failures = []


def check(ok, what, detail=""):
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else ": " + detail))
    if not ok:
        failures.append(what)


def normal(text):
    """One line, plain ASCII punctuation: how troff and --help differ in white space and glyphs."""
    for glyph, plain in (("\u2010", "-"), ("\u2212", "-"), ("\u2019", "'"), ("\u2018", "'"),
                         ("\u201c", '"'), ("\u201d", '"'), ("\u00ad", "")):
        text = text.replace(glyph, plain)
    return " ".join(text.split())


def run(program, words, home):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LC_ALL="C.UTF-8", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_CACHE_HOME=home,
               XDG_RUNTIME_DIR=home, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([program, *words], env=env, capture_output=True, text=True, timeout=60)


def help_section(text, title):
    lines = text.splitlines()
    if title not in lines:
        return []
    start = end = lines.index(title) + 1
    while end < len(lines) and lines[end].startswith(" "):
        end += 1
    return lines[start:end]


def help_options(text):
    """[(names, description)]: "  -h, --help   Displays …" and its continuation lines."""
    entries = []
    for line in help_section(text, "Options:"):
        match = re.match(r"^  (-\S.*?)(?:\s{2,}(.*))?$", line)
        if match:
            names = tuple(re.findall(r"--?[A-Za-z][\w-]*", re.sub(r"<[^>]*>", "", match.group(1))))
            entries.append([names, match.group(2) or ""])
        else:
            entries[-1][1] += " " + line.strip()
    return [(names, normal(description)) for names, description in entries]


def man_sections(page):
    env = dict(os.environ, MANWIDTH="1000", MANPAGER="cat", PAGER="cat", LC_ALL="C.UTF-8")
    text = subprocess.run(["man", "-E", "UTF-8", "-l", page], env=env, capture_output=True, text=True,
                          check=True).stdout
    sections, current = {}, None
    for line in text.splitlines():
        if line and not line[0].isspace():
            current = line.strip()
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def blocks(lines, indent):
    """The entries of a list at this indentation: [(first line, the lines under it as they are)]."""
    out = []
    for line in lines:
        if line.strip() and len(line) - len(line.lstrip()) == indent:
            out.append([line.strip(), []])
        elif out and line.strip():
            out[-1][1].append(line)
    return out


def man_options(lines, indent):
    """[(names, text)] of the option entries ("--db PATH|URL", "-h, --help") at this indentation."""
    entries = []
    for first, rest in blocks(lines, indent):
        first = normal(first)
        match = re.match(r"^(--?[A-Za-z][\w-]*(?:, --?[A-Za-z][\w-]*)*)", first)
        if match:
            entries.append((tuple(match.group(1).split(", ")), normal(" ".join([first] + rest))))
    return entries


def compare(what, expected, found):
    check([names for names, _ in found] == [names for names, _ in expected], what + ": the options of --help",
          "--help %s, man %s" % ([n for n, _ in expected], [n for n, _ in found]))
    texts = dict(found)
    for names, description in expected:
        check(description in texts.get(names, ""), "%s: %s as in --help" % (what, ", ".join(names)),
              "--help says %r, man %r" % (description, texts.get(names)))


def main():
    page, program = sys.argv[1:3]
    name = os.path.basename(program)
    sections = man_sections(page)
    with tempfile.TemporaryDirectory() as home:
        top = run(program, ["--help"], home)
        check(top.returncode == 0, name + " --help", top.stderr)
        top_options = help_options(top.stdout)
        check(len(top_options) >= 3, name + " --help lists options", top.stdout)
        compare(name + "(1) OPTIONS", top_options, man_options(sections.get("OPTIONS", []), 7))

        # The commands, and each one's own options (less the ones --help already gave).
        commands = [re.match(r"^  ([a-z][a-z-]*(?: [a-z][a-z-]*)*)", line).group(1)
                    for line in help_section(top.stdout, "Commands:") if re.match(r"^  [a-z]", line)]
        title = "COMMANDS"
        if not commands and "OPERATOR COMMANDS" in sections:
            unknown = run(program, ["account"], home)
            commands = re.findall(name + r" ([a-z][a-z -]*?) --help", unknown.stderr)
            title = "OPERATOR COMMANDS"
        if not commands:
            return 1 if failures else 0
        print("%s commands: %s" % (name, ", ".join(commands)))
        entries = blocks(sections.get(title, []), 7)
        for command in commands:
            entry = [(first, rest) for first, rest in entries if re.match(re.escape(command) + r"( |$)", first)]
            check(len(entry) == 1, "%s(1) %s has %s" % (name, title, command), "%d entries" % len(entry))
            if len(entry) != 1:
                continue
            result = run(program, command.split() + ["--help"], home)
            check(result.returncode == 0, "%s %s --help" % (name, command), result.stderr)
            own = [option for option in help_options(result.stdout) if option not in top_options]
            # The entry's own list, indented below its text (at 14 columns, the text at 14 + 7).
            compare("%s(1) %s" % (name, command), own, man_options(entry[0][1], 14))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
