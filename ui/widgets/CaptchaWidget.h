// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/CaptchaMessages.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class AccountApi;
class CaptchaAudioPlayer;
class ErrorLabel;
class QLabel;
class QLineEdit;
class QNetworkReply;
class QPushButton;
namespace Ui {
class CaptchaWidget;
}

// A captcha picture from the server, a button for another one (some are hard to read), a button
// that plays its characters spoken (for those who cannot see the picture; the same answer) and
// the field for the answer. Every captcha is single use, so the caller reloads after each attempt.
class CaptchaWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CaptchaWidget(AccountApi* api, QWidget* parent = nullptr);
    ~CaptchaWidget() override;

    // Fetches a new picture and clears the answer.
    void reload();
    bool isLoaded() const { return !m_captchaId.isEmpty(); }
    CaptchaAnswer answer() const;
    void setBusy(bool busy);
    // Whether there is an answer to send; if not, says why in error (the picture is still loading,
    // or nothing is typed) and returns false. The caller decides where the focus goes.
    bool checkAnswer(ErrorLabel* error) const;

    QLabel* imageLabel() const;
    QLineEdit* answerEdit() const;
    QPushButton* anotherButton() const;
    QPushButton* listenButton() const;
    ErrorLabel* loadError() const;

signals:
    void loaded();
    void answerEdited();
    // The audio came from the server (its size in bytes) and was handed to the player.
    void audioFetched(qsizetype bytes);

private:
    void listen();
    void updateListenButton();
    std::unique_ptr<Ui::CaptchaWidget> m_ui; // the picture, its buttons, the answer and its error
    AccountApi* m_api;
    CaptchaAudioPlayer* m_player;
    QPointer<QNetworkReply> m_audioReply;
    bool m_busy = false;
    QPointer<QNetworkReply> m_reply;
    QString m_captchaId;
};
