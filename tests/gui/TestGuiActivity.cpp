// SPDX-License-Identifier: Apache-2.0
// The Activity tab and "Download Your Data…" (issue #20) against a real account-server: events made
// by real sign-ins, failures and a password change, listed newest first with this computer marked,
// paged with Load More; "Was this you?" opens the password change; the export asks for the password,
// is saved where the user chose, holds no secret, and is refused a second time within the hour.
#include "AccountPage.h"
#include "ActivityListWidget.h"
#include "ActivityRow.h"
#include "ActivityTab.h"
#include "DataExporter.h"
#include "ErrorLabel.h"
#include "GuiTestBase.h"
#include "MainWindow.h"
#include "PasswordChangeWizard.h"
#include "PasswordConfirmDialog.h"
#include "PasswordEdit.h"
#include "TestWait.h"
#include "protocol/AccountChangeMessages.h"
#include "protocol/ActivityMessages.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace {
// Every key anywhere in the document, lower-cased.
void collectKeys(const QJsonValue& value, QStringList* keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys->append(it.key().toLower());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectKeys(item, keys);
    }
}

QString rowText(const char* source, int n = -1)
{
    return QCoreApplication::translate("ActivityRow", source, nullptr, n);
}
} // namespace

class TestGuiActivity : public GuiTestBase
{
    Q_OBJECT

private slots:
    void eventsListed_data();
    void eventsListed();
    void loadMorePages();
    void wasThisYouOpensPasswordChange();
    void errorsKeepWhatWasShown();
    void everyTypeAndEmptyState_data();
    void everyTypeAndEmptyState();
    void downloadData_data();
    void downloadData();

private:
    // Signs in through the wizard, then: a phone signs in, two wrong passwords, and the password is
    // changed through the app's Session. The account's ID, or 0.
    qint64 makeEvents();
    bool changePasswordThroughSession();
    ActivityTab* openActivity(int pageSize = ActivityQuery::kDefaultLimit);
    static QStringList types(const ActivityListWidget* list);
    // The dialog once it shows; types the password and clicks the action.
    static void confirmWith(PasswordConfirmDialog* dialog, const QString& password);
};

bool TestGuiActivity::changePasswordThroughSession()
{
    CodeChallenge challenge;
    ApiError error;
    TestWait::forCallback([&](QObject* context, auto done) {
        m_session->startPasswordChange(QStringLiteral("email"), context,
                                       [&, done](const CodeChallenge& sent, const ApiError& failure) {
                                           challenge = sent;
                                           error = failure;
                                           done();
                                       });
    });
    if (error || challenge.id.isEmpty())
        return false;
    TokenResponse tokens;
    TestWait::forCallback([&](QObject* context, auto done) {
        const ChangePasswordRequest request { challenge.id,
                                              latestCode(kEmail, QStringLiteral("password-change")),
                                              kNewPassword };
        m_session->changePassword(request, context,
                                  [&, done](const TokenResponse& fresh, const ApiError& failure) {
                                      tokens = fresh;
                                      error = failure;
                                      done();
                                  });
    });
    if (error)
        return false;
    bool stored = false;
    TestWait::forCallback([&](QObject*, auto done) {
        m_session->replaceTokens(tokens, [&, done](const ApiError& failure) {
            stored = !failure;
            done();
        });
    });
    return stored;
}

qint64 TestGuiActivity::makeEvents()
{
    const qint64 id = signInNewAccount(kEmail, kPhone);
    if (id <= 0)
        return 0;
    ApiError error;
    signInElsewhere(kEmail, kPassword, QStringLiteral("phone-2"), &error);
    if (error)
        return 0;
    for (int i = 0; i < 2; ++i) {
        if (signInError(kEmail, QStringLiteral("Wrong2026pass")).code != ErrorCode::InvalidCredentials)
            return 0;
    }
    return changePasswordThroughSession() ? id : 0;
}

