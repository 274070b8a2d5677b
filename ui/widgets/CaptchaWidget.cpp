// SPDX-License-Identifier: Apache-2.0
#include "CaptchaWidget.h"

#include "CaptchaAudioPlayer.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "api/AccountApi.h"
#include "ui_CaptchaWidget.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPixmap>
#include <QPushButton>

CaptchaWidget::CaptchaWidget(AccountApi* api, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaptchaWidget>())
    , m_api(api)
    , m_player(new CaptchaAudioPlayer(this))
{
    m_ui->setupUi(this);
    connect(m_ui->anotherPicture, &QPushButton::clicked, this, &CaptchaWidget::reload);
    connect(m_ui->listenCaptcha, &QPushButton::clicked, this, &CaptchaWidget::listen);
    connect(m_player, &CaptchaAudioPlayer::failed, m_ui->captchaLoadError, &ErrorLabel::showMessage);
    connect(m_ui->captchaAnswer, &QLineEdit::textEdited, this, &CaptchaWidget::answerEdited);
    Retranslator::follow(this, [this] { m_ui->retranslateUi(this); });
}

CaptchaWidget::~CaptchaWidget() = default;

QLabel* CaptchaWidget::imageLabel() const
{
    return m_ui->captchaImage;
}

QLineEdit* CaptchaWidget::answerEdit() const
{
    return m_ui->captchaAnswer;
}

QPushButton* CaptchaWidget::anotherButton() const
{
    return m_ui->anotherPicture;
}

QPushButton* CaptchaWidget::listenButton() const
{
    return m_ui->listenCaptcha;
}

ErrorLabel* CaptchaWidget::loadError() const
{
    return m_ui->captchaLoadError;
}

void CaptchaWidget::reload()
{
    if (m_reply)
        m_reply->abort();
    if (m_audioReply)
        m_audioReply->abort();
    m_player->stop();
    m_captchaId.clear();
    updateListenButton();
    m_ui->captchaAnswer->clear();
    m_ui->captchaLoadError->clear();
    m_ui->captchaImage->setPixmap(QPixmap());
    m_ui->captchaImage->setText(tr("Loading the picture…"));
    m_reply = m_api->captcha(this, [this](const CaptchaResponse& captcha, const ApiError& error) {
        m_reply = nullptr;
        if (error.code == ErrorCode::Cancelled)
            return; // replaced by a newer request
        QPixmap picture;
        if (error || !picture.loadFromData(captcha.image, "PNG")) {
            m_ui->captchaImage->setText(tr("No picture"));
            if (error)
                m_ui->captchaLoadError->showError(error);
            else
                m_ui->captchaLoadError->showError(ApiError(ErrorCode::BadResponse));
            return;
        }
        // Twice the size: the characters are meant to be hard for machines, not for people.
        m_ui->captchaImage->setPixmap(
            picture.scaled(picture.size() * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_captchaId = captcha.captchaId;
        updateListenButton();
        emit loaded();
    });
}

CaptchaAnswer CaptchaWidget::answer() const
{
    CaptchaAnswer answer;
    answer.id = m_captchaId;
    answer.answer = m_ui->captchaAnswer->text().trimmed();
    return answer;
}

void CaptchaWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->anotherPicture->setEnabled(!busy);
    m_ui->captchaAnswer->setEnabled(!busy);
    updateListenButton();
}

void CaptchaWidget::updateListenButton()
{
    m_ui->listenCaptcha->setEnabled(!m_busy && isLoaded() && !m_audioReply);
}

void CaptchaWidget::listen()
{
    if (!isLoaded() || m_audioReply)
        return;
    m_ui->captchaLoadError->clear();
    m_player->stop();
    m_audioReply
        = m_api->captchaAudio(m_captchaId, this, [this](const QByteArray& wav, const ApiError& error) {
              m_audioReply = nullptr;
              updateListenButton();
              if (error.code == ErrorCode::Cancelled)
                  return; // a new captcha replaced this one
              if (error.code == ErrorCode::CaptchaNotFound || error.code == ErrorCode::RateLimited) {
                  // Expired, or played as often as the server allows: only a new captcha helps.
                  m_ui->captchaLoadError->showMessage(
                      tr("This audio captcha cannot be played again. Get another picture, "
                         "then listen to it."));
                  return;
              }
              if (error) {
                  m_ui->captchaLoadError->showError(error);
                  return;
              }
              emit audioFetched(wav.size());
              m_player->play(wav);
          });
    updateListenButton();
}

bool CaptchaWidget::checkAnswer(ErrorLabel* error) const
{
    if (!isLoaded()) {
        error->showMessage(tr("The picture has not loaded yet. Wait a moment or get another picture."));
        return false;
    }
    if (answer().answer.isEmpty()) {
        error->showMessage(tr("Type the characters from the picture."));
        return false;
    }
    return true;
}
