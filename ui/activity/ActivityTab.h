// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/ActivityMessages.h"

#include <QWidget>
#include <memory>

class ActivityListWidget;
class ErrorLabel;
class QPushButton;
class Session;
namespace Ui {
class ActivityTab;
}

// The account's activity (the Activity tab; ActivityPage is the protocol's page of events): what happened to
// it in the last 180 days, newest first, a page at a time ("Load More" fetches the one before). Loaded when
// first shown and on Refresh, in the background; cleared on sign-out, so the next account never sees this
// one's.
class ActivityTab : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityTab(Session* session, QWidget* parent = nullptr);
    ~ActivityTab() override;

    // The newest page again, replacing what is shown.
    void reload();
    // The first time the tab is shown: reload() unless loaded already.
    void loadOnce();
    // The page after the last one shown (before = its next).
    void loadMore();
    void clear();
    // Shows a page as the server sends it, as reload() does with its answer (or appends it).
    void showPage(const ActivityPage& page, bool append = false);

    // Events per request; the server allows 1…ActivityQuery::kMaxLimit.
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    ActivityListWidget* list() const;
    QPushButton* refreshButton() const;
    QPushButton* loadMoreButton() const;
    ErrorLabel* errorLabel() const;
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }

signals:
    // "Was this you?" on an event: the user wants to change the password.
    void changePasswordRequested();
    void loaded(int count);

private:
    void retranslateUi();
    void request(const QDateTime& before, bool append);
    void updateButtons();

    Session* m_session;
    std::unique_ptr<Ui::ActivityTab> m_ui; // the widgets, from ActivityTab.ui
    QDateTime m_next; // the `before` of the next page; invalid when there is none
    int m_pageSize = ActivityQuery::kDefaultLimit;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0; // bumped by clear(): an answer asked for before it is dropped
};
