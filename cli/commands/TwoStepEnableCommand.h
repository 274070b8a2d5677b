// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordCommand.h"
#include "protocol/TwoStepMessages.h"

// `two-step enable`: switches on two-step verification with an authenticator app (docs/api.md,
// /v1/account/two-step): the password is asked again, the new secret is shown in groups of four
// (typed into the app by hand) and as its otpauth:// URI, the app's first code switches it on, and
// the ten backup codes are shown, once. In JSON mode the secret and URI go to stderr as the
// prompt's context (stdout carries one object at the end: secret, otpauthUri, backupCodes).
class TwoStepEnableCommand : public PasswordCommand
{
    Q_OBJECT

public:
    explicit TwoStepEnableCommand(CommandContext* context);

    // "JBSWY3DPEHPK3PXP" -> "JBSW Y3DP EHPK 3PXP"
    static QString groupsOfFour(const QString& secret);

private:
    void withPassword(const QString& password) override;
    void showSetup();
    void askCode();
    void showBackupCodes(const TwoStepBackupCodes& codes);

    TwoStepSetup m_setup;
};
