#include "KeychainProbe.h"

#include "session/TokenStore.h"

#include <QUuid>

namespace {
const QUrl kProbeServer(QStringLiteral("https://keychain-probe.invalid"));
}

KeychainProbe::KeychainProbe(QObject* parent)
    : QObject(parent)
    , m_store(new TokenStore(this))
{
    m_store->setServiceName(serviceName());
}

void KeychainProbe::start(Callback callback)
{
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store->write(kProbeServer, 1, value, this, [this, value, callback](const ApiError& writeError) {
        if (writeError) {
            callback(writeError);
            return;
        }
        m_store->read(
            kProbeServer, 1, this, [this, value, callback](const QString& read, const ApiError& readError) {
                m_store->remove(
                    kProbeServer, 1, this, [value, read, readError, callback](const ApiError& removeError) {
                        if (readError) {
                            callback(readError);
                        } else if (read != value) {
                            ApiError mismatch(ErrorCode::KeychainError);
                            mismatch.detail
                                = QStringLiteral("the probe entry read back differs from what was written");
                            callback(mismatch);
                        } else {
                            callback(removeError);
                        }
                    });
            });
    });
}
