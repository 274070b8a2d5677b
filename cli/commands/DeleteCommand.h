// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"
#include "protocol/DeviceMessages.h"

class CodePrompt;

// `delete`: deletes the signed-in account for good, as the app's Delete Account does (docs/api.md):
// refused, with the devices listed, while any device other than this computer is bound (the guide:
// unbind phones, bands and scales first, or they keep the account ID inside); otherwise a code goes
// to the email or phone, the password is asked again, then the code; with two-step verification on,
// its code as well. Afterwards nothing of the account stays on this computer.
class DeleteCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

private:
    void start() override;
    void confirm(const CodeChallenge& challenge);
    void deleteWith(const QString& code, std::function<void(const ApiError&)> done);
    void send(std::function<void(const ApiError&)> done);
    void deleted();

    DeleteAccountRequest m_request;
    CodePrompt* m_code = nullptr;
};
