// SPDX-License-Identifier: Apache-2.0
// The bad-input corpus (tests/data/bad-input/) typed and pasted into the app's fields: the sign-in page's
// email, phone and password fields and the sign-up details page. Each bad value gets a message at its
// field, nothing is sent, nothing crashes; the valid phone numbers of 20 countries are accepted as what
// they are.
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "LoginWizard.h"
#include "PasswordEdit.h"
#include "PhoneNumberEdit.h"
#include "RegistrationDetailsPage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QtTest>

class TestGuiBadInput : public GuiTestBase
{
    Q_OBJECT

private slots:
    void signInRefusesBadEmails();
    void signInRefusesBadPhones();
    void hugeAndBrokenPastes();
    void registrationDetailsRefuseBadEmails();
    void phoneFieldKnowsValidNumbers();

private:
    static QJsonArray cases(const QString& file);
    static QStringList badEmails();
    int signInRequestsInLog() const;
};

QJsonArray TestGuiBadInput::cases(const QString& file)
{
    QFile f(QStringLiteral(TEST_SOURCE_DIR "/tests/data/bad-input/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing corpus file %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
}

// Typed key by key where QTest can type it (ASCII), pasted otherwise ("8-800-ЗВОНИ-МНЕ").
static void typeOrPaste(QLineEdit* field, const QString& text)
{
    field->clear();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        QTest::keyClicks(field, text);
    else
        field->setText(text);
}

// The phone field keeps digits only as it formats ("912 345 67 89 #" becomes "912 345-67-89", a valid
// number): such a case is the field's design, not an error to show.
static bool keepsOnlyDigits(const QString& number)
{
    return number.contains(QLatin1Char('#'));
}

QStringList TestGuiBadInput::badEmails()
{
    QStringList result;
    for (const QString& file : { QStringLiteral("email-lookalikes.json"), QStringLiteral("rtl-text.json"),
                                 QStringLiteral("injection.json") }) {
        for (const QJsonValue c : cases(file)) {
            if (!c.toObject().value(QStringLiteral("valid")).toBool(false))
                result << c.toObject().value(QStringLiteral("text")).toString();
        }
    }
    return result;
}

int TestGuiBadInput::signInRequestsInLog() const
{
    QFile log(m_server->logPath());
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    return int(log.readAll().count("POST /v1/sessions "));
}

void TestGuiBadInput::signInRefusesBadEmails()
{
    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    LoginPage* page = wizard->page<LoginPage>();
    const int sentBefore = signInRequestsInLog();
    for (const QString& email : badEmails()) {
        // Pasted rather than typed: QTest cannot type invisible characters or a NUL.
        QTest::mouseClick(page->methodButton(LoginPage::Method::Email), Qt::LeftButton);
        page->emailEdit()->setText(email);
        page->passwordEdit()->setText(QStringLiteral("Mi2026secure"));
        clickSignIn(wizard);
        QVERIFY2(!page->loginError()->message().isEmpty(), qPrintable(email));
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentPage(), page);
    }
    screenshot(wizard, QStringLiteral("badinput-signin-email"));
    QCOMPARE(signInRequestsInLog(), sentBefore);
}

void TestGuiBadInput::signInRefusesBadPhones()
{
    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    LoginPage* page = wizard->page<LoginPage>();
    const int sentBefore = signInRequestsInLog();
    int tried = 0;
    for (const QJsonValue c : cases(QStringLiteral("phones.json"))) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("valid")).toBool()
            || o.value(QStringLiteral("region")).toString() == QLatin1String("ZZ")
            || keepsOnlyDigits(o.value(QStringLiteral("number")).toString()))
            continue;
        QTest::mouseClick(page->methodButton(LoginPage::Method::Phone), Qt::LeftButton);
        page->phoneEdit()->setRegion(o.value(QStringLiteral("region")).toString());
        typeOrPaste(page->phoneEdit()->numberEdit(), o.value(QStringLiteral("number")).toString());
        page->passwordEdit()->setText(QStringLiteral("Mi2026secure"));
        clickSignIn(wizard);
        QVERIFY2(!page->loginError()->message().isEmpty(),
                 qPrintable(o.value(QStringLiteral("number")).toString()));
        QCOMPARE(wizard->currentPage(), page);
        ++tried;
    }
    QVERIFY(tried >= 20);
    QCOMPARE(signInRequestsInLog(), sentBefore);
}

