#pragma once

#include <QPointer>
#include <QWizard>

struct ApiError;
struct TokenResponse;
class CodeEntryPage;
class DonePage;
class NewPasswordPage;
class SendCodePage;
class Session;

// Changing the password of the signed-in account (the guide's Безопасность аккаунта → Изменить
// пароль): where the code goes, the code, the new password twice. The server then signs every
// other device out and gives this computer fresh tokens, which the Session keeps. Every request
// runs in the background; Cancel drops a pending one, except the last, which cannot be undone.
class PasswordChangeWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SendPageId, CodePageId, PasswordPageId, DonePageId };

    explicit PasswordChangeWizard(Session* session, QWidget* parent = nullptr);

    SendCodePage* sendPage() const { return m_sendPage; }
    CodeEntryPage* codePage() const { return m_codePage; }
    NewPasswordPage* passwordPage() const { return m_passwordPage; }
    DonePage* donePage() const { return m_donePage; }
    bool isBusy() const { return m_busy; }

    void done(int result) override;
    void reject() override;

signals:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void sendCode(const QString& via);
    void resend();
    void changePassword(const QString& password);
    void adoptTokens(const TokenResponse& tokens);
    void startOver(const ApiError& error);
    // A context for the pending request: deleting it is how Cancel drops the answer.
    QObject* newRequest();
    void setBusy(bool busy);

    Session* m_session;
    SendCodePage* m_sendPage;
    CodeEntryPage* m_codePage;
    NewPasswordPage* m_passwordPage;
    DonePage* m_donePage;
    QPointer<QObject> m_request;
    QString m_challengeId;
    QString m_code;
    bool m_busy = false;
    bool m_committing = false;
};
