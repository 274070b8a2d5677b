// SPDX-License-Identifier: Apache-2.0
#include "session/TokenStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

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
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Only a Secret Service can be missing: Windows's Credential Manager and the macOS Keychain are
    // always there, so the test exists where the case does.
    void noKeychainIsAClearError();
#endif
    void windowsKeysCarryTheService();
    void windowsEntriesOfTheOldNameMove();

private:
    ApiError write(qint64 account, const QString& token);
    // The token `store` (m_store when null) reads for the account, or the error it answers.
    std::pair<QString, ApiError> read(qint64 account, TokenStore* store = nullptr);
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

std::pair<QString, ApiError> TestTokenStore::read(qint64 account, TokenStore* store)
{
    std::pair<QString, ApiError> result { QString(), ApiError(ErrorCode::Internal) };
    bool done = false;
    (store ? *store : m_store)
        .read(m_server, account, this, [&](const QString& token, const ApiError& error) {
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

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
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
#endif

void TestTokenStore::windowsKeysCarryTheService()
{
    const QString key = TokenStore::entryKey(QUrl(QStringLiteral("https://a.example:8443")), 42);
    const QString service = QStringLiteral("AccountManager");
    // Secret Service and the macOS Keychain keep the service beside the key: unchanged names.
    QCOMPARE(TokenStore::storedKey(service, key, TokenStore::Platform::Linux), key);
    QCOMPARE(TokenStore::storedKey(service, key, TokenStore::Platform::MacOS), key);
    QVERIFY(TokenStore::legacyKey(key, TokenStore::Platform::Linux).isEmpty());
    QVERIFY(TokenStore::legacyKey(key, TokenStore::Platform::MacOS).isEmpty());
    // Windows's Credential Manager has one name: the service leads it, so a test's entries and the
    // user's differ; the old name (the key alone) is where a migration looks.
    QCOMPARE(TokenStore::storedKey(service, key, TokenStore::Platform::Windows),
             QStringLiteral("AccountManager/https://a.example:8443|42"));
    QCOMPARE(
        TokenStore::storedKey(QStringLiteral("AccountManagerTest-1"), key, TokenStore::Platform::Windows),
        QStringLiteral("AccountManagerTest-1/https://a.example:8443|42"));
    QCOMPARE(TokenStore::legacyKey(key, TokenStore::Platform::Windows), key);
    QCOMPARE(TokenStore::storedKey(service, TokenStore::proxyKey(QStringLiteral("Proxy.Example"), 3128),
                                   TokenStore::Platform::Windows),
             QStringLiteral("AccountManager/proxy|proxy.example:3128"));
#if defined(Q_OS_WIN)
    QCOMPARE(TokenStore::currentPlatform(), TokenStore::Platform::Windows);
#elif defined(Q_OS_MACOS)
    QCOMPARE(TokenStore::currentPlatform(), TokenStore::Platform::MacOS);
#else
    QCOMPARE(TokenStore::currentPlatform(), TokenStore::Platform::Linux);
#endif
}

// Windows's naming and its migration, run against the real Secret Service: an entry an older build
// wrote under the bare key (and the service qtkeychain ignored there, kept empty here) is read once,
// moved under the new name and gone from the old one; sign-out removes both names.
void TestTokenStore::windowsEntriesOfTheOldNameMove()
{
    TokenStore store;
    store.setServiceName(m_store.serviceName());
    store.setKeyPlatform(TokenStore::Platform::Windows);
    const qint64 account = 1000000000 + QRandomGenerator::global()->bounded(900000000);
    const QString oldName = TokenStore::entryKey(m_server, account);
    const QString newName
        = TokenStore::storedKey(store.serviceName(), oldName, TokenStore::Platform::Windows);

    auto raw = [this](auto* job) {
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        bool done = false;
        connect(job, &QKeychain::Job::finished, this, [&] { done = true; });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return QKeychain::OtherError;
        return job->error();
    };
    auto rawRead = [&](const QString& service, const QString& name) {
        QKeychain::ReadPasswordJob job(service);
        job.setKey(name);
        const QKeychain::Error error = raw(&job);
        return error == QKeychain::NoError ? job.textData() : QString();
    };
    {
        QKeychain::WritePasswordJob job(QString {});
        job.setKey(oldName);
        job.setTextData(QStringLiteral("old-token"));
        QCOMPARE(raw(&job), QKeychain::NoError);
    }
    QCOMPARE(rawRead(QString(), oldName), QStringLiteral("old-token"));

    const auto [token, error] = read(account, &store);
    QVERIFY2(!error, qPrintable(error.wireName() + QLatin1Char(' ') + error.detail));
    QCOMPARE(token, QStringLiteral("old-token"));
    QCOMPARE(rawRead(store.serviceName(), newName), QStringLiteral("old-token"));
    QVERIFY(rawRead(QString(), oldName).isEmpty());
    QCOMPARE(read(account, &store).first, QStringLiteral("old-token"));

    // Sign-out: an entry left under the old name goes as well.
    {
        QKeychain::WritePasswordJob job(QString {});
        job.setKey(oldName);
        job.setTextData(QStringLiteral("stray-token"));
        QCOMPARE(raw(&job), QKeychain::NoError);
    }
    bool removed = false;
    ApiError removeError(ErrorCode::Internal);
    store.remove(m_server, account, this, [&](const ApiError& e) {
        removeError = e;
        removed = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
    QVERIFY(!removeError);
    QVERIFY(rawRead(store.serviceName(), newName).isEmpty());
    QVERIFY(rawRead(QString(), oldName).isEmpty());
    QCOMPARE(read(account, &store).second.code, ErrorCode::NotSignedIn);
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
