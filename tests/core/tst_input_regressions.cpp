// SPDX-License-Identifier: Apache-2.0
// What the fuzz targets (fuzz/) and the bad-input corpus (tests/data/bad-input/) found in core, kept as
// regressions. The fuzzing finds also sit in fuzz/corpus/*/regress-*, so every fuzz run replays them.
#include "ApiError.h"
#include "CaptchaMessages.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestInputRegressions : public QObject
{
    Q_OBJECT

private:
    static QJsonObject object(const char* json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

private slots:
    // A failed request answered with {"error":{"code":"E-NONE"}} looked like a success to AccountApi's
    // callers (no error, empty body): an account deletion or device unbind would have been reported done.
    void errorEnvelopeSayingNoneIsABadResponse()
    {
        const ApiError error = ApiError::fromJson(object(R"({"error":{"code":"E-NONE","field":"x"}})"), 500);
        QVERIFY(error.isError());
        QCOMPARE(error.code, ErrorCode::BadResponse);
        QCOMPARE(error.httpStatus, 500);
    }

    // A negative attemptsLeft is "not said", like a missing one: no "-3 attempts left" in any message.
    void negativeAttemptsLeftIsNotSaid()
    {
        const ApiError error
            = ApiError::fromJson(object(R"({"error":{"code":"E-CODE-WRONG","attemptsLeft":-3}})"), 400);
        QCOMPARE(error.code, ErrorCode::CodeWrong);
        QCOMPARE(error.attemptsLeft, -1);
        QCOMPARE(ApiError::fromJson(error.toJson(), 400).attemptsLeft, -1);
        const ApiError two
            = ApiError::fromJson(object(R"({"error":{"code":"E-CODE-WRONG","attemptsLeft":2}})"), 400);
        QCOMPARE(two.attemptsLeft, 2);
    }

    // "V" is base64 for nothing: a captcha without an image is a bad answer, not a blank picture.
    void captchaImageThatDecodesToNothingIsRefused()
    {
        ApiError error;
        CaptchaResponse::fromJson(object(R"({"captchaId":"c1","image":"V"})"), &error);
        QCOMPARE(error.code, ErrorCode::InvalidField);
        QCOMPARE(error.field, QStringLiteral("image"));
        const CaptchaResponse good
            = CaptchaResponse::fromJson(object(R"({"captchaId":"c1","image":"iVBORw0KGgo="})"), &error);
        QVERIFY(!error.isError());
        QCOMPARE(good.image.left(4), QByteArray("\x89PNG"));
    }

    // Look-alikes were accepted: "\u0430" is Cyrillic, "\uff41" fullwidth Latin. Each label passes ICU's
    // spoof check (UTS #39, highly restrictive); scripts may differ between labels (a Latin name at a
    // Cyrillic domain).
    void emailLookAlikesAreRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("cyrillic a in latin domain") << QStringLiteral("anna@ex\u0430mple.com") << false;
        QTest::newRow("cyrillic o in latin name") << QStringLiteral("ann\u043e@example.com") << false;
        QTest::newRow("greek omicron") << QStringLiteral("anna@g\u03bf\u03bfgle.com") << false;
        QTest::newRow("fullwidth letter") << QStringLiteral("\uff41nna@example.com") << false;
        QTest::newRow("latin") << QStringLiteral("anna@example.com") << true;
        QTest::newRow("all cyrillic")
            << QStringLiteral("\u0430\u043d\u043d\u0430@\u043f\u043e\u0447\u0442\u0430.\u0440\u0444") << true;
        QTest::newRow("latin name, cyrillic domain")
            << QStringLiteral("anna@\u043f\u043e\u0447\u0442\u0430.\u0440\u0444") << true;
    }

    void emailLookAlikesAreRefused()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(EmailAddress::isValid(input), valid);
    }

    // fuzz_phone: libphonenumber called "0400 12315115677" (DE) valid, 16 digits in E.164. The server's
    // sign-in by phone reads at most 15, so such an account could register but never sign in by phone.
    void phoneLongerThanE164IsInvalid()
    {
        QVERIFY(PhoneNumbers::toE164(QStringLiteral("0400 12315115677"), QStringLiteral("DE")).isEmpty());
        QVERIFY(!PhoneNumbers::isValid(QStringLiteral("+4940012315115677"), QStringLiteral("ZZ")));
        QCOMPARE(PhoneNumbers::toE164(QStringLiteral("040 1234567"), QStringLiteral("DE")),
                 QStringLiteral("+49401234567"));
    }

    // The bad-input corpus's expectations are the validators' answers: every email case and every
    // phone number of the 20 countries, valid or not, with its E.164 form.
    void corpusAgreesWithValidators()
    {
        const auto cases = [](const char* file) {
            QFile f(QStringLiteral(TEST_SOURCE_DIR "/tests/data/bad-input/") + QLatin1String(file));
            return f.open(QIODevice::ReadOnly)
                ? QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray()
                : QJsonArray();
        };
        int emails = 0;
        for (const char* file : { "email-lookalikes.json", "rtl-text.json", "injection.json" }) {
            for (const QJsonValue c : cases(file)) {
                const QString text = c.toObject().value(QStringLiteral("text")).toString();
                QVERIFY2(EmailAddress::isValid(text)
                             == c.toObject().value(QStringLiteral("valid")).toBool(false),
                         qPrintable(c.toObject().value(QStringLiteral("name")).toString()));
                ++emails;
            }
        }
        QVERIFY(emails >= 45);
        int phones = 0;
        QSet<QString> regions;
        for (const QJsonValue c : cases("phones.json")) {
            const QJsonObject o = c.toObject();
            const QString e164 = PhoneNumbers::toE164(o.value(QStringLiteral("number")).toString(),
                                                      o.value(QStringLiteral("region")).toString());
            QVERIFY2(e164.isEmpty() != o.value(QStringLiteral("valid")).toBool(),
                     qPrintable(o.value(QStringLiteral("region")).toString() + QLatin1Char(' ')
                                + o.value(QStringLiteral("number")).toString()));
            QCOMPARE(e164, o.value(QStringLiteral("e164")).toString());
            regions.insert(o.value(QStringLiteral("region")).toString());
            ++phones;
        }
        QVERIFY(phones >= 80);
        QVERIFY(regions.size() >= 20);
    }
};

QTEST_GUILESS_MAIN(TestInputRegressions)
#include "tst_input_regressions.moc"
