// SPDX-License-Identifier: Apache-2.0
#include "Migrations.h"

#include "Database.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
// Append new steps; never edit one that has shipped.
const QStringList& steps()
{
    static const QStringList list {
        QStringLiteral(R"(
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT UNIQUE,
    phone TEXT UNIQUE,
    region TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE TABLE devices (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    device_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    platform TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (account_id, device_id));
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT);
CREATE TABLE tokens (
    hash BLOB PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    revoked INTEGER NOT NULL DEFAULT 0);
CREATE INDEX tokens_session ON tokens(session_id);
CREATE TABLE captchas (
    id TEXT PRIMARY KEY,
    answer TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE login_failures (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure INTEGER NOT NULL,
    locked_until INTEGER);
)"),
        // 2: registrations by email or phone. Codes and link tokens are stored as hashes only;
        // times are milliseconds since the epoch, like the other tables' expiry columns.
        QStringLiteral(R"(
CREATE TABLE registrations (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    destination TEXT NOT NULL,
    region TEXT NOT NULL,
    marketing_opt_in INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    code_hash BLOB,
    code_expires_at INTEGER,
    code_attempts INTEGER NOT NULL DEFAULT 0,
    link_hash BLOB,
    link_expires_at INTEGER,
    last_sent_at INTEGER,
    verified_at INTEGER,
    finished_at INTEGER);
CREATE INDEX registrations_expiry ON registrations(expires_at);
CREATE TABLE code_sends (
    destination TEXT NOT NULL,
    sent_at INTEGER NOT NULL);
CREATE INDEX code_sends_destination ON code_sends(destination, sent_at);
ALTER TABLE accounts ADD COLUMN marketing_opt_in INTEGER NOT NULL DEFAULT 0;
)"),
        // 3: challenges for a password change, a recovery, an email or phone change (the same code
        // columns as registrations), and the log of recovery starts behind E-RATE-LIMITED. Codes are
        // now hashed with a server key: the plain SHA-256 ones of version 2 can never match again,
        // so they are dropped (the user asks for a new code).
        QStringLiteral(R"(
CREATE TABLE challenges (
    id TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('password-change', 'recovery', 'email-change', 'phone-change')),
    account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
    channel TEXT CHECK (channel IN ('email', 'sms')),
    destination TEXT,
    choice_email TEXT,
    choice_phone TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    code_hash BLOB,
    code_expires_at INTEGER,
    code_attempts INTEGER NOT NULL DEFAULT 0,
    link_hash BLOB,
    link_expires_at INTEGER,
    last_sent_at INTEGER,
    verified_at INTEGER,
    finished_at INTEGER);
CREATE INDEX challenges_expiry ON challenges(expires_at);
CREATE TABLE recovery_starts (
    key TEXT NOT NULL,
    started_at INTEGER NOT NULL);
CREATE INDEX recovery_starts_key ON recovery_starts(key, started_at);
UPDATE registrations SET code_hash = NULL, link_hash = NULL;
)"),
        // 4: devices and account deletion. challenges gets two purposes (a CHECK cannot be altered
        // in SQLite, so the table is rebuilt) and the device a new-device code is for. An erased
        // account leaves only its ID and the time in account_deletions, for audits and so its ID
        // is never handed out again.
        QStringLiteral(R"(
CREATE TABLE challenges_v4 (
    id TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('password-change', 'recovery', 'email-change', 'phone-change',
                                             'account-deletion', 'device-verification')),
    account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
    channel TEXT CHECK (channel IN ('email', 'sms')),
    destination TEXT,
    choice_email TEXT,
    choice_phone TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    code_hash BLOB,
    code_expires_at INTEGER,
    code_attempts INTEGER NOT NULL DEFAULT 0,
    link_hash BLOB,
    link_expires_at INTEGER,
    last_sent_at INTEGER,
    verified_at INTEGER,
    finished_at INTEGER,
    device_id TEXT);
INSERT INTO challenges_v4 (id, purpose, account_id, channel, destination, choice_email, choice_phone,
    created_at, expires_at, code_hash, code_expires_at, code_attempts, link_hash, link_expires_at,
    last_sent_at, verified_at, finished_at)
    SELECT id, purpose, account_id, channel, destination, choice_email, choice_phone, created_at, expires_at,
    code_hash, code_expires_at, code_attempts, link_hash, link_expires_at, last_sent_at, verified_at,
    finished_at FROM challenges;
DROP TABLE challenges;
ALTER TABLE challenges_v4 RENAME TO challenges;
CREATE INDEX challenges_expiry ON challenges(expires_at);
CREATE INDEX challenges_account ON challenges(account_id);
CREATE INDEX sessions_account_device ON sessions(account_id, device_id);
CREATE TABLE account_deletions (
    account_id INTEGER PRIMARY KEY,
    deleted_at TEXT NOT NULL);
)"),
        // Version 5: a challenge whose codes are made and stored but never delivered (an email or
        // phone change to an address another account has: its owner gets a notice instead).
        QStringLiteral(R"(
ALTER TABLE challenges ADD COLUMN silent INTEGER NOT NULL DEFAULT 0;
)"),
        // Version 6: codes counted per quota (what anyone can start apart from what only the owner
        // can), and the codes a recovery has sent.
        QStringLiteral(R"(
ALTER TABLE code_sends ADD COLUMN quota TEXT NOT NULL DEFAULT 'owner';
ALTER TABLE challenges ADD COLUMN sends INTEGER NOT NULL DEFAULT 0;
)"),
        // Version 7: what makes a device known is a secret the server gave it (its hash), not its ID.
        // Devices known before have none: each is asked for a code once more.
        QStringLiteral(R"(
ALTER TABLE devices ADD COLUMN trust_hash BLOB;
)"),
        // Version 8: two-step verification (TwoStepStore). The TOTP secret only ever sealed with a
        // key derived from the server key, backup codes only as keyed hashes (TwoStepSecret).
        // last_step is the TOTP time step of the last code accepted: only a later one is taken.
        QStringLiteral(R"(
CREATE TABLE two_step (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    sealed_secret BLOB NOT NULL,
    enabled_at INTEGER NOT NULL,
    last_step INTEGER NOT NULL);
CREATE TABLE two_step_setups (
    id TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    sealed_secret BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0);
CREATE INDEX two_step_setups_account ON two_step_setups(account_id);
CREATE INDEX two_step_setups_expiry ON two_step_setups(expires_at);
CREATE TABLE two_step_backup_codes (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    code_hash BLOB NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (account_id, code_hash));
)"),
        // Version 9: the account's activity (ActivityStore), kept 180 days. A failed sign-in is one
        // row per account and hour (failed_hour, NULL on every other row) with its count, so a
        // guessing run cannot fill the table. The address is stored masked already. account_exports:
        // when the account's data was last exported, for the one-an-hour limit.
        QStringLiteral(R"(
CREATE TABLE account_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    happened_at INTEGER NOT NULL,
    device_name TEXT,
    device_kind TEXT,
    device_platform TEXT,
    address TEXT NOT NULL,
    occurrences INTEGER NOT NULL DEFAULT 1,
    failed_hour INTEGER);
