// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QSoundEffect;
class QTemporaryFile;

// Plays the captcha's audio (a WAV file from the server) on the default sound output, without
// blocking: loading and playing run in Qt Multimedia's own threads. QSoundEffect rather than
// QMediaPlayer: it reads WAV itself and needs no media back end (GStreamer or FFmpeg) that a
// computer may lack. Where there is no sound output at all, failed() says so in words.
class CaptchaAudioPlayer : public QObject
{
    Q_OBJECT

public:
    explicit CaptchaAudioPlayer(QObject* parent = nullptr);
    ~CaptchaAudioPlayer() override;

    void play(const QByteArray& wav);
    void stop();
    bool isPlaying() const;

signals:
    void started();
    void finished();
    // A translated sentence for the user.
    void failed(const QString& message);

private:
    void fail(const QString& message);

    QSoundEffect* m_effect = nullptr;
    // QSoundEffect plays from a URL; the file lives until the next play or the player's end.
    std::unique_ptr<QTemporaryFile> m_file;
};
