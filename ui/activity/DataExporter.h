// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <functional>

struct ApiError;
class PasswordConfirmDialog;
class QDate;
class QWidget;
class Session;

// "Download Your Data…": the password (PasswordConfirmDialog, window-modal), the server's export
// (one an hour), then where to save it, written whole or not at all (QSaveFile). An export the
// user did not save (the save dialog cancelled, the disk full) is kept in memory until sign-out,
// so that the next click saves it without asking the server again, which would refuse for an hour.
class DataExporter : public QObject
{
    Q_OBJECT

public:
    // Asks where to save; suggested is the full default path. Empty: cancelled.
    using FileChooser = std::function<QString(QWidget* parent, const QString& suggested)>;

    DataExporter(Session* session, QWidget* window);

    // The password dialog, or null when an export is already waiting to be saved (then saved now).
    PasswordConfirmDialog* start();
    // Tests choose the file without a dialog; the default is QFileDialog::getSaveFileName.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Forgets an unsaved export (sign-out, another account).
    void clear();

    PasswordConfirmDialog* dialog() const;
    bool hasUnsaved() const { return !m_unsaved.isEmpty(); }

    // "account-1234567890-export-2026-12-05.json".
    static QString suggestedFileName(qint64 accountId, const QDate& date);
    // The hourly limit in the user's words, with the time it ends.
    static QString rateLimitMessage(const ApiError& error);

signals:
    void saved(const QString& path);
    // Not saved (cancelled, or the file could not be written); message says why and what next.
    void notSaved(const QString& message, bool failed);

private:
    void send(const QString& password);
    void save();

    Session* m_session;
    QWidget* m_window;
    FileChooser m_chooseFile;
    QPointer<PasswordConfirmDialog> m_dialog;
    QByteArray m_unsaved; // the export as the server sent it, until written
    qint64 m_unsavedAccount = 0;
};
