#!/usr/bin/env python3
"""Fills an account-server SQLite database fast, for the server benchmarks only.

The database must exist with its schema and one account made by the server itself
(`account-server account add`); every new account gets that account's password hash, so no
Argon2id hash is computed here. Each account gets a device; sessions are spread over the accounts,
each with an access and a refresh token stored as the server stores them (SHA-256 of the token).
The tokens of a random sample of sessions are written out for the load generator; the others are
random hashes nobody holds a token for, as in a real database.

    filldb.py DB --accounts N --profile-tokens A --refresh-tokens R --out DIR
"""
import argparse
import base64
import hashlib
import os
import random
import sqlite3
import time


def token():
    raw = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=")
    return raw.decode("ascii"), hashlib.sha256(raw).digest()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--accounts", type=int, required=True)
    parser.add_argument("--profile-tokens", type=int, default=1000)
    parser.add_argument("--refresh-tokens", type=int, default=20000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    db = sqlite3.connect(args.db, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    first_id, password_hash = db.execute("SELECT id, password_hash FROM accounts ORDER BY id LIMIT 1").fetchone()
    now_iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    now_ms = int(time.time() * 1000)
    n = args.accounts
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO accounts (id, email, phone, region, password_hash, created_at) VALUES (?, ?, NULL, 'RU', ?, ?)",
        ((i, f"user{i}@bench.example", password_hash, now_iso) for i in range(first_id + 1, first_id + n)))
    db.executemany(
        "INSERT OR IGNORE INTO devices (account_id, device_id, name, kind, platform, first_seen, last_seen) "
        "VALUES (?, ?, 'Bench computer', 'computer', 'Linux', ?, ?)",
        ((i, f"bench-device-{i}", now_iso, now_iso) for i in range(first_id, first_id + n)))
    db.execute("COMMIT")

    wanted = args.profile_tokens + args.refresh_tokens
    sessions = max(n, wanted)
    sample = random.sample(range(sessions), wanted)
    profile = set(sample[:args.profile_tokens])
    refresh = set(sample[args.profile_tokens:])
    profile_out = open(os.path.join(args.out, "profile-tokens.txt"), "w")
    refresh_out = open(os.path.join(args.out, "refresh-tokens.txt"), "w")
    access_expiry = now_ms + 24 * 3600 * 1000
    refresh_expiry = now_ms + 30 * 24 * 3600 * 1000
    (base,) = db.execute("SELECT COALESCE(MAX(id), 0) FROM sessions").fetchone()

    def session_rows():
        for s in range(sessions):
            account = first_id + s % n
            yield base + s + 1, account, f"bench-device-{account}", now_iso

    def token_rows():
        for s in range(sessions):
            sid = base + s + 1
            if s in profile:
                text, digest = token()
                profile_out.write(text + "\n")
            else:
                digest = os.urandom(32)
            yield digest, sid, "access", access_expiry
            if s in refresh:
                text, digest = token()
                refresh_out.write(text + "\n")
            else:
                digest = os.urandom(32)
            yield digest, sid, "refresh", refresh_expiry

    db.execute("BEGIN")
    db.executemany("INSERT INTO sessions (id, account_id, device_id, created_at) VALUES (?, ?, ?, ?)", session_rows())
    db.executemany("INSERT INTO tokens (hash, session_id, kind, expires_at) VALUES (?, ?, ?, ?)", token_rows())
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    profile_out.close()
    refresh_out.close()


if __name__ == "__main__":
    main()
