// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CodeEntryPage.h"
#include "api/AccountApi.h"

#include <QPointer>
#include <QWizard>

class QLineEdit;
class QMessageBox;
class Session;
class SubmitPage;

// What every flow's wizard shares: the look (modern style, the logo, no Back on the first page, no
// Back or Cancel on the closing one), the standard button texts in the current language, and one
// request at a time. A request runs on behalf of a page
// (startRequest): the page and the wizard are busy until finishRequest(). Cancel while a request
// runs cancels it (its context is deleted: the request is aborted and its answer never arrives)
// and keeps everything typed; Cancel while the last step is being committed does nothing; Cancel
// otherwise closes the wizard, after asking "Discard what you typed?" when the user typed
// something or a code was sent.
class FlowWizard : public QWizard
{
    Q_OBJECT

public:
    bool isBusy() const { return m_busy; }
    // The page of class Page: a flow has one page of each class, so the class names it.
    template<typename Page> Page* page() const { return findChild<Page*>(); }
    using QWizard::page;

    void done(int result) override;
    void reject() override;
    // Closes as cancelled without asking to discard: the flow goes on in another window with what
    // was typed (the sign-in page's login carried into recovery), or the user picked another flow.
    void closeWithoutAsking();
    // Back through the pages until pageId is the current one; what they hold stays.
    void goBackTo(int pageId);

signals:
    void busyChanged(bool busy);

protected:
    FlowWizard(Session* session, QWidget* parent);

    // The standard button texts; a wizard calls this first in its own retranslateUi(), which
    // runs after every language change, once the pages have retranslated themselves.
    virtual void retranslateUi();
    // The flow has reached its end: Finish (or Close) accepts without asking the pages again.
    virtual bool isFinished() const { return false; }

    // Makes page and wizard busy (text: what the page's indicator says, empty for its own) and
    // returns the context of the new request, for the Session or AccountApi call.
    QObject* startRequest(SubmitPage* page, const QString& busyText = {});
    // The answer came: the page and the wizard are no longer busy.
    void finishRequest();
    // The usual answer to a page's request, for the Session or AccountApi call: the busy state
    // ends; an error goes to startOverAfter() or else to the page; a result goes to then().
    template<typename T>
    AccountApi::Callback<T> answerTo(SubmitPage* page, std::function<void(const T&)> then)
    {
        return [this, page, then](const T& result, const ApiError& error) {
            if (!endRequest(page, error))
                then(result);
        };
    }
    AccountApi::DoneCallback answerTo(SubmitPage* page, std::function<void()> then);
    // "Send a new code" on page calls call (an AccountApi or Session method) for *id: the flow's
    // registration, recovery or challenge ID as it is at the click. Nothing while busy or before
    // there is an ID; the page then counts down for the new code.
    template<typename Service, typename Result>
    void resendCodeOn(CodeEntryPage* page, Service* service,
                      Result (Service::*call)(const QString&, QObject*, AccountApi::Callback<CodeChallenge>),
                      const QString* id)
    {
        connect(page, &CodeEntryPage::resendRequested, this, [this, page, service, call, id] {
            if (!isBusy() && !id->isEmpty())
                (service->*call)(*id, startResend(page), answerResend(page));
        });
    }
    // An error after which the flow cannot go on where it is (what it started on the server has
    // expired or ended elsewhere): the wizard starts over and says why. False for any other error.
    virtual bool startOverAfter(const ApiError& error);
    // Drops the pending request, if any, and ends the busy state.
    void cancelRequest();
    bool hasPendingRequest() const { return !m_request.isNull(); }
    // Something would be lost by closing: a field the user typed into, or a code already sent.
    virtual bool holdsWork() const;
    // The busy state without a request (the keychain being written).
    void setBusy(bool busy);
    // Gives the keyboard focus back to the page when nothing usable has it.
    void keepKeyboardFocus();

    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

    Session* m_session;
    // The last step is on its way (a password changed, an account deleted): Cancel could not undo it.
    bool m_committing = false;

private:
    void askToDiscard();
    // finishRequest(), and the error (if any) dealt with: true when there was one.
    bool endRequest(SubmitPage* page, const ApiError& error);
    QObject* startResend(CodeEntryPage* page);
    AccountApi::Callback<CodeChallenge> answerResend(CodeEntryPage* page);

    QPointer<QObject> m_request;
    QPointer<QMessageBox> m_discardQuestion;
    QList<QPointer<QLineEdit>> m_edited; // fields the user typed into
    bool m_discardConfirmed = false;
    QPointer<SubmitPage> m_busyPage;
    bool m_busy = false;
};
