// SPDX-License-Identifier: Apache-2.0
#include "KeychainProbe.h"

#include "session/TokenStore.h"

#include <QRandomGenerator>
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
    // An entry of its own: two probes at once (the app's diagnostics and account-ctl diagnose)
    // would otherwise remove each other's entry between write and read.
    const qint64 entry = QRandomGenerator::global()->bounded(1, 1 << 30);
    m_store->write(
        kProbeServer, entry, value, this, [this, entry, value, callback](const ApiError& writeError) {
            if (writeError) {
                callback(writeError);
                return;
            }
            m_store->read(kProbeServer, entry, this,
                          [this, entry, value, callback](const QString& read, const ApiError& readError) {
                              m_store->remove(
                                  kProbeServer, entry, this,
                                  [value, read, readError, callback](const ApiError& removeError) {
                                      if (readError) {
                                          callback(readError);
                                      } else if (read != value) {
                                          ApiError mismatch(ErrorCode::KeychainError);
                                          mismatch.detail = QStringLiteral(
                                              "the probe entry read back differs from what was written");
                                          callback(mismatch);
                                      } else {
                                          callback(removeError);
                                      }
                                  });
                          });
        });
}
