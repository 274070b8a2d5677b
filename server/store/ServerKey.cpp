// SPDX-License-Identifier: Apache-2.0
#include "ServerKey.h"

#include "VerificationSecret.h"

#include <QFile>
#include <QSaveFile>
#include <sodium.h>

QByteArray ServerKey::loadOrCreate(const QString& path, QString* error)
{
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the key file %1: %2").arg(path, existing.errorString());
            return {};
        }
        const QByteArray key = existing.readAll();
        if (key.size() != VerificationSecret::kKeyBytes) {
            *error = QStringLiteral("the key file %1 is not %2 bytes long")
                         .arg(path)
                         .arg(VerificationSecret::kKeyBytes);
            return {};
        }
        return key;
    }
    QByteArray key(VerificationSecret::kKeyBytes, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    QSaveFile file(path);
    // Owner-only from the first byte: the permissions are set before anything is written.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(key) != key.size() || !file.commit()) {
        *error = QStringLiteral("cannot create the key file %1: %2").arg(path, file.errorString());
        return {};
    }
    return key;
}
