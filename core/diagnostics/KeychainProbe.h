// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/ApiError.h"

#include <QObject>
#include <functional>

class TokenStore;

// Whether the system keychain works: writes, reads back and deletes a probe entry under a service
// name of its own, so that no one's sign-in is touched.
class KeychainProbe : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiError& error)>;

    explicit KeychainProbe(QObject* parent = nullptr);

    static QString serviceName() { return QStringLiteral("AccountManager-diagnose"); }
    void start(Callback callback);

private:
    TokenStore* m_store;
};
