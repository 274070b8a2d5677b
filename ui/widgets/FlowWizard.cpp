// SPDX-License-Identifier: Apache-2.0
#include "FlowWizard.h"

#include "CodeEntryPage.h"
#include "SubmitPage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <algorithm>

FlowWizard::FlowWizard(Session* session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setWizardStyle(QWizard::ModernStyle);
    // Nothing to go back to from the first page, and nothing to go back to or cancel once the
    // flow has done its work (the last page only says so).
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage
               | QWizard::NoCancelButtonOnLastPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/account-manager.svg")).pixmap(40, 40));
    // Queued: QWizard focuses the new page before its buttons are enabled again.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        QMetaObject::invokeMethod(
            this, [this] { keepKeyboardFocus(); }, Qt::QueuedConnection);
    });
}

AccountApi::DoneCallback FlowWizard::answerTo(SubmitPage* page, std::function<void()> then)
{
    return [this, page, then](const ApiError& error) {
        if (!endRequest(page, error))
            then();
    };
}

QObject* FlowWizard::startResend(CodeEntryPage* page)
{
    return startRequest(page, tr("Sending a new code…"));
}

AccountApi::Callback<CodeChallenge> FlowWizard::answerResend(CodeEntryPage* page)
{
    return answerTo<CodeChallenge>(page,
                                   [page](const CodeChallenge& challenge) { page->setChallenge(challenge); });
}

void FlowWizard::goBackTo(int pageId)
{
    while (currentId() > pageId)
        back();
}

bool FlowWizard::startOverAfter(const ApiError&)
{
    return false;
}

bool FlowWizard::endRequest(SubmitPage* page, const ApiError& error)
{
    finishRequest();
    if (!error)
        return false;
    if (!startOverAfter(error))
        page->showError(error);
    return true;
}

void FlowWizard::keepKeyboardFocus()
{
    // A request disables the fields, and the one with the focus loses it; QWizard's focus on a new
    // page goes nowhere when its button is still disabled then. A keyboard user would be left with
    // Enter and Tab doing nothing: the focus goes to the page's first control, or its button.
    const QWidget* focus = focusWidget();
    if (focus && focus->isVisible() && focus->isEnabled())
        return;
    QWidget* page = currentPage();
    if (!page)
        return;
    for (QWidget* candidate = page->nextInFocusChain(); candidate && candidate != page;
         candidate = candidate->nextInFocusChain()) {
        if (page->isAncestorOf(candidate) && (candidate->focusPolicy() & Qt::TabFocus)
            && candidate->isVisible() && candidate->isEnabled()) {
            candidate->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    for (QWizard::WizardButton which :
         { QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton }) {
        QAbstractButton* candidate = button(which);
        if (candidate->isVisible() && candidate->isEnabled()) {
            candidate->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void FlowWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    // Queued: after the pages have retranslated themselves (they get the event after the
    // wizard), so that the wizard's own titles and button texts for them win.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(
            this, [this] { retranslateUi(); }, Qt::QueuedConnection);
}

void FlowWizard::retranslateUi()
{
    // QWizard names its standard buttons once, in the language of the moment, and does not rename
    // them on a language change. Qt's own texts, looked up in Qt's translation (qtbase_*.qm).
    const struct
    {
        QWizard::WizardButton button;
        const char* text;
    } buttons[] = {
        { QWizard::BackButton, "< &Back" },  { QWizard::NextButton, "&Next >" },
        { QWizard::CommitButton, "Commit" }, { QWizard::FinishButton, "&Finish" },
        { QWizard::CancelButton, "Cancel" }, { QWizard::HelpButton, "&Help" },
    };
    for (const auto& entry : buttons)
        setButtonText(entry.button, QCoreApplication::translate("QWizard", entry.text));
}

QObject* FlowWizard::startRequest(SubmitPage* page, const QString& busyText)
{
    delete m_request; // one at a time; an earlier one's answer is no longer wanted
    m_request = new QObject(this);
    m_busyPage = page;
    if (page)
        page->setBusy(true, busyText);
    setBusy(true);
    return m_request;
}

void FlowWizard::finishRequest()
{
    // Not deleted at once: this runs inside the request's own callback.
    if (m_request)
        m_request->deleteLater();
    m_request.clear();
    m_committing = false;
    if (m_busyPage)
        m_busyPage->setBusy(false);
    m_busyPage = nullptr;
    setBusy(false);
    // After the answer's own handling (an error focuses its field; a success turns the page).
    QMetaObject::invokeMethod(
        this, [this] { keepKeyboardFocus(); }, Qt::QueuedConnection);
}

void FlowWizard::cancelRequest()
{
    delete m_request;
    finishRequest();
}

void FlowWizard::setBusy(bool busy)
{
    m_busy = busy;
    button(QWizard::CancelButton)->setEnabled(!m_committing);
    // After the page's own setBusy(): its completeChanged() makes QWizard enable Back again.
    // When idle again, that same signal gives Back its normal state back.
    if (busy)
        button(QWizard::BackButton)->setEnabled(false);
    emit busyChanged(busy);
}

void FlowWizard::done(int result)
{
    // At the end of the flow the pages have nothing left to check.
    if (result == QDialog::Accepted && isFinished()) {
        QDialog::done(result); // NOLINT(bugprone-parent-virtual-call): past QWizard's page checks
        return;
    }
    QWizard::done(result);
}

void FlowWizard::reject()
{
    if (m_committing)
        return; // the server may already have done it: wait for the answer
    if (hasPendingRequest()) {
        cancelRequest(); // what was typed stays, for another try
        return;
    }
    if (m_busy)
        return; // the keychain is being written; that cannot be interrupted halfway
    if (!m_discardConfirmed && !isFinished() && holdsWork()) {
        askToDiscard();
        return;
    }
    QWizard::reject();
}

void FlowWizard::closeWithoutAsking()
{
    m_discardConfirmed = true;
    reject();
}

bool FlowWizard::holdsWork() const
{
    // A code already sent is work too: closing means waiting for, or asking for, another one.
    const QList<int> visited = visitedIds();
    for (int id : visited) {
        if (qobject_cast<CodeEntryPage*>(page(id)) && id != visited.constFirst())
            return true;
    }
    return std::any_of(m_edited.cbegin(), m_edited.cend(),
                       [](const QPointer<QLineEdit>& edit) { return edit && !edit->text().isEmpty(); });
}

void FlowWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    // textEdited, unlike textChanged, comes from the user only (typing, pasting): a field the
    // wizard filled in itself is nothing the user would lose. isModified() would not do: a field
    // that formats what is typed (the phone number) sets its text and clears that flag.
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        if (edit->property("am_followedEdits").toBool())
            continue;
        edit->setProperty("am_followedEdits", true);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            if (!m_edited.contains(edit))
                m_edited.append(edit);
        });
    }
}

void FlowWizard::askToDiscard()
{
    if (m_discardQuestion) {
        m_discardQuestion->raise();
        return;
    }
    auto* question = new QMessageBox(QMessageBox::Question, windowTitle(), tr("Discard what you typed?"),
                                     QMessageBox::NoButton, this);
    m_discardQuestion = question;
    question->setObjectName(QStringLiteral("discardQuestion"));
    question->setInformativeText(tr("If you close this window now, what you entered here is lost."));
    //: Closes the window and loses what was typed in it
    QPushButton* discard = question->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    //: Goes back to the window, keeping what was typed
    QPushButton* keep = question->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    question->setDefaultButton(keep); // Enter must not throw the work away
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, discard] {
        if (question->clickedButton() != discard)
            return;
        m_discardConfirmed = true;
        reject();
    });
    question->open();
}