void TestGuiBadInput::hugeAndBrokenPastes()
{
    LoginWizard* wizard = openLoginWizard();
    QVERIFY(wizard);
    LoginPage* page = wizard->page<LoginPage>();
    const int sentBefore = signInRequestsInLog();
    // 1 MiB pasted into the email, then the password; bytes that were not UTF-8 arrive as U+FFFD.
    const QString huge(1024 * 1024, QLatin1Char('a'));
    QTest::mouseClick(page->methodButton(LoginPage::Method::Email), Qt::LeftButton);
    page->emailEdit()->setText(huge + QStringLiteral("@example.com"));
    page->passwordEdit()->setText(QStringLiteral("Mi2026secure"));
    clickSignIn(wizard);
    QVERIFY(!page->loginError()->message().isEmpty());
    for (const QJsonValue c : cases(QStringLiteral("invalid-utf8.json"))) {
        const QByteArray bytes
            = QByteArray::fromHex(c.toObject().value(QStringLiteral("hex")).toString().toLatin1());
        page->emailEdit()->setText(QString::fromUtf8(bytes));
        clickSignIn(wizard);
        QVERIFY2(!page->loginError()->message().isEmpty(), bytes.toHex().constData());
    }
    page->emailEdit()->setText(QStringLiteral("anna@example.com"));
    page->passwordEdit()->setText(huge);
    page->passwordEdit()->setPasswordShown(true);
    page->passwordEdit()->setPasswordShown(false);
    // QLineEdit keeps at most maxLength() characters of a paste (32767 by default): far over every
    // field's limit, which the server then refuses (E-FIELD-INVALID), never a silent cut to a valid length.
    QCOMPARE(page->passwordEdit()->text().size(),
             qMin(huge.size(), qsizetype(page->passwordEdit()->maxLength())));
    QVERIFY(page->passwordEdit()->text().size() > 1024);
    QCOMPARE(signInRequestsInLog(), sentBefore);
}

void TestGuiBadInput::registrationDetailsRefuseBadEmails()
{
    RegistrationDetailsPage page(m_api.get());
    page.setMethod(RegistrationDetailsPage::Method::Email);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy submitted(&page, &RegistrationDetailsPage::submitted);
    QStringList all = badEmails();
    all << QString(1024 * 1024, QLatin1Char('b')) + QStringLiteral("@example.com");
    for (const QString& email : all) {
        page.emailEdit()->setText(email);
        QVERIFY(!page.validatePage());
        QVERIFY2(!page.contactError()->message().isEmpty(), qPrintable(email.left(80)));
    }
    QCOMPARE(submitted.count(), 0);
    page.emailEdit()->setText(QStringLiteral("anna@example.com"));
    page.validatePage();
    QVERIFY(page.contactError()->message().isEmpty());
}

void TestGuiBadInput::phoneFieldKnowsValidNumbers()
{
    PhoneNumberEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    int checked = 0;
    for (const QJsonValue c : cases(QStringLiteral("phones.json"))) {
        const QJsonObject o = c.toObject();
        const QString region = o.value(QStringLiteral("region")).toString();
        const QString number = o.value(QStringLiteral("number")).toString();
        if (region == QLatin1String("ZZ") || number.startsWith(QLatin1Char('+')) || keepsOnlyDigits(number))
            continue; // the field takes a national number and its country
        edit.setRegion(region);
        typeOrPaste(edit.numberEdit(), number);
        const bool valid = o.value(QStringLiteral("valid")).toBool();
        QVERIFY2(edit.isValid() == valid, qPrintable(region + QLatin1Char(' ') + number));
        if (valid)
            QCOMPARE(edit.e164(), o.value(QStringLiteral("e164")).toString());
        ++checked;
    }
    QVERIFY(checked >= 40);
}

QTEST_MAIN(TestGuiBadInput)
#include "TestGuiBadInput.moc"
