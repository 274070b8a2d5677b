// SPDX-License-Identifier: Apache-2.0
#include "TestTable.h"
#include "validation/EmailAddress.h"
#include "validation/PasswordPolicy.h"
#include "validation/PasswordStrength.h"
#include "validation/PhoneAsYouTypeFormatter.h"
#include "validation/PhoneNumbers.h"

#include <QSet>
#include <QTest>

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void phoneToE164_data();
    void phoneToE164();
    void phoneMask();
    void phoneRegions();
    void asYouType();
    void email_data();
    void email();
    void emailMask();
    void password_data();
    void password();
    void reasonNames();
    void strength();
};

void TestValidators::phoneToE164_data()
{
    TestTable::strings(
        { "input", "region", "expected" },
        {
            { "ru national with 8", "8 912 345-67-89", "RU", "+79123456789" },
            { "ru without trunk", "912 345 67 89", "RU", "+79123456789" },
            { "ru international", "+7 (912) 345-67-89", "RU", "+79123456789" },
            { "international overrides region", "+86 138 0013 8000", "RU", "+8613800138000" },
            { "cn national", "138 0013 8000", "CN", "+8613800138000" },
            { "de", "030 123456", "DE", "+4930123456" },
            { "too short", "912 345", "RU", "" },
            { "letters", "912 FLOWERS", "RU", "" },
            { "empty", "", "RU", "" },
            { "moscow landline", "(495) 123-45-67", "RU", "+74951234567" },
            { "no such ru area code", "100 000 00 00", "RU", "" },
            { "absurdly long", QString(60, QLatin1Char('9')), "RU", "" },
            // Global service numbers of no country: valid to libphonenumber, not an
            // account's phone (the fuzzer's find, with Arabic-Indic digits, first).
            { "premium rate, other digits", QString::fromUtf8("+97 912 \u0663\u0664\u0665 67 89"), "RU", "" },
            { "premium rate", "+979 1 2345 6789", "RU", "" },
            { "freephone", "+800 1234 5678", "RU", "" },
            { "satellite", "+881 6 1234 5678", "RU", "" },
            { "inmarsat", "+870 773 111 632", "RU", "" },
        });
}

void TestValidators::phoneToE164()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNumbers::toE164(input, region), expected);
    QCOMPARE(PhoneNumbers::isValid(input, region), !expected.isEmpty());
}

void TestValidators::phoneMask()
{
    QCOMPARE(PhoneNumbers::formatInternational("+79123456789"), QStringLiteral("+7 912 345-67-89"));
    QCOMPARE(PhoneNumbers::mask("+79123456789"), QStringLiteral("+7 *** ***-67-89"));
    QVERIFY(!PhoneNumbers::mask("+8613800138000").contains(QStringLiteral("138")));
    QVERIFY(PhoneNumbers::mask("+8613800138000").endsWith(QStringLiteral("8000")));
}

void TestValidators::phoneRegions()
{
    QCOMPARE(PhoneNumbers::callingCode("RU"), 7);
    QCOMPARE(PhoneNumbers::callingCode("cn"), 86);
    QCOMPARE(PhoneNumbers::regionOf("+79123456789"), QStringLiteral("RU"));
    QCOMPARE(PhoneNumbers::defaultRegion(QLocale(QStringLiteral("ru_RU"))), QStringLiteral("RU"));
    QCOMPARE(PhoneNumbers::defaultRegion(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("CN"));
    QCOMPARE(PhoneNumbers::defaultRegion(QLocale::c()), QStringLiteral("US"));
    const auto countries = PhoneNumbers::countries();
    QVERIFY(countries.size() > 200);
    bool foundKazakhstan = false;
    for (const auto& country : countries)
        foundKazakhstan
            = foundKazakhstan || (country.region == QLatin1String("KZ") && country.callingCode == 7);
    QVERIFY(foundKazakhstan);
}

void TestValidators::asYouType()
{
    PhoneAsYouTypeFormatter ru(QStringLiteral("RU"));
    QCOMPARE(ru.format(QStringLiteral("9123456789")), QStringLiteral("912 345-67-89"));
    QCOMPARE(ru.format(QStringLiteral("912-34")), QStringLiteral("912-34"));
    // Reusable: each call starts afresh.
    QCOMPARE(ru.format(QStringLiteral("9123456789")), QStringLiteral("912 345-67-89"));
}

void TestValidators::email_data()
{
    TestTable::strings(
        { "input", "expected" },
        {
            { "plain", "anna@example.com", "anna@example.com" },
            { "trimmed and lowered", "  Anna.Petrova@Example.COM ", "anna.petrova@example.com" },
            { "plus tag", "anna+mi@mail.ru", "anna+mi@mail.ru" },
            { "cyrillic domain", "anna@почта.рф", "anna@почта.рф" },
            // UTS #39 "highly restrictive": Japanese writes Hiragana with Han in one label (#19).
            { "japanese domain", QStringLiteral("info@お名前.com"), QStringLiteral("info@お名前.com") },
            { "katakana and han", QStringLiteral("anna@東京タワー.jp"),
              QStringLiteral("anna@東京タワー.jp") },
            { "cyrillic a in a latin label", QStringLiteral("anna@ex\u0430mple.com"), "" },
            { "latin o in a cyrillic label", QStringLiteral("anna@п\u006Fчта.рф"), "" },
            { "greek omicron in a latin name", QStringLiteral("ann\u03BF@example.com"), "" },
            { "two digit systems", QStringLiteral("anna12\u0663@example.com"), "" },
            { "no at", "anna.example.com", "" },
            { "two ats", "a@b@example.com", "" },
            { "no dot in domain", "anna@localhost", "" },
            { "space inside", "an na@example.com", "" },
            { "double dot", "an..na@example.com", "" },
            { "leading dot", ".anna@example.com", "" },
            { "zero width space", QStringLiteral("anna\u200B@example.com"), "" },
            { "too long", QString(250, QLatin1Char('a')) + QStringLiteral("@example.com"), "" },
            { "empty", "", "" },
        });
}

void TestValidators::email()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(EmailAddress::normalize(input), expected);
}

