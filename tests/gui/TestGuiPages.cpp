// SPDX-License-Identifier: Apache-2.0
// Every page of every wizard and window, in Russian, Chinese and the pseudo-locale: no label,
// button or checkbox text is clipped, and no English source string shows (in the pseudo-locale:
// no text without its brackets, user data aside). With a dark palette too (English and Russian):
// every label's text, error and rule colours included, keeps WCAG AA contrast (4.5:1) with its
// background. Each page is also saved as a PNG ("-dark" for the dark palette; on a screen with a
// device pixel ratio of 2, as test_gui_pages_2x has, the names end in "-2x").
//
// AM_PAGES_LANGUAGES=ru,zh_CN,pseudo,en-dark,ru-dark (default) picks the languages, "-dark" for the
// dark palette; AM_PAGES_DIR=folder writes the PNGs there (scripts/translator-check), else into the
// build's screenshots folder.
#include "AccountPage.h"
#include "ActivityListWidget.h"
#include "ActivityTab.h"
#include "BackupCodesPage.h"
#include "ContactChangeWizard.h"
#include "DataExporter.h"
#include "DeleteAccountWizard.h"
#include "DevicesPage.h"
#include "DiagnosticsDialog.h"
#include "GuiTestBase.h"
#include "LoginWizard.h"
#include "MainWindow.h"
#include "NetworkSettingsDialog.h"
#include "PasswordChangeWizard.h"
#include "PasswordConfirmDialog.h"
#include "RecoveryWizard.h"
#include "RegistrationWizard.h"
#include "SignOutDialog.h"
#include "StatusColors.h"
#include "TwoStepDisableDialog.h"
#include "TwoStepQrPage.h"
#include "TwoStepSetupWizard.h"
#include "VisibleTexts.h"
#include "protocol/AccountMessages.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QXmlStreamReader>
#include <algorithm>

class TestGuiPages : public GuiTestBase
{
    Q_OBJECT

private slots:
    void everyPage_data();
    void everyPage();

private:
    void checkPage(QWidget* window, const QString& name);
    void checkWizard(QWizard* wizard, const QString& name);

    static QPalette darkPalette();
    // A few events of each look: this computer, a phone ("Was this you?"), failures, changes.
    static ActivityPage sampleActivity();

    QSet<QString> m_english;
    QStringList m_problems;
    // The lowest contrast of an enabled label's text on this row's palette, of any label and of
    // the error labels (StatusColors' red): reported with the row, as the issue asks for figures.
    double m_lowest = 21;
    double m_lowestError = 21;
    QString m_variant; // "", "-dark", "-2x", "-dark-2x": added to the screenshots' names
};

void TestGuiPages::everyPage_data()
{
    QTest::addColumn<QString>("language");
    const QString languages
        = qEnvironmentVariable("AM_PAGES_LANGUAGES", QStringLiteral("ru,zh_CN,pseudo,en-dark,ru-dark"));
    for (const QString& language : languages.split(QLatin1Char(','), Qt::SkipEmptyParts))
        QTest::newRow(qPrintable(language)) << language;
}

