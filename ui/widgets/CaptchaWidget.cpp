// SPDX-License-Identifier: Apache-2.0
#include "CaptchaWidget.h"

#include "CaptchaAudioPlayer.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "api/AccountApi.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPixmap>
#include <QPushButton>

CaptchaWidget::CaptchaWidget(AccountApi* api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_image(new QLabel(this))
    , m_another(new QPushButton(this))
    , m_listen(new QPushButton(this))
    , m_player(new CaptchaAudioPlayer(this))
    , m_answer(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    m_image->setObjectName(QStringLiteral("captchaImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_image->setMinimumSize(220, 80);
    m_another->setObjectName(QStringLiteral("anotherPicture"));
    m_listen->setObjectName(QStringLiteral("listenCaptcha"));
    m_listen->setEnabled(false);
    m_answer->setObjectName(QStringLiteral("captchaAnswer"));
    m_answer->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_error->setObjectName(QStringLiteral("captchaLoadError"));
    m_answerLabelText = new QLabel(this);
    auto* answerLabel = m_answerLabelText;
    answerLabel->setBuddy(m_answer);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_image, 0, 0);
    // The buttons after the picture, in the tab order too: another picture, then listen.
    auto* buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_another);
    buttons->addWidget(m_listen);
    layout->addLayout(buttons, 0, 1, Qt::AlignBottom | Qt::AlignLeft);
    layout->setColumnStretch(2, 1);
    layout->addWidget(m_error, 1, 0, 1, 3);
    layout->addWidget(answerLabel, 2, 0, 1, 3);
    layout->addWidget(m_answer, 3, 0, 1, 3);

    connect(m_another, &QPushButton::clicked, this, &CaptchaWidget::reload);
    connect(m_listen, &QPushButton::clicked, this, &CaptchaWidget::listen);
    connect(m_player, &CaptchaAudioPlayer::failed, m_error, &ErrorLabel::showMessage);
    connect(m_answer, &QLineEdit::textEdited, this, &CaptchaWidget::answerEdited);
    setTabOrder(m_another, m_listen);
    setTabOrder(m_listen, m_answer);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void CaptchaWidget::retranslateUi()
{
    m_another->setText(tr("&Another picture"));
    //: Plays the captcha's characters spoken aloud (for people who cannot see the picture)
    m_listen->setText(tr("&Listen"));
    m_listen->setAccessibleName(tr("Listen to the audio captcha"));
    m_listen->setAccessibleDescription(
        tr("Plays the characters of the picture spoken one by one in English; letters are said by name. "
           "Type them into the field below."));
    //: The captcha picture as a screen reader names it
    m_image->setAccessibleName(tr("Captcha: type the characters you see"));
    m_answer->setPlaceholderText(tr("Characters from the picture"));
    m_answerLabelText->setText(tr("&Characters from the picture"));
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
    m_answer->clear();
    m_error->clear();
    m_image->setPixmap(QPixmap());
    m_image->setText(tr("Loading the picture…"));
    m_reply = m_api->captcha(this, [this](const CaptchaResponse& captcha, const ApiError& error) {
        m_reply = nullptr;
        if (error.code == ErrorCode::Cancelled)
            return; // replaced by a newer request
        QPixmap picture;
        if (error || !picture.loadFromData(captcha.image, "PNG")) {
            m_image->setText(tr("No picture"));
            if (error)
                m_error->showError(error);
            else
                m_error->showError(ApiError(ErrorCode::BadResponse));
            return;
        }
        // Twice the size: the characters are meant to be hard for machines, not for people.
        m_image->setPixmap(picture.scaled(picture.size() * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_captchaId = captcha.captchaId;
        updateListenButton();
        emit loaded();
    });
}

CaptchaAnswer CaptchaWidget::answer() const
{
    CaptchaAnswer answer;
    answer.id = m_captchaId;
    answer.answer = m_answer->text().trimmed();
    return answer;
}

void CaptchaWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_another->setEnabled(!busy);
    m_answer->setEnabled(!busy);
    updateListenButton();
}

void CaptchaWidget::updateListenButton()
{
    m_listen->setEnabled(!m_busy && isLoaded() && !m_audioReply);
}

void CaptchaWidget::listen()
{
    if (!isLoaded() || m_audioReply)
        return;
    m_error->clear();
    m_player->stop();
    m_audioReply
        = m_api->captchaAudio(m_captchaId, this, [this](const QByteArray& wav, const ApiError& error) {
              m_audioReply = nullptr;
              updateListenButton();
              if (error.code == ErrorCode::Cancelled)
                  return; // a new captcha replaced this one
              if (error.code == ErrorCode::CaptchaNotFound || error.code == ErrorCode::RateLimited) {
                  // Expired, or played as often as the server allows: only a new captcha helps.
                  m_error->showMessage(tr("This audio captcha cannot be played again. Get another picture, "
                                          "then listen to it."));
                  return;
              }
              if (error) {
                  m_error->showError(error);
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