CREATE INDEX account_events_account ON account_events(account_id, happened_at);
CREATE UNIQUE INDEX account_events_failed ON account_events(account_id, failed_hour);
CREATE INDEX account_events_time ON account_events(happened_at);
CREATE TABLE account_exports (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    exported_at INTEGER NOT NULL);
)"),
        // Version 10: how often a captcha's audio was fetched (CaptchaService::kMaxAudioPlays).
        QStringLiteral(R"(
ALTER TABLE captchas ADD COLUMN audio_plays INTEGER NOT NULL DEFAULT 0;
)"),
        // Version 11: the language the account's emails, SMS and link pages are written in
        // (accountLanguages(): en, ru, zh_CN), and the one a registration's code goes out in until
        // the account exists. Accounts from before wrote in English: they keep it.
        QStringLiteral(R"(
ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE registrations ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
)"),
    };
    return list;
}

// The steps are written for SQLite; PostgreSQL runs the same steps with its names for the types.
// Its INTEGER is 32 bits, too small for account IDs and millisecond times, so every integer is
// 64 bits there, as it is in SQLite.
QString forPostgres(QString script)
{
    static const QRegularExpression autoincrement(QStringLiteral("\\bINTEGER PRIMARY KEY AUTOINCREMENT\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    script.replace(autoincrement, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    script.replace(integer, QStringLiteral("BIGINT"));
    script.replace(blob, QStringLiteral("BYTEA"));
    return script;
}

bool execScript(QSqlDatabase& db, const QString& script, QString* error)
{
    // QSQLITE runs one statement per exec().
    const QStringList statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

int Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString Migrations::step(int version, bool postgres)
{
    const QString script = steps().at(version - 1);
    return postgres ? forPostgres(script) : script;
}

bool Migrations::run(QSqlDatabase& db, QString* error)
{
    const bool postgres = Database::kind() == Database::Kind::Postgres;
    QSqlQuery lock(db);
    // Servers sharing a PostgreSQL database may start together; one migrates, the others wait.
    if (postgres && !lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock))) {
        *error = lock.lastError().text();
        return false;
    }
    const bool ok = migrate(db, postgres, error);
    if (postgres)
        lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    return ok;
}

bool Migrations::migrate(QSqlDatabase& db, bool postgres, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version %1 PRIMARY KEY, "
                                   "applied_at TEXT NOT NULL)")
                        .arg(postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER")))) {
        *error = query.lastError().text();
        return false;
    }
    for (int version = currentVersion(db) + 1; version <= latestVersion(); ++version) {
        db.transaction();
        QString stepError;
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(version);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!execScript(db, step(version, postgres), &stepError) || !record.exec()) {
            db.rollback();
            *error = QStringLiteral("schema migration %1 failed: %2")
                         .arg(version)
                         .arg(stepError.isEmpty() ? record.lastError().text() : stepError);
            return false;
        }
        db.commit();
    }
    if (currentVersion(db) > latestVersion()) {
        *error = QStringLiteral("the database has schema version %1; this server knows only up to %2")
                     .arg(currentVersion(db))
                     .arg(latestVersion());
        return false;
    }
    return true;
}