void TestGuiPages::checkPage(QWidget* window, const QString& name)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    const bool pseudo = m_language == QLatin1String("pseudo");
    const bool english = m_language == QLatin1String("en");
    const QString where = name + QLatin1String(": ");
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression bracketed(QStringLiteral("\\[[^\\]]*\\]"));

    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window) || widget->width() <= 0)
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->text().isEmpty())
                continue;
            text = label->text();
            // Cut: a wrapped label needs more height than it has, a single line more width.
            const bool cut = label->wordWrap() ? label->heightForWidth(label->width()) > label->height() + 1
                                               : label->minimumSizeHint().width() > label->width() + 1;
            if (cut)
                m_problems << where
                        + QStringLiteral("clipped label \"%1\" (%2x%3, needs %4)")
                              .arg(VisibleTexts::visibleText(text))
                              .arg(label->width())
                              .arg(label->height())
                              .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                                     : label->minimumSizeHint().width());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            // An icon-only tool button (the password field's eye) shows no text: it is a tooltip.
            auto* tool = qobject_cast<QToolButton*>(widget);
            if (button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
                continue;
            text = button->text();
            const QSize need = button->minimumSizeHint().expandedTo(button->sizeHint());
            if (need.width() > button->width() + 1)
                m_problems << where
                        + QStringLiteral("clipped button \"%1\" (%2 wide, needs %3)")
                              .arg(VisibleTexts::visibleText(text))
                              .arg(button->width())
                              .arg(need.width());
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            text = box->title();
        } else {
            continue;
        }
        if (VisibleTexts::isUserData(widget))
            continue;
        const QString shown = VisibleTexts::visibleText(text);
        if (pseudo) {
            QString outside = shown;
            outside.remove(bracketed);
            if (outside.contains(latinWord))
                m_problems << where + QStringLiteral("not from a translation: \"%1\"").arg(shown);
        } else if (!english && m_english.contains(shown)) {
            m_problems << where + QStringLiteral("English text: \"%1\"").arg(shown);
        }
        // Readable on this palette: the text's colour against what it is drawn on (WCAG AA).
        if (qobject_cast<QLabel*>(widget) && widget->isEnabled()) {
            const QPalette& palette = widget->palette();
            const double ratio
                = StatusColors::contrast(palette.color(QPalette::Active, widget->foregroundRole()),
                                         palette.color(QPalette::Active, widget->backgroundRole()));
            m_lowest = std::min(m_lowest, ratio);
            if (widget->parentWidget() && widget->parentWidget()->inherits("ErrorLabel"))
                m_lowestError = std::min(m_lowestError, ratio);
            if (ratio < 4.5)
                m_problems << where
                        + QStringLiteral("contrast %1:1 of \"%2\"").arg(ratio, 0, 'f', 2).arg(shown);
        }
    }
    const QString dir = qEnvironmentVariable("AM_PAGES_DIR");
    if (dir.isEmpty()) {
        screenshot(window, QStringLiteral("page-") + name + m_variant);
    } else {
        QDir().mkpath(dir);
        QVERIFY(window->grab().save(
            QDir(dir).filePath(QStringLiteral("%1%2-%3.png").arg(name, m_variant, m_language))));
    }
}

void TestGuiPages::checkWizard(QWizard* wizard, const QString& name)
{
    wizard->show();
    for (int id : wizard->pageIds()) {
        wizard->setStartId(id);
        wizard->restart();
        checkPage(wizard, QStringLiteral("%1-%2").arg(name).arg(id));
    }
    wizard->close();
    delete wizard;
}

ActivityPage TestGuiPages::sampleActivity()
{
    const ActivityDevice computer { QStringLiteral("anna-laptop"), QStringLiteral("computer"),
                                    QStringLiteral("Debian GNU/Linux 12 (bookworm)") };
    const ActivityDevice phone { QStringLiteral("Redmi Note 13"), QStringLiteral("phone"),
                                 QStringLiteral("Android 14") };
    const struct
    {
        const char* type;
        ActivityDevice device;
        const char* address;
        int count;
    } events[] = {
        { "two-step-enabled", computer, "203.0.113.x", 1 },
        { "password-changed", computer, "203.0.113.x", 1 },
        { "sign-in-failed", {}, "198.51.100.x", 3 },
        { "sign-in", phone, "2001:db8:85a3::x", 1 },
        { "new-device-verified", phone, "2001:db8:85a3::x", 1 },
        { "device-unbound", computer, "203.0.113.x", 1 },
        { "sign-in", computer, "203.0.113.x", 1 },
    };
    ActivityPage page;
    QDateTime time = QDateTime::currentDateTimeUtc();
    for (const auto& item : events) {
        ActivityEvent event;
        event.type = QLatin1String(item.type);
        event.time = time;
        event.device = item.device;
        event.address = QLatin1String(item.address);
        event.count = item.count;
        page.events.append(event);
        time = time.addSecs(-7200);
    }
    page.next = time; // "Load More" shown
    return page;
}

