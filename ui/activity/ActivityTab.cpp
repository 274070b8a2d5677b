// SPDX-License-Identifier: Apache-2.0
#include "ActivityTab.h"

#include "ActivityListWidget.h"
#include "ActivityRow.h"
#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "session/Session.h"
#include "ui_ActivityTab.h"

#include <QPushButton>

ActivityTab::ActivityTab(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ActivityTab>())
{
    m_ui->setupUi(this);

    connect(m_ui->refreshActivity, &QPushButton::clicked, this, &ActivityTab::reload);
    connect(m_ui->loadMoreActivity, &QPushButton::clicked, this, &ActivityTab::loadMore);
    connect(m_ui->activityList, &ActivityListWidget::notYouRequested, this,
            &ActivityTab::changePasswordRequested);
    // Another account must never see this one's events, not even for a moment.
    connect(session, &Session::signedOut, this, &ActivityTab::clear);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

ActivityTab::~ActivityTab() = default;

ActivityListWidget* ActivityTab::list() const
{
    return m_ui->activityList;
}

QPushButton* ActivityTab::refreshButton() const
{
    return m_ui->refreshActivity;
}

QPushButton* ActivityTab::loadMoreButton() const
{
    return m_ui->loadMoreActivity;
}

ErrorLabel* ActivityTab::errorLabel() const
{
    return m_ui->activityError;
}

void ActivityTab::retranslateUi()
{
    m_ui->retranslateUi(this);
    // The empty state only once the server has said there is nothing, not while it is asked.
    m_ui->activityList->setPlaceholderText(m_loaded ? tr("Nothing has happened to your account yet.")
                                                    : QString());
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
    m_ui->activityError->clear();
    updateButtons();
    m_ui->busy->start(append ? tr("Loading older events…") : tr("Loading activity…"));
    const int generation = m_generation;
    m_session->activity(
        before, m_pageSize, this,
        [this, append, generation](const ActivityPage& page, const ApiError& error) {
            if (generation != m_generation)
                return; // signed out meanwhile: the answer belongs to an account no longer shown
            m_loading = false;
            m_ui->busy->stop();
            if (error) {
                // What was shown stays: stale is better than blank.
                m_ui->activityError->showError(error);
                updateButtons();
                return;
            }
            showPage(page, append);
            emit loaded(m_ui->activityList->count());
        });
}

void ActivityTab::showPage(const ActivityPage& page, bool append)
{
    m_loaded = true;
    m_next = page.next;
    if (append)
        m_ui->activityList->appendEvents(page.events);
    else
        m_ui->activityList->setEvents(page.events);
    retranslateUi();
    updateButtons();
    // Rows come after the buttons were made: without this, Tab would reach "Was this you?" only
    // after Load More and Refresh, below the list instead of down it.
    QWidget* previous = m_ui->activityList;
    for (ActivityRow* row : m_ui->activityList->rows()) {
        if (QPushButton* link = row->notYouButton()) {
            setTabOrder(previous, link);
            previous = link;
        }
    }
    // setTabOrder() leaves the chain alone where Tab already reaches the one from the other (only
    // the list's own children between them), so Refresh first, then Load More before it: the chain
    // itself then reads list, links, Load More, Refresh, whatever was made in between.
    setTabOrder(previous, m_ui->refreshActivity);
    setTabOrder(previous, m_ui->loadMoreActivity);
}

void ActivityTab::clear()
{
    ++m_generation;
    m_loading = false;
    m_ui->busy->stop();
    m_loaded = false;
    m_next = QDateTime();
    m_ui->activityList->setEvents({});
    m_ui->activityError->clear();
    retranslateUi();
    updateButtons();
}

void ActivityTab::updateButtons()
{
    m_ui->refreshActivity->setEnabled(!m_loading);
    m_ui->loadMoreActivity->setEnabled(!m_loading);
    m_ui->loadMoreActivity->setVisible(m_next.isValid());
}
