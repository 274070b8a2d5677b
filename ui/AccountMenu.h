// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMenu>

class AccountSettings;
class Session;

// The account switcher: every account signed in on this computer (ID and masked login), the
// current one ticked; accounts signed out with their data kept, to sign in to again; "Add
// Account…". Rebuilt each time it opens, from AccountSettings, so it never shows a stale list.
class AccountMenu : public QMenu
{
    Q_OBJECT

public:
    AccountMenu(Session* session, AccountSettings* settings, QWidget* parent = nullptr);

    // "1234567 · a***@example.com", or the ID alone before the profile was ever seen.
    static QString accountText(qint64 accountId, const QString& label);

    void rebuild();

signals:
    void switchRequested(qint64 accountId);
    void signInRequested(qint64 accountId);
    void addAccountRequested();

private:
    void retranslateUi();
    Session* m_session;
    AccountSettings* m_settings;
};
