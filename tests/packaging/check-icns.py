#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The .icns render-icons made: a well-formed container ("icns", total length, then blocks of type,
length and data) whose every block is a PNG of the size its type stands for, with all of them there,
from icp4 (16 px) to ic10 (1024 px, 512@2x).

    check-icns.py FILE.icns
"""
import struct
import sys

# Apple's PNG-holding icon types and their pixel sizes.
SIZES = {
    "icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024,
    "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512,
}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def main(path):
    data = open(path, "rb").read()
    problems = []
    if data[:4] != b"icns":
        return [f"{path}: does not start with 'icns'"]
    total = struct.unpack(">I", data[4:8])[0]
    if total != len(data):
        problems.append(f"header length {total}, file length {len(data)}")
    found = {}
    offset = 8
    while offset + 8 <= len(data):
        kind = data[offset:offset + 4].decode("latin-1")
        length = struct.unpack(">I", data[offset + 4:offset + 8])[0]
        if length < 8 or offset + length > len(data):
            problems.append(f"block {kind!r} at {offset}: length {length} runs past the end")
            break
        body = data[offset + 8:offset + length]
        offset += length
        if kind not in SIZES:
            problems.append(f"unexpected block type {kind!r}")
            continue
        if body[:8] != PNG_SIGNATURE or body[12:16] != b"IHDR":
            problems.append(f"{kind}: not a PNG")
            continue
        width, height = struct.unpack(">II", body[16:24])
        found[kind] = (width, height)
        if (width, height) != (SIZES[kind], SIZES[kind]):
            problems.append(f"{kind}: {width}x{height}, should be {SIZES[kind]}x{SIZES[kind]}")
        else:
            print(f"ok   {kind} {width}x{height} PNG")
    if offset != len(data):
        problems.append(f"{len(data) - offset} bytes after the last block")
    for kind in SIZES:
        if kind not in found:
            problems.append(f"no {kind} ({SIZES[kind]} px) entry")
    return problems


if __name__ == "__main__":
    problems = main(sys.argv[1])
    for problem in problems:
        print("FAIL", problem)
    sys.exit(1 if problems else 0)
