// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/CaptchaMessages.h"

#include <QPointer>
#include <QWidget>

class AccountApi;
class CaptchaAudioPlayer;
class ErrorLabel;
class QLabel;
class QLineEdit;
class QNetworkReply;
class QPushButton;

// A captcha picture from the server, a button for another one (some are hard to read), a button
// that plays its characters spoken (for those who cannot see the picture; the same answer) and
// the field for the answer. Every captcha is single use, so the caller reloads after each attempt.
class CaptchaWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CaptchaWidget(AccountApi* api, QWidget* parent = nullptr);

    // Fetches a new picture and clears the answer.
    void reload();
    bool isLoaded() const { return !m_captchaId.isEmpty(); }
    CaptchaAnswer answer() const;
    void setBusy(bool busy);
    // Whether there is an answer to send; if not, says why in error (the picture is still loading,
    // or nothing is typed) and returns false. The caller decides where the focus goes.
    bool checkAnswer(ErrorLabel* error) const;

    QLabel* imageLabel() const { return m_image; }
    QLineEdit* answerEdit() const { return m_answer; }
    QPushButton* anotherButton() const { return m_another; }
    QPushButton* listenButton() const { return m_listen; }
    ErrorLabel* loadError() const { return m_error; }

signals:
    void loaded();
    void answerEdited();
    // The audio came from the server (its size in bytes) and was handed to the player.
    void audioFetched(qsizetype bytes);

private:
    void retranslateUi();
    void listen();
    void updateListenButton();
    QLabel* m_answerLabelText = nullptr;
    AccountApi* m_api;
    QLabel* m_image;
    QPushButton* m_another;
    QPushButton* m_listen;
    CaptchaAudioPlayer* m_player;
    QPointer<QNetworkReply> m_audioReply;
    bool m_busy = false;
    QLineEdit* m_answer;
    ErrorLabel* m_error;
    QPointer<QNetworkReply> m_reply;
    QString m_captchaId;
};
