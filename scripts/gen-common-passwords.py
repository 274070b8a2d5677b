#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the list of common passwords the password policy refuses, one per line, lowercased.

The source is the "passwords" frequency list of zxcvbn (Debian's python3-zxcvbn: the 30,000
passwords seen most often in leaks). Only those that would otherwise pass the length and
letters-and-digits rules are kept: the others are refused by those rules already.
Usage: gen-common-passwords.py OUTPUT
"""
import re
import sys

sys.path.insert(0, "/usr/lib/python3/dist-packages")
from zxcvbn.frequency_lists import FREQUENCY_LISTS  # noqa: E402

kept = [
    p for p in FREQUENCY_LISTS["passwords"]
    if 8 <= len(p) <= 64 and re.search("[a-z]", p, re.I) and re.search("[0-9]", p)
]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write("\n".join(sorted(set(p.lower() for p in kept))) + "\n")
