// SPDX-License-Identifier: Apache-2.0
#include "settings/AccountSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void accountsPerServer();
    void deviceIdIsStable();
    void language();
    void unchangedValuesAreNotWritten();
    void forgettingRemovesTheWholeEntry();

private:
    // What a sign-in of account 1000000001 writes.
    static void writeSignIn(AccountSettings& settings, const QUrl& server);

    QTemporaryDir m_dir;
};

void TestSettings::writeSignIn(AccountSettings& settings, const QUrl& server)
{
    settings.addAccount(server, 1000000001);
    settings.setCurrentAccount(server, 1000000001);
    settings.setAccountLabel(server, 1000000001, QStringLiteral("a***@example.com"));
}

void TestSettings::accountsPerServer()
{
    const QString file = m_dir.filePath(QStringLiteral("accounts.ini"));
    const QUrl local(QStringLiteral("https://127.0.0.1:8443"));
    const QUrl other(QStringLiteral("https://accounts.example.com/"));
    {
        AccountSettings settings(file);
        QVERIFY(settings.accounts(local).isEmpty());
        QCOMPARE(settings.currentAccount(local), 0);
        settings.addAccount(local, 1000000001);
        settings.addAccount(local, 1000000002);
        settings.addAccount(local, 1000000001); // once only
        settings.setCurrentAccount(local, 1000000002);
        settings.addAccount(other, 2000000001);
    }
    AccountSettings reopened(file);
    QCOMPARE(reopened.accounts(local), (QList<qint64> { 1000000001, 1000000002 }));
    QCOMPARE(reopened.currentAccount(local), 1000000002);
    QCOMPARE(reopened.accounts(other), QList<qint64> { 2000000001 });
    // The same origin, written differently, is the same server.
    QCOMPARE(reopened.accounts(QUrl(QStringLiteral("https://127.0.0.1:8443/v1/"))).size(), 2);

    reopened.removeAccount(local, 1000000002);
    QCOMPARE(reopened.accounts(local), QList<qint64> { 1000000001 });
    QCOMPARE(reopened.currentAccount(local), 0); // the current one went with it
    QCOMPARE(reopened.accounts(other), QList<qint64> { 2000000001 });
}

void TestSettings::deviceIdIsStable()
{
    const QString file = m_dir.filePath(QStringLiteral("device.ini"));
    DeviceInfo first = AccountSettings(file).thisDevice();
    DeviceInfo second = AccountSettings(file).thisDevice();
    QVERIFY(!first.id.isEmpty());
    QCOMPARE(second.id, first.id);
    QCOMPARE(first.kind, QStringLiteral("computer"));
    QVERIFY(DeviceInfo::kinds().contains(first.kind));
    QVERIFY(!first.name.isEmpty());
    QVERIFY(AccountSettings(m_dir.filePath(QStringLiteral("other.ini"))).thisDevice().id != first.id);
}

void TestSettings::language()
{
    AccountSettings settings(m_dir.filePath(QStringLiteral("lang.ini")));
    QVERIFY(settings.language().isEmpty());
    settings.setLanguage(QStringLiteral("ru"));
    QCOMPARE(settings.language(), QStringLiteral("ru"));
}

void TestSettings::unchangedValuesAreNotWritten()
{
    // Each write of the file is an fdatasync on the UI thread; a sign-in sets what is already set.
    const QString file = m_dir.filePath(QStringLiteral("unchanged.ini"));
    const QUrl local(QStringLiteral("https://127.0.0.1:8443"));
    AccountSettings settings(file);
    writeSignIn(settings, local);
    settings.setLanguage(QStringLiteral("ru"));
    settings.raw().sync();
    QVERIFY(QFile::exists(file));
    QVERIFY(QFile::remove(file));
    writeSignIn(settings, local); // a one-item list, read back from the file as a string
    settings.setLanguage(QStringLiteral("ru"));
    settings.removeAccount(QUrl(QStringLiteral("https://other.example.com")), 1000000001);
    settings.raw().sync();
    QVERIFY2(!QFile::exists(file), "nothing changed, yet the settings file was written again");
    settings.setLanguage(QStringLiteral("zh_CN"));
    settings.raw().sync();
    QVERIFY(QFile::exists(file));
}

void TestSettings::forgettingRemovesTheWholeEntry()
{
    const QString file = m_dir.filePath(QStringLiteral("forget.ini"));
    const QUrl local(QStringLiteral("https://127.0.0.1:8443"));
    AccountSettings settings(file);
    writeSignIn(settings, local);
    QCOMPARE(settings.knownAccounts(local), QList<qint64> { 1000000001 });
    settings.forgetAccount(local, 1000000001);
    QVERIFY(settings.knownAccounts(local).isEmpty());
    QVERIFY(settings.accounts(local).isEmpty());
    QCOMPARE(settings.currentAccount(local), 0);
    QVERIFY(settings.accountLabel(local, 1000000001).isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