ActivityTab* TestGuiActivity::openActivity(int pageSize)
{
    AccountPage* account = m_window->accountPage();
    ActivityTab* tab = account->activityTab();
    tab->setPageSize(pageSize);
    QSignalSpy loaded(tab, &ActivityTab::loaded);
    account->tabs()->setCurrentWidget(tab);
    if (!loaded.wait(20000) || tab->errorLabel()->isVisible())
        return nullptr;
    return tab;
}

QStringList TestGuiActivity::types(const ActivityListWidget* list)
{
    QStringList result;
    for (const ActivityRow* row : list->rows())
        result.append(row->event().type);
    return result;
}

void TestGuiActivity::confirmWith(PasswordConfirmDialog* dialog, const QString& password)
{
    retype(dialog->passwordEdit(), password);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
}

void TestGuiActivity::eventsListed_data()
{
    addLanguages();
}

void TestGuiActivity::eventsListed()
{
    QFETCH(QString, language);
    createApp(language);
    QVERIFY(makeEvents() > 0);
    ActivityTab* tab = openActivity();
    QVERIFY(tab);
    ActivityListWidget* list = tab->list();
    // Newest first: the password change, the two failures (one row), the phone, this computer.
    const QStringList expected { QStringLiteral("password-changed"), QStringLiteral("sign-in-failed"),
                                 QStringLiteral("sign-in"), QStringLiteral("sign-in") };
    QCOMPARE(types(list), expected);
    QVERIFY(!tab->loadMoreButton()->isVisible());
    QVERIFY(!list->placeholder()->isVisible());
    const QList<ActivityRow*> rows = list->rows();

    const QString thisName = m_settings->thisDevice().name;
    ActivityRow* here = rows.at(3);
    QVERIFY(here->isThisComputer());
    QVERIFY(here->deviceLabel()->text().startsWith(rowText("%1 (this computer)").arg(thisName)));
    QVERIFY(!here->notYouButton());
    ActivityRow* phone = rows.at(2);
    QVERIFY(!phone->isThisComputer());
    QVERIFY(phone->deviceLabel()->text().startsWith(QLatin1String("Second phone")));
    QVERIFY(phone->deviceLabel()->text().contains(QLatin1String("Android 14")));
    QVERIFY(phone->notYouButton());
    QTRY_VERIFY(phone->notYouButton()->isVisible()); // rows added to a shown list show queued
    QCOMPARE(rows.at(1)->event().count, 2);
    QCOMPARE(rows.at(1)->sentenceLabel()->text(),
             rowText("%n failed attempt(s) to sign in with a wrong password", 2));
    // The password was changed on this computer.
    QVERIFY(rows.at(0)->isThisComputer());
    QCOMPARE(rows.at(0)->sentenceLabel()->text(), rowText("The password was changed"));
    if (language != QLatin1String("en"))
        QVERIFY(rows.at(0)->sentenceLabel()->text() != QLatin1String("The password was changed"));
    for (ActivityRow* row : rows) {
        // The server hides the last part of the address; the row shows it as it came, and reads it.
        QCOMPARE(row->event().address, QStringLiteral("127.0.0.x"));
        QVERIFY(row->detailsLabel()->text().contains(QLatin1String("127.0.0.x")));
        QVERIFY(row->accessibleName().startsWith(row->sentenceLabel()->text()));
        QVERIFY(row->accessibleName().contains(row->deviceLabel()->text()));
        QVERIFY(row->accessibleName().contains(row->detailsLabel()->text()));
    }
    QVERIFY(!screenshot(m_window.get(), QStringLiteral("activity-") + language).isEmpty());

    // Refresh asks again: a new failure is there, on top.
    QVERIFY(signInError(kEmail, QStringLiteral("Wrong2026pass")).code == ErrorCode::InvalidCredentials);
    QSignalSpy loaded(tab, &ActivityTab::loaded);
    QTest::mouseClick(tab->refreshButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    // Failures in one hour are one row: the count grows, the row stays where it was.
    QCOMPARE(types(list), expected);
    QCOMPARE(list->rows().at(1)->event().count, 3);

    // Sign-out clears the list: the next account must not see it.
    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    m_session->signOut();
    QVERIFY(signedOut.wait(20000));
    QCOMPARE(list->count(), 0);
    QVERIFY(!tab->isLoaded());
}

void TestGuiActivity::loadMorePages()
{
    QVERIFY(makeEvents() > 0);
    ActivityTab* tab = openActivity(2);
    QVERIFY(tab);
    ActivityListWidget* list = tab->list();
    QCOMPARE(list->count(), 2);
    QVERIFY(tab->loadMoreButton()->isVisible());
    QStringList seen = types(list);
    QCOMPARE(seen, (QStringList { QStringLiteral("password-changed"), QStringLiteral("sign-in-failed") }));
    QSignalSpy loaded(tab, &ActivityTab::loaded);
    QTest::mouseClick(tab->loadMoreButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(types(list),
             (QStringList { QStringLiteral("password-changed"), QStringLiteral("sign-in-failed"),
                            QStringLiteral("sign-in"), QStringLiteral("sign-in") }));
    QVERIFY(list->rows().at(3)->isThisComputer());
    // The server cannot know a full page was the last one: one more request, empty, says so.
    if (tab->loadMoreButton()->isVisible()) {
        QTest::mouseClick(tab->loadMoreButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(20000));
    }
    QCOMPARE(list->count(), 4);
    QVERIFY(!tab->loadMoreButton()->isVisible());

    // Refresh starts again from the newest page.
    QTest::mouseClick(tab->refreshButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(list->count(), 2);
    QVERIFY(tab->loadMoreButton()->isVisible());
}

void TestGuiActivity::wasThisYouOpensPasswordChange()
{
    QVERIFY(makeEvents() > 0);
    ActivityTab* tab = openActivity();
    QVERIFY(tab);
    QPushButton* link = nullptr;
    for (ActivityRow* row : tab->list()->rows()) {
        if (row->notYouButton()) {
            QVERIFY(!link); // only the phone's sign-in
            link = row->notYouButton();
        }
    }
    QVERIFY(link);
    QVERIFY(link->focusPolicy() & Qt::TabFocus);
    QVERIFY(!m_window->passwordChangeWizard());
    // Reached down the list with Tab, before Load More and Refresh below it.
    QCOMPARE(link->nextInFocusChain(), tab->loadMoreButton());
    link->setFocus(Qt::TabFocusReason);
    QTest::keyClick(link, Qt::Key_Space);
    PasswordChangeWizard* wizard = shown(m_window->passwordChangeWizard());
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(PasswordChangeWizard::SendPageId));
    closeWizard(wizard);
}

void TestGuiActivity::errorsKeepWhatWasShown()
{
    QVERIFY(makeEvents() > 0);
    ActivityTab* tab = openActivity(2);
    QVERIFY(tab);
    QCOMPARE(tab->list()->count(), 2);
    // A request the server refuses (a page larger than it allows): its code and request ID, and
    // the rows there were stay.
    tab->setPageSize(ActivityQuery::kMaxLimit + 1);
    QTest::mouseClick(tab->refreshButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->errorLabel()->isVisible(), 20000);
    QVERIFY(hasReference(tab->errorLabel(), "E-FIELD-INVALID"));
    QVERIFY(tab->errorLabel()->reference().contains(QStringLiteral(" \u00b7 "))); // and a request ID
    QCOMPARE(tab->list()->count(), 2);
    QVERIFY(tab->loadMoreButton()->isVisible());
    QVERIFY(tab->refreshButton()->isEnabled());

    // The server gone: Load More says so, and what was shown stays too.
    tab->setPageSize(2);
    m_server->stop();
    QTest::mouseClick(tab->loadMoreButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), 20000);
    QVERIFY(tab->errorLabel()->isVisible());
    QVERIFY(!tab->errorLabel()->reference().contains(QLatin1String("E-FIELD-INVALID")));
    QCOMPARE(tab->list()->count(), 2);
    QVERIFY(tab->loadMoreButton()->isVisible());
}

void TestGuiActivity::everyTypeAndEmptyState_data()
{
    addLanguages();
}

void TestGuiActivity::everyTypeAndEmptyState()
{
    QFETCH(QString, language);
    createApp(language);
    ActivityTab* tab = m_window->accountPage()->activityTab();
    const ActivityDevice computer { QStringLiteral("anna-laptop"), QStringLiteral("computer"),
                                    QStringLiteral("Debian GNU/Linux 12 (bookworm)") };
    const ActivityDevice phone { QStringLiteral("Redmi Note 13"), QStringLiteral("phone"),
                                 QStringLiteral("Android 14") };
    tab->list()->setThisDevice(computer);
    ActivityPage page;
    QDateTime time = QDateTime::currentDateTimeUtc();
    for (const QString& type : ActivityEvent::types()) {
        for (const ActivityDevice& device : { computer, phone }) {
            ActivityEvent event;
            event.type = type;
            event.time = time;
            event.device = device;
            event.address = QStringLiteral("2001:db8::x");
            event.count = 5;
            page.events.append(event);
            time = time.addSecs(-60);
        }
    }
    page.next = time;
    tab->showPage(page);
    const QList<ActivityRow*> rows = tab->list()->rows();
    QCOMPARE(rows.size(), ActivityEvent::types().size() * 2);
    QVERIFY(tab->loadMoreButton()->isVisibleTo(tab));
    QSet<QString> sentences;
    for (ActivityRow* row : rows) {
        const QString& type = row->event().type;
        QVERIFY2(!row->findChild<QLabel*>(QStringLiteral("activityIcon"))->pixmap().isNull(),
                 qPrintable(type));
        QVERIFY(!row->sentenceLabel()->text().isEmpty());
        sentences.insert(row->sentenceLabel()->text());
        const bool here = row->event().device.name == computer.name;
        QCOMPARE(row->isThisComputer(), here);
        const bool mayBeOther
            = !here && (type == QLatin1String("sign-in") || type == QLatin1String("new-device-verified"));
        QCOMPARE(bool(row->notYouButton()), mayBeOther);
        // A screen reader meets an item of a list, named by its sentence.
        QAccessibleInterface* item = QAccessible::queryAccessibleInterface(row);
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->text(QAccessible::Name), row->accessibleName());
        QCOMPARE(item->parent()->role(), QAccessible::List);
    }
    QCOMPARE(QAccessible::queryAccessibleInterface(tab->list()->placeholder())->role(),
             QAccessible::StaticText);
    // Eleven types, eleven sentences: none falls back to the unknown type's.
    QCOMPARE(sentences.size(), ActivityEvent::types().size());
    QVERIFY(!sentences.contains(rowText("Something changed in your account")));
    QVERIFY(sentences.contains(rowText("%n failed attempt(s) to sign in with a wrong password", 5)));

    // Nothing happened yet: the empty state says so, and there is nothing more to load.
    tab->showPage(ActivityPage());
    QCOMPARE(tab->list()->count(), 0);
    QVERIFY(tab->list()->placeholder()->isVisibleTo(tab));
    QCOMPARE(tab->list()->placeholder()->text(),
             QCoreApplication::translate("ActivityTab", "Nothing has happened to your account yet."));
    QVERIFY(!tab->loadMoreButton()->isVisibleTo(tab));
    // Cleared (signed out): neither rows nor the empty state, until the server has answered again.
    tab->clear();
    QVERIFY(!tab->list()->placeholder()->isVisibleTo(tab));
}

