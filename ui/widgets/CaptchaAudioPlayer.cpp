// SPDX-License-Identifier: Apache-2.0
#include "CaptchaAudioPlayer.h"

#include <QAudioDevice>
#include <QDir>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTemporaryFile>
#include <QTimer>
#include <QUrl>

CaptchaAudioPlayer::CaptchaAudioPlayer(QObject* parent)
    : QObject(parent)
{
}

CaptchaAudioPlayer::~CaptchaAudioPlayer()
{
    stop();
}

void CaptchaAudioPlayer::play(const QByteArray& wav)
{
    stop();
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    if (output.isNull()) {
        fail(tr("This computer has no sound output, so the audio cannot be played."));
        return;
    }
    m_file
        = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/account-manager-XXXXXX.wav"));
    if (!m_file->open() || m_file->write(wav) != wav.size() || !m_file->flush()) {
        m_file.reset();
        fail(tr("The audio could not be prepared for playing."));
        return;
    }
    m_effect = new QSoundEffect(output, this);
    connect(m_effect, &QSoundEffect::statusChanged, this, [this, effect = m_effect] {
        if (effect != m_effect)
            return;
        if (effect->status() == QSoundEffect::Ready && !effect->isPlaying()) {
            effect->play();
        } else if (effect->status() == QSoundEffect::Error) {
            stop();
            fail(tr("The audio could not be played on this computer's sound output."));
        }
    });
    connect(m_effect, &QSoundEffect::playingChanged, this, [this, effect = m_effect] {
        if (effect != m_effect)
            return;
        if (effect->isPlaying()) {
            emit started();
        } else if (effect->status() == QSoundEffect::Ready) {
            emit finished();
        }
    });
    m_effect->setSource(QUrl::fromLocalFile(m_file->fileName()));
}

void CaptchaAudioPlayer::stop()
{
    if (m_effect) {
        QSoundEffect* effect = m_effect;
        m_effect = nullptr;
        effect->stop();
        effect->deleteLater();
    }
    m_file.reset();
}

bool CaptchaAudioPlayer::isPlaying() const
{
    return m_effect && m_effect->isPlaying();
}

void CaptchaAudioPlayer::fail(const QString& message)
{
    // Queued: the caller of play() sees the failure as it sees success, after it returned.
    QTimer::singleShot(0, this, [this, message] { emit failed(message); });
}
