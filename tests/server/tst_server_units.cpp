// SPDX-License-Identifier: Apache-2.0
// Server pieces without a running server: schema migrations, login forms, tokens, password hashes.
#include "AccountStore.h"
#include "ActivityStore.h"
#include "Database.h"
#include "Migrations.h"
#include "PasswordHasher.h"
#include "TestTable.h"
#include "TokenService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <sodium.h>

class TestServerUnits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migrationsRunOnceAndRecordVersion();
    void newerSchemaRefused();
    void loginForms_data();
    void loginForms();
    void passwordHashes();
    void refreshRotation();
    void addressMasking_data();
    void addressMasking();

private:
    QTemporaryDir m_dir;
};

void TestServerUnits::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(Database::open(m_dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
}

void TestServerUnits::migrationsRunOnceAndRecordVersion()
{
    QSqlDatabase db = Database::connection();
    QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    QString error;
    QVERIFY(Migrations::run(db, &error)); // again: nothing to do
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), Migrations::latestVersion());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestServerUnits::newerSchemaRefused()
{
    QSqlDatabase db = Database::connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future')")));
    QString error;
    QVERIFY(!Migrations::run(db, &error));
    QVERIFY(error.contains(QStringLiteral("999")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_version WHERE version = 999")));
}

void TestServerUnits::loginForms_data()
{
    TestTable::strings({ "login", "key" },
                       {
                           { "email", " Anna@Example.COM ", "email:anna@example.com" },
                           { "phone", "+79123456789", "phone:+79123456789" },
                           { "id", "1234567890", "id:1234567890" },
                           { "bad phone", "+7abc", "other:+7abc" },
                           { "name", "Anna", "other:anna" },
                       });
}

void TestServerUnits::loginForms()
{
    QFETCH(QString, login);
    QFETCH(QString, key);
    QCOMPARE(AccountStore::normalizeLogin(login), key);
}

void TestServerUnits::passwordHashes()
{
    const QString hash = PasswordHasher::hash(QStringLiteral("correct horse"));
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(PasswordHasher::verify(hash, QStringLiteral("correct horse")));
    QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("correct horsE")));
    QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
    QVERIFY(hash != PasswordHasher::hash(QStringLiteral("correct horse"))); // salted
}

void TestServerUnits::refreshRotation()
{
    QSqlDatabase db = Database::connection();
    Account account;
    account.email = QStringLiteral("unit@example.com");
    account.region = QStringLiteral("RU");
    account.passwordHash = QStringLiteral("x");
    QCOMPARE(AccountStore(db).create(&account), AccountStore::CreateResult::Created);
    QCOMPARE(AccountStore(db).create(&account), AccountStore::CreateResult::EmailTaken);
    TokenService tokens(db, 900);
    const TokenService::Grant first = tokens.startSession(account.id, QStringLiteral("dev"));
    QCOMPARE(first.error, ErrorCode::None);
    QCOMPARE(tokens.authenticate(first.tokens.accessToken).accountId, account.id);
    const TokenService::Grant second = tokens.refresh(first.tokens.refreshToken);
    QCOMPARE(second.error, ErrorCode::None);
    QCOMPARE(tokens.refresh(first.tokens.refreshToken).error, ErrorCode::RefreshTokenReused);
    QCOMPARE(tokens.refresh(second.tokens.refreshToken).error, ErrorCode::RefreshTokenInvalid);
    QCOMPARE(tokens.authenticate(second.tokens.accessToken).error, ErrorCode::Unauthorized);
}

QTEST_GUILESS_MAIN(TestServerUnits)
void TestServerUnits::addressMasking_data()
{
    TestTable::strings({ "address", "masked" },
                       {
                           { "ipv4", "203.0.113.77", "203.0.113.x" },
                           { "ipv4 mapped", "::ffff:198.51.100.9", "198.51.100.x" },
                           { "ipv6 /64 kept", "2001:db8:85a3:7:8a2e:370:7334:1", "2001:db8:85a3:7::x" },
                           { "ipv6 zeros dropped", "2001:db8::1", "2001:db8::x" },
                           { "ipv6 inner zero kept", "2001:0:0:5::9", "2001:0:0:5::x" },
                           { "loopback", "::1", "::x" },
                           { "none", "", "" },
                       });
}

void TestServerUnits::addressMasking()
{
    QFETCH(QString, address);
    QFETCH(QString, masked);
    QCOMPARE(ActivityStore::maskAddress(QHostAddress(address)), masked);
}

#include "tst_server_units.moc"
