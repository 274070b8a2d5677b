// SPDX-License-Identifier: Apache-2.0
#include "CaptchaRenderer.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <sodium.h>

namespace {
const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

// Uniform in [low, high]; libsodium, so the picture's layout says nothing about the next one.
int randomIn(int low, int high)
{
    return low + int(randombytes_uniform(uint32_t(high - low + 1)));
}
} // namespace

QString CaptchaRenderer::randomText()
{
    const int length = randomIn(4, 6);
    QString text;
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)]);
    return text;
}

QByteArray CaptchaRenderer::renderPng(const QString& text)
{
    // Captchas are drawn on every front thread; text drawing off the GUI thread is safe only where
    // the font back-end says so, and a captcha is rare and quick, so one at a time.
    static QMutex drawing;
    const QMutexLocker lock(&drawing);
    const int width = 200;
    const int height = 70;
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(245, 245, 240));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    for (int i = 0; i < 8; ++i) {
        painter.setPen(
            QPen(QColor(randomIn(100, 200), randomIn(100, 200), randomIn(100, 200)), randomIn(1, 2)));
        painter.drawLine(randomIn(0, width), randomIn(0, height), randomIn(0, width), randomIn(0, height));
    }

    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(34);
    font.setBold(true);
    painter.setFont(font);
    const int step = (width - 20) / int(text.size());
    for (int i = 0; i < text.size(); ++i) {
        painter.save();
        painter.translate(12 + i * step + randomIn(-3, 3), height / 2 + 12 + randomIn(-8, 8));
        painter.rotate(randomIn(-28, 28));
        painter.setPen(QColor(randomIn(10, 90), randomIn(10, 90), randomIn(60, 140)));
        painter.drawText(0, 0, QString(text.at(i)));
        painter.restore();
    }

    // A wavy line through the characters, so they cannot simply be cut apart by columns.
    QPainterPath wave;
    wave.moveTo(0, randomIn(25, 45));
    for (int x = 20; x <= width; x += 20)
        wave.quadTo(x - 10, randomIn(10, 60), x, randomIn(25, 45));
    painter.setPen(QPen(QColor(60, 60, 90), 2));
    painter.drawPath(wave);
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
