// SPDX-License-Identifier: Apache-2.0
#include "ActivityTab.h"

#include "ActivityListWidget.h"
#include "ActivityRow.h"
#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ActivityTab::ActivityTab(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new ActivityListWidget(this))
    , m_error(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_intro(new QLabel(this))
    , m_loadMore(new QPushButton(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("activityTab"));
    m_intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("activityError"));
    m_loadMore->setObjectName(QStringLiteral("loadMoreActivity"));
    m_loadMore->setVisible(false);
    m_refresh->setObjectName(QStringLiteral("refreshActivity"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy, 1);
    bottom->addStretch();
    bottom->addWidget(m_loadMore);
    bottom->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);

    connect(m_refresh, &QPushButton::clicked, this, &ActivityTab::reload);
    connect(m_loadMore, &QPushButton::clicked, this, &ActivityTab::loadMore);
    connect(m_list, &ActivityListWidget::notYouRequested, this, &ActivityTab::changePasswordRequested);
    // Another account must never see this one's events, not even for a moment.
    connect(session, &Session::signedOut, this, &ActivityTab::clear);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void ActivityTab::retranslateUi()
{
    m_intro->setText(tr("What happened to your account in the last 180 days. If you see a sign-in "
                        "or a change you did not make, change your password."));
    //: Loads the activity list again
    m_refresh->setText(tr("&Refresh"));
    //: Loads older events of the activity list
    m_loadMore->setText(tr("Load &More"));
    // The empty state only once the server has said there is nothing, not while it is asked.
    //: Accessible name of the list of events on the Activity tab
    m_list->setAccessibleName(tr("Account activity"));
    m_list->setPlaceholderText(m_loaded ? tr("Nothing has happened to your account yet.") : QString());
}

void ActivityTab::loadOnce()
{
    if (!m_loaded)
        reload();
}

void ActivityTab::reload()
{
    request(QDateTime(), false);
}

void ActivityTab::loadMore()
{
    if (m_next.isValid())
        request(m_next, true);
}

void ActivityTab::request(const QDateTime& before, bool append)
{
    if (m_loading || !m_session->isSignedIn())
        return;
    m_loading = true;
    m_error->clear();
    updateButtons();
    m_busy->start(append ? tr("Loading older events…") : tr("Loading activity…"));
    const int generation = m_generation;
    m_session->activity(
        before, m_pageSize, this,
        [this, append, generation](const ActivityPage& page, const ApiError& error) {
            if (generation != m_generation)
                return; // signed out meanwhile: the answer belongs to an account no longer shown
            m_loading = false;
            m_busy->stop();
            if (error) {
                // What was shown stays: stale is better than blank.
                m_error->showError(error);
                updateButtons();
                return;
            }
            showPage(page, append);
            emit loaded(m_list->count());
        });
}

void ActivityTab::showPage(const ActivityPage& page, bool append)
{
    m_loaded = true;
    m_next = page.next;
    if (append)
        m_list->appendEvents(page.events);
    else
        m_list->setEvents(page.events);
    retranslateUi();
    updateButtons();
    // Rows come after the buttons were made: without this, Tab would reach "Was this you?" only
    // after Load More and Refresh, below the list instead of down it.
    QWidget* previous = m_list;
    for (ActivityRow* row : m_list->rows()) {
        if (QPushButton* link = row->notYouButton()) {
            setTabOrder(previous, link);
            previous = link;
        }
    }
    setTabOrder(previous, m_loadMore);
    setTabOrder(m_loadMore, m_refresh);
}

void ActivityTab::clear()
{
    ++m_generation;
    m_loading = false;
    m_busy->stop();
    m_loaded = false;
    m_next = QDateTime();
    m_list->setEvents({});
    m_error->clear();
    retranslateUi();
    updateButtons();
}

void ActivityTab::updateButtons()
{
    m_refresh->setEnabled(!m_loading);
    m_loadMore->setEnabled(!m_loading);
    m_loadMore->setVisible(m_next.isValid());
}
