// SPDX-License-Identifier: Apache-2.0
#include "session/TokenStore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

// Against the real Secret Service: scripts/test runs the tests inside a private D-Bus session
// with an unlocked gnome-keyring.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void missingEntry();
    void entriesAreSeparate();
    void noKeychainIsAClearError();

private:
    ApiError write(qint64 account, const QString& token);
    std::pair<QString, ApiError> read(qint64 account);
    ApiError remove(qint64 account);

    TokenStore m_store;
    const QUrl m_server { QStringLiteral("https://127.0.0.1:8443") };
};

void TestTokenStore::initTestCase()
{
    m_store.setServiceName(QStringLiteral("AccountManagerTest-")
                           + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

ApiError TestTokenStore::write(qint64 account, const QString& token)
{
    ApiError result(ErrorCode::Internal);
    bool done = false;
    m_store.write(m_server, account, token, this, [&](const ApiError& error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return ApiError(ErrorCode::Timeout);
    return result;
}

std::pair<QString, ApiError> TestTokenStore::read(qint64 account)
{
    std::pair<QString, ApiError> result { QString(), ApiError(ErrorCode::Internal) };
    bool done = false;
    m_store.read(m_server, account, this, [&](const QString& token, const ApiError& error) {
        result = { token, error };
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return { QString(), ApiError(ErrorCode::Timeout) };
    return result;
}

ApiError TestTokenStore::remove(qint64 account)
{
    ApiError result(ErrorCode::Internal);
    bool done = false;
    m_store.remove(m_server, account, this, [&](const ApiError& error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return ApiError(ErrorCode::Timeout);
    return result;
}

void TestTokenStore::writeReadOverwriteDelete()
{
    const ApiError written = write(1000000001, QStringLiteral("first-token"));
    QVERIFY2(!written, qPrintable(written.wireName() + QLatin1Char(' ') + written.detail));
    QCOMPARE(read(1000000001).first, QStringLiteral("first-token"));

    QVERIFY(!write(1000000001, QStringLiteral("second-token")));
    const auto [token, error] = read(1000000001);
    QVERIFY(!error);
    QCOMPARE(token, QStringLiteral("second-token"));

    QVERIFY(!remove(1000000001));
    QCOMPARE(read(1000000001).second.code, ErrorCode::NotSignedIn);
}

void TestTokenStore::missingEntry()
{
    const auto [token, error] = read(1999999999);
    QCOMPARE(error.code, ErrorCode::NotSignedIn);
    QVERIFY(token.isEmpty());
    // Removing what is not there is fine: sign-out must not fail on it.
    QVERIFY(!remove(1999999999));
}

void TestTokenStore::entriesAreSeparate()
{
    QVERIFY(!write(1000000002, QStringLiteral("token-a")));
    QVERIFY(!write(1000000003, QStringLiteral("token-b")));
    QCOMPARE(read(1000000002).first, QStringLiteral("token-a"));
    QCOMPARE(read(1000000003).first, QStringLiteral("token-b"));
    QVERIFY(!remove(1000000002));
    QCOMPARE(read(1000000003).first, QStringLiteral("token-b"));
    QVERIFY(!remove(1000000003));
    QCOMPARE(TokenStore::entryKey(QUrl(QStringLiteral("https://a.example:8443/x/")), 42),
             QStringLiteral("https://a.example:8443|42"));
}

void TestTokenStore::noKeychainIsAClearError()
{
    // The same call in a process with no session bus at all, as on a server without a desktop.
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({ QStringLiteral("-child-no-keychain") });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    child.setProcessEnvironment(env);
    child.start();
    QVERIFY(child.waitForFinished(20000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(output.contains(QStringLiteral("E-KEYCHAIN-UNAVAILABLE")), qPrintable(output));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "-child-no-keychain") == 0) {
        // Child mode of noKeychainIsAClearError: write once and print the error's code.
        TokenStore store;
        store.setServiceName(QStringLiteral("AccountManagerTest-nokeychain"));
        int rc = 1;
        store.write(QUrl(QStringLiteral("https://127.0.0.1:1")), 1, QStringLiteral("t"), &app,
                    [&](const ApiError& error) {
                        printf("%s %s\n", qPrintable(error.wireName()), qPrintable(error.detail));
                        rc = error ? 0 : 1;
                        app.quit();
                    });
        app.exec();
        return rc;
    }
    TestTokenStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
