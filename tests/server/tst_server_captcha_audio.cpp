// SPDX-License-Identifier: Apache-2.0
// The captcha's audio alternative (GET /v1/captcha/{id}/audio) against a real account-server: a
// PCM WAV file that speaks each character of the answer, a few fetches per captcha at most, and
// nothing for a captcha that is unknown or already checked.
#include "TestClient.h"
#include "TestServer.h"

#include <QtEndian>
#include <QtTest>

class TestServerCaptchaAudio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void audioIsPcmWaveOfTheAnswer();
    void audioDiffersPerCaptcha();
    void fetchLimitPerCaptcha();
    void unknownOrCheckedCaptchaIsNotFound();
    void logCutsTheId();

private:
    QString newCaptcha();
    TestReply audio(const QString& captchaId);

    TestServer m_server;
    std::unique_ptr<TestClient> m_client;
};

namespace {
struct Wave
{
    quint16 format = 0;
    quint16 channels = 0;
    quint32 sampleRate = 0;
    quint16 bits = 0;
    QVector<qint16> samples;
};

// Reads a RIFF/WAVE file chunk by chunk; an empty Wave when it is not one.
Wave parseWave(const QByteArray& data)
{
    Wave wave;
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE")
        return {};
    if (qFromLittleEndian<quint32>(data.constData() + 4) != quint32(data.size() - 8))
        return {};
    qsizetype at = 12;
    while (at + 8 <= data.size()) {
        const QByteArray id = data.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(data.constData() + at + 4);
        const char* body = data.constData() + at + 8;
        if (at + 8 + qsizetype(size) > data.size())
            return {};
        if (id == "fmt " && size >= 16) {
            wave.format = qFromLittleEndian<quint16>(body);
            wave.channels = qFromLittleEndian<quint16>(body + 2);
            wave.sampleRate = qFromLittleEndian<quint32>(body + 4);
            wave.bits = qFromLittleEndian<quint16>(body + 14);
        } else if (id == "data") {
            for (quint32 i = 0; i + 1 < size; i += 2)
                wave.samples.append(qFromLittleEndian<qint16>(body + i));
        }
        at += 8 + size + (size & 1);
    }
    return wave;
}

// Stretches of sound apart by at least 300 ms of near silence: one per spoken character, since
// no letter's or digit's name has such a pause inside it.
int utterances(const Wave& wave)
{
    const int window = int(wave.sampleRate / 100); // 10 ms
    const int quietWindowsBetween = 30;
    int count = 0;
    int quietRun = quietWindowsBetween;
    for (qsizetype start = 0; start + window <= wave.samples.size(); start += window) {
        double energy = 0;
        for (int i = 0; i < window; ++i)
            energy += double(wave.samples[start + i]) * wave.samples[start + i];
        const bool loud = std::sqrt(energy / window) > 1000;
        if (loud && quietRun >= quietWindowsBetween)
            ++count;
        quietRun = loud ? 0 : quietRun + 1;
    }
    return count;
}
} // namespace

QString TestServerCaptchaAudio::newCaptcha()
{
    const TestReply reply = m_client->post(QStringLiteral("/v1/captcha"), {});
    return reply.status == 200 ? reply.json.value(QStringLiteral("captchaId")).toString() : QString();
}

TestReply TestServerCaptchaAudio::audio(const QString& captchaId)
{
    return m_client->get(QStringLiteral("/v1/captcha/%1/audio").arg(captchaId));
}

void TestServerCaptchaAudio::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<TestClient>(m_server.url());
}

