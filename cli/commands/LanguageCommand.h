// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"

struct AccountProfile;

// `language [LANG]`: the language the signed-in account's emails, SMS and link pages are written
// in (en, ru, zh_CN); with LANG, sets it (PUT /v1/account/language), as the app does when its own
// language changes.
class LanguageCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

private:
    void run(const QStringList& arguments) override;
    void show(const AccountProfile& profile);
    void set(const QString& language);
};
