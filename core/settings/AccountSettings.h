// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "settings/ProxySettings.h"
#include "protocol/DeviceInfo.h"

#include <QList>
#include <QSettings>
#include <QUrl>
#include <memory>

// What the app remembers between runs, none of it secret: the accounts signed in per server
// (account IDs and a masked login to show), which one is current, and this computer's device ID.
// Tokens live in the keychain (TokenStore), never here.
class AccountSettings
{
public:
    // The app's settings (QSettings in the user's config folder).
    AccountSettings();
    // A settings file of its own, for tests and tools.
    explicit AccountSettings(const QString& iniFile);

    QList<qint64> accounts(const QUrl& server) const;
    void addAccount(const QUrl& server, qint64 accountId);
    void removeAccount(const QUrl& server, qint64 accountId);
    qint64 currentAccount(const QUrl& server) const; // 0 when none
    void setCurrentAccount(const QUrl& server, qint64 accountId);

    // The masked login shown beside an account's ID in the account switcher ("a***@example.com"),
    // kept after a plain sign-out so the account can be picked again; never the login in full.
    QString accountLabel(const QUrl& server, qint64 accountId) const;
    void setAccountLabel(const QUrl& server, qint64 accountId, const QString& maskedLogin);
    // Accounts with a label here: signed in, or signed out with their data kept.
    QList<qint64> knownAccounts(const QUrl& server) const;
    // Everything remembered of the account on this computer: list entry, label, current mark.
    void forgetAccount(const QUrl& server, qint64 accountId);

    // This installation as a device of the account: a stable random ID made on first use, the host
    // name and the OS ("Debian GNU/Linux 12 (bookworm)").
    DeviceInfo thisDevice();

    QString language() const; // empty: follow the system
    void setLanguage(const QString& language);

    // The way to the server (the proxy's password is in the keychain, never here).
    ProxySettings proxy() const;
    void setProxy(const ProxySettings& proxy);

    QSettings& raw() { return *m_settings; }

private:
    static QString serverKey(const QUrl& server);
    // setValue() / remove() only when they change something, so nothing is written for nothing.
    void write(const QString& key, const QVariant& value);
    void erase(const QString& key);
    std::unique_ptr<QSettings> m_settings;
};
