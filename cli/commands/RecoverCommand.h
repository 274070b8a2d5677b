// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaSolver.h"
#include "Command.h"
#include "NewPasswordPrompt.h"
#include "protocol/RecoveryMessages.h"

class CodePrompt;

// `recover LOGIN`: the forgotten password, as the app's "Forgot password?" goes (docs/api.md,
// /v1/recoveries): a captcha, the channel when the account has both (an account ID only: an email
// or phone typed gets the code itself), the code, the new password twice; with two-step
// verification on, its code as well. Every device is signed out afterwards; nothing is signed in
// here. Recovery never says whether the login exists.
class RecoverCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

private:
    void run(const QStringList& arguments) override;
    void start();
    void chooseChannel(const RecoveryStart& start);
    void send(const QString& via);
    void askCode(const CodeChallenge& challenge);
    void askNewPassword();
    void complete();
    void completed(qint64 accountId);

    StartRecoveryRequest m_request;
    QString m_recoveryId;
    CompleteRecoveryRequest m_completion;
    CaptchaSolver* m_captcha = new CaptchaSolver(m_context, this);
    CodePrompt* m_code = nullptr;
    NewPasswordPrompt* m_password = new NewPasswordPrompt(m_context, this);
};
