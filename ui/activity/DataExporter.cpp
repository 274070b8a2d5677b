// SPDX-License-Identifier: Apache-2.0
#include "DataExporter.h"

#include "PasswordConfirmDialog.h"
#include "protocol/ApiError.h"
#include "session/Session.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

DataExporter::DataExporter(Session* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_chooseFile([](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Save Your Data"), suggested,
                                            //: The file type filter of the save dialog
                                            tr("JSON files (*.json)"));
    })
{
    // The copy is personal data: it does not outlive the session it was made in.
    connect(session, &Session::signedOut, this, &DataExporter::clear);
}

QString DataExporter::suggestedFileName(qint64 accountId, const QDate& date)
{
    return QStringLiteral("account-%1-export-%2.json").arg(accountId).arg(date.toString(Qt::ISODate));
}

QString DataExporter::rateLimitMessage(const ApiError& error)
{
    const QString when = QLocale().toString(error.until.toLocalTime().time(), QLocale::ShortFormat);
    if (!error.until.isValid())
        return tr("A copy of your data can be downloaded once an hour. Please try again later.");
    //: %1 is a time of day, e.g. 14:35
    return tr("A copy of your data can be downloaded once an hour. Try again after %1.").arg(when);
}

PasswordConfirmDialog* DataExporter::dialog() const
{
    return m_dialog;
}

PasswordConfirmDialog* DataExporter::start()
{
    if (m_unsavedAccount != m_session->accountId())
        clear();
    if (hasUnsaved()) {
        save();
        return nullptr;
    }
    if (m_dialog)
        m_dialog->close();
    m_dialog = new PasswordConfirmDialog(m_window);
    m_dialog->setObjectName(QStringLiteral("exportDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(tr("Download Your Data"));
    m_dialog->setMessage(tr("A copy of everything your account holds: its details, devices, sessions "
                            "and activity, as a JSON file. It has no password or other secret, but it "
                            "is personal: keep it safe.\n\n"
                            "Enter your account password to confirm that you are the owner."));
    //: The button that downloads the data after the password is typed
    m_dialog->setActionText(tr("Download"));
    connect(m_dialog, &PasswordConfirmDialog::confirmed, this, &DataExporter::send);
    m_dialog->open();
    return m_dialog;
}

void DataExporter::send(const QString& password)
{
    QPointer<PasswordConfirmDialog> dialog = m_dialog;
    dialog->setBusy(true, tr("Preparing your data…"));
    const qint64 accountId = m_session->accountId();
    m_session->exportAccount(
        password, this, [this, dialog, accountId](const QJsonObject& json, const ApiError& error) {
            if (dialog)
                dialog->setBusy(false);
            if (error) {
                if (dialog && error.code == ErrorCode::RateLimited)
                    dialog->showError(error, [error] { return rateLimitMessage(error); });
                else if (dialog)
                    dialog->showError(error);
                return;
            }
            m_unsaved = QJsonDocument(json).toJson(QJsonDocument::Indented);
            m_unsavedAccount = accountId;
            if (dialog)
                dialog->accept();
            // Once the password dialog has gone: the save dialog opens over the window.
            QMetaObject::invokeMethod(this, &DataExporter::save, Qt::QueuedConnection);
        });
}

void DataExporter::save()
{
    if (!hasUnsaved())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(suggestedFileName(m_unsavedAccount, QDate::currentDate()));
    const QString path = m_chooseFile(m_window, suggested);
    if (path.isEmpty()) {
        emit notSaved(tr("Your data was not saved. Click \"Download Your Data…\" again to save it: "
                         "the copy is kept until you sign out."),
                      false);
        return;
    }
    QSaveFile file(path);
    // Personal data: readable by the owner only, as account-ctl export writes it.
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(m_unsaved) == m_unsaved.size() && file.commit();
    if (!written) {
        //: %1 is the file, %2 the system's reason ("Permission denied")
        emit notSaved(tr("Your data could not be saved to %1: %2. Click \"Download Your Data…\" "
                         "again to choose another place.")
                          .arg(QDir::toNativeSeparators(path), file.errorString()),
                      true);
        return;
    }
    m_unsaved.clear();
    m_unsavedAccount = 0;
    emit saved(path);
}

void DataExporter::clear()
{
    m_unsaved.clear();
    m_unsavedAccount = 0;
}
