#pragma once

#include "Command.h"

// `logout`: ends the current account's session on the server (restoring it first, as only a live
// access token can revoke it) and removes the keychain entry and the account here in any case.
class LogoutCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void run(const QCommandLineParser& parser, const QStringList& arguments) override;

private:
    void signOut(const ApiError& restoreError);

    qint64 m_accountId = 0;
};
