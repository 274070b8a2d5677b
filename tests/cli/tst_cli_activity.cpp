// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// `account-ctl activity` and `account-ctl export` against a real server and the real keychain:
// the events of the signed-in account (text and --json, paging, bad options), and the export saved
// to a file of its owner's only, never over an existing one without --force.
class TestCliActivity : public CliTestBase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void activityLists();
    void activityPagesAndRefusesBadOptions();
    void exportWritesOwnerOnlyFile();
    void exportWrongPasswordAndLimit();
};

namespace {
const TestAccount kPetr { QStringLiteral("petr.activity@example.com"),
                          {},
                          QStringLiteral("Petr2026activity") };
} // namespace

void TestCliActivity::init()
{
    startSignedIn(kPetr);
}

void TestCliActivity::cleanup()
{
    logoutAndStop({ kPetr.password }, { kPetr.email });
}

void TestCliActivity::activityLists()
{
    const auto text = m_ctl->run({ QStringLiteral("activity") });
    QCOMPARE(text.exitCode, 0);
    // The sign-in of `login` above, its device and the masked address.
    QVERIFY2(text.out.contains("sign-in"), text.out.constData());
    QVERIFY(text.out.contains("127.0.0.x"));
    QVERIFY(!text.out.contains("127.0.0.1"));

    const auto json = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("activity") });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray events = json.json().value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("sign-in"));
    QCOMPARE(event.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.x"));
    QCOMPARE(event.value(QStringLiteral("device")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("computer"));
    QVERIFY(json.json().value(QStringLiteral("next")).isNull());
}

void TestCliActivity::activityPagesAndRefusesBadOptions()
{
    // A second sign-in elsewhere makes two events: one a page.
    const auto other = otherComputer();
    QCOMPARE(other->login(kPetr.email, kPetr.password).exitCode, 0);
    const auto first = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("activity"),
                                    QStringLiteral("--limit"), QStringLiteral("1") });
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json().value(QStringLiteral("events")).toArray().size(), 1);
    const QString next = first.json().value(QStringLiteral("next")).toString();
    QVERIFY(!next.isEmpty());
    const auto second
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("activity"), QStringLiteral("--limit"),
                       QStringLiteral("1"), QStringLiteral("--before"), next });
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().value(QStringLiteral("events")).toArray().size(), 1);
    QVERIFY(second.json().value(QStringLiteral("next")).isNull());
    // The text form says how to get the next page.
    const auto text
        = m_ctl->run({ QStringLiteral("activity"), QStringLiteral("--limit"), QStringLiteral("1") });
    QVERIFY2(text.err.contains("--before " + next.toUtf8()), text.err.constData());

    for (const QStringList& bad : { QStringList { QStringLiteral("--limit"), QStringLiteral("0") },
                                    QStringList { QStringLiteral("--limit"), QStringLiteral("101") },
                                    QStringList { QStringLiteral("--before"), QStringLiteral("soon") } }) {
        const auto refused
            = m_ctl->run(QStringList { QStringLiteral("--json"), QStringLiteral("activity") } + bad);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(errorCode(refused), QStringLiteral("E-USAGE"));
    }
    other->run({ QStringLiteral("logout") });
}

void TestCliActivity::exportWritesOwnerOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    const auto saved = m_ctl->run(
        { QStringLiteral("export"), QStringLiteral("--output"), path, QStringLiteral("--password-stdin") },
        kPetr.password.toUtf8() + '\n');
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(qint64(document.value(QStringLiteral("account"))
                        .toObject()
                        .value(QStringLiteral("accountId"))
                        .toDouble()),
             m_accountId);
    QCOMPARE(document.value(QStringLiteral("account")).toObject().value(QStringLiteral("email")).toString(),
             kPetr.email);
    QCOMPARE(document.value(QStringLiteral("sessions")).toArray().size(), 1);
    QVERIFY(!document.value(QStringLiteral("activity")).toArray().isEmpty());
    QVERIFY(!bytes.contains(kPetr.password.toUtf8()));
    // Qt's user, group and other bits: read and write for the owner, nothing for anyone else.
    QCOMPARE(int(QFileInfo(path).permissions() & 0x0777),
             int(QFileDevice::ReadUser | QFileDevice::WriteUser));
    // The email is in the file, never on the terminal.
    QVERIFY(!saved.out.contains(kPetr.email.toUtf8()) && !saved.err.contains(kPetr.email.toUtf8()));

    // An existing file is kept: refused before the password is asked or the export spent.
    QFile existing(dir.filePath(QStringLiteral("taken.json")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    const auto refused
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--output"),
                       existing.fileName(), QStringLiteral("--password-stdin") },
                     kPetr.password.toUtf8() + '\n');
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(errorCode(refused), QStringLiteral("E-USAGE"));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
    existing.close();
    QCOMPARE(m_ctl
                 ->run({ QStringLiteral("export"), QStringLiteral("--password-stdin") },
                       kPetr.password.toUtf8() + '\n')
                 .exitCode,
             2);
}

void TestCliActivity::exportWrongPasswordAndLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    const QStringList args { QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--output"),
                             path, QStringLiteral("--password-stdin") };
    const auto wrong = m_ctl->run(args, "Wrong2026activity\n");
    QCOMPARE(wrong.exitCode, 1);
    QCOMPARE(errorCode(wrong), QStringLiteral("E-PASSWORD-WRONG"));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(m_ctl->run(args, kPetr.password.toUtf8() + '\n').exitCode, 0);
    // --force overwrites, but the server allows one export an hour.
    const auto again
        = m_ctl->run(args + QStringList { QStringLiteral("--force") }, kPetr.password.toUtf8() + '\n');
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(errorCode(again), QStringLiteral("E-RATE-LIMITED"));
    QVERIFY(!again.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("until"))
                 .toString()
                 .isEmpty());
    QVERIFY(QFileInfo::exists(path)); // the first export stays
}

QTEST_MAIN(TestCliActivity)
#include "tst_cli_activity.moc"