void TestServerCaptchaAudio::audioIsPcmWaveOfTheAnswer()
{
    // A few captchas, so that answers of 4, 5 and 6 characters are likely all heard.
    for (int round = 0; round < 4; ++round) {
        const QString id = newCaptcha();
        QVERIFY(!id.isEmpty());
        const QString answer = m_server.captchaAnswer(id);
        QVERIFY(answer.size() >= 4 && answer.size() <= 6);
        const TestReply reply = audio(id);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.requestId.isEmpty());
        QByteArray contentType;
        QByteArray cache;
        for (const auto& header : reply.headers) {
            if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
                contentType = header.second;
            if (header.first.compare("Cache-Control", Qt::CaseInsensitive) == 0)
                cache = header.second;
        }
        QCOMPARE(contentType, QByteArray("audio/wav"));
        QCOMPARE(cache, QByteArray("no-store"));

        const Wave wave = parseWave(reply.body);
        QCOMPARE(wave.format, quint16(1)); // PCM
        QCOMPARE(wave.channels, quint16(1));
        QCOMPARE(wave.bits, quint16(16));
        QVERIFY2(wave.sampleRate >= 8000 && wave.sampleRate <= 48000,
                 qPrintable(QString::number(wave.sampleRate)));
        // Spoken slowly, character by character: about a second each, never a minute in all.
        const double seconds = double(wave.samples.size()) / wave.sampleRate;
        QVERIFY2(seconds >= answer.size() * 0.6 && seconds <= 30, qPrintable(QString::number(seconds)));
        QCOMPARE(utterances(wave), int(answer.size()));
    }
}

void TestServerCaptchaAudio::audioDiffersPerCaptcha()
{
    const QString first = newCaptcha();
    const QString second = newCaptcha();
    const TestReply a = audio(first);
    const TestReply b = audio(second);
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    QVERIFY(a.body != b.body);
    // Even the same captcha never sounds quite the same twice (pitch, speed, pauses, hiss).
    const TestReply again = audio(first);
    QCOMPARE(again.status, 200);
    QVERIFY(again.body != a.body);
}

void TestServerCaptchaAudio::fetchLimitPerCaptcha()
{
    const QString id = newCaptcha();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(audio(id).status, 200);
    const TestReply refused = audio(id);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), QStringLiteral("E-RATE-LIMITED"));
    // The picture's answer still counts: listening does not use the captcha up.
    const TestReply registration = m_client->post(
        QStringLiteral("/v1/registrations"),
        { { "method", "email" },
          { "email", "listener@example.com" },
          { "region", "RU" },
          { "captcha", QJsonObject { { "id", id }, { "answer", m_server.captchaAnswer(id) } } } });
    QCOMPARE(registration.status, 201);
}

void TestServerCaptchaAudio::unknownOrCheckedCaptchaIsNotFound()
{
    const TestReply unknown = audio(QStringLiteral("no-such-captcha"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("E-CAPTCHA-NOT-FOUND"));

    // A captcha checked once (here wrongly) is gone for the audio too.
    const QString id = newCaptcha();
    const TestReply wrong
        = m_client->post(QStringLiteral("/v1/registrations"),
                         { { "method", "email" },
                           { "email", "wrong@example.com" },
                           { "region", "RU" },
                           { "captcha", QJsonObject { { "id", id }, { "answer", "nothing" } } } });
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-CAPTCHA-WRONG"));
    const TestReply checked = audio(id);
    QCOMPARE(checked.status, 404);
    QCOMPARE(checked.errorCode(), QStringLiteral("E-CAPTCHA-NOT-FOUND"));

    // Other methods on the path are refused as such.
    QCOMPARE(m_client->post(QStringLiteral("/v1/captcha/%1/audio").arg(newCaptcha()), {}).status, 405);
}

void TestServerCaptchaAudio::logCutsTheId()
{
    // The request log keeps the path with the captcha's ID cut short, as it does other IDs.
    const QString id = newCaptcha();
    QCOMPARE(audio(id).status, 200);
    const QString log = QString::fromUtf8(m_server.log());
    QVERIFY(log.contains(QStringLiteral("/v1/captcha/%1…/audio").arg(id.left(8))));
    QVERIFY(!log.contains(id));
}

QTEST_GUILESS_MAIN(TestServerCaptchaAudio)
#include "tst_server_captcha_audio.moc"