void TestGuiActivity::downloadData_data()
{
    addLanguages();
}

void TestGuiActivity::downloadData()
{
    QFETCH(QString, language);
    createApp(language);
    const qint64 id = signInNewAccount(kEmail, kPhone);
    QVERIFY(id > 0);
    AccountPage* account = m_window->accountPage();
    DataExporter* exporter = account->dataExporter();
    QString suggested;
    QString answer; // what the "save dialog" answers: empty is Cancel
    exporter->setFileChooser([&](QWidget*, const QString& path) {
        suggested = path;
        return answer;
    });
    QVERIFY(account->downloadDataButton()->isEnabled());
    QTest::mouseClick(account->downloadDataButton(), Qt::LeftButton);
    PasswordConfirmDialog* dialog = shown(exporter->dialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);

    // A wrong password: the dialog stays, with the error at the field and the password still typed.
    confirmWith(dialog, QStringLiteral("Wrong2026pass"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->passwordError()->isVisible(), 20000);
    QVERIFY(hasReference(dialog->passwordError(), "E-PASSWORD-WRONG"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->password(), QStringLiteral("Wrong2026pass"));
    QVERIFY(!screenshot(dialog, QStringLiteral("export-wrong-password-") + language).isEmpty());

    // The right one; the save dialog is cancelled: nothing written, and the copy is kept.
    QSignalSpy notSaved(exporter, &DataExporter::notSaved);
    confirmWith(dialog, kPassword);
    QVERIFY(notSaved.wait(20000));
    QVERIFY(!exporter->dialog());
    QCOMPARE(
        QFileInfo(suggested).fileName(),
        QStringLiteral("account-%1-export-%2.json").arg(id).arg(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(exporter->hasUnsaved());
    QTRY_VERIFY(account->downloadNoteLabel()->isVisible());

    // Clicked again: no password and no request (the server would refuse within the hour), saved.
    answer = m_dir.filePath(QStringLiteral("my-data.json"));
    QSignalSpy saved(exporter, &DataExporter::saved);
    QTest::mouseClick(account->downloadDataButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QVERIFY(!exporter->dialog());
    QCOMPARE(saved.at(0).at(0).toString(), answer);
    QVERIFY(account->downloadNoteLabel()->isVisible());
    QVERIFY(account->downloadNoteLabel()->text().contains(QDir::toNativeSeparators(answer)));
    QVERIFY(!exporter->hasUnsaved());

    QFile file(answer);
#ifdef Q_OS_UNIX
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#endif
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(json.value(QStringLiteral("account"))
                 .toObject()
                 .value(QStringLiteral("accountId"))
                 .toVariant()
                 .toLongLong(),
             id);
    QCOMPARE(json.value(QStringLiteral("account")).toObject().value(QStringLiteral("email")).toString(),
             kEmail);
    QVERIFY(!json.value(QStringLiteral("activity")).toArray().isEmpty());
    QStringList keys;
    collectKeys(json, &keys);
    for (const QString& key : keys) {
        for (const char* secret : { "password", "token", "secret", "hash" })
            QVERIFY2(!key.contains(QLatin1String(secret)), qPrintable(key));
    }
    QVERIFY(!bytes.contains(kPassword.toUtf8()));

    // A second export within the hour: the limit in the user's words, with the time, in the dialog.
    QTest::mouseClick(account->downloadDataButton(), Qt::LeftButton);
    dialog = shown(exporter->dialog());
    QVERIFY(dialog);
    confirmWith(dialog, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->pageError()->isVisible(), 20000);
    QVERIFY(hasReference(dialog->pageError(), "E-RATE-LIMITED"));
    const QString limit = QCoreApplication::translate(
        "DataExporter", "A copy of your data can be downloaded once an hour. Try again after %1.");
    QVERIFY2(dialog->pageError()->message().startsWith(limit.left(limit.indexOf(QLatin1String("%1")))),
             qPrintable(dialog->pageError()->message()));
    const QDateTime inAnHour = QDateTime::currentDateTime().addSecs(3600);
    QVERIFY(dialog->pageError()->message().contains(QLocale().toString(inAnHour.time(), QLocale::ShortFormat))
            || dialog->pageError()->message().contains(
                QLocale().toString(inAnHour.addSecs(-60).time(), QLocale::ShortFormat)));
    QVERIFY(dialog->isVisible());
    QVERIFY(!screenshot(dialog, QStringLiteral("export-rate-limited-") + language).isEmpty());
    dialog->reject();
}

QTEST_MAIN(TestGuiActivity)
#include "TestGuiActivity.moc"
