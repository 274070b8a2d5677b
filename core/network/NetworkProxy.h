// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "settings/ProxySettings.h"
#include "protocol/ApiError.h"

#include <QUrl>
#include <functional>

class AccountApi;
class QObject;
class TokenStore;

// Puts the proxy setting into effect on the API client, whose proxy the diagnostics' own TCP and
// TLS probes take too: the system's settings (Qt reads the platform's configuration, on Linux the
// http(s)_proxy, all_proxy and no_proxy variables), no proxy, or the manual one with its password
// from the keychain. The proxy is set on the client itself, not as Qt's application proxy, which
// Qt never uses for loopback addresses: a local server behind a manual proxy works as set.
namespace NetworkProxy {
// The password, when the setting has a user, is read from the keychain first; then() runs once the
// setting is in effect, or with the keychain's error (the manual proxy is then used without one).
void apply(const ProxySettings& settings, TokenStore* keychain, AccountApi* api, QObject* context,
           std::function<void(const ApiError&)> then);
// With the password at hand (or none needed).
void applyNow(const ProxySettings& settings, AccountApi* api, const QString& password = {});
} // namespace NetworkProxy
