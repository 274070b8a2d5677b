// SPDX-License-Identifier: Apache-2.0
#include "NetworkProxy.h"

#include "api/AccountApi.h"
#include "session/TokenStore.h"

#include <QNetworkProxyFactory>

namespace NetworkProxy {

void applyNow(const ProxySettings& settings, AccountApi* api, const QString& password)
{
    switch (settings.mode) {
    case ProxySettings::Mode::System:
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        api->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy), settings.describe());
        break;
    case ProxySettings::Mode::None:
        api->setProxy(QNetworkProxy(QNetworkProxy::NoProxy), settings.describe());
        break;
    case ProxySettings::Mode::Manual:
        api->setProxy(settings.manualProxy(password), settings.describe());
        break;
    }
}

void apply(const ProxySettings& settings, TokenStore* keychain, AccountApi* api, QObject* context,
           std::function<void(const ApiError&)> then)
{
    if (!settings.needsPassword()) {
        applyNow(settings, api);
        then({});
        return;
    }
    keychain->readProxyPassword(
        settings.host, settings.port, context,
        [settings, api, then = std::move(then)](const QString& password, const ApiError& error) {
            applyNow(settings, api, password);
            // No entry is no error: the proxy may take an empty password.
            then(error.code == ErrorCode::NotSignedIn ? ApiError() : error);
        });
}

} // namespace NetworkProxy
