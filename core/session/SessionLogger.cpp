// SPDX-License-Identifier: Apache-2.0
#include "SessionLogger.h"

#include "logging/LogCategories.h"
#include "session/Session.h"

#include <QMetaEnum>

SessionLogger::SessionLogger(Session* session)
    : QObject(session)
{
    connect(session, &Session::stateChanged, this, [](Session::State state) {
        qCDebug(lcSession).noquote() << "state"
                                     << QMetaEnum::fromType<Session::State>().valueToKey(int(state));
    });
    connect(session, &Session::signedIn, this,
            [](qint64 accountId) { qCInfo(lcSession).noquote() << "signed in, account" << accountId; });
    connect(session, &Session::signedOut, this,
            [session](const ApiError& serverError) {
                qCInfo(lcSession).noquote()
                    << "signed out, account" << session->accountId()
                    << (serverError ? QStringLiteral("(server not told: %1)").arg(serverError.reference())
                                    : QString());
            });
    connect(session, &Session::failed, this, [](const ApiError& error) {
        qCInfo(lcSession).noquote() << "failed:" << error.reference() << error.detail;
    });
}

void SessionLogger::attach(Session* session)
{
    new SessionLogger(session);
}
