// SPDX-License-Identifier: Apache-2.0
#include "AccountMenu.h"

#include "Retranslator.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QActionGroup>

AccountMenu::AccountMenu(Session* session, AccountSettings* settings, QWidget* parent)
    : QMenu(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("accountMenu"));
    connect(this, &QMenu::aboutToShow, this, &AccountMenu::rebuild);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void AccountMenu::retranslateUi()
{
    //: The menu bar menu listing the accounts signed in on this computer
    setTitle(tr("&Accounts"));
    rebuild();
}

QString AccountMenu::accountText(qint64 accountId, const QString& label)
{
    if (label.isEmpty())
        return QString::number(accountId);
    //: An account in the switcher: %1 is its ID, %2 its masked email or phone
    return tr("%1 · %2").arg(accountId).arg(label);
}

void AccountMenu::rebuild()
{
    clear();
    const QUrl server = m_session->api()->serverUrl();
    const QList<qint64> signedIn = m_settings->accounts(server);
    qDeleteAll(findChildren<QActionGroup*>(QString(), Qt::FindDirectChildrenOnly));
    auto* group = new QActionGroup(this);
    for (qint64 id : signedIn) {
        QAction* action = addAction(accountText(id, m_settings->accountLabel(server, id)));
        action->setObjectName(QStringLiteral("account_%1").arg(id));
        action->setCheckable(true);
        action->setChecked(id == m_session->accountId() && m_session->state() != Session::State::SignedOut);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { emit switchRequested(id); });
    }
    bool first = true;
    for (qint64 id : m_settings->knownAccounts(server)) {
        if (signedIn.contains(id))
            continue;
        if (first) {
            //: Heading over accounts that were signed out but kept in the list
            addSection(tr("Signed out"));
            first = false;
        }
        //: An account signed out on this computer; choosing it opens the sign-in with its ID
        QAction* action
            = addAction(tr("Sign in to %1…").arg(accountText(id, m_settings->accountLabel(server, id))));
        action->setObjectName(QStringLiteral("signIn_%1").arg(id));
        connect(action, &QAction::triggered, this, [this, id] { emit signInRequested(id); });
    }
    if (!actions().isEmpty())
        addSeparator();
    //: Signs in to (or creates) one more account on this computer, keeping the others
    QAction* add = addAction(tr("Add &Account…"));
    add->setObjectName(QStringLiteral("addAccount"));
    connect(add, &QAction::triggered, this, &AccountMenu::addAccountRequested);
}
