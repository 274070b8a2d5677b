#pragma once

#include <QPointer>
#include <QWizard>

struct ApiError;
class CodeEntryPage;
class Session;

// What the wizards that change the signed-in account share (password change, email or phone
// change, deletion): a code goes to the account first, one request runs at a time, Cancel drops a
// pending one unless the last step is being committed, and the code can be sent again.
class AccountChangeWizard : public QWizard
{
    Q_OBJECT

public:
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);

protected:
    AccountChangeWizard(Session* session, QWidget* parent);

    // A context for the pending request: deleting it is how Cancel drops the answer.
    QObject* newRequest();
    // Drops the pending request's answer, if one is pending.
    void dropRequest();
    void setBusy(bool busy);
    // Sends the code of m_challengeId again, with the progress shown on page.
    void resendCode(CodeEntryPage* page);
    // The server no longer has the challenge (expired, used up): the wizard starts it again.
    virtual void challengeLost(const ApiError& error) = 0;

    Session* m_session;
    QString m_challengeId;
    bool m_busy = false;
    bool m_committing = false; // the last step is on its way; Cancel could not undo it

private:
    QPointer<QObject> m_request;
};