void TestValidators::emailMask()
{
    QCOMPARE(EmailAddress::mask("anna@example.com"), QStringLiteral("a***@example.com"));
    QCOMPARE(EmailAddress::mask("broken"), QStringLiteral("***"));
}

using Problems = QList<PasswordPolicy::Problem>;

void TestValidators::password_data()
{
    using P = PasswordPolicy::Problem;
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("login");
    QTest::addColumn<Problems>("expected");
    QTest::newRow("good") << "Mi2026secure"
                          << "anna@example.com" << Problems {};
    QTest::newRow("short") << "abc123"
                           << "" << Problems { P::TooShort };
    QTest::newRow("letters only") << "abcdefghij"
                                  << "" << Problems { P::NoDigit };
    QTest::newRow("digits only") << "1234567890"
                                 << "" << Problems { P::NoLetter };
    QTest::newRow("cyrillic letters are not latin")
        << QStringLiteral("пароль12345") << "" << Problems { P::NoLetter };
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) + QStringLiteral("1") << ""
                              << Problems { P::TooLong };
    QTest::newRow("equals login") << "Anna2026@mail.ru"
                                  << "anna2026@mail.ru" << Problems { P::EqualsLogin };
    QTest::newRow("empty") << ""
                           << "" << Problems { P::TooShort, P::NoLetter, P::NoDigit };
}

void TestValidators::password()
{
    QFETCH(QString, password);
    QFETCH(QString, login);
    QFETCH(Problems, expected);
    QCOMPARE(PasswordPolicy::check(password, login), expected);
    QCOMPARE(PasswordPolicy::isAcceptable(password, login), expected.isEmpty());
    for (auto problem : expected)
        QVERIFY(!PasswordPolicy::ruleText(problem).isEmpty());
}

void TestValidators::reasonNames()
{
    using P = PasswordPolicy::Problem;
    QSet<QString> names;
    for (auto p : { P::TooShort, P::TooLong, P::NoLetter, P::NoDigit, P::EqualsLogin, P::Common })
        names.insert(PasswordPolicy::reasonName(p));
    QCOMPARE(names.size(), 6);
    QVERIFY(names.contains(QStringLiteral("common")));
}

void TestValidators::strength()
{
    const auto weak = PasswordStrength::estimate(QStringLiteral("password1"));
    const auto good = PasswordStrength::estimate(QStringLiteral("Mi2026secure"));
    const auto strong = PasswordStrength::estimate(QStringLiteral("violet-Tundra-47-quasar"));
    QVERIFY2(weak.bits < 10, qPrintable(QString::number(weak.bits)));
    QCOMPARE(weak.score, 0);
    QVERIFY(good.bits > weak.bits);
    QVERIFY(strong.bits > good.bits);
    QCOMPARE(strong.score, 4);
    // A password made of the user's own email is weak, however long.
    const auto own = PasswordStrength::estimate(QStringLiteral("annapetrova2026"),
                                                { QStringLiteral("annapetrova2026") });
    const auto other = PasswordStrength::estimate(QStringLiteral("annapetrova2026"));
    QVERIFY(own.bits < other.bits);
    QCOMPARE(PasswordStrength::estimate(QString()).score, 0);
    QVERIFY(!PasswordStrength::scoreText(3).isEmpty());
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
