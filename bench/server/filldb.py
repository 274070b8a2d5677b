#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fills an account-server database fast, for the server benchmarks only.

The database must exist with its schema and one account made by the server itself
(`account-server account add`); every new account gets that account's password hash, so no
Argon2id hash is computed here. Each account gets a device; sessions are spread over the accounts,
each with an access and a refresh token stored as the server stores them (SHA-256 of the token).
The tokens of a random sample of sessions are written out for the load generator; the others are
random hashes nobody holds a token for, as in a real database.

    filldb.py DB --accounts N --profile-tokens A --refresh-tokens R --out DIR

DB is an SQLite file, or a postgres://USER@HOST:PORT/DBNAME URL (then it needs Debian's
python3-psycopg2, and loads with COPY).
"""
import argparse
import base64
import csv
import hashlib
import io
import os
import random
import sqlite3
import time


def token():
    raw = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=")
    return raw.decode("ascii"), hashlib.sha256(raw).digest()


class Fill:
    """The rows to add, the same for both databases; writes the sampled tokens to DIR as it goes."""

    def __init__(self, args, first_id, base_session):
        self.first_id = first_id
        self.n = args.accounts
        self.base = base_session
        self.now_iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        now_ms = int(time.time() * 1000)
        self.access_expiry = now_ms + 24 * 3600 * 1000
        self.refresh_expiry = now_ms + 30 * 24 * 3600 * 1000
        wanted = args.profile_tokens + args.refresh_tokens
        self.sessions = max(self.n, wanted)
        sample = random.sample(range(self.sessions), wanted)
        self.profile = set(sample[:args.profile_tokens])
        self.refresh = set(sample[args.profile_tokens:])
        self.profile_out = open(os.path.join(args.out, "profile-tokens.txt"), "w")
        self.refresh_out = open(os.path.join(args.out, "refresh-tokens.txt"), "w")

    def account_rows(self):
        for i in range(self.first_id + 1, self.first_id + self.n):
            yield i, f"user{i}@bench.example", self.now_iso

    def device_rows(self):
        for i in range(self.first_id, self.first_id + self.n):
            yield i, f"bench-device-{i}", self.now_iso, self.now_iso

    def session_rows(self):
        for s in range(self.sessions):
            account = self.first_id + s % self.n
            yield self.base + s + 1, account, f"bench-device-{account}", self.now_iso

    def token_rows(self):
        for s in range(self.sessions):
            sid = self.base + s + 1
            if s in self.profile:
                text, digest = token()
                self.profile_out.write(text + "\n")
            else:
                digest = os.urandom(32)
            yield digest, sid, "access", self.access_expiry
            if s in self.refresh:
                text, digest = token()
                self.refresh_out.write(text + "\n")
            else:
                digest = os.urandom(32)
            yield digest, sid, "refresh", self.refresh_expiry

    def close(self):
        self.profile_out.close()
        self.refresh_out.close()


def fill_sqlite(args):
    db = sqlite3.connect(args.db, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    first_id, password_hash = db.execute("SELECT id, password_hash FROM accounts ORDER BY id LIMIT 1").fetchone()
    (base,) = db.execute("SELECT COALESCE(MAX(id), 0) FROM sessions").fetchone()
    fill = Fill(args, first_id, base)
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO accounts (id, email, phone, region, password_hash, created_at) VALUES (?, ?, NULL, 'RU', ?, ?)",
        ((i, email, password_hash, created) for i, email, created in fill.account_rows()))
    db.executemany(
        "INSERT OR IGNORE INTO devices (account_id, device_id, name, kind, platform, first_seen, last_seen) "
        "VALUES (?, ?, 'Bench computer', 'computer', 'Linux', ?, ?)", fill.device_rows())
    db.execute("COMMIT")
    db.execute("BEGIN")
    db.executemany("INSERT INTO sessions (id, account_id, device_id, created_at) VALUES (?, ?, ?, ?)",
                   fill.session_rows())
    db.executemany("INSERT INTO tokens (hash, session_id, kind, expires_at) VALUES (?, ?, ?, ?)", fill.token_rows())
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    fill.close()


def copy_rows(cursor, table, columns, rows, chunk=200000):
    """COPY in CSV (None is an empty field, which is NULL; bytes go as BYTEA hex), in chunks so a
    million rows never sit in memory as one string."""
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv)"
    buffer, count = io.StringIO(), 0
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(["\\x" + v.hex() if isinstance(v, bytes) else v for v in row])
        count += 1
        if count == chunk:
            buffer.seek(0)
            cursor.copy_expert(statement, buffer)
            buffer, count = io.StringIO(), 0
            writer = csv.writer(buffer, lineterminator="\n")
    if count:
        buffer.seek(0)
        cursor.copy_expert(statement, buffer)


def fill_postgres(args):
    import psycopg2  # Debian's python3-psycopg2; only needed here

    db = psycopg2.connect(args.db)
    cursor = db.cursor()
    cursor.execute("SELECT id, password_hash FROM accounts ORDER BY id LIMIT 1")
    first_id, password_hash = cursor.fetchone()
    cursor.execute("SELECT COALESCE(MAX(id), 0) FROM sessions")
    (base,) = cursor.fetchone()
    cursor.execute("SELECT account_id, device_id FROM devices")
    existing = set(cursor.fetchall())
    fill = Fill(args, first_id, base)
    # The foreign-key triggers would look up every row's parent; these rows are consistent by
    # construction, so a superuser (the bench cluster's) loads without them.
    cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    superuser = cursor.fetchone()[0]
    if superuser:
        cursor.execute("SET LOCAL session_replication_role = replica")
    copy_rows(cursor, "accounts", ("id", "email", "phone", "region", "password_hash", "created_at"),
              ((i, email, None, "RU", password_hash, created) for i, email, created in fill.account_rows()))
    copy_rows(cursor, "devices", ("account_id", "device_id", "name", "kind", "platform", "first_seen", "last_seen"),
              ((a, d, "Bench computer", "computer", "Linux", f, l) for a, d, f, l in fill.device_rows()
               if (a, d) not in existing))
    copy_rows(cursor, "sessions", ("id", "account_id", "device_id", "created_at"), fill.session_rows())
    copy_rows(cursor, "tokens", ("hash", "session_id", "kind", "expires_at"), fill.token_rows())
    # sessions.id is an identity column: the server's own sessions must start after these.
    cursor.execute("SELECT setval(pg_get_serial_sequence('sessions', 'id'), (SELECT MAX(id) FROM sessions))")
    db.commit()
    db.autocommit = True
    # Else the first reads set every row's hint bits, autovacuum wakes for the new rows and the
    # checkpointer writes the load out, all during the measurement and on the cluster's CPU time.
    cursor.execute("VACUUM (FREEZE, ANALYZE)")
    if superuser:
        cursor.execute("CHECKPOINT")
    db.close()
    fill.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--accounts", type=int, required=True)
    parser.add_argument("--profile-tokens", type=int, default=1000)
    parser.add_argument("--refresh-tokens", type=int, default=20000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.db.startswith(("postgres://", "postgresql://")):
        fill_postgres(args)
    else:
        fill_sqlite(args)


if __name__ == "__main__":
    main()