QPalette TestGuiPages::darkPalette()
{
    // A dark theme as desktops ship them: light grey text on near-black, the links light blue.
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

void TestGuiPages::everyPage()
{
    QFETCH(QString, language);
    const bool dark = language.endsWith(QLatin1String("-dark"));
    if (dark)
        language.chop(5);
    const bool doubled = QGuiApplication::primaryScreen()->devicePixelRatio() >= 2;
    m_variant = QString::fromLatin1(dark ? "-dark" : "") + QString::fromLatin1(doubled ? "-2x" : "");
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    createApp(language);
    m_english = VisibleTexts::englishStrings();
    m_problems.clear();
    m_lowest = m_lowestError = 21;

    checkPage(m_window.get(), QStringLiteral("welcome"));

    checkWizard(new LoginWizard(m_session.get(), m_settings.get(), m_window.get()), QStringLiteral("signin"));
    checkWizard(new RegistrationWizard(m_session.get(), m_settings.get(), m_window.get()),
                QStringLiteral("registration"));
    checkWizard(new RecoveryWizard(m_session.get(), m_window.get()), QStringLiteral("recovery"));
    checkWizard(new PasswordChangeWizard(m_session.get(), m_window.get()), QStringLiteral("password"));
    checkWizard(new ContactChangeWizard(ContactChangeWizard::Kind::Email, m_session.get(), m_window.get()),
                QStringLiteral("email"));
    checkWizard(new ContactChangeWizard(ContactChangeWizard::Kind::Phone, m_session.get(), m_window.get()),
                QStringLiteral("phone"));
    checkWizard(new DeleteAccountWizard(m_session.get(), m_window.get()), QStringLiteral("delete"));
    // The two-step setup with a secret and backup codes as the server sends them.
    auto* twoStep = new TwoStepSetupWizard(m_session.get(), m_window.get());
    TwoStepSetup setup;
    setup.setupId = QStringLiteral("setup");
    setup.secret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    setup.otpauthUri = QStringLiteral("otpauth://totp/Account%20Manager:1234567890?secret=%1"
                                      "&issuer=Account%20Manager&digits=6&period=30")
                           .arg(setup.secret);
    twoStep->page<TwoStepQrPage>()->setSetup(setup);
    QStringList codes;
    for (int i = 0; i < 10; ++i)
        codes << QStringLiteral("%1-%2").arg(4821 + i * 37).arg(7310 - i * 53);
    twoStep->page<BackupCodesPage>()->setCodes(1234567890, codes);
    checkWizard(twoStep, QStringLiteral("twostep"));

    // The account page with a profile as the server sends it (masked in the page).
    AccountProfile profile;
    profile.accountId = 1234567890;
    profile.email = QStringLiteral("anna@example.com");
    profile.region = QStringLiteral("CN");
    profile.createdAt = QDateTime::currentDateTimeUtc();
    AccountPage* account = m_window->accountPage();
    account->setProfile(profile);
    m_window->findChild<QStackedWidget*>()->setCurrentWidget(account);
    checkPage(m_window.get(), QStringLiteral("account"));
    account->tabs()->setCurrentWidget(account->devicesPage());
    checkPage(m_window.get(), QStringLiteral("devices"));
    ActivityTab* activity = account->activityTab();
    activity->list()->setThisDevice({ QStringLiteral("anna-laptop"), QStringLiteral("computer"),
                                      QStringLiteral("Debian GNU/Linux 12 (bookworm)") });
    activity->showPage(sampleActivity());
    account->tabs()->setCurrentWidget(activity);
    checkPage(m_window.get(), QStringLiteral("activity"));
    account->tabs()->setCurrentIndex(0);

    // "Download Your Data…": the password dialog with the hourly limit shown.
    PasswordConfirmDialog* exportDialog = account->dataExporter()->start();
    QVERIFY(exportDialog);
    ApiError limited(ErrorCode::RateLimited);
    limited.until = QDateTime::currentDateTimeUtc().addSecs(3600);
    exportDialog->showError(limited, [limited] { return DataExporter::rateLimitMessage(limited); });
    checkPage(exportDialog, QStringLiteral("export"));
    delete exportDialog;

    for (QDialog* dialog : std::initializer_list<QDialog*> {
             new SignOutDialog(m_session.get(), m_window.get()), new PasswordConfirmDialog(m_window.get()),
             new TwoStepDisableDialog(m_session.get(), m_window.get()),
             new DiagnosticsDialog(m_session.get(), m_tokens.get(), m_settings.get(), m_window.get()),
             new NetworkSettingsDialog(m_settings.get(), m_tokens.get(), m_api.get(), m_window.get()) }) {
        // An error shown, so that its colour is measured against the palette too.
        if (auto* confirm = qobject_cast<PasswordConfirmDialog*>(dialog))
            confirm->showError(ApiError(ErrorCode::PasswordWrong, QStringLiteral("password")));
        dialog->show();
        checkPage(dialog, dialog->metaObject()->className());
        delete dialog;
    }

    QApplication::setPalette(QApplication::style()->standardPalette());
    qInfo("lowest contrast of a label %.2f:1, of an error message %s (WCAG AA asks 4.5:1)", m_lowest,
          m_lowestError < 21 ? qPrintable(QStringLiteral("%1:1").arg(m_lowestError, 0, 'f', 2))
                             : "(none shown)");
    QVERIFY2(m_problems.isEmpty(), qPrintable(QLatin1Char('\n') + m_problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGuiPages)
#include "TestGuiPages.moc"
